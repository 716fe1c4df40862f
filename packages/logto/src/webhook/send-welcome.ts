import type { Mailer, SendResult } from '@authmail/core';
import { type LogtoWebhookEvent, userOf } from './event.js';

/**
 * Sends the `Welcome` email to the user an event is about, with the event's
 * `application` when it has one, in the user's `profile.locale` when set (Logto
 * sends no language with webhooks; else the mailer's default language).
 * Resolves `undefined`, sending nothing, when the user has no primary email.
 */
export async function sendWelcome(
  mailer: Mailer,
  event: LogtoWebhookEvent,
): Promise<SendResult | undefined> {
  const user = userOf(event);
  if (!user?.primaryEmail) return undefined;
  const locale = user.profile?.locale;
  return mailer.send({
    to: user.primaryEmail,
    usageType: 'Welcome',
    variables: { user, ...(event.application ? { application: event.application } : {}) },
    ...(locale ? { locale } : {}),
  });
}
