import type { AuthmailError } from '@authmail/core';
import {
  compileDelivery,
  type RefinementIssue,
  reportThrown,
  templatePart,
} from '@authmail/core/provider';
import { deliveryFromTemplate } from './deliveries.js';
import { type SendGridTransportOptions, sendGridBaseUrl } from './options.js';
import { sendGridFromEmail, withDisplayName } from './sender.js';
import type { SendGridTemplate } from './templates.js';

/** The fields of a SendGrid config whose rules go beyond their types. */
export type CheckedSendGridConfig = Pick<
  SendGridTransportOptions,
  'baseUrl' | 'allowCustomBaseUrl'
> & { fromEmail: string; fromName?: string | undefined };

/**
 * Reports as issues what `createSendGridMailer` would throw for once
 * every field has the right type: the base URL as the transport checks it,
 * and the sender as the mailer builds it. The transport's field rules (API
 * key, timeout…) are in the schema's shape, the templates' in their schema.
 */
export function checkSendGridConfig(
  config: CheckedSendGridConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['baseUrl'], () => sendGridBaseUrl(config));
  const email = reportThrown(report, ['fromEmail'], () => sendGridFromEmail(config.fromEmail));
  if (email === undefined) return;
  reportThrown(report, ['fromName'], () => withDisplayName(email, config.fromName));
}

/**
 * Reports as issues what the mailer would throw for one template: a
 * `templateId` that is not a dynamic template id, and parts that do not
 * compile, as `createMailer` compiles them.
 */
export function checkSendGridTemplate(
  template: SendGridTemplate,
  report: (issue: RefinementIssue) => void,
): void {
  const delivery = reportThrown(report, ['templateId'], () => deliveryFromTemplate(template));
  if (delivery === undefined) return;
  reportThrown(report, templateField, () => compileDelivery(template.usageType, delivery));
}

/** The template field a template error is about: the mailer's `text` part is derived from `content`. */
function templateField(error: AuthmailError): string[] {
  const part = templatePart(error);
  if (part === undefined) return [];
  return [part === 'text' ? 'content' : part];
}
