import type { EmailContext, Plan, PlannedEmail } from './email-context.js';
import { present, recipient, userInfo } from './fields.js';
import type { SendEmailHookPayload, SupabaseEmailActionType } from './payload.js';

type NoticeAction = Extract<SupabaseEmailActionType, `${string}_notification`>;

/** The security notifications, each as a built-in notice usage type with its details. */
export const noticePlans: Record<NoticeAction, Plan> = {
  password_changed_notification: (payload, context) => [
    notice('PasswordChanged', payload, context, {}),
  ],
  // Supabase tells the address that was replaced; `user.email` is the new one.
  email_changed_notification: (payload, context) => [
    {
      ...notice('EmailChanged', payload, context, {
        oldEmail: present(payload.email_data.old_email),
        newEmail: present(payload.user.email),
      }),
      to: present(payload.email_data.old_email) ?? recipient(payload),
    },
  ],
  phone_changed_notification: (payload, context) => [
    notice('PhoneChanged', payload, context, {
      oldPhone: present(payload.email_data.old_phone),
      newPhone: present(payload.user.phone),
    }),
  ],
  identity_linked_notification: (payload, context) => [
    notice('IdentityLinked', payload, context, { provider: present(payload.email_data.provider) }),
  ],
  identity_unlinked_notification: (payload, context) => [
    notice('IdentityUnlinked', payload, context, {
      provider: present(payload.email_data.provider),
    }),
  ],
  mfa_factor_enrolled_notification: (payload, context) => [
    notice('MfaFactorEnrolled', payload, context, {
      factorType: present(payload.email_data.factor_type),
    }),
  ],
  mfa_factor_unenrolled_notification: (payload, context) => [
    notice('MfaFactorUnenrolled', payload, context, {
      factorType: present(payload.email_data.factor_type),
    }),
  ],
};

type NoticeType =
  | 'PasswordChanged'
  | 'EmailChanged'
  | 'PhoneChanged'
  | 'IdentityLinked'
  | 'IdentityUnlinked'
  | 'MfaFactorEnrolled'
  | 'MfaFactorUnenrolled';

/** A notice to the user's address, at `context.time`; `details` with no value are left out. */
function notice(
  usageType: NoticeType,
  payload: SendEmailHookPayload,
  context: EmailContext,
  details: Record<string, string | undefined>,
): PlannedEmail {
  const given = Object.entries(details).filter(([, value]) => value !== undefined);
  const variables = {
    user: userInfo(payload),
    time: context.time,
    application: context.application,
    ...Object.fromEntries(given),
  };
  return { to: recipient(payload), usageType, variables };
}
