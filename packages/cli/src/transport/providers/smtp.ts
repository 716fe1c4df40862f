import type { Transport } from '@authmail/core';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/**
 * An SMTP server: `SMTP_HOST`, `SMTP_PORT?` (default 587, or 465 with
 * `SMTP_SECURE=true`: TLS from the first byte; otherwise STARTTLS when
 * offered), and `SMTP_USER` with `SMTP_PASS` (both left out: a relay that
 * needs no login).
 */
export async function smtpFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createSmtpTransport } = await loadProviderPackage('smtp', () => import('@authmail/smtp'));
  const secure = env.flag('SMTP_SECURE');
  const user = env.optional('SMTP_USER');
  return createSmtpTransport({
    host: env.required('SMTP_HOST'),
    port: smtpPort(env) ?? (secure ? 465 : 587),
    secure,
    auth: user === undefined ? undefined : { user, pass: env.required('SMTP_PASS') },
  });
}

function smtpPort(env: ProviderEnv): number | undefined {
  const value = env.optional('SMTP_PORT');
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value)) throw env.problem('SMTP_PORT', 'must be a port number');
  return Number(value);
}
