import type { SendGridError, SendGridMailBody } from './mail-body.js';

/** Most personalizations, and most recipients (to + cc + bcc), in one request. */
export const maxPersonalizations = 1000;
/** Most recipients (to + cc + bcc over all personalizations) in one request. */
export const maxRecipients = 1000;
/** How far ahead `send_at` may be, in seconds (72 hours). */
export const maxSendAtDelaySeconds = 72 * 60 * 60;
/** `custom_args` must stay under this many bytes (as JSON, per personalization). */
export const maxCustomArgsBytes = 10_000;

/** SendGrid's answer to a body that is not a JSON object. */
export const badRequest: SendGridError = { message: 'Bad Request', field: null, help: null };

const fromMissing =
  'The from object must be provided for every email send. It is an object that requires the ' +
  'email parameter, but may also contain a name parameter.  e.g. {"email" : "example@example.com"}' +
  '  or {"email" : "example@example.com", "name" : "Example Recipient"}.';
const toMissing =
  'The to array is required for all personalization objects, and must have at least one email ' +
  'object with a valid email address.';
const nameWithSeparator =
  'The name of a recipient (to, cc or bcc) must not contain semicolons (;) or commas (,).';
const subjectMissing =
  'The subject is required. You can get around this requirement if you use a template with a ' +
  'subject defined or if every personalization has a subject defined.';
const contentMissing =
  'Unless a valid template_id is provided, the content parameter is required. There must be at ' +
  'least one defined content block. We typically suggest both text/plain and text/html blocks ' +
  'are included, but only one block is required.';

type JsonObject = Record<string, unknown>;

/** The result of checking a mail/send body: the typed body, or SendGrid's errors. */
export type MailSendCheck =
  | { ok: true; body: SendGridMailBody }
  | { ok: false; errors: SendGridError[] };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isAddress = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value);

function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

class Problems {
  readonly errors: SendGridError[] = [];

  add(message: string, field: string | null, anchor: string): void {
    const help = `http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#${anchor}`;
    this.errors.push({ message, field, help });
  }

  /** Reports a present value of the wrong JSON type; says whether the type was right. */
  typed(value: unknown, expected: string, field: string, anchor: string): boolean {
    if (value === undefined || jsonType(value) === expected) return true;
    this.add(`Invalid type. Expected: ${expected}, given: ${jsonType(value)}.`, field, anchor);
    return false;
  }
}

/** A recipient's name is a string without `;` or `,` (SendGrid's documented limit). */
function checkRecipientName(
  name: unknown,
  field: string,
  anchor: string,
  problems: Problems,
): void {
  if (!problems.typed(name, 'string', field, anchor) || typeof name !== 'string') return;
  if (/[;,]/.test(name)) problems.add(nameWithSeparator, field, anchor);
}

function checkRecipients(personalizations: unknown[], problems: Problems): void {
  const seen = new Set<string>();
  let total = 0;
  personalizations.forEach((personalization, i) => {
    const at = `personalizations.${i}`;
    const to = isObject(personalization) ? personalization.to : undefined;
    if (!Array.isArray(to) || to.length === 0) {
      problems.add(toMissing, `${at}.to`, 'message.personalizations.to');
    }
    if (!isObject(personalization)) return;
    for (const kind of ['to', 'cc', 'bcc']) {
      const list = personalization[kind];
      const anchor = `message.personalizations.${kind}`;
      if (list === undefined || (kind === 'to' && !Array.isArray(list))) continue;
      if (!problems.typed(list, 'array', `${at}.${kind}`, anchor)) continue;
      for (const [j, entry] of (list as unknown[]).entries()) {
        const field = `${at}.${kind}.${j}.email`;
        const email = isObject(entry) ? entry.email : undefined;
        if (!isAddress(email)) {
          problems.add('Does not contain a valid address.', field, anchor);
          continue;
        }
        checkRecipientName((entry as JsonObject).name, `${at}.${kind}.${j}.name`, anchor, problems);
        total += 1;
        if (seen.has(email.toLowerCase())) {
          const message =
            'Each unique email address in the personalizations array should only be included ' +
            `once. You have included ${email} more than once.`;
          problems.add(message, field, 'message.personalizations');
        }
        seen.add(email.toLowerCase());
      }
    }
    problems.typed(personalization.subject, 'string', `${at}.subject`, 'message.subject');
  });
  if (total > maxRecipients) {
    const message = `There is a limit of ${maxRecipients} total recipients (to + cc + bcc) per request.`;
    problems.add(message, 'personalizations', 'message.personalizations');
  }
}

