import type { Transport } from '@authmail/core';
import type { Fault, JsonValue } from '../fault.js';
import type { NeutralMessage } from './neutral.js';

/**
 * What the conformance suite needs of a fake provider API. `FakeMailgun` and `FakeSendGrid`
 * are ones; a future provider's fake only has to offer these members. A fake of a protocol
 * other than HTTP (SMTP, say) answers each {@link Fault} with its own equivalent: a `429` as
 * "try later", a `5xx` as a temporary failure, a `400` as a permanent refusal, `drop` by
 * closing the connection, and the fault's body as the text of its answer.
 *
 * @typeParam M - the recorded message type.
 */
export interface ConformanceFake<M extends { id: string }> {
  /** Base URL (or address) to point the transport at. */
  readonly url: string;
  /** The API key (or password) the fake accepts; no error a transport throws may contain it. */
  readonly apiKey: string;
  /** Accepted messages, oldest first, each with the id the fake answered with. */
  readonly messages: readonly M[];
  /** Answers the next request with `fault` instead of the normal answer; calls queue up. */
  fail(fault: Fault): void;
  /** Forgets recorded messages and queued faults. */
  clear(): void;
  /**
   * Every form `key` takes on this provider's wire, e.g. the key and the Base64 of `api:<key>`
   * (Basic auth), or the key and `Bearer <key>`. The suite looks for each of them, and for
   * the key's Base64, in every error and console line.
   */
  secretForms(key: string): string[];
  /**
   * Every request, with whether the client closed it before the answer and, optionally, its
   * raw body. Optional: without it the abort check is skipped, and without `body` the
   * byte-exact UTF-8 check.
   */
  readonly requests?: readonly {
    readonly closedBeforeAnswer: boolean;
    readonly body?: Uint8Array;
  }[];
  /** Connections counted on the fake's side. Optional: without it the `maxInFlight` check is skipped. */
  readonly connections?: { readonly open: number; readonly peak: number };
  /** Stops the fake. */
  close(): Promise<void>;
}

/**
 * What the suite asks of `createTransport`. The suite fills in `apiKey`, `url` and
 * `allowCustomUrl` every time: the fake's key and URL, and `true`, unless a check overrides them.
 */
export interface ConformanceTransportOptions {
  /** The API key (the fake's; the suite also passes a wrong one, and an empty one). */
  apiKey: string;
  /**
   * The base URL (the fake's). HTTP only (see {@link ConformanceHarness.http}): the suite also
   * passes a closed port, an unknown host, an https server with a self-signed certificate, URLs
   * carrying the key, the provider's own URLs and look-alikes of them.
   */
  url: string;
  /**
   * HTTP only: whether the transport may use a URL outside the provider's own hosts (the
   * provider's opt-in, e.g. `allowCustomEndpoint`): `true`, as the fake needs, unless the suite
   * checks the provider's host rule.
   */
  allowCustomUrl: boolean;
  /** The transport's timeout in ms; the transport's default when absent. */
  timeoutMs?: number;
  /** The transport's bound on requests in flight; the transport's default when absent. */
  maxInFlight?: number;
}

/**
 * What the suite needs to run its HTTP-only checks: a closed port, an untrusted certificate and
 * an unknown host are `network`; a URL carrying the key is refused without showing it; and,
 * given `officialUrls`, the provider's host rule (SSRF).
 */
export interface HttpConformance {
  /**
   * The provider's own API base URLs, e.g. `['https://api.mailgun.net',
   * 'https://api.eu.mailgun.net']`: the transport must accept them (and their spellings in
   * other case, with `:443`, a trailing slash or full-width dots) without `allowCustomUrl`, and
   * refuse look-alikes of their hosts, plain http, credentials, queries, fragments, IP literals
   * and other schemes. Without them the host-rule checks are skipped.
   */
  officialUrls?: readonly string[];
  /** More URLs the provider's host rule refuses, beyond the look-alikes the suite makes. */
  refusedUrls?: readonly string[];
  /** The name of the URL option (`endpoint`, `baseUrl`): the error for a refused URL starts with it. */
  urlOption?: string;
  /** The status the provider answers a wrong API key with. Default 401; Resend's is 403. */
  wrongKeyStatus?: number;
}

