import { parseAddress, type RefinementIssue, reportThrown } from '@authmail/core/provider';
import { checkPassword, type SmtpAuth } from './options.js';

/** The fields of an SMTP config whose rules go beyond their types. */
export interface CheckedSmtpConfig {
  auth?: SmtpAuth | undefined;
  fromEmail: string;
  replyTo?: string | undefined;
}

/**
 * Reports as issues what `createSmtpMailer` would throw for once every
 * field has the right type: a login's password, the sender and the
 * reply-to address as the mailer checks them. The transport's field rules are in the schema's
 * shape, the templates' in theirs.
 */
export function checkSmtpConfig(
  config: CheckedSmtpConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['auth', 'pass'], () => checkPassword(config.auth));
  reportThrown(report, ['fromEmail'], () => parseAddress(config.fromEmail, 'fromEmail'));
  if (config.replyTo === undefined) return;
  reportThrown(report, ['replyTo'], () => parseAddress(config.replyTo ?? '', 'replyTo'));
}
