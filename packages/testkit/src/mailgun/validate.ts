import type { FormFields } from './parse-form.js';

/** Most recipients (to + cc + bcc) Mailgun takes in one request. */
export const maxRecipients = 1000;
/** Most bytes the `o:`, `h:` and `v:` options may take together (names and values). */
export const maxOptionBytes = 16 * 1024;
/** How far ahead `o:deliverytime` may be. */
export const maxDeliveryDelayMs = 3 * 24 * 60 * 60 * 1000;

/** The values of a field, however many times it was sent (none when absent). */
export function fieldValues(fields: FormFields, name: string): string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

const isPresent = (fields: FormFields, name: string): boolean =>
  fieldValues(fields, name).some((value) => value.trim() !== '');

/**
 * Counts the addresses in one recipient field value, which may itself be a comma-separated
 * list; commas inside quotes or angle brackets do not separate.
 */
export function countAddresses(list: string): number {
  let count = 0;
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of `${list},`) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (char === ',' && !quoted && !angled) {
      if (current.trim() !== '') count += 1;
      current = '';
    } else {
      current += char;
    }
  }
  return count;
}

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

const optionBytes = (fields: FormFields): number =>
  Object.keys(fields)
    .filter((name) => /^[ohv]:/.test(name))
    .flatMap((name) => fieldValues(fields, name).map((value) => Buffer.byteLength(name + value)))
    .reduce((sum, size) => sum + size, 0);

/**
 * Checks the fields of `POST /v3/{domain}/messages` the way Mailgun does and returns its
 * error message for the first problem, or `undefined` when the message is accepted.
 */
export function validateMessageFields(fields: FormFields, now = Date.now()): string | undefined {
  if (!isPresent(fields, 'from')) return 'from parameter is missing';
  if (!isPresent(fields, 'to')) return 'to parameter is missing';
  if (!['text', 'html', 'amp-html', 'template'].some((name) => isPresent(fields, name))) {
    return "Need at least one of 'text', 'html', 'amp-html' or 'template' parameters specified";
  }
  const recipients = ['to', 'cc', 'bcc']
    .flatMap((name) => fieldValues(fields, name))
    .reduce((sum, list) => sum + countAddresses(list), 0);
  if (recipients > maxRecipients) return `Too many recipients, max is ${maxRecipients}`;
  for (const text of fieldValues(fields, 'recipient-variables')) {
    if (!isJsonObject(text)) return "'recipient-variables' parameter is not a valid JSON";
  }
  for (const text of fieldValues(fields, 't:variables')) {
    if (!isJsonObject(text)) {
      return `Invalid template variables. Template variables must be valid json. got: '${text}'`;
    }
  }
  for (const text of fieldValues(fields, 'h:X-Mailgun-Variables')) {
    if (!isJsonObject(text)) return "'h:X-Mailgun-Variables' parameter is not a valid JSON";
  }
  if (optionBytes(fields) > maxOptionBytes) {
    return 'Send options (parameters starting with o:, h:, or v:) are limited to 16 kB total';
  }
  for (const text of fieldValues(fields, 'o:deliverytime')) {
    if (Date.parse(text) > now + maxDeliveryDelayMs) {
      return 'Specific delivery time must not be farther than 3 days from now';
    }
  }
  return undefined;
}
