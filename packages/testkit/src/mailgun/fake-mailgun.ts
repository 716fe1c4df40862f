import { randomBytes } from 'node:crypto';
import {
  type FakeApi,
  type IncomingCall,
  type Outcome,
  type RecordedMessage,
  startFakeServer,
} from '../fake-server.js';
import type { Fault, StatusFault } from '../fault.js';
import { jsonReply, type Reply, textReply } from '../reply.js';
import { type FormFields, type ParsedForm, parseForm, type RecordedFile } from './parse-form.js';
import { validateMessageFields } from './validate.js';

/**
 * Mailgun only: answer `200` with `{"message":"Queued. Thank you."}` and no `id`, a success
 * that mailgun.js resolves without a message id.
 */
export interface NoIdFault {
  noId: true;
  /** Wait this long (ms) before answering. */
  delayMs?: number;
}

/** The faults the fake Mailgun API can inject: every `Fault`, plus `NoIdFault`. */
export type MailgunFault = Fault | NoIdFault;

/** A message the fake Mailgun API accepted. */
export interface RecordedMailgunMessage extends RecordedMessage {
  /** The `{domain}` of `/v3/{domain}/messages`. */
  domain: string;
  /** The Basic auth user name (always `api`, the only one Mailgun accepts). */
  authUser: string;
  /** Form fields as sent, UTF-8 decoded; a repeated field (`to`, `o:tag`…) is an array. */
  fields: FormFields;
  /** File parts (`attachment`, `inline`), in order. */
  files: RecordedFile[];
}

/** A fake Mailgun API; see `startFakeMailgun`. */
export type FakeMailgun = FakeApi<RecordedMailgunMessage, MailgunFault>;

/** Options of `startFakeMailgun`. */
export interface StartFakeMailgunOptions {
  /** The API key to accept, as Basic auth `api:<apiKey>`. */
  apiKey: string;
  /** Sending domains that exist; others answer `404 Domain not found`. Default: any domain. */
  domains?: readonly string[];
}

/** Mailgun's limit on a message, 25 MB. */
export const mailgunMaxBodyBytes = 25 * 1024 * 1024;

const messagesPath = /^(?:\/.*)?\/v3\/([^/]+)\/messages$/;

function basicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function messageId(domain: string, at: Date): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `<${stamp}.${randomBytes(8).toString('hex')}@${domain}>`;
}

const reply = (answer: Reply): Outcome<RecordedMailgunMessage> => ({ reply: answer });

const noIdFault = ({ delayMs }: NoIdFault): StatusFault => ({
  status: 200,
  body: { message: 'Queued. Thank you.' },
  ...(delayMs === undefined ? {} : { delayMs }),
});

/**
 * Starts a fake Mailgun API on 127.0.0.1 (random port) for tests, serving
 * `POST /v3/{domain}/messages` (also under a path prefix) as Mailgun does:
 *
 * - Basic auth `api:<apiKey>`, else `401` `text/plain` `Forbidden`;
 * - an unknown domain (when `domains` is given): `404 {"message":"Domain not found: <domain>"}`;
 * - a body over 25 MB: `413 {"message":"request entity too large"}`;
 * - `multipart/form-data` or urlencoded fields, checked as Mailgun does (missing `from`, `to`,
 *   content; over 1,000 recipients; variables that are not JSON objects; options over 16 kB;
 *   `o:deliverytime` over 3 days ahead): `400 {"message": …}` with Mailgun's wording;
 * - otherwise `200 {"id":"<YYYYMMDDhhmmss.random@domain>","message":"Queued. Thank you."}`,
 *   and the message is recorded in `messages`.
 *
 * `GET /` answers `Mailgun Magnificent API`, as the real root does. Point mailgun.js at it with
 * `new Mailgun(FormData).client({ username: 'api', key: fake.apiKey, url: fake.url })`.
 *
 * @example
 * ```ts
 * const mailgun = await startFakeMailgun({ apiKey: 'key-test' });
 * // … send through your code …
 * expect(mailgun.messages[0]?.fields.to).toBe('alice@example.org');
 * await mailgun.close();
 * ```
 */
export async function startFakeMailgun(options: StartFakeMailgunOptions): Promise<FakeMailgun> {
  const { apiKey, domains } = options;

  const handle = async (call: IncomingCall): Promise<Outcome<RecordedMailgunMessage>> => {
    if (call.method === 'GET' && call.pathname === '/') {
      return reply(textReply(200, 'Mailgun Magnificent API'));
    }
    const auth = basicAuth(call.headers.authorization);
    if (auth?.user !== 'api' || auth.password !== apiKey) return reply(textReply(401, 'Forbidden'));
    const domain = call.method === 'POST' ? messagesPath.exec(call.pathname)?.[1] : undefined;
    if (domain === undefined) return reply(textReply(404, '404 page not found'));
    if (domains !== undefined && !domains.includes(domain)) {
      return reply(jsonReply(404, { message: `Domain not found: ${domain}` }));
    }
    if (call.tooLarge) return reply(jsonReply(413, { message: 'request entity too large' }));

    let form: ParsedForm;
    try {
      form = await parseForm(call.headers, call.body);
    } catch (error) {
      return reply(jsonReply(400, { message: (error as Error).message }));
    }
    const problem = validateMessageFields(form.fields, call.receivedAt.getTime());
    if (problem !== undefined) return reply(jsonReply(400, { message: problem }));

    const id = messageId(domain, call.receivedAt);
    const { method, path, headers, receivedAt } = call;
    return {
      reply: jsonReply(200, { id, message: 'Queued. Thank you.' }),
      message: { id, method, path, headers, receivedAt, domain, authUser: auth.user, ...form },
    };
  };

  const server = await startFakeServer({
    apiKey,
    maxBodyBytes: mailgunMaxBodyBytes,
    handle,
    secretForms: (key) => [key, Buffer.from(`api:${key}`).toString('base64')],
  });
  return {
    ...server,
    fail(fault, failOptions) {
      server.fail('noId' in fault ? noIdFault(fault) : fault, failOptions);
    },
  };
}
