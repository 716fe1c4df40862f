import type { Deliveries } from '@authmail/core';
import {
  parseAddress,
  type RefinementIssue,
  reportDeliveryTemplates,
  reportThrown,
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
  reportDeliveryTemplates(config.deliveries, report);
}
