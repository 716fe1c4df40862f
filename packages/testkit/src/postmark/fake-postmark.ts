import { randomUUID } from 'node:crypto';
import {
  type FakeApi,
  type IncomingCall,
  type Outcome,
  type RecordedMessage,
  startFakeServer,
} from '../fake-server.js';
import { jsonReply, type Reply } from '../reply.js';
import type { PostmarkMessageBody, PostmarkMessageResult } from './message-body.js';
import { type ServerState, validateMessage } from './validate.js';

/** The endpoints the fake serves. */
export type PostmarkEndpoint =
  | '/email'
  | '/email/withTemplate'
  | '/email/batch'
  | '/email/batchWithTemplates';

/** A request the fake Postmark API accepted at least one message of. */
export interface RecordedPostmarkMessage extends RecordedMessage {
  /** The endpoint it went to. */
  endpoint: PostmarkEndpoint;
  /** The messages it accepted, in the request's order (a single send: one). */
  accepted: PostmarkMessageBody[];
  /** The answer for each message of the request, in its order. */
  results: PostmarkMessageResult[];
}

/** A fake Postmark API; see `startFakePostmark`. */
export type FakePostmark = FakeApi<RecordedPostmarkMessage>;

/** Options of `startFakePostmark`. */
export interface StartFakePostmarkOptions {
  /** The server token to accept, as `X-Postmark-Server-Token`. */
  serverToken: string;
  /** Inactive (suppressed) recipients: a message to them alone is refused with 406. */
  suppressed?: readonly string[];
  /** Template aliases and ids that exist; every one when left out. */
  templates?: readonly (string | number)[];
  /** Message streams that exist. Default `['outbound']`. */
  messageStreams?: readonly string[];
}

/** Postmark's limit on an `/email` request, 10 MB. */
export const postmarkMaxBodyBytes = 10 * 1024 * 1024;
/** Postmark's limit on a batch request, 50 MB. */
export const postmarkMaxBatchBodyBytes = 50 * 1024 * 1024;
/** Most messages in one batch request. */
export const postmarkMaxBatchMessages = 500;

const single = new Set<PostmarkEndpoint>(['/email', '/email/withTemplate']);
const endpoints = new Set<string>([...single, '/email/batch', '/email/batchWithTemplates']);

const refusal = (
  status: number,
  ErrorCode: number,
  Message: string,
): Outcome<RecordedPostmarkMessage> => ({
  reply: jsonReply(status, { ErrorCode, Message }),
});

/**
 * Starts a fake Postmark API on 127.0.0.1 (random port) for tests, serving
 * `POST /email`, `/email/withTemplate`, `/email/batch` and
 * `/email/batchWithTemplates` as Postmark does:
 *
 * - `X-Postmark-Server-Token: <serverToken>`, else `401` with `ErrorCode` 10;
 * - a body that is not `application/json`: `422` `ErrorCode` 409; not JSON: `422` 402;
 *   over 10 MB (`/email…`) or 50 MB (batches): `413`;
 * - each message checked (sender, 1 to 50 recipients in `To`, `Cc` and `Bcc`, subject and
 *   a body, or a template, tracking, headers, metadata, message stream): a single send
 *   answers `422 {ErrorCode, Message}` for a refused message (406 when every recipient is
 *   suppressed), a batch answers `200` with one result per message, in order, refused ones
 *   included (over 500 messages: `422` `ErrorCode` 410);
 * - an accepted message gets a `MessageID`; a request with at least one accepted message is
 *   recorded in `messages`, its id the first accepted message's.
 *
 * @example
 * ```ts
 * const postmark = await startFakePostmark({ serverToken: 'pm-test', suppressed: ['bob@example.org'] });
 * // … send through your code …
 * expect(postmark.messages[0]?.accepted[0]?.To).toBe('alice@example.org');
 * await postmark.close();
 * ```
 */
