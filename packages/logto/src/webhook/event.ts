import type { ApplicationInfo, UserInfo } from '@authmail/core';
import { applicationInfoSchema, userInfoSchema } from '@authmail/core/schemas';
import { z } from 'zod';

/**
 * A Logto webhook request body. Every event has `event`, `hookId` and
 * `createdAt`; data hooks (`User.Created`, `Organization.Created`, …) carry
 * the entity in `data`, interaction hooks (`PostRegister`, `PostSignIn`,
 * `PostResetPassword`) carry `user`; both may carry `application`. Anything
 * else Logto sends is kept as is.
 */
export interface LogtoWebhookEvent {
  /** The event's name, e.g. `User.Created`. */
  event: string;
  /** The webhook's id in Logto. */
  hookId?: string;
  /** When Logto built the payload (ISO 8601). */
  createdAt?: string;
  /** Data hooks: the entity the event is about. */
  data?: unknown;
  /** Interaction hooks: the user, when Logto could look it up. */
  user?: UserInfo;
  /** The application the request came through, when there was one. */
  application?: ApplicationInfo;
  [key: string]: unknown;
}

/** `User.Created`: a user was created, by sign-up or through the Management API. */
export interface LogtoUserCreatedEvent extends LogtoWebhookEvent {
  event: 'User.Created';
  /** The new user, with `primaryEmail` when it has one. */
  data: UserInfo;
}

/** `user` and `application` that are not what Logto sends are dropped rather than refused. */
const webhookEventSchema = z.looseObject({
  event: z.string().min(1),
  hookId: z.string().optional().catch(undefined),
  createdAt: z.string().optional().catch(undefined),
  user: userInfoSchema.optional().catch(undefined),
  application: applicationInfoSchema.optional().catch(undefined),
});

/** The schema of a {@link LogtoWebhookEvent}: only `event` is required. */
export const logtoWebhookEventSchema: z.ZodType<LogtoWebhookEvent> = webhookEventSchema;

/**
 * Whether the event is a `User.Created` that carries a user. Logto's "send
 * test" button sends `User.Created` with placeholder data, which is not one.
 */
export function isUserCreated(event: LogtoWebhookEvent): event is LogtoUserCreatedEvent {
  return event.event === 'User.Created' && userInfoSchema.safeParse(event.data).success;
}

/** The user an event is about: `data` for `User.Created`, else `user`. */
export function userOf(event: LogtoWebhookEvent): UserInfo | undefined {
  return isUserCreated(event) ? event.data : event.user;
}
