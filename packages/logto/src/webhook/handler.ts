import type { Mailer, SendResult } from '@authmail/core';
import { defaultMaxBodyBytes, type FetchHandler, jsonAnswer, readBody } from '@authmail/core/http';
import { z } from 'zod';
import { describeLogtoFailure } from '../failure.js';
import { answerFailure, onlyPost, refuse, tooLarge } from '../http/answers.js';
import { handlerOptionsShape, parseHandlerOptions } from '../http/handler-options.js';
import { parseJsonBody } from '../http/parse-json.js';
import { type ErrorReporter, logUnexpected } from '../http/report.js';
import {
  isUserCreated,
  type LogtoUserCreatedEvent,
  type LogtoWebhookEvent,
  logtoWebhookEventSchema,
} from './event.js';
import { sendWelcome } from './send-welcome.js';
import { isLogtoSignature, logtoSignatureHeader } from './signature.js';

/** What an `on` handler gets besides the event. */
export interface WebhookContext {
  /** The handler's mailer. */
  mailer: Mailer;
  /**
   * Sends the `Welcome` email to the event's user (`data` for `User.Created`,
   * `user` for `PostRegister` and the other interaction events); resolves
   * `undefined` when that user has no primary email.
   */
  sendWelcome(): Promise<SendResult | undefined>;
}

/** Handles one event; method syntax so a narrower event type fits the index signature. */
type EventHandler<E extends LogtoWebhookEvent> = {
  handle(event: E, context: WebhookContext): unknown;
}['handle'];

/**
 * Handlers by event name. A handler for `User.Created` replaces the default
 * `Welcome` email (call `context.sendWelcome()` to send it too).
 */
export interface LogtoWebhookHandlers {
  'User.Created'?: EventHandler<LogtoUserCreatedEvent>;
  [event: string]: EventHandler<LogtoWebhookEvent> | undefined;
}

/** Options for {@link createWebhookHandler}. */
export interface WebhookHandlerOptions {
  /** Sends the emails. */
  mailer: Mailer;
  /** The webhook's signing key, from its page in the Logto Console. */
  signingKey: string;
  /** Handlers by event name; events without one are acknowledged and ignored. */
  on?: LogtoWebhookHandlers;
  /** The largest body read; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called with every error a send or an `on` handler threw. Default: logs errors that are not `AuthmailError`s. */
  onError?: ErrorReporter;
}

const optionsSchema = z.object({
  ...handlerOptionsShape,
  signingKey: z.string().min(1, "must be the webhook's signing key"),
  on: z
    .record(
      z.string(),
      z.custom<EventHandler<LogtoWebhookEvent>>((value) => typeof value === 'function'),
    )
    .optional(),
});

const unexpectedMessage = 'unexpected error in the authmail webhook handler';

/**
 * A receiver for Logto webhooks that sends the `Welcome` email when a user
 * is created.
 *
 * - Anything but `POST` → 405; a body over `maxBodyBytes` → 413.
 * - A missing `logto-signature-sha-256` header, or one that is not the hex
 *   HMAC-SHA256 of the raw body with `signingKey` (compared in constant
 *   time) → 401. A correctly signed body sent again is accepted again:
 *   Logto's payload has no nonce the handler could check, so refusing
 *   replays (by `hookId` + `createdAt`, say) is the caller's concern.
 * - A body that is not a JSON object with an `event` string → 400.
 * - `User.Created` whose user has a primary email → the `Welcome` email.
 * - An event with a handler in `on` → that handler (for `User.Created` it
 *   replaces the welcome email). Any other event → acknowledged, ignored.
 * - Done → 200 `{ handled }`. A failed send or handler → 4xx or 5xx
 *   `{ error, message }` as `describeLogtoFailure` maps it; Logto retries
 *   webhooks answered with a 5xx, so a send may happen twice.
 *
 * @throws AuthmailError `invalid_config` when an option is missing or wrong.
 * @example
 * ```ts
 * const webhook = createWebhookHandler({
 *   mailer,
 *   signingKey: process.env.LOGTO_WEBHOOK_SIGNING_KEY!,
 *   on: { 'User.Data.Updated': (event) => console.log(event.data) },
 * });
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): FetchHandler {
  const config = parseHandlerOptions(optionsSchema, options, 'webhook handler options');
  const { mailer, signingKey, maxBodyBytes } = config;
  const on: LogtoWebhookHandlers = config.on ?? {};
  const report = config.onError ?? logUnexpected;

  const handle = async (event: LogtoWebhookEvent): Promise<boolean> => {
    // Logto's "send test" sends User.Created with placeholder data: nothing to do.
    if (event.event === 'User.Created' && !isUserCreated(event)) return false;
    const context: WebhookContext = { mailer, sendWelcome: () => sendWelcome(mailer, event) };
    const handler = on[event.event];
    if (handler) {
      await handler(event, context);
      return true;
    }
    if (event.event !== 'User.Created') return false;
    return (await context.sendWelcome()) !== undefined;
  };

  return async (request) => {
    if (request.method !== 'POST') return onlyPost();
    const body = await readBody(request, maxBodyBytes ?? defaultMaxBodyBytes);
    if (!body) return tooLarge();
    const signature = request.headers.get(logtoSignatureHeader);
    if (!signature) {
      return refuse(401, 'invalid_signature', `The ${logtoSignatureHeader} header is missing.`);
    }
    if (!isLogtoSignature(body, signature, signingKey)) {
      return refuse(401, 'invalid_signature', `The ${logtoSignatureHeader} header does not match.`);
    }
    const parsed = parseJsonBody(body, logtoWebhookEventSchema);
    if (!parsed.ok) return refuse(400, 'invalid_event', parsed.reason);
    try {
      return jsonAnswer(200, { handled: await handle(parsed.value) });
    } catch (error) {
      report(error);
      return answerFailure(describeLogtoFailure(error, { unexpectedMessage }));
    }
  };
}