/**
 * What the suite calls on a mailer: `send` and `sendMany` of authmail's `Mailer`, which every
 * provider's mailer factory (`createMailgunMailer`, …) returns.
 */
export interface ConformanceMailer {
  send(request: {
    to: string;
    usageType: 'Generic';
    variables: Record<string, unknown>;
  }): Promise<unknown>;
  sendMany(request: {
    usageType: 'OrganizationInvitation';
    recipients: { to: string; variables: Record<string, unknown> }[];
  }): Promise<readonly { status: 'fulfilled' | 'rejected' }[]>;
}

/**
 * The provider's mailer from a config, as JSON carries it (Logto's connector config), for the
 * suite's checks of hostile configs and variables through the mailer.
 *
 * @typeParam F - the fake API.
 */
export interface MailerConformance<F> {
  /**
   * A config for a mailer aimed at `fake` (custom URL allowed), as plain JSON data: its
   * `Generic` usage type renders `generic.subject` and `generic.html` (with `{{code}}`), its
   * `OrganizationInvitation` is sent as a provider template (or, without provider templates,
   * renders HTML showing `{{link}}`). The suite may change the member
   * named `http.urlOption`.
   */
  config(fake: F, generic: { subject: string; html: string }): Record<string, unknown>;
  /** The provider's mailer factory, e.g. `createMailgunMailer`. */
  create(config: Record<string, unknown>): ConformanceMailer;
}

/**
 * Everything the conformance suite needs to test one transport against its fake API.
 *
 * @typeParam M - the message type the fake records.
 * @typeParam F - the fake API.
 *
 * @example
 * ```ts
 * const harness: ConformanceHarness<RecordedMailgunMessage, FakeMailgun> = {
 *   start: () => startFakeMailgun({ apiKey: 'key-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e', domains: ['mg.example.com'] }),
 *   createTransport: (_fake, { url, allowCustomUrl: allowCustomEndpoint, ...options }) =>
 *     createMailgunTransport({ ...options, domain: 'mg.example.com', endpoint: url, allowCustomEndpoint }),
 *   neutral: neutralFromMailgun,
 *   http: { officialUrls: ['https://api.mailgun.net'], urlOption: 'endpoint' },
 * };
 * ```
 */
export interface ConformanceHarness<
  M extends { id: string },
  F extends ConformanceFake<M> = ConformanceFake<M>,
> {
  /** Starts a fake API (once before the suite, and again for checks that need a fresh one). */
  start(): Promise<F>;
  /** A transport aimed at `fake` (the one `start` gave), built with `options`. */
  createTransport(fake: F, options: ConformanceTransportOptions): Transport;
  /** The provider-neutral view of one recorded message (`neutralFromMailgun`, …). */
  neutral(message: M): NeutralMessage;
  /** A template name the provider accepts. Default `d-0123456789abcdef0123456789abcdef`. */
  templateName?: string;
  /**
   * Most tags the provider keeps on one message (Postmark's one `Tag`): the suite expects the
   * first ones of those it sends to arrive. Default: all of them.
   */
  maxTags?: number;
  /**
   * Whether the provider stores templates (`providerTemplate` messages). Default `true`. With
   * `false` (SMTP) a template message must be refused as `invalid_message` before any request,
   * the checks of template variables on the wire are skipped, and the mailer's
   * `OrganizationInvitation` is a rendered delivery whose HTML shows `{{link}}`.
   */
  providerTemplates?: boolean;
  /**
   * The body of the provider's answer refusing a request with `message` (about `field`, when
   * not `null`), worded as the provider's client reads the reason: the suite injects it in its
   * 4xx, 429 and 503 faults, and checks the error keeps the reason. Default
   * `{ message, errors: [{ message, field, help }] }`, which Mailgun's (`message`) and
   * SendGrid's (`errors[]`) clients both read; a provider whose API words refusals otherwise
   * (Postmark's `Message`, say) gives its own.
   */
  errorBody?(message: string, field: string | null): JsonValue;
  /**
   * For a transport that speaks HTTP to a base URL it is given: turns on the HTTP-only checks.
   * Leave it out for other protocols; those checks are then skipped, saying why.
   */
  http?: HttpConformance;
  /**
   * The provider's mailer from a config (e.g. Logto's connector config): turns on the checks
   * through the mailer. Without it they are skipped, saying why.
   */
  mailer?: MailerConformance<F>;
}
