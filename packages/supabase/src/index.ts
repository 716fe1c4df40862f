/**
 * @authmail/supabase: Supabase Auth's Send Email Hook on authmail. One
 * Fetch-standard handler that verifies Supabase's Standard Webhooks
 * signature and sends each auth email (confirmations, magic links,
 * recoveries, invitations, email changes, reauthentication codes, security
 * notifications) through any authmail transport, in the user's language.
 *
 * @module
 */

export { createSendEmailHook } from './hook.js';
export type { ConfirmationLinkParts } from './links.js';
export type { SendEmailHookOptions } from './options.js';
export type { SendEmailHookPayload, SupabaseEmailActionType } from './payload.js';
