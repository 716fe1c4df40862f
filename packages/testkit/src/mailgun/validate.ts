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
 * The addresses in one address field value, which may itself be a comma-separated list;
 * commas inside quotes (where `\"` does not close them) or angle brackets do not separate.
 */
function splitAddresses(list: string): string[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (let index = 0; index <= list.length; index += 1) {
    const char = list[index] ?? ',';
    if (quoted && char === '\\') {
      current += char + (list[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if (char === ',' && !quoted && !angled) {
      if (current.trim() !== '') entries.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  return entries;
}

/**
 * Whether Mailgun takes `entry` as one address: `addr` or `Name <addr>` on one line, where
 * `addr` has a local part, one `@` and a domain with a dot. Inferred: Mailgun documents
 * no grammar, and these are the malformed addresses its `'to' parameter is not a valid
 * address` answer is known for.
 */
function isMailgunAddress(entry: string): boolean {
  if (/[\r\n\0]/.test(entry)) return false;
  const text = entry.trim();
  const address = /<([^<>]*)>$/.exec(text)?.[1] ?? text;
  return /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\.]+$/.test(address);
}

/** The first address field (`from`, `to`, `cc`, `bcc`) holding an address Mailgun refuses. */
function invalidAddressField(fields: FormFields): string | undefined {
  return ['from', 'to', 'cc', 'bcc'].find((name) =>
    fieldValues(fields, name).some((list) => !splitAddresses(list).every(isMailgunAddress)),
  );
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
  const invalid = invalidAddressField(fields);
  if (invalid) return `'${invalid}' parameter is not a valid address. please check documentation`;
  if (!['text', 'html', 'amp-html', 'template'].some((name) => isPresent(fields, name))) {
    return "Need at least one of 'text', 'html', 'amp-html' or 'template' parameters specified";
  }
  const recipients = ['to', 'cc', 'bcc']
    .flatMap((name) => fieldValues(fields, name))
    .reduce((sum, list) => sum + splitAddresses(list).length, 0);
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
