import { fileURLToPath } from 'node:url';
import { createMailer, type Mailer } from '@authmail/core';
import { createOutboxTransport } from '@authmail/outbox';

/** The outbox folder beside this example (gitignored): open its index.html in a browser. */
export const outboxDir = fileURLToPath(new URL('../outbox', import.meta.url));

/** A mailer that writes authmail's built-in emails to {@link outboxDir} instead of sending them. */
export function createOutboxMailer(): Mailer {
  return createMailer({
    transport: createOutboxTransport({ dir: outboxDir }),
    from: 'Acme <no-reply@acme.test>',
    builtins: true,
  });
}
