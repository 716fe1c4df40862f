import type { AuthmailError, Deliveries, Delivery } from '@authmail/core';
import {
  compileDelivery,
  parseAddress,
  type RefinementIssue,
  reportThrown,
  templatePart,
} from '@authmail/core/provider';
import { type ResendTransportOptions, resendBaseUrlOf } from './options.js';

/** The fields of a Resend config whose rules go beyond their types. */
export type CheckedResendConfig = Pick<ResendTransportOptions, 'baseUrl' | 'allowCustomBaseUrl'> & {
  from: string;
  deliveries: Deliveries;
};

/**
 * Reports as issues what `createResendMailer` would throw once every field
 * has the right type: the base URL as the transport checks it, the sender
 * and each delivery's templates as `createMailer` checks them.
 */
export function checkResendConfig(
  config: CheckedResendConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['baseUrl'], () => resendBaseUrlOf(config));
  reportThrown(report, ['from'], () => parseAddress(config.from, 'from'));
  for (const [usageType, delivery] of Object.entries(config.deliveries)) {
    if (!delivery) continue;
    reportThrown(
      report,
      (error) => ['deliveries', usageType, ...templateField(delivery, error)],
      () => compileDelivery(usageType, delivery),
    );
  }
}

/**
 * The delivery field a template error is about. `createMailer` names an
 * HTML body's part `content` and the plain-text part `text`, whether given
 * or derived from the HTML.
 */
function templateField(delivery: Delivery, error: AuthmailError): string[] {
  const part = templatePart(error);
  if (part !== 'content' && part !== 'text') return part === undefined ? [] : [part];
  const html = 'html' in delivery;
  if (!html) return ['text'];
  return part === 'text' && delivery.text !== undefined ? ['text'] : ['html'];
}
