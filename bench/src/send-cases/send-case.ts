import { type OutgoingEmail, renderEmail } from '@authmail/core';
import type { Provider } from '../fakes.js';
import { loadSignIn } from '../fixture.js';

/** Sends message number `index`; one per provider and side. */
export type Sender = (index: number) => Promise<unknown>;

/** One provider's send comparison: our transport and the bare official client, same fields. */
export interface SendCase {
  provider: Provider;
  /** Display name, e.g. `Mailgun`. */
  name: string;
  /** The bare client's package, e.g. `mailgun.js`. */
  peer: string;
  ours: Sender;
  bare: Sender;
  /** What the fake recorded, without the recipient (which differs by index only). */
  withoutRecipient(last: unknown): unknown;
  /** Closes connections either side keeps open (SMTP pools). */
  close?(): void;
}

/** The sender of every message. */
export const from = { email: 'no-reply@acme.test', name: 'Acme' };

/** Message number `index`'s recipient. */
export const recipient = (index: number) => `user${index}@example.com`;

/** The rendered sign-in email every send carries (about 3 KB of HTML plus its text). */
export function signInMessage(): Omit<OutgoingEmail, 'to'> & { html: string; text: string } {
  const { subject, html, variables } = loadSignIn();
  const rendered = renderEmail({ subject, content: html }, variables);
  return {
    from: `${from.name} <${from.email}>`,
    subject: rendered.subject,
    html: rendered.html ?? '',
    text: rendered.text,
  };
}

/** A copy of the recorded `last` without the fields named. */
export function without(last: unknown, ...fields: string[]): unknown {
  const copy = structuredClone(last) as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy;
}
