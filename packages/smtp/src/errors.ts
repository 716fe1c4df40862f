import { AuthmailError, type AuthmailErrorCode, isAuthmailError } from '@authmail/core';
import { redactSecrets, transportFailureCode } from '@authmail/core/provider';

/** What nodemailer rejects with: an `Error` with its own `code`, and the server's reply when there was one. */
interface NodemailerError {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
}

const provider = 'smtp';

/** Longest server text an error keeps, after redaction: in `details`, and in the message. */
const detailsLength = 1000;
const reasonLength = 200;

/** Replies that mean the credentials were refused or are needed (RFC 4954): 530, 534, 535, 538. */
const authReplies: ReadonlySet<number> = new Set([530, 534, 535, 538]);

/** nodemailer's own codes for credentials it could not use. */
const authCodes: ReadonlySet<string> = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);

/**
 * nodemailer's codes for a server that answered, but not in SMTP (or not a
 * reply nodemailer expected): the server is there but not working.
 */
const garbledCodes: ReadonlySet<string> = new Set(['EPROTOCOL', 'EENVELOPE', 'EMESSAGE']);

/** nodemailer's codes for a connection that could not be made or kept. */
const connectionCodes: ReadonlySet<string> = new Set([
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EREQUIRETLS',
  'EPROXY',
]);

/**
 * How an SMTP password appears on the wire: itself, `\0user\0pass` (AUTH
 * PLAIN, sent in Base64) and the password alone in Base64 (AUTH LOGIN).
 * `redactSecrets` removes each form's Base64 too.
 */
export function smtpSecretForms(user: string | undefined): (secret: string) => string[] {
  return (secret) => [secret, `\0${user ?? ''}\0${secret}`, `${user ?? ''}\0${secret}`];
}

/**
 * The error code for an SMTP reply code (RFC 5321): 530/534/535/538 are
 * `unauthorized`; other 5xx are `provider_rejected` (permanent); a 4xx is
 * `rate_limited` when its enhanced status (RFC 3463) is 4.7.x, the
 * server's policy ("try again later", too many messages), else
 * `provider_unavailable`. Both 4xx codes are retryable.
 */
export function errorCodeForReply(responseCode: number, response = ''): AuthmailErrorCode {
  if (authReplies.has(responseCode)) return 'unauthorized';
  if (responseCode >= 500) return 'provider_rejected';
  if (/^\d{3}[ -]4\.7\.\d{1,3}\b/.test(response)) return 'rate_limited';
  return 'provider_unavailable';
}

/** The reply code, when nodemailer got a real one. */
function replyCode(error: NodemailerError): number | undefined {
  const { responseCode } = error;
  if (typeof responseCode !== 'number' || !Number.isInteger(responseCode)) return undefined;
  return responseCode >= 400 && responseCode <= 599 ? responseCode : undefined;
}

/** The code for a failure nodemailer gave no reply code for. */
function codeWithoutReply(code: unknown): AuthmailErrorCode {
  if (typeof code === 'string' && authCodes.has(code)) return 'unauthorized';
  if (typeof code === 'string' && garbledCodes.has(code)) return 'provider_unavailable';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (typeof code === 'string' && connectionCodes.has(code)) return 'network';
  return transportFailureCode(code) ?? 'network';
}

/**
 * Maps whatever nodemailer rejected with onto an {@link AuthmailError}: a
 * server reply by its code ({@link errorCodeForReply}), with the reply
 * code and the command in `details`; a failure below SMTP as `network` or
 * `timeout`; credentials nodemailer could not use as `unauthorized`. Every
 * form of every secret is redacted from every text before it is shortened.
 */
export function smtpError(error: unknown, forms: readonly string[]): AuthmailError {
  if (isAuthmailError(error)) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError;
  const clean = (text: unknown, maxLength = detailsLength) =>
    redactSecrets(String(text ?? ''), forms, maxLength);
  const message = clean(failure.message ?? error, reasonLength);
  const responseCode = replyCode(failure);
  if (responseCode === undefined) {
    const code = codeWithoutReply(failure.code);
    return new AuthmailError(code, `SMTP send failed: ${message}`, {
      provider,
      details: { code: clean(failure.code), response: clean(failure.response) },
    });
  }
  const response = clean(failure.response);
  return new AuthmailError(
    errorCodeForReply(responseCode, response),
    `The SMTP server answered ${responseCode}: ${clean(failure.response || message, reasonLength)}`,
    {
      provider,
      details: { responseCode, command: clean(failure.command), response },
    },
  );
}

/** A message naming a provider-side template: SMTP servers store none. */
export function noTemplatesError(): AuthmailError {
  return new AuthmailError(
    'invalid_message',
    'SMTP has no provider-side templates: give the delivery its own subject and html or text',
    { provider },
  );
}
