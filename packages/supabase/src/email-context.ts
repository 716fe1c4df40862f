import type { ApplicationInfo, SendRequest } from '@authmail/core';
import type { SendEmailHookPayload } from './payload.js';

/** What a verification email carries when Supabase sent both a code and a hash. */
export type VerifyBy = 'link' | 'code' | 'both';

/** What the emails of one hook call are made from, besides the payload. */
export interface EmailContext {
  application: ApplicationInfo;
  /** The confirmation link carrying `tokenHash`. */
  linkFor(tokenHash: string): string;
  /** When it happened (for the notices), ISO 8601. */
  time: string;
  /** Whether a verification email carries the link, the code or both (see `SendEmailHookOptions`). */
  verifyBy: VerifyBy;
}

/** One email of a hook call, before its language is added. */
export type PlannedEmail = Omit<SendRequest, 'locale'>;

/** The emails one `email_action_type` sends. */
export type Plan = (payload: SendEmailHookPayload, context: EmailContext) => PlannedEmail[];
