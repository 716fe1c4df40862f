import { randomUUID } from 'node:crypto';
import {
  type FakeApi,
  type IncomingCall,
  type Outcome,
  type RecordedMessage,
  startFakeServer,
} from '../fake-server.js';
import { jsonReply, type Reply } from '../reply.js';
import type { ResendEmailBody } from './email-body.js';
import { createIdempotencyStore } from './idempotency.js';
import { validateBatch, validateEmail } from './validate.js';

/** A request the fake Resend API accepted: one email, or a batch of them. */
export interface RecordedResendMessage extends RecordedMessage {
  /** `email` for `POST /emails`, `batch` for `POST /emails/batch`. */
  kind: 'email' | 'batch';
  /** The emails as sent (snake_case): one, or the batch's. `id` is the first one's. */
  emails: ResendEmailBody[];
  /** The id answered for each email, in order. */
  emailIds: string[];
  /** The request's `Idempotency-Key`, when it had one. */
  idempotencyKey?: string;
}

/** A fake Resend API; see `startFakeResend`. */
export type FakeResend = FakeApi<RecordedResendMessage>;

/** Options of `startFakeResend`. */
export interface StartFakeResendOptions {
  /** The API key to accept, as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** The clock idempotency keys expire by (24 hours). Default `Date.now`. */
  now?: () => number;
}

/** The largest request the fake reads: Resend takes 40 MB per email. */
export const resendMaxBodyBytes = 40 * 1024 * 1024;

const endpoint = /^(?:\/.*)?\/emails(\/batch)?$/;

/** Resend's error answer: `{ statusCode, name, message }` with that status. */
export const resendErrorReply = (status: number, name: string, message: string): Reply =>
  jsonReply(status, { statusCode: status, name, message });

const reply = (answer: Reply): Outcome<RecordedResendMessage> => ({ reply: answer });

function authProblem(authorization: string | undefined, apiKey: string): Reply | undefined {
  if (authorization === undefined || authorization === '') {
    return resendErrorReply(401, 'missing_api_key', 'Missing API key in the authorization header.');
  }
  if (authorization !== `Bearer ${apiKey}`) {
    return resendErrorReply(403, 'invalid_api_key', 'API key is invalid.');
  }
  return undefined;
}

/**
 * Starts a fake Resend API on 127.0.0.1 (random port) for tests, serving `POST /emails` and
 * `POST /emails/batch` (also under a path prefix) as Resend does:
 *
 * - `Authorization: Bearer <apiKey>`: without one `401 missing_api_key`, with another key
 *   `403 invalid_api_key`; another path `404 not_found`, another method `405
 *   method_not_allowed`; every error as `{ statusCode, name, message }`;
 * - `Idempotency-Key` (1 to 256 characters, else `400 invalid_idempotency_key`): for 24 hours
 *   the same key on the same endpoint with the same body (key order aside) gets the first
 *   answer again and records nothing; with a different body `409 invalid_idempotent_request`.
 *   Only accepted requests are remembered;
 * - checks, first problem first, each `422`: `missing_required_field` for no `from` or
 *   `subject` (both optional with a `template`), no `to`, no `html` or `text`;
 *   `validation_error` for an address that is not one `addr` or `Name <addr>` (a comma list in
 *   one string included), more than 50 `to`, `template` with `html` or `text`, template
 *   variables that are not flat strings or numbers, tags outside `[A-Za-z0-9_-]{1,256}`,
 *   headers that are not strings; a batch that is not an array of 1 to 100 emails, or has
 *   attachments (strict validation: one bad email refuses the batch);
 * - otherwise `200` with `{ id }` (a batch: `{ data: [{ id }, …] }`), and the request is
 *   recorded in `messages`.
 *
 * @example
 * ```ts
 * const resend = await startFakeResend({ apiKey: 're_test' });
 * // … send through your code, with baseUrl: resend.url …
 * expect(resend.messages[0]?.emails[0]?.subject).toBe('Your code');
 * await resend.close();
 * ```
 */
export async function startFakeResend(options: StartFakeResendOptions): Promise<FakeResend> {
  const { apiKey, now = Date.now } = options;
  const remembered = createIdempotencyStore();

  const accept = (call: IncomingCall, batch: boolean, parsed: unknown, key: string | undefined) => {
    const check = batch ? validateBatch(parsed) : validateEmail(parsed);
    if (!check.ok) return reply(jsonReply(check.error.statusCode, check.error));
    const emailIds = check.emails.map(() => randomUUID());
    const [id = ''] = emailIds;
    const answer = jsonReply(
      200,
      batch ? { data: emailIds.map((each) => ({ id: each })) } : { id },
    );
    if (key !== undefined) remembered.remember(call.pathname, key, parsed, answer, now());
    const { method, path, headers, receivedAt } = call;
    const message: RecordedResendMessage = {
      id,
      method,
      path,
      headers,
      receivedAt,
      kind: batch ? 'batch' : 'email',
      emails: check.emails,
      emailIds,
      ...(key === undefined ? {} : { idempotencyKey: key }),
    };
    return { reply: answer, message };
  };

  const handle = (call: IncomingCall): Outcome<RecordedResendMessage> => {
    const unauthorized = authProblem(call.headers.authorization, apiKey);
    if (unauthorized) return reply(unauthorized);
    const route = endpoint.exec(call.pathname);
    if (route === null) {
      return reply(resendErrorReply(404, 'not_found', 'The requested endpoint does not exist.'));
    }
    if (call.method !== 'POST') {
      const text = 'Method is not allowed for the requested path.';
      return reply(resendErrorReply(405, 'method_not_allowed', text));
    }
    if (call.tooLarge)
      return reply(resendErrorReply(413, 'validation_error', 'Request body too large.'));
    const key = call.headers['idempotency-key'];
    if (Array.isArray(key) || (key !== undefined && (key.length === 0 || key.length > 256))) {
      const text = 'The key must be between 1-256 chars.';
      return reply(resendErrorReply(400, 'invalid_idempotency_key', text));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(call.body.toString('utf8'));
    } catch {
      return reply(
        resendErrorReply(422, 'validation_error', 'The request body is not valid JSON.'),
      );
    }
    if (key !== undefined) {
      const seen = remembered.lookup(call.pathname, key, parsed, now());
      if (seen.kind === 'replay') return reply(seen.reply);
      if (seen.kind === 'conflict') {
        const text = 'Same idempotency key used with a different request payload.';
        return reply(resendErrorReply(409, 'invalid_idempotent_request', text));
      }
    }
    return accept(call, route[1] !== undefined, parsed, key);
  };

  const api = await startFakeServer({
    apiKey,
    maxBodyBytes: resendMaxBodyBytes,
    handle,
    secretForms: (key) => [key, `Bearer ${key}`],
  });
  const clear = api.clear.bind(api);
  return Object.assign(api, {
    clear() {
      clear();
      remembered.clear();
    },
  });
}
