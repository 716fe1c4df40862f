import type { AddressInfo, Socket } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { selfSignedCertificate } from '../conformance/self-signed-server.js';
import type { FailOptions } from '../fault.js';
import { type SmtpEffect, type SmtpFault, smtpEffect } from './smtp-faults.js';

/** A message the fake SMTP server accepted, parsed by `mailparser`. */
export interface RecordedSmtpMessage {
  /** Its `Message-ID` header, angle brackets included: nodemailer's `info.messageId`. */
  id: string;
  /** The user that authenticated, if any. */
  user: string | undefined;
  /** `MAIL FROM` and `RCPT TO` addresses. */
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  replyTo: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  /** The `Content-Type` of the message, e.g. `multipart/alternative; boundary=…`. */
  contentType: string;
  /** Every header line as sent (name as written, value unfolded). */
  headers: { name: string; value: string }[];
  /** The message as it arrived (after DATA's dot-unstuffing). */
  raw: Buffer;
}

/**
 * One message's DATA, answered or not, and whether the client closed its connection before
 * the answer. It has no `body`: an SMTP message is MIME-encoded (encoded words, quoted-printable
 * or Base64), so its fields are not in it as UTF-8 bytes; `messages[].raw` has the message.
 */
export interface RecordedSmtpRequest {
  closedBeforeAnswer: boolean;
}

/** Options of {@link startFakeSmtp}. */
export interface StartFakeSmtpOptions {
  /** The user AUTH PLAIN and LOGIN accept. Default `authmail`. */
  user?: string;
  /** The password they accept. Default a fixed test password. */
  password?: string;
  /** Offer STARTTLS with a throw-away self-signed certificate (made with `openssl`). */
  startTls?: boolean;
}

/** A fake SMTP server on 127.0.0.1; see {@link startFakeSmtp}. */
export interface FakeSmtp {
  /** `smtp://127.0.0.1:<port>` */
  readonly url: string;
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: string;
  /** The password (the conformance suite's `apiKey`). */
  readonly apiKey: string;
  /** The self-signed certificate's PEM, when `startTls` (give it to the client as `tls.ca`). */
  readonly certificate: string | undefined;
  readonly messages: readonly RecordedSmtpMessage[];
  readonly requests: readonly RecordedSmtpRequest[];
  readonly connections: { readonly open: number; readonly peak: number };
  /** Applies `fault` to the next message(s) (a `SlowGreetingFault` to the next connection(s)). */
  fail(fault: SmtpFault, options?: FailOptions): void;
  clear(): void;
  /** The password, `\0user\0password` (AUTH PLAIN) and `user\0password`. */
  secretForms(key: string): string[];
  close(): Promise<void>;
}

const defaultPassword = 'smtp-pass-5e8c1a7f3b9d2e4c6a0f8b1d3e5c7a9f';

/** Limit on one message, as servers announce with SIZE. */
const maxMessageBytes = 10 * 1024 * 1024;

interface ServerConnection {
  id: string;
  _socket: Socket;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((object) =>
    object.value.map(({ name, address }) => (name ? `${name} <${address}>` : (address ?? ''))),
  );
}

/** The header lines of `raw`'s header block, unfolded. */
function headerLines(raw: Buffer): { name: string; value: string }[] {
  const end = raw.indexOf('\r\n\r\n');
  const block = raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
  return block
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    });
}

