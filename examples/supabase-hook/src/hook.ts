import { fileURLToPath } from 'node:url';
import { createMailer, type Transport } from '@authmail/core';
import type { FetchHandler } from '@authmail/core/http';
import { createOutboxTransport } from '@authmail/outbox';
import { createSendEmailHook } from '@authmail/supabase';

/**
 * A hook secret in Supabase's format, for running the example locally. Set
 * `SEND_EMAIL_HOOK_SECRET` to the one your project's dashboard shows.
 */
export const demoSecret = 'v1,whsec_YXV0aG1haWwgZXhhbXBsZSBob29rIHNlY3JldCEhIQ==';

/** The folder the example's emails land in: `examples/supabase-hook/outbox`. */
export const outboxDir = fileURLToPath(new URL('../outbox', import.meta.url));

/** What the hook needs from its host. */
export interface HookSettings {
  /** Where the emails go: a provider transport, or the outbox here. */
  transport: Transport;
  /** The hook secret, `v1,whsec_<base64>`. */
  secret: string;
}

/**
 * The Send Email Hook: every email Supabase Auth would send, through
 * authmail's built-in templates in the user's language
 * (`user_metadata.locale`), with Supabase's own confirmation links.
 */
export function createHook({ transport, secret }: HookSettings): FetchHandler {
  const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
  return createSendEmailHook({ mailer, secret, application: { id: 'acme', name: 'Acme' } });
}

/**
 * The hook as an Edge Function hands it to `Deno.serve(hook)`, and as
 * `src/server.ts` serves it on `node:http`: the secret from
 * `SEND_EMAIL_HOOK_SECRET` (the demo secret when unset), emails to the outbox.
 */
const hook = createHook({
  transport: createOutboxTransport({ dir: outboxDir }),
  secret: process.env.SEND_EMAIL_HOOK_SECRET ?? demoSecret,
});

export default hook;
