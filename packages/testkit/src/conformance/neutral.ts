/**
 * One accepted request as any provider would describe it, so the same expectations hold for
 * every transport. Addresses are in the canonical form of {@link canonicalAddress}.
 */
export interface NeutralMessage {
  /** The sender, e.g. `Acme <no-reply@example.com>`. */
  from: string;
  /** Every recipient of the request, in order. */
  to: string[];
  subject?: string;
  text?: string;
  html?: string;
  replyTo?: string;
  /** Tags (Mailgun `o:tag`, SendGrid `categories`), in order. */
  tags?: string[];
  /** Extra headers the request asked for (Mailgun `h:` fields but `Reply-To`, SendGrid `headers`). */
  headers?: Record<string, string>;
  /**
   * Values carried with the message for the sender's own use (Mailgun `v:` fields, SendGrid
   * `custom_args`), e.g. the correlation id.
   */
  metadata?: Record<string, string>;
  /** The provider-side template and its (shared) variables, when the request named one. */
  template?: { name: string; variables: Record<string, unknown> };
  /** One entry per recipient, with the variables only that recipient gets (batches). */
  recipients: NeutralRecipient[];
}

/** A recipient of a {@link NeutralMessage}. */
export interface NeutralRecipient {
  to: string;
  /** The recipient's own variables, when the request carried any. */
  variables?: Record<string, unknown>;
}

const namedAddress = /^\s*(.*?)\s*<([^<>]*)>\s*$/;

/**
 * The canonical form of an address, for comparing what different providers received:
 * `Name <addr@example.com>` with the display name unquoted and unescaped, or the bare address
 * when there is no name. `"Acme, Inc." <a@b.c>` and `{ name: 'Acme, Inc.', email: 'a@b.c' }`
 * both give `Acme, Inc. <a@b.c>`. It is for comparison only: it does not quote names.
 */
export function canonicalAddress(address: string | { email: string; name?: string }): string {
  const { email, name } = typeof address === 'string' ? splitAddress(address) : address;
  const cleanName = name?.trim();
  return cleanName ? `${cleanName} <${email.trim()}>` : email.trim();
}

/** The plain address of `address`: `Name <a@b.c>` gives `a@b.c`. */
export function plainAddress(address: string): string {
  return splitAddress(address).email.trim();
}

function splitAddress(address: string): { email: string; name?: string } {
  const match = namedAddress.exec(address);
  if (!match) return { email: address };
  const [, rawName = '', email = ''] = match;
  const quoted = /^"(.*)"$/.exec(rawName);
  const name = quoted ? (quoted[1] ?? '').replace(/\\(.)/g, '$1') : rawName;
  return name ? { email, name } : { email };
}