async function recordOf(raw: Buffer, session: SMTPServerSession): Promise<RecordedSmtpMessage> {
  const parsed = await simpleParser(raw);
  return {
    id: parsed.messageId ?? '',
    user: typeof session.user === 'string' ? session.user : undefined,
    envelope: {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map(({ address }) => address),
    },
    from: addresses(parsed.from)[0] ?? '',
    to: addresses(parsed.to),
    replyTo: addresses(parsed.replyTo)[0],
    subject: parsed.subject,
    text: parsed.text,
    html: parsed.html === false ? undefined : parsed.html,
    contentType: headerLines(raw).find(({ name }) => /^content-type$/i.test(name))?.value ?? '',
    headers: headerLines(raw),
    raw,
  };
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Starts a real SMTP server (the `smtp-server` package) on 127.0.0.1: AUTH PLAIN and LOGIN
 * with one user (`535 5.7.8` for any other credentials, `530` without AUTH), STARTTLS with a
 * self-signed certificate when asked, a 10 MB SIZE limit. It records each accepted message
 * parsed by `mailparser`, and applies queued faults at the end of a message's DATA: the
 * conformance suite's HTTP faults as their SMTP equivalents (see `smtpEffect`), SMTP replies,
 * a dropped connection, or a slow greeting on the next connection.
 *
 * @example
 * ```ts
 * const smtp = await startFakeSmtp();
 * smtp.fail({ reply: 421, text: '4.3.2 Service shutting down' });
 * ```
 */
export async function startFakeSmtp(options: StartFakeSmtpOptions = {}): Promise<FakeSmtp> {
  const user = options.user ?? 'authmail';
  const password = options.password ?? defaultPassword;
  const certificate = options.startTls ? await selfSignedCertificate() : undefined;
  if (typeof certificate === 'string') throw new Error(certificate);
  const messages: RecordedSmtpMessage[] = [];
  const requests: RecordedSmtpRequest[] = [];
  const faults: SmtpFault[] = [];
  const greetingFaults: number[] = [];
  const connections = { open: 0, peak: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const later = (delayMs: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, delayMs);
    timers.add(timer);
  };

  const server: SMTPServer = new SMTPServer({
    logger: false,
    hideENHANCEDSTATUSCODES: true,
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    size: maxMessageBytes,
    ...(certificate ? { key: certificate.key, cert: certificate.cert } : {}),
    disabledCommands: certificate ? [] : ['STARTTLS'],
    onConnect(_session, callback) {
      connections.open += 1;
      connections.peak = Math.max(connections.peak, connections.open);
      const delayMs = greetingFaults.shift();
      if (delayMs === undefined) return callback();
      later(delayMs, () => callback());
    },
    onClose() {
      connections.open -= 1;
    },
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      callback(
        Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }),
      );
    },
    onData(stream, session, callback) {
      const socket = socketOf(session);
      readAll(stream).then(async (raw) => {
        const request: RecordedSmtpRequest = { closedBeforeAnswer: false };
        requests.push(request);
        let answered = false;
        // One listener per message on a pooled connection: removed once the message is answered.
        const onClose = () => {
          if (!answered) request.closedBeforeAnswer = true;
        };
        socket?.once('close', onClose);
        const effect = smtpEffect(faults.shift());
        const record = effect.kind === 'accept' ? await recordOf(raw, session) : undefined;
        if (record) messages.push(record);
        later(effect.delayMs, () => {
          if (request.closedBeforeAnswer) return;
          answered = true;
          socket?.off('close', onClose);
          answer(effect, record, socket, callback);
        });
      }, callback);
    },
  });

  const socketOf = (session: SMTPServerSession): Socket | undefined => {
    const all = (server as unknown as { connections: Set<ServerConnection> }).connections;
    return [...all].find((connection) => connection.id === session.id)?._socket;
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    user,
    apiKey: password,
    certificate: certificate ? certificate.cert.toString('utf8') : undefined,
    messages,
    requests,
    connections,
    fail(fault, { times = 1 } = {}) {
      for (let index = 0; index < times; index++) {
        if ('greetingDelayMs' in fault) greetingFaults.push(fault.greetingDelayMs);
        else faults.push(fault);
      }
    },
    clear() {
      messages.length = 0;
      requests.length = 0;
      faults.length = 0;
      greetingFaults.length = 0;
    },
    secretForms: (key) => [key, `\0${user}\0${key}`, `${user}\0${key}`],
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        const all = (server as unknown as { connections: Set<ServerConnection> }).connections;
        for (const connection of all) connection._socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Carries out `effect` on the message's connection. */
function answer(
  effect: SmtpEffect,
  record: RecordedSmtpMessage | undefined,
  socket: Socket | undefined,
  callback: (error?: Error | null, message?: string) => void,
): void {
  switch (effect.kind) {
    case 'accept':
      callback(null, `2.0.0 Ok: queued as ${record?.id ?? ''}`);
      break;
    case 'reply':
      callback(Object.assign(new Error(effect.text), { responseCode: effect.code }));
      break;
    case 'drop':
      socket?.destroy();
      break;
    default:
      socket?.end(`${effect.line.replace(/[\r\n]+/g, ' ')}\r\n`);
  }
}
