import type { Mailer, UsageType, VariablesOf } from '@authmail/core';
import { defaultMaxBodyBytes, type FetchHandler, jsonAnswer, readBody } from '@authmail/core/http';
import { z } from 'zod';
import { describeLogtoFailure } from '../failure.js';
import { answerFailure, onlyPost, refuse, tooLarge } from '../http/answers.js';
import { handlerOptionsShape, parseHandlerOptions } from '../http/handler-options.js';
import { parseJsonBody } from '../http/parse-json.js';
import { type ErrorReporter, logUnexpected } from '../http/report.js';
import { secretEquals } from '../http/secret-equals.js';
import { usageTypeForLogto } from '../usage-type.js';
import { type SendMessageBody, sendMessageBodySchema } from './send-message-body.js';

/** Options for {@link createHttpEmailHandler}. */
export interface HttpEmailHandlerOptions {
  /** Sends the emails. Create it with `validateVariables: false` to send when Logto omits context it could not look up. */
  mailer: Mailer;
  /** The exact `Authorization` header Logto's HTTP email connector is configured to send, e.g. `Bearer <token>`. */
  authorization: string;
  /** The largest body read; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called with every error a send threw. Default: logs errors that are not `AuthmailError`s. */
  onError?: ErrorReporter;
}

const optionsSchema = z.object({
  ...handlerOptionsShape,
  authorization: z.string().min(1, 'must be the Authorization header Logto sends'),
});

const unexpectedMessage = 'unexpected error in the authmail HTTP email handler';

/**
 * A handler for Logto's HTTP email connector (the email connector Logto Cloud
 * offers): Logto POSTs `{ to, type, payload, ip? }` with the configured
 * `Authorization` header, and this sends the email with `mailer`.
 *
 * - Anything but `POST` → 405; a body over `maxBodyBytes` → 413.
 * - An `Authorization` header other than `authorization` (compared in
 *   constant time) → 401.
 * - A body that is not `{ to, type, payload, ip? }` → 400, naming the field.
 * - `type` is the usage type (one of Logto's nine; any other type is `Generic`);
 *   `payload` is the variables; `payload.locale`, then `payload.uiLocales`,
 *   pick the language.
 * - Sent → 200 `{ messageId, languageTag }`. A failed send → 4xx or 5xx
 *   `{ error, message }` (see `describeLogtoFailure`), with `Retry-After`
 *   when the provider asked to wait; Logto's connector raises it as a
 *   `ConnectorError`. Messages hold no secret, stack trace or path.
 *
 * @throws AuthmailError `invalid_config` when an option is missing or wrong.
 * @example
 * ```ts
 * // app/logto/email/route.ts (Next.js)
 * export const POST = createHttpEmailHandler({ mailer, authorization: process.env.LOGTO_EMAIL_AUTHORIZATION! });
 * ```
 */
export function createHttpEmailHandler(options: HttpEmailHandlerOptions): FetchHandler {
  const { mailer, authorization, maxBodyBytes, onError } = parseHandlerOptions(
    optionsSchema,
    options,
    'HTTP email handler options',
  );
  const report = onError ?? logUnexpected;
  return async (request) => {
    if (request.method !== 'POST') return onlyPost();
    if (!secretEquals(request.headers.get('authorization') ?? '', authorization)) {
      return refuse(401, 'invalid_authorization', 'The Authorization header is missing or wrong.');
    }
    const body = await readBody(request, maxBodyBytes ?? defaultMaxBodyBytes);
    if (!body) return tooLarge();
    const parsed = parseJsonBody(body, sendMessageBodySchema);
    if (!parsed.ok) return refuse(400, 'invalid_request', parsed.reason);
    try {
      const { messageId, languageTag } = await mailer.send(sendRequestFor(parsed.value));
      return jsonAnswer(200, { messageId, languageTag });
    } catch (error) {
      report(error);
      return answerFailure(describeLogtoFailure(error, { unexpectedMessage }));
    }
  };
}

function sendRequestFor({ to, type, payload }: SendMessageBody) {
  const usageType: UsageType = usageTypeForLogto(type);
  const { locale, uiLocales } = payload;
  return {
    to,
    usageType,
    // The mailer checks them unless it was created with validateVariables: false.
    variables: payload as VariablesOf<UsageType>,
    ...(locale ? { locale } : {}),
    ...(uiLocales ? { uiLocales } : {}),
  };
}
