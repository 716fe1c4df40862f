import { randomBytes, randomUUID } from 'node:crypto';
import {
  type FakeApi,
  type IncomingCall,
  type Outcome,
  type RecordedMessage,
  startFakeServer,
} from '../fake-server.js';
import { jsonReply, type Reply } from '../reply.js';
import { checkSigV4 } from './sigv4.js';
import {
  type SesRefusal,
  type SesSendBulkEmailBody,
  type SesSendEmailBody,
  sesMaxBodyBytes,
  validateSendBulkEmail,
  validateSendEmail,
} from './validate.js';

/** A message the fake SES API accepted: one `SendEmail`, or one `SendBulkEmail` with all its entries. */
export type RecordedSesMessage = RecordedMessage &
  (
    | { operation: 'SendEmail'; body: SesSendEmailBody }
    | {
        operation: 'SendBulkEmail';
        body: SesSendBulkEmailBody;
        /** Each entry's outcome, in order; `id` is the first sent entry's message id. */
        results: { Status: string; MessageId?: string; Error?: string }[];
      }
  );

/** A fake SES v2 API; see `startFakeSes`. */
export type FakeSes = FakeApi<RecordedSesMessage> & {
  /** The access key id the fake accepts (not secret: it travels in `Authorization`). */
  readonly accessKeyId: string;
  /** The region the credential scope must name. */
  readonly region: string;
  /**
   * Answers every `SendBulkEmail` entry addressed to `address` (its plain
   * address, any case) with `status` instead of `SUCCESS`, until `clear()`.
   */
  refuseRecipient(address: string, status?: string, error?: string): void;
};

/** Options of `startFakeSes`. */
export interface StartFakeSesOptions {
  /** The secret access key requests must be signed with: the fake's `apiKey`. */
  secretAccessKey: string;
  /** Default `AKIAIOSFODNN7EXAMPLE`. */
  accessKeyId?: string;
  /** A session token requests must carry (`X-Amz-Security-Token`), for temporary credentials. */
  sessionToken?: string;
  /** Default `us-east-1`. */
  region?: string;
}

const sendEmailPath = /^(?:\/.*)?\/v2\/email\/outbound-emails$/;
const sendBulkEmailPath = /^(?:\/.*)?\/v2\/email\/outbound-bulk-emails$/;

/** An SES message id: `0100` + hex + a UUID + `-000000`, the shape SES gives. */
function messageId(): string {
  return `0100${randomBytes(6).toString('hex')}-${randomUUID()}-000000`;
}

/** An SES error answer: `x-amzn-ErrorType` names it, the JSON body has its `message`. */
function refusal(status: number, { name, message }: SesRefusal): Outcome<RecordedSesMessage> {
  const reply: Reply = jsonReply(status, { message });
  reply.headers['x-amzn-ErrorType'] =
    `${name}:http://internal.amazon.com/coral/com.amazonaws.sesv2/`;
  reply.headers['x-amzn-RequestId'] = randomUUID();
  return { reply };
}

const ok = (value: unknown): Reply => {
  const reply = jsonReply(200, value);
  reply.headers['x-amzn-RequestId'] = randomUUID();
  return reply;
};

/** The plain address of `Name <addr>` or `addr`, lower case. */
const plain = (address: string) =>
  (/<([^<>]*)>\s*$/.exec(address)?.[1] ?? address).trim().toLowerCase();

