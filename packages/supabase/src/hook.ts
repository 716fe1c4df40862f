import { AuthmailError, type Mailer } from '@authmail/core';
import { type FetchHandler, readBody } from '@authmail/core/http';
import type { Webhook } from 'standardwebhooks';
import { answerFailure, onlyPost, refuse, sent, tooLarge } from './answers.js';
import type { EmailContext, PlannedEmail } from './email-context.js';
import { emailsFor } from './emails.js';
import { BadPayload } from './fields.js';
import { supabaseVerifyLink } from './links.js';
import {
  type ResolvedHookOptions,
  resolveHookOptions,
  type SendEmailHookOptions,
} from './options.js';
import { parsePayload, type SendEmailHookPayload } from './payload.js';

/**
 * A Supabase Auth Send Email Hook: a Fetch-standard handler (`Request` →
 * `Response`) for a Supabase Edge Function (`Deno.serve(hook)`), a route
 * handler, or `node:http` through `toNodeHandler`. Supabase POSTs the email
 * it would send; the hook sends it with `mailer`, in the user's language.
 *
 * - Anything but `POST` → 405; a body over `maxBodyBytes` → 413.
 * - A missing, wrong or stale Standard Webhooks signature (`webhook-id`,
 *   `webhook-timestamp`, `webhook-signature`, 5 minutes' tolerance) → 401.
 * - A body that is not the hook's payload → 400, naming the field.
 * - Sent → 200 `{}`. A failed send → 422, 500 or 503 (see the README).
 * Every error answer is `{ error: { http_code, message } }`, without secrets.
 *
 * @throws AuthmailError `invalid_config` naming the option, when one is
 * missing or wrong (`secret` must be `v1,whsec_<base64>`; never echoed).
 * @example
 * ```ts
 * Deno.serve(createSendEmailHook({ mailer, secret: Deno.env.get('SEND_EMAIL_HOOK_SECRET')! }));
 * ```
 */
export function createSendEmailHook(options: SendEmailHookOptions): FetchHandler {
  const resolved = resolveHookOptions(options);
  return async (request) => {
    if (request.method !== 'POST') return onlyPost();
    const body = await readBody(request, resolved.maxBodyBytes);
    if (!body) return tooLarge();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const problem = signatureProblem(resolved.verifier, text, request.headers);
    if (problem) return refuse(401, `The signature is missing, wrong or too old: ${problem}`);
    const parsed = parsePayload(text);
    if (!parsed.ok) return refuse(400, parsed.reason);
    return send(resolved, parsed.payload);
  };
}

/** Sends the payload's emails and answers for them. */
async function send(
  options: ResolvedHookOptions,
  payload: SendEmailHookPayload,
): Promise<Response> {
  let emails: PlannedEmail[];
  let locale: string | undefined;
  try {
    emails = emailsFor(payload, contextFor(options, payload));
    locale = options.locale(payload);
  } catch (error) {
    if (error instanceof BadPayload) return refuse(400, error.message);
    options.onError(error);
    return answerFailure(error);
  }
  const failure = await sendAll(options.mailer, emails, locale, options.timeoutMs);
  if (failure === undefined) return sent();
  options.onError(failure);
  return answerFailure(failure);
}

/**
 * Sends every email at once; resolves with the first failure once all have
 * settled, or with a retryable `timeout` after `timeoutMs`, abandoning the
 * sends (their signal aborts, so provider transports cancel their requests).
 */
async function sendAll(
  mailer: Mailer,
  emails: readonly PlannedEmail[],
  locale: string | undefined,
  timeoutMs: number,
): Promise<unknown> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(timedOut(timeoutMs)), timeoutMs);
  const sending = Promise.allSettled(
    emails.map((email) =>
      mailer.send({ ...email, ...(locale ? { locale } : {}) }, { signal: deadline.signal }),
    ),
  );
  try {
    const outcomes = await Promise.race([sending, abortedBy(deadline.signal)]);
    return outcomes.find((outcome) => outcome.status === 'rejected')?.reason;
  } catch (timeout) {
    return timeout;
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects with the signal's reason once it aborts. */
function abortedBy(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** The retryable failure of sends that outlasted `timeoutMs`. */
function timedOut(timeoutMs: number): AuthmailError {
  return new AuthmailError(
    'timeout',
    `The email was not sent within ${timeoutMs} ms (timeoutMs); Supabase waits 5 s for the hook.`,
  );
}

/** What the payload's emails are made from: the application, the links, the time. */
function contextFor(options: ResolvedHookOptions, payload: SendEmailHookPayload): EmailContext {
  const data = payload.email_data;
  const buildLink = options.link ?? supabaseVerifyLink;
  const host = new URL(data.site_url).host;
  return {
    application: options.application ?? { id: host, name: host },
    linkFor: (tokenHash) =>
      buildLink({
        tokenHash,
        type: data.email_action_type,
        redirectTo: data.redirect_to || undefined,
        siteUrl: data.site_url,
      }),
    time: timeOf(payload.metadata),
    verifyBy: options.verifyBy,
  };
}

/** When Supabase called the hook (`metadata.time`), else now; ISO 8601. */
function timeOf(metadata: unknown): string {
  const time = (metadata as { time?: unknown } | null | undefined)?.time;
  const when = typeof time === 'string' ? new Date(time) : new Date();
  return Number.isNaN(when.getTime()) ? new Date().toISOString() : when.toISOString();
}

/** Why the signature does not verify, or `undefined` when it does. */
function signatureProblem(verifier: Webhook, body: string, headers: Headers): string | undefined {
  try {
    verifier.verify(body, signatureHeaders(headers), { jsonParse: false });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'not verified';
  }
}

/** The Standard Webhooks headers, `''` for one that is missing. */
function signatureHeaders(headers: Headers): Record<string, string> {
  const names = ['webhook-id', 'webhook-timestamp', 'webhook-signature'];
  return Object.fromEntries(names.map((name) => [name, headers.get(name) ?? '']));
}
