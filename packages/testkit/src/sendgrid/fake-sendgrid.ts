import { randomBytes } from 'node:crypto';
import {
  type FakeApi,
  type IncomingCall,
  type Outcome,
  type RecordedMessage,
  startFakeServer,
} from '../fake-server.js';
import { emptyReply, jsonReply, type Reply } from '../reply.js';
import type { SendGridMailBody } from './mail-body.js';
import { badRequest, validateMailSend } from './validate.js';

/** A message the fake SendGrid API accepted. */
export interface RecordedSendGridMessage extends RecordedMessage {
  /** The JSON body as sent (snake_case). */
  body: SendGridMailBody;
}

/** A fake SendGrid API; see `startFakeSendGrid`. */
export type FakeSendGrid = FakeApi<RecordedSendGridMessage>;

/** Options of `startFakeSendGrid`. */
export interface StartFakeSendGridOptions {
  /** The API key to accept, as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
}

/** SendGrid's limit on a request, 30 MB. */
export const sendGridMaxBodyBytes = 30 * 1024 * 1024;

const mailSendPath = /^(?:\/.*)?\/v3\/mail\/send$/;

const errors = (status: number, message: string): Reply =>
  jsonReply(status, { errors: [{ field: null, message }] });

const reply = (answer: Reply): Outcome<RecordedSendGridMessage> => ({ reply: answer });

/**
 * Starts a fake SendGrid API on 127.0.0.1 (random port) for tests, serving
 * `POST /v3/mail/send` (also under a path prefix) as SendGrid does:
 *
 * - `Authorization: Bearer <apiKey>`, else `401` with
 *   `{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked"}]}`;
 * - a body over 30 MB: `413`; a body that is not a JSON object: `400` `Bad Request`;
 * - checks as SendGrid answers them, every problem listed in one
 *   `400 {"errors":[{"message","field","help"}]}`: no personalizations, over 1,000
 *   personalizations or recipients, a personalization without `to`, an invalid or repeated
 *   address, a missing `from`, no subject (unless templated or set on every personalization),
 *   no content or an empty content value (unless `template_id` is set), `send_at` over 72 hours
 *   ahead, `custom_args` of 10,000 bytes or more;
 * - otherwise `202` with an empty body and an `X-Message-Id` header (`200` with no id when
 *   `mail_settings.sandbox_mode.enable` is true), and the message is recorded in `messages`.
 *
 * Unknown HTTP headers are ignored (@sendgrid/mail copies the email's `headers` into them).
 * Point @sendgrid/mail at it with its own client, setting the key before the base URL:
 * `client.setApiKey(fake.apiKey); client.setDefaultRequest('baseUrl', fake.url)`.
 *
 * @example
 * ```ts
 * const sendgrid = await startFakeSendGrid({ apiKey: 'SG.test' });
 * // … send through your code …
 * expect(sendgrid.messages[0]?.body.personalizations[0]?.to).toEqual([{ email: 'alice@example.org' }]);
 * await sendgrid.close();
 * ```
 */
export async function startFakeSendGrid(options: StartFakeSendGridOptions): Promise<FakeSendGrid> {
  const { apiKey } = options;

  const handle = (call: IncomingCall): Outcome<RecordedSendGridMessage> => {
    if (call.headers.authorization !== `Bearer ${apiKey}`) {
      return reply(errors(401, 'The provided authorization grant is invalid, expired, or revoked'));
    }
    if (call.method !== 'POST' || !mailSendPath.test(call.pathname)) {
      return reply(errors(404, 'resource not found'));
    }
    if (call.tooLarge) return reply(errors(413, 'Request entity too large'));

    let parsed: unknown;
    try {
      parsed = JSON.parse(call.body.toString('utf8'));
    } catch {
      return reply(jsonReply(400, { errors: [badRequest] }));
    }
    const check = validateMailSend(parsed, call.receivedAt.getTime());
    if (!check.ok) return reply(jsonReply(400, { errors: check.errors }));

    const id = randomBytes(16).toString('base64url').slice(0, 22);
    const { method, path, headers, receivedAt } = call;
    const sandbox = (check.body.mail_settings?.sandbox_mode as { enable?: unknown } | undefined)
      ?.enable;
    return {
      reply: sandbox === true ? emptyReply(200) : emptyReply(202, { 'X-Message-Id': id }),
      message: { id, method, path, headers, receivedAt, body: check.body },
    };
  };

  return startFakeServer({
    apiKey,
    maxBodyBytes: sendGridMaxBodyBytes,
    handle,
    secretForms: (key) => [key, `Bearer ${key}`],
  });
}
