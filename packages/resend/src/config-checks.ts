import type { Deliveries } from '@authmail/core';
import {
  parseAddress,
  type RefinementIssue,
  reportDeliveryTemplates,
  reportThrown,
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
  reportDeliveryTemplates(config.deliveries, report);
}
