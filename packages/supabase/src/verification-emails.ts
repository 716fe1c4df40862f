import type { EmailContext, Plan, PlannedEmail } from './email-context.js';
import { missing, present, recipient, required, requiredText, userInfo } from './fields.js';
import type { SendEmailHookPayload, SupabaseEmailActionType } from './payload.js';

type VerificationAction = Exclude<SupabaseEmailActionType, `${string}_notification`>;

/** The verification emails: a link or a code (or both) to confirm who asks. */
export const verificationPlans: Record<VerificationAction, Plan> = {
  signup: (payload, context) => [applicationEmail('Register', payload, context)],
  magiclink: (payload, context) => [applicationEmail('SignIn', payload, context)],
  recovery: (payload, context) => [applicationEmail('ForgotPassword', payload, context)],
  // `email` verifies an email OTP sign-in; Supabase's own mailer sends none for it.
  email: (payload, context) => [applicationEmail('SignIn', payload, context)],
  invite: (payload, context) => [
    {
      to: recipient(payload),
      usageType: 'Invite',
      variables: {
        link: context.linkFor(required(payload, 'token_hash')),
        application: context.application,
      },
    },
  ],
  reauthentication: (payload, context) => [
    {
      to: recipient(payload),
      usageType: 'UserPermissionValidation',
      variables: {
        code: required(payload, 'token'),
        user: userInfo(payload),
        application: context.application,
      },
    },
  ],
  email_change: emailChange,
};

/** A one-time code, a link, or both: what the code-or-link usage types carry. */
type CodeOrLink = { code: string; link?: string } | { link: string; code?: string };

/** The code and hash meant for one address. */
interface Pair {
  code: string | undefined;
  tokenHash: string | undefined;
}

/** Register, SignIn or ForgotPassword, for the application. */
function applicationEmail(
  usageType: 'Register' | 'SignIn' | 'ForgotPassword',
  payload: SendEmailHookPayload,
  context: EmailContext,
): PlannedEmail {
  const pair = { code: payload.email_data.token, tokenHash: payload.email_data.token_hash };
  return {
    to: recipient(payload),
    usageType,
    variables: { ...codeOrLink(payload, context, pair), application: context.application },
  };
}

/**
 * An email change. With secure email change Supabase sends two codes and
 * two hashes, named against their addresses (supabase/supabase#38141):
 * the current address (`user.email`) gets `token` with `token_hash_new`,
 * the new one (`user.new_email`) `token_new` with `token_hash`. Without it
 * there is one pair, `token` with `token_hash`, for the new address only.
 * The new address is asked to confirm itself (`BindNewIdentifier`), the
 * current one to confirm that it is the user (`UserPermissionValidation`).
 */
function emailChange(payload: SendEmailHookPayload, context: EmailContext): PlannedEmail[] {
  const data = payload.email_data;
  const secure =
    present(data.token_hash_new) !== undefined || present(data.token_new) !== undefined;
  const newAddress = requiredText(payload.user.new_email, 'user.new_email', payload);
  const toNewAddress = emailChangeEmail(payload, context, 'BindNewIdentifier', newAddress, {
    code: secure ? data.token_new : data.token,
    tokenHash: data.token_hash,
  });
  if (!secure) return [toNewAddress];
  const toCurrentAddress = emailChangeEmail(
    payload,
    context,
    'UserPermissionValidation',
    recipient(payload),
    { code: data.token, tokenHash: data.token_hash_new },
  );
  return [toCurrentAddress, toNewAddress];
}

/** One email of an email change, to `to`, carrying `pair`. */
function emailChangeEmail(
  payload: SendEmailHookPayload,
  context: EmailContext,
  usageType: 'BindNewIdentifier' | 'UserPermissionValidation',
  to: string,
  pair: Pair,
): PlannedEmail {
  return {
    to,
    usageType,
    variables: {
      ...codeOrLink(payload, context, pair),
      user: userInfo(payload),
      application: context.application,
    },
  };
}

/**
 * The code and the link of `pair`, as `context.verifyBy` asks; when
 * Supabase sent only one of the two, that one.
 */
function codeOrLink(payload: SendEmailHookPayload, context: EmailContext, pair: Pair): CodeOrLink {
  const code = present(pair.code);
  const tokenHash = present(pair.tokenHash);
  const link = tokenHash === undefined ? undefined : context.linkFor(tokenHash);
  if (code === undefined) return { link: link ?? missing(payload, 'email_data.token_hash') };
  if (link === undefined || context.verifyBy === 'code') return { code };
  return context.verifyBy === 'link' ? { link } : { code, link };
}