/**
 * Starts a fake Amazon SES v2 API on 127.0.0.1 (random port) for tests,
 * serving what `@aws-sdk/client-sesv2` calls (also under a path prefix):
 * `POST /v2/email/outbound-emails` (`SendEmail`) and
 * `POST /v2/email/outbound-bulk-emails` (`SendBulkEmail`), JSON bodies.
 *
 * - SigV4 as AWS checks it, all 403: no `Authorization`
 *   (`MissingAuthenticationTokenException`), another access key id or a
 *   wrong session token (`UnrecognizedClientException`), a credential scope
 *   for another region or a service other than `ses`, an `X-Amz-Date` off
 *   the scope's day or by more than 15 minutes, a body not matching its hash
 *   or a wrong signature (`InvalidSignatureException`);
 * - a body that is not JSON or breaks SES's rules: `400`
 *   `BadRequestException` (no sender, content that is not exactly one of
 *   Simple, Template or Raw, a simple message without a subject or a body,
 *   an address that is not one 7-bit ASCII mailbox, tags outside
 *   `[A-Za-z0-9_-]`, bad headers, template data that is not a JSON object,
 *   no or over 50 bulk entries) or `MessageRejected` (over 50 recipients);
 * - otherwise `200` with `{"MessageId"}`, or `{"BulkEmailEntryResults"}` with
 *   one result per entry (see `refuseRecipient`), and the message recorded.
 *
 * Errors come as the SDK parses them: the name in `x-amzn-ErrorType`, the
 * text in the body's `message`.
 *
 * @example
 * ```ts
 * const ses = await startFakeSes({ secretAccessKey: 'test-secret' });
 * const client = new SESv2Client({ region: ses.region, endpoint: ses.url, credentials: { accessKeyId: ses.accessKeyId, secretAccessKey: 'test-secret' } });
 * ```
 */
export async function startFakeSes(options: StartFakeSesOptions): Promise<FakeSes> {
  const credentials = {
    accessKeyId: options.accessKeyId ?? 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: options.secretAccessKey,
    sessionToken: options.sessionToken,
    region: options.region ?? 'us-east-1',
    service: 'ses',
  };
  const refused = new Map<string, { status: string; error: string }>();

  const handle = (call: IncomingCall): Outcome<RecordedSesMessage> => {
    const unsigned = checkSigV4(call, credentials, Date.now());
    if (unsigned) return refusal(403, unsigned);
    const operation =
      call.method === 'POST' && sendEmailPath.test(call.pathname)
        ? 'SendEmail'
        : call.method === 'POST' && sendBulkEmailPath.test(call.pathname)
          ? 'SendBulkEmail'
          : undefined;
    if (operation === undefined) {
      return refusal(404, { name: 'UnknownOperationException', message: '' });
    }
    if (call.tooLarge) {
      return refusal(400, {
        name: 'MessageRejected',
        message: 'Message length is more than 40 MB.',
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(call.body.toString('utf8'));
    } catch {
      return refusal(400, {
        name: 'SerializationException',
        message: 'Unexpected token in the request body',
      });
    }
    const { method, path, headers, receivedAt } = call;
    if (operation === 'SendEmail') {
      const problem = validateSendEmail(body);
      if (problem) return refusal(400, problem);
      const id = messageId();
      return {
        reply: ok({ MessageId: id }),
        message: {
          id,
          method,
          path,
          headers,
          receivedAt,
          operation,
          body: body as SesSendEmailBody,
        },
      };
    }
    const problem = validateSendBulkEmail(body);
    if (problem) return refusal(400, problem);
    const bulk = body as SesSendBulkEmailBody;
    const results = (bulk.BulkEmailEntries ?? []).map((entry) => {
      const to = entry.Destination?.ToAddresses?.[0] ?? '';
      const refusedAs = refused.get(plain(to));
      return refusedAs
        ? { Status: refusedAs.status, Error: refusedAs.error }
        : { Status: 'SUCCESS', MessageId: messageId() };
    });
    const id = results.find((result) => result.MessageId)?.MessageId ?? messageId();
    return {
      reply: ok({ BulkEmailEntryResults: results }),
      message: { id, method, path, headers, receivedAt, operation, body: bulk, results },
    };
  };

  const fake = await startFakeServer<RecordedSesMessage>({
    apiKey: options.secretAccessKey,
    maxBodyBytes: sesMaxBodyBytes,
    handle,
    // SigV4 never sends the secret key; a session token travels as a header.
    secretForms: (key) => [key, `X-Amz-Security-Token: ${key}`],
  });
  const clear = fake.clear.bind(fake);
  return Object.assign(fake, {
    accessKeyId: credentials.accessKeyId,
    region: credentials.region,
    refuseRecipient(
      address: string,
      status = 'MESSAGE_REJECTED',
      error = 'Email address is on the suppression list',
    ) {
      refused.set(plain(address), { status, error });
    },
    clear() {
      refused.clear();
      clear();
    },
  });
}
