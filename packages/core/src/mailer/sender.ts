import { type EmailAddress, formatAddress, parseAddress } from '../address.js';
import { AuthmailError } from '../errors.js';

/** An address a `sendFrom` template writes itself, not through a placeholder. */
interface WrittenAddress {
  email: string;
  /** The text that writes it, at the end of the template: `<addr>`, or the bare address. */
  tail: string;
  /** Whether the template puts the display name in double quotes. */
  quotedName: boolean;
}

/**
 * The sender of a message whose template has a `sendFrom` (`source`), from
 * what it rendered. Values may change the display name only, never the address:
 *
 * - an address the template writes itself after its last placeholder
 *   (`{{application.name}} <support@acme.test>`, as Logto's Mailgun connector
 *   reads it) is the address, and what renders before it is the name;
 * - otherwise all that renders is the display name, quoted as needed, on the
 *   config's address: `{{organization.name}}` rendering
 *   `IT Security <security@bank.test>` stays a name;
 * - a blank rendering keeps the config's sender.
 *
 * @throws AuthmailError `invalid_message` naming `sendFrom` when the address it
 * writes is not one, or when its address would come from a placeholder.
 */
export function templateSender(
  source: string | undefined,
  rendered: string | undefined,
  defaultFrom: string,
): string {
  if (source === undefined || rendered === undefined) return defaultFrom;
  const written = writtenAddress(source);
  if (written) {
    const name = displayName(renderedName(rendered, written), written.quotedName);
    return formatAddress({ email: written.email, ...name });
  }
  if (/>\s*$/.test(source)) {
    throw sendFromError(
      'must write its address in the template itself: values may change the display name only',
    );
  }
  const name = displayName(rendered, false);
  if (name.name === undefined) return defaultFrom;
  return formatAddress({ email: parseAddress(defaultFrom, 'from').email, ...name });
}

/** `<addr>` after the template's last placeholder, or a whole template that is a bare address. */
function writtenAddress(source: string): WrittenAddress | undefined {
  const text = source.trim();
  const placeholderEnd = text.lastIndexOf('}}');
  const literal = placeholderEnd < 0 ? text : text.slice(placeholderEnd + 2);
  const bracketed = /<([^<>]*)>$/.exec(literal);
  if (bracketed) {
    const before = text.slice(0, text.length - bracketed[0].length).trim();
    const quotedName = before.length >= 2 && before.startsWith('"') && before.endsWith('"');
    return { email: writtenEmail(bracketed[1] ?? ''), tail: bracketed[0], quotedName };
  }
  if (placeholderEnd >= 0 || /\s/.test(text) || !text.includes('@')) return undefined;
  return { email: writtenEmail(text), tail: text, quotedName: false };
}

function writtenEmail(address: string): string {
  return parseAddress(address, 'sendFrom', 'invalid_message').email;
}

/** What rendered before the written address. */
function renderedName(rendered: string, written: WrittenAddress): string {
  const text = rendered.trim();
  if (text.endsWith(written.tail)) return text.slice(0, text.length - written.tail.length);
  throw sendFromError(`must render the address it writes, ${written.tail}, at its end`);
}

function displayName(rendered: string, quoted: boolean): Pick<EmailAddress, 'name'> {
  const text = rendered.trim();
  const name = quoted && /^".*"$/s.test(text) ? text.slice(1, -1).trim() : text;
  return name === '' ? {} : { name };
}

function sendFromError(problem: string): AuthmailError {
  return new AuthmailError('invalid_message', `sendFrom ${problem}`, {
    details: { field: 'sendFrom' },
  });
}
