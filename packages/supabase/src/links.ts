import type { SupabaseEmailActionType } from './payload.js';

/** What a confirmation link is made of, as the hook hands it to a `link` option. */
export interface ConfirmationLinkParts {
  /** The hashed token the link carries (`token_hash`, or `token_hash_new` for the current address). */
  tokenHash: string;
  /** The verification type: the `email_action_type` (`signup`, `magiclink`, `email_change`…). */
  type: SupabaseEmailActionType;
  /** Where Supabase sends the user after verifying (`redirect_to`), when the app gave one. */
  redirectTo: string | undefined;
  /** The Auth API's URL from the payload (`site_url`), e.g. `https://<ref>.supabase.co/auth/v1`. */
  siteUrl: string;
}

/**
 * The link Supabase's own emails carry (its `{{ .ConfirmationURL }}`):
 * `<site_url>/verify?token=<token_hash>&type=<type>&redirect_to=<redirect_to>`,
 * every value URL-encoded; `redirect_to` is left out when there is none.
 */
export function supabaseVerifyLink({
  tokenHash,
  type,
  redirectTo,
  siteUrl,
}: ConfirmationLinkParts): string {
  const query = new URLSearchParams({ token: tokenHash, type });
  if (redirectTo) query.set('redirect_to', redirectTo);
  return `${siteUrl.replace(/\/+$/, '')}/verify?${query}`;
}
