import { formatAddress, parseAddress } from '@authmail/core/provider';

/** What a bad address is: a message's (`invalid_message`) or a config's (`invalid_config`). */
type AddressErrorCode = 'invalid_message' | 'invalid_config';

/** Most UTF-8 bytes one encoded word carries: 45 bytes are 60 Base64 characters, 72 with `=?UTF-8?B?…?=`. */
const encodedWordBytes = 45;

/**
 * One mailbox as SES takes it: `Name <addr>` or `addr`. SES reads addresses
 * as 7-bit ASCII (it has no SMTPUTF8): a display name with other characters
 * goes as RFC 2047 encoded words (`=?UTF-8?B?…?=`, at most 75 characters
 * each), and `parseAddress` already refuses non-ASCII before `@` and wants
 * an internationalised domain in its `xn--` form.
 *
 * @throws AuthmailError with `code` naming `field` when `value` is not one address.
 */
export function sesAddress(value: string, field: string, code: AddressErrorCode): string {
  const address = parseAddress(value, field, code);
  const name = address.name?.trim();
  if (!name || isAscii(name)) return formatAddress(address);
  return `${encodedWords(name)} <${address.email}>`;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** `text` as encoded words of at most {@link encodedWordBytes} bytes each, never splitting a character. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let current = '';
  for (const character of text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ')) {
    if (Buffer.byteLength(current + character) > encodedWordBytes) {
      words.push(current);
      current = '';
    }
    current += character;
  }
  words.push(current);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join(' ');
}
