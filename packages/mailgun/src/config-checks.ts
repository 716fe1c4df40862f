import type { AuthmailError, Deliveries, Delivery } from '@authmail/core';
import {
  compileDelivery,
  parseAddress,
  type RefinementIssue,
  reportThrown,
  templatePart,
} from '@authmail/core/provider';
import { type MailgunTransportOptions, mailgunEndpoint } from './options.js';

/** The fields of a Mailgun config whose rules go beyond their types. */
export type CheckedMailgunConfig = Pick<
  MailgunTransportOptions,
  'endpoint' | 'allowCustomEndpoint'
> & {
  from: string;
  deliveries: Deliveries;
};

/**
 * Reports as issues what `createMailgunMailer` would throw for once every
 * field has the right type: the endpoint as the transport checks it, the
 * sender and each delivery's templates as `createMailer` checks them. The
 * transport's field rules (domain, API key…) are in the schema's shape.
 */
export function checkMailgunConfig(
  config: CheckedMailgunConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['endpoint'], () => mailgunEndpoint(config));
  reportThrown(report, ['from'], () => parseAddress(config.from, 'from'));
  for (const [usageType, delivery] of Object.entries(config.deliveries)) {
    if (!delivery) continue;
    reportThrown(
      report,
      (error) => ['deliveries', usageType, ...deliveryField(delivery, error)],
      () => compileDelivery(usageType, delivery),
    );
  }
}

/**
 * The delivery field a template error is about: the mailer calls an HTML
 * body `content` and its plain-text part (given or derived) `text`, and a
 * plain-text delivery's body `content`.
 */
function deliveryField(delivery: Delivery, error: AuthmailError): string[] {
  const part = templatePart(error);
  if (part === undefined) return [];
  if (part !== 'content' && part !== 'text') return [part];
  const fromHtml = 'html' in delivery && (part === 'content' || delivery.text === undefined);
  return [fromHtml ? 'html' : 'text'];
}
