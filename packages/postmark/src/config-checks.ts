import type { Deliveries } from '@authmail/core';
import {
  compileDelivery,
  parseAddress,
  type RefinementIssue,
  reportThrown,
} from '@authmail/core/provider';
import { type PostmarkTransportOptions, postmarkApiUrl } from './options.js';

/** The fields of a Postmark config whose rules go beyond their types. */
export type CheckedPostmarkConfig = Pick<
  PostmarkTransportOptions,
  'baseUrl' | 'allowCustomBaseUrl'
> & {
  fromEmail: string;
  deliveries?: Deliveries | undefined;
};

/**
 * Reports as issues what `createPostmarkMailer` would throw for once every
 * field has the right type: the base URL as the transport checks it, the
 * sender as the mailer reads it, and each of authmail's own deliveries as
 * `createMailer` compiles it. The transport's field rules (token, timeout…)
 * are in the schema's shape, the templates' in theirs.
 */
export function checkPostmarkConfig(
  config: CheckedPostmarkConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['baseUrl'], () => postmarkApiUrl(config));
  reportThrown(report, ['fromEmail'], () => parseAddress(config.fromEmail, 'fromEmail'));
  for (const [usageType, delivery] of Object.entries(config.deliveries ?? {})) {
    if (!delivery) continue;
    reportThrown(report, ['deliveries', usageType], () => compileDelivery(usageType, delivery));
  }
}
