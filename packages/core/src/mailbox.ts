/**
 * The one reading of an email address authmail has: a single mailbox,
 * `addr@example.org` or `Name <addr@example.org>`, in the strict subset of
 * RFC 5322 that every provider reads the same way. Lists, groups, comments,
 * quoted local parts, address literals, control characters and addresses
 * past RFC 5321's lengths are refused.
 */

/** What {@link readMailbox} found: the address and its display name, if any. */
export interface Mailbox {
  email: string;
  name?: string;
}

/** Why a value is not one mailbox: a sentence that follows the field's name. */
export interface MailboxProblem {
  problem: string;
}

/** Longest local part (before `@`), RFC 5321 §4.5.3.1.1. */
const maxLocalPartLength = 64;
/** Longest address, RFC 5321's 256-character path less its angle brackets. */
const maxAddressLength = 254;

const lineBreak = /[\r\n\u2028\u2029]/u;
const control = /\p{Cc}/u;
const atom = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const hostLabel = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** Characters RFC 5322 lets a display name hold only inside double quotes. */
const nameSpecials = /["(),:;<>@[\\\]]/;

const notAnAddress = 'must be an email address or "Name <address>"';

const problem = (text: string): MailboxProblem => ({ problem: text });

/** Whether {@link readMailbox} refused the value. */
export const isProblem = (reading: Mailbox | MailboxProblem): reading is MailboxProblem =>
  'problem' in reading;

/**
 * Reads one mailbox. Whitespace around it is ignored; the display name comes
 * back unquoted (`"Acme, Inc." <a@acme.test>` → `Acme, Inc.`).
 */
export function readMailbox(value: string): Mailbox | MailboxProblem {
  if (lineBreak.test(value)) {
    return problem('must be on one line: a line break (CR or LF) would split the header');
  }
  if (control.test(value)) return problem('must not hold control characters (such as NUL or tab)');
  const text = value.trim();
  const outside = problemOutsideQuotes(text);
  if (outside) return outside;
  if (!text.endsWith('>')) {
    return /\s/.test(text) ? problem(notAnAddress) : readAddress(text, undefined);
  }
  const open = text.lastIndexOf('<');
  if (open < 0) return problem(notAnAddress);
  const name = readName(text.slice(0, open));
  if (typeof name === 'object') return name;
  return readAddress(text.slice(open + 1, -1), name);
}

/**
 * Lists (`,` `;`), groups (`:`) and comments (`(…)`) outside double quotes,
 * and a quote left open.
 */
function problemOutsideQuotes(text: string): MailboxProblem | undefined {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '\\') index += 1;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';')) {
      return problem('must be one address, not a list ("," and ";" separate addresses)');
    } else if (!quoted && char === ':') return problem('must be one address, not a group');
    else if (!quoted && (char === '(' || char === ')')) {
      return problem('must not hold a comment in parentheses');
    }
  }
  return quoted ? problem('must close the double quote it opens') : undefined;
}

/** The display name before `<`: `undefined` when blank. */
function readName(raw: string): string | undefined | MailboxProblem {
  const text = raw.trim();
  if (text === '') return undefined;
  if (!text.startsWith('"')) {
    if (nameSpecials.test(text)) {
      return problem(
        'must put a display name that holds " ( ) , : ; < > @ [ \\ ] in double quotes',
      );
    }
    return text;
  }
  const close = closingQuote(text);
  if (close !== text.length - 1) return problem(notAnAddress);
  const name = text.slice(1, -1).replace(/\\(.)/g, '$1').trim();
  return name === '' ? undefined : name;
}

/** The index of the quote that closes the one at 0, skipping `\"`. */
function closingQuote(text: string): number {
  for (let index = 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return -1;
}

function readAddress(address: string, name: string | undefined): Mailbox | MailboxProblem {
  const at = address.lastIndexOf('@');
  if (at < 0) return problem(notAnAddress);
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const found = addressProblem(address, local, domain);
  if (found) return problem(found);
  return name === undefined ? { email: address } : { email: address, name };
}

function addressProblem(address: string, local: string, domain: string): string | undefined {
  if (local === '') return 'must have a local part before "@"';
  if (domain === '') return 'must have a domain after "@"';
  if (local.startsWith('"')) {
    return 'must not quote the part before "@": providers read quoted local parts differently';
  }
  if (local.includes('@')) return 'must hold exactly one "@"';
  if (!local.split('.').every((part) => atom.test(part))) {
    return "must have a local part of ASCII letters, digits and !#$%&'*+/=?^_`{|}~- with single dots between them";
  }
  if (local.length > maxLocalPartLength) {
    return `must have a local part of at most ${maxLocalPartLength} characters`;
  }
  if (address.length > maxAddressLength) {
    return `must be an address of at most ${maxAddressLength} characters`;
  }
  if (!isHostName(domain)) {
    return 'must have a domain name such as example.org (an internationalized one in its xn-- form)';
  }
  return undefined;
}

/** Two or more labels of letters, digits and inner hyphens; the last is not all digits. */
function isHostName(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1) ?? '')) return false;
  return labels.every((label) => hostLabel.test(label));
}