export async function startFakePostmark(options: StartFakePostmarkOptions): Promise<FakePostmark> {
  const { serverToken } = options;
  const server: ServerState = {
    streams: new Set(options.messageStreams ?? ['outbound']),
    templates: options.templates && new Set(options.templates.map(String)),
    suppressed: new Set((options.suppressed ?? []).map((email) => email.toLowerCase())),
  };

  const handle = (call: IncomingCall): Outcome<RecordedPostmarkMessage> => {
    const token = call.headers['x-postmark-server-token'];
    if (token === undefined) {
      return refusal(
        401,
        10,
        'No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token.',
      );
    }
    if (token !== serverToken) {
      return refusal(
        401,
        10,
        'The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.',
      );
    }
    const endpoint = call.pathname.replace(/^.*?(\/email(?:\/\w+)?)$/, '$1');
    if (call.method !== 'POST' || !endpoints.has(endpoint)) {
      return { reply: jsonReply(404, { ErrorCode: 0, Message: 'Not found.' }) };
    }
    const batch = !single.has(endpoint as PostmarkEndpoint);
    const limit = batch ? postmarkMaxBatchBodyBytes : postmarkMaxBodyBytes;
    if (call.tooLarge || call.body.length > limit) {
      return { reply: jsonReply(413, { ErrorCode: 0, Message: 'Payload Too Large' }) };
    }
    if (!String(call.headers['content-type'] ?? '').includes('application/json')) {
      return refusal(422, 409, 'JSON Required: send the body as application/json.');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(call.body.toString('utf8'));
    } catch {
      return refusal(422, 402, 'Received invalid JSON input.');
    }
    return answer(call, endpoint as PostmarkEndpoint, parsed, server);
  };

  return startFakeServer({
    apiKey: serverToken,
    maxBodyBytes: postmarkMaxBatchBodyBytes,
    handle,
    // The header carries the token alone.
    secretForms: (key) => [key],
  });
}

/** The messages of a request body, or the refusal of a body of the wrong shape. */
function messagesOf(
  endpoint: PostmarkEndpoint,
  body: unknown,
): unknown[] | Outcome<RecordedPostmarkMessage> {
  if (single.has(endpoint)) return [body];
  const list =
    endpoint === '/email/batch' ? body : (body as { Messages?: unknown } | null)?.Messages;
  if (!Array.isArray(list)) return refusal(422, 402, 'Received invalid JSON input.');
  if (list.length > postmarkMaxBatchMessages) {
    return refusal(
      422,
      410,
      `Too many batch messages: at most ${postmarkMaxBatchMessages} in one request.`,
    );
  }
  return list;
}

function answer(
  call: IncomingCall,
  endpoint: PostmarkEndpoint,
  body: unknown,
  server: ServerState,
): Outcome<RecordedPostmarkMessage> {
  const messages = messagesOf(endpoint, body);
  if (!Array.isArray(messages)) return messages;
  const templated = endpoint === '/email/withTemplate' || endpoint === '/email/batchWithTemplates';
  const accepted: PostmarkMessageBody[] = [];
  const results = messages.map((message): PostmarkMessageResult => {
    const check = validateMessage(message, templated, server);
    if (!check.ok) return check.refusal;
    accepted.push(check.body);
    const submittedAt = call.receivedAt.toISOString();
    return {
      To: check.body.To ?? '',
      SubmittedAt: submittedAt,
      MessageID: randomUUID(),
      ErrorCode: 0,
      Message: 'OK',
    };
  });
  if (single.has(endpoint)) {
    const [result] = results as [PostmarkMessageResult];
    if (result.ErrorCode !== 0) return { reply: jsonReply(422, result) };
  }
  const reply: Reply = jsonReply(200, single.has(endpoint) ? results[0] : results);
  const id = results.find((result) => result.MessageID)?.MessageID;
  if (id === undefined) return { reply };
  const { method, path, headers, receivedAt } = call;
  return { reply, message: { id, method, path, headers, receivedAt, endpoint, accepted, results } };
}
