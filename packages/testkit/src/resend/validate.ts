import type { ResendEmailBody, ResendErrorBody } from './email-body.js';

/** Most `to` addresses of one email. */
export const maxToAddresses = 50;
/** Most emails of one `/emails/batch` request. */
export const maxBatchEmails = 100;

/** The result of checking a body: the emails, or Resend's error. */
export type EmailCheck =
  | { ok: true; emails: ResendEmailBody[] }
  | { ok: false; error: ResendErrorBody };

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** `addr@host` or `Name <addr@host>` (the name quoted when it has a comma): one address. */
const mailbox =
  /^\s*(?:(?:"(?:[^"\\\r\n]|\\.)*"|[^<>",@\r\n]*?)\s*<[^\s<>@,"]+@[^\s<>@,"]+\.[^\s<>@,"]+>|[^\s<>@,"]+@[^\s<>@,"]+\.[^\s<>@,"]+)\s*$/;
const tagText = /^[A-Za-z0-9_-]{1,256}$/;
const addressFormat =
  'The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';

const refusal = (name: string, message: string): EmailCheck => ({
  ok: false,
  error: { statusCode: 422, name, message },
});
const missing = (field: string) => refusal('missing_required_field', `Missing \`${field}\` field.`);
const invalid = (message: string) => refusal('validation_error', message);

/** Addresses: one string or an array of strings, each one address. */
function addressProblem(value: unknown, field: string, max?: number): EmailCheck | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.some((entry) => typeof entry !== 'string' || !mailbox.test(entry))) {
    return invalid(`Invalid \`${field}\` field. ${addressFormat}`);
  }
  if (max !== undefined && list.length > max) {
    return invalid(`Invalid \`${field}\` field. Too many recipients: at most ${max}.`);
  }
  return undefined;
}

function templateProblem(email: JsonObject): EmailCheck | undefined {
  const { template } = email;
  if (!isObject(template) || !isFilled(template.id)) {
    return invalid('Invalid `template` field. `template.id` must be a template id or alias.');
  }
  if (['html', 'text', 'react'].some((field) => email[field] !== undefined)) {
    return invalid('`html`, `text` and `react` cannot be used with `template`.');
  }
  const { variables } = template;
  if (variables === undefined) return undefined;
  const flat =
    isObject(variables) &&
    Object.values(variables).every(
      (value) => typeof value === 'string' || typeof value === 'number',
    );
  return flat
    ? undefined
    : invalid('Invalid `template.variables` field. Each variable must be a string or a number.');
}

function tagsProblem(tags: unknown): EmailCheck | undefined {
  if (tags === undefined) return undefined;
  const valid =
    Array.isArray(tags) &&
    tags.every(
      (tag) => isObject(tag) && tagText.test(String(tag.name)) && tagText.test(String(tag.value)),
    );
  return valid
    ? undefined
    : invalid(
        'Invalid `tags` field. Tags should only contain ASCII letters, numbers, underscores, or dashes, at most 256 characters.',
      );
}

function headersProblem(headers: unknown): EmailCheck | undefined {
  if (headers === undefined) return undefined;
  const valid =
    isObject(headers) && Object.values(headers).every((value) => typeof value === 'string');
  return valid ? undefined : invalid('Invalid `headers` field. Each header must be a string.');
}

/** A stored template, or an HTML or text body. */
function contentProblem(email: JsonObject, templated: boolean): EmailCheck | undefined {
  if (templated) return templateProblem(email);
  return isFilled(email.html) || isFilled(email.text) ? undefined : missing('html` or `text');
}

/** Checks one email as Resend does, first problem first. */
function checkEmail(value: unknown, inBatch: boolean): EmailCheck | undefined {
  if (!isObject(value)) return invalid('Invalid email: expected an object.');
  const templated = value.template !== undefined;
  if (value.from === undefined && !templated) return missing('from');
  if (value.to === undefined) return missing('to');
  if (value.subject === undefined && !templated) return missing('subject');
  if (inBatch && value.attachments !== undefined) {
    return invalid('Attachments are not supported with the batch endpoint.');
  }
  return (
    addressProblem(value.from, 'from', 1) ??
    addressProblem(value.to, 'to', maxToAddresses) ??
    addressProblem(value.cc, 'cc') ??
    addressProblem(value.bcc, 'bcc') ??
    addressProblem(value.reply_to, 'reply_to') ??
    contentProblem(value, templated) ??
    tagsProblem(value.tags) ??
    headersProblem(value.headers)
  );
}

/** Checks a `POST /emails` body. */
export function validateEmail(value: unknown): EmailCheck {
  return checkEmail(value, false) ?? { ok: true, emails: [value as ResendEmailBody] };
}

/** Checks a `POST /emails/batch` body (strict validation: one bad email refuses them all). */
export function validateBatch(value: unknown): EmailCheck {
  if (!Array.isArray(value) || value.length === 0) {
    return invalid('Invalid batch: expected an array of 1 to 100 emails.');
  }
  if (value.length > maxBatchEmails) {
    return invalid(`Too many emails in the batch: at most ${maxBatchEmails}, got ${value.length}.`);
  }
  for (const [index, email] of value.entries()) {
    const problem = checkEmail(email, true);
    if (problem && !problem.ok) {
      return {
        ok: false,
        error: { ...problem.error, message: `emails[${index}]: ${problem.error.message}` },
      };
    }
  }
  return { ok: true, emails: value as ResendEmailBody[] };
}
