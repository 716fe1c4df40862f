import type { Transport } from '@authmail/core';
import type { ProviderEnv } from '../provider-env.js';
import { mailgunFromEnv } from './mailgun.js';
import { postmarkFromEnv } from './postmark.js';
import { resendFromEnv } from './resend.js';
import { sendgridFromEnv } from './sendgrid.js';
import { sesFromEnv } from './ses.js';
import { smtpFromEnv } from './smtp.js';

/**
 * Each email provider `AUTHMAIL_PROVIDER` can name, and how its transport is
 * built from the environment (loading its package only then).
 */
export const providersFromEnv = {
  mailgun: mailgunFromEnv,
  sendgrid: sendgridFromEnv,
  smtp: smtpFromEnv,
  resend: resendFromEnv,
  ses: sesFromEnv,
  postmark: postmarkFromEnv,
} satisfies Record<string, (env: ProviderEnv) => Promise<Transport>>;

/** An email provider's `AUTHMAIL_PROVIDER` name. */
export type ProviderName = keyof typeof providersFromEnv;

/** Whether `name` is one of {@link providersFromEnv}. */
export function isProviderName(name: string): name is ProviderName {
  return Object.hasOwn(providersFromEnv, name);
}
