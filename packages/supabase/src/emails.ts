import type { EmailContext, PlannedEmail } from './email-context.js';
import { noticePlans } from './notices.js';
import type { SendEmailHookPayload } from './payload.js';
import { verificationPlans } from './verification-emails.js';

const plans = { ...verificationPlans, ...noticePlans };

/**
 * The emails one hook call sends: one, or two for `email_change` with
 * secure email change (one to each address).
 *
 * @throws BadPayload when a field the action needs is missing or empty.
 */
export function emailsFor(payload: SendEmailHookPayload, context: EmailContext): PlannedEmail[] {
  return plans[payload.email_data.email_action_type](payload, context);
}