function checkSendAt(value: unknown, field: string, now: number, problems: Problems): void {
  if (!problems.typed(value, 'integer', field, 'message.send_at') || value === undefined) return;
  if ((value as number) > Math.floor(now / 1000) + maxSendAtDelaySeconds) {
    const message = 'The send_at parameter must not be more than 72 hours in the future.';
    problems.add(message, field, 'message.send_at');
  }
}

function checkCustomArgs(body: JsonObject, problems: Problems): void {
  if (!problems.typed(body.custom_args, 'object', 'custom_args', 'message.custom_args')) return;
  const personalizations = Array.isArray(body.personalizations) ? body.personalizations : [];
  const sets = [{}, ...personalizations].map((personalization) => ({
    ...(body.custom_args as JsonObject | undefined),
    ...(isObject(personalization) && isObject(personalization.custom_args)
      ? personalization.custom_args
      : {}),
  }));
  if (sets.some((args) => Buffer.byteLength(JSON.stringify(args)) >= maxCustomArgsBytes)) {
    const message = `The custom_args parameter must be less than ${maxCustomArgsBytes} bytes.`;
    problems.add(message, 'custom_args', 'message.custom_args');
  }
}

/**
 * Checks a `POST /v3/mail/send` body the way SendGrid answers it, collecting every problem as
 * SendGrid's `{ message, field, help }`.
 */
export function validateMailSend(value: unknown, now = Date.now()): MailSendCheck {
  if (!isObject(value)) return { ok: false, errors: [badRequest] };
  const problems = new Problems();

  const { from, personalizations, content } = value;
  if (!isObject(from) || from.email === undefined || from.email === null || from.email === '') {
    problems.add(fromMissing, 'from.email', 'message.from');
  } else if (!isAddress(from.email)) {
    problems.add('The from email does not contain a valid address.', 'from.email', 'message.from');
  } else {
    problems.typed(from.name, 'string', 'from.name', 'message.from');
  }

  if (!Array.isArray(personalizations) || personalizations.length === 0) {
    const field = 'personalizations';
    problems.add('You must have at least one personalization.', field, 'message.personalizations');
  } else if (personalizations.length > maxPersonalizations) {
    const message =
      `The personalization block is limited to ${maxPersonalizations} personalizations per API ` +
      `request. You have provided ${personalizations.length} personalizations. Please consider ` +
      'splitting this into multiple requests and resending your request.';
    problems.add(message, 'personalizations', 'message.personalizations');
  } else {
    checkRecipients(personalizations, problems);
  }

  problems.typed(value.template_id, 'string', 'template_id', 'message.template_id');
  const templated = isFilled(value.template_id);
  const everySubject =
    Array.isArray(personalizations) &&
    personalizations.length > 0 &&
    personalizations.every((p) => isObject(p) && isFilled(p.subject));
  if (problems.typed(value.subject, 'string', 'subject', 'message.subject')) {
    if (!templated && !isFilled(value.subject) && !everySubject) {
      problems.add(subjectMissing, 'subject', 'message.subject');
    }
  }

  if (!templated && (!Array.isArray(content) || content.length === 0)) {
    problems.add(contentMissing, 'content', 'message.content');
  } else if (problems.typed(content, 'array', 'content', 'message.content') && content) {
    (content as unknown[]).forEach((part, i) => {
      const item = isObject(part) ? part : {};
      problems.typed(item.type ?? null, 'string', `content.${i}.type`, 'message.content.type');
      if (!templated && !isFilled(item.value)) {
        const message = 'The content value must be a string at least one character in length.';
        problems.add(message, `content.${i}.value`, 'message.content.value');
      }
    });
  }

  checkSendAt(value.send_at, 'send_at', now, problems);
  if (Array.isArray(personalizations) && personalizations.length <= maxPersonalizations) {
    personalizations.forEach((p, i) => {
      if (isObject(p)) checkSendAt(p.send_at, `personalizations.${i}.send_at`, now, problems);
    });
  }
  checkCustomArgs(value, problems);

  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  return { ok: true, body: value as SendGridMailBody };
}
