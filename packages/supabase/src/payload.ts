import { shapes } from '@authmail/core/provider';

/**
 * The `email_action_type` values Supabase Auth sends the hook: the
 * verification emails, then the security notifications (`mailer` constants
 * in supabase/auth's `internal/mailer/mailer.go`).
 */
export const supabaseEmailActionTypes = [
  'signup',
  'invite',
  'magiclink',
  'recovery',
  'email_change',
  'email',
  'reauthentication',
  'password_changed_notification',
  'email_changed_notification',
  'phone_changed_notification',
  'identity_linked_notification',
  'identity_unlinked_notification',
  'mfa_factor_enrolled_notification',
  'mfa_factor_unenrolled_notification',
] as const;

/** One of the `email_action_type` values Supabase Auth sends. */
export type SupabaseEmailActionType = (typeof supabaseEmailActionTypes)[number];

/**
 * What Supabase Auth POSTs to the Send Email Hook (`SendEmailInput` in
 * supabase/auth's `internal/hooks/v0hooks`). Supabase sends empty strings
 * for the `email_data` fields an action does not use; other keys are kept.
 */
export interface SendEmailHookPayload {
  /** The user the email concerns (Supabase's user object, abridged). */
  user: {
    id: string;
    /** The current address; after an email change, the new one. */
    email?: string;
    /** The address an `email_change` moves to. */
    new_email?: string;
    phone?: string;
    /** Whatever the app stored; `locale` there picks the language by default. */
    user_metadata?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  email_data: {
    /** The one-time code (for `email_change`, the one for the current address). */
    token?: string;
    /** The hashed token a confirmation link carries (for `email_change`, the new address's). */
    token_hash?: string;
    redirect_to?: string;
    email_action_type: SupabaseEmailActionType;
    /** The Auth API's URL, e.g. `https://<ref>.supabase.co/auth/v1`. */
    site_url: string;
    /** `email_change` with secure email change: the code for the new address. */
    token_new?: string;
    /** `email_change` with secure email change: the hash for the current address. */
    token_hash_new?: string;
    /** `email_changed_notification`: the address before the change. */
    old_email?: string;
    /** `phone_changed_notification`: the number before the change. */
    old_phone?: string;
    /** `identity_(un)linked_notification`: the provider, e.g. `google`. */
    provider?: string;
    /** `mfa_factor_(un)enrolled_notification`: the factor's kind, e.g. `totp`. */
    factor_type?: string;
    [key: string]: unknown;
  };
  /** The hook call's metadata (`uuid`, `time`, `name`, `ip_address`); not checked. */
  metadata?: unknown;
  [key: string]: unknown;
}

const text = shapes.optional(shapes.string());

const userShape = shapes.object(
  {
    id: shapes.string({ minLength: 1, tooShort: 'the user id must not be empty' }),
    email: text,
    new_email: text,
    phone: text,
    user_metadata: shapes.nullish(shapes.dictionary()),
  },
  'loose',
);

const emailDataShape = shapes.object(
  {
    token: text,
    token_hash: text,
    redirect_to: text,
    email_action_type: shapes.oneOf(supabaseEmailActionTypes),
    site_url: shapes.custom<string>(
      isWebUrl,
      'must be the Auth API URL, e.g. https://<ref>.supabase.co/auth/v1',
    ),
    token_new: text,
    token_hash_new: text,
    old_email: text,
    old_phone: text,
    provider: text,
    factor_type: text,
  },
  'loose',
);

const payloadShape = shapes.object(
  {
    user: userShape,
    email_data: emailDataShape,
  },
  'loose',
);

/** The hook's payload, or why the body is not one (`path: problem` lines, never a value). */
export type ParsedPayload =
  | { ok: true; payload: SendEmailHookPayload }
  | { ok: false; reason: string };

/** Parses a verified body as the hook's payload. */
export function parsePayload(body: string): ParsedPayload {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'The body is not JSON.' };
  }
  const { value, issues } = shapes.checkShape(payloadShape, json);
  if (issues.length > 0)
    return { ok: false, reason: shapes.describeShapeIssues(issues).join('; ') };
  return { ok: true, payload: value as SendEmailHookPayload };
}

function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}
