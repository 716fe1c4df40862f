import type { UserInfo } from '@authmail/core';
import type { SendEmailHookPayload } from './payload.js';

/** A payload that cannot make its email: `message` names the missing field. */
export class BadPayload extends Error {}

/** A string with something in it; Supabase sends `""` for the fields an action does not use. */
export function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** `value`, or a {@link BadPayload} naming `path`. */
export function requiredText(
  value: string | undefined,
  path: string,
  payload: SendEmailHookPayload,
): string {
  return present(value) ?? missing(payload, path);
}

/** An `email_data` field the action cannot do without. */
export function required(payload: SendEmailHookPayload, field: 'token' | 'token_hash'): string {
  return requiredText(payload.email_data[field], `email_data.${field}`, payload);
}

/** The user's address, where most emails go. */
export function recipient(payload: SendEmailHookPayload): string {
  return requiredText(payload.user.email, 'user.email', payload);
}

/** Refuses the payload for lacking `path`. */
export function missing(payload: SendEmailHookPayload, path: string): never {
  throw new BadPayload(`${path}: needed for ${payload.email_data.email_action_type}`);
}

/**
 * The user as authmail's templates know users: the id, the address and
 * phone, and a name from `user_metadata` (`full_name`, else `name`).
 */
export function userInfo({ user }: SendEmailHookPayload): UserInfo {
  const name = user.user_metadata?.full_name ?? user.user_metadata?.name;
  return {
    id: user.id,
    ...(present(user.email) === undefined ? {} : { primaryEmail: user.email }),
    ...(present(user.phone) === undefined ? {} : { primaryPhone: user.phone }),
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
  };
}
