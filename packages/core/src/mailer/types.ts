import type { Delivery } from '../deliveries.js';
import type { AuthmailError } from '../errors.js';
import type { TemplateStore } from '../template-store.js';
import type { SendOptions, Transport } from '../transport.js';
import type { CustomUsageTypes, NoCustomUsageTypes, UsageType } from '../usage-types.js';
import type { VariablesOf } from '../variables.js';

/**
 * Options for {@link createMailer}. `C` is the map of your own usage types,
 * inferred from `usageTypes`.
 */
export interface MailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> {
  /** Where messages go: a provider transport, the memory transport, the outbox, a retry wrapper… */
  transport: Transport;
  /**
   * Default sender, `Name <address>` or an address alone: one mailbox, on one
   * line, or `createMailer` throws `invalid_config` naming `from`.
   */
  from: string;
  /** Logto's delivery config: per usage type (yours included), own content or a provider template. */
  deliveries?: { [K in UsageType<C>]?: Delivery };
  /** Custom templates by language and usage type; they win over deliveries and built-ins. */
  templates?: TemplateStore;
  /** Language used when the request's languages find nothing. Default `en`. */
  defaultLanguage?: string;
  /** Fall back to authmail's built-in templates. Default `false`. */
  builtins?: boolean;
  /**
   * Check variables against the usage type's schema and reject with
   * `invalid_variables`. Default `true`. Logto's connector turns it off because
   * Logto sends without context when its lookup fails.
   */
  validateVariables?: boolean;
  /**
   * Usage types of your own, typed and checked like the built-in ones: each
   * name maps to the zod schema of its variables, or to
   * `{ schema, fallback: 'Generic' }` to use `Generic`'s template when the
   * usage type has none (by default that is `template_not_found`). Names
   * start with a letter, hold only letters, digits and `_`, and must not be
   * a built-in name; else `invalid_config` naming the key.
   *
   * @example
   * ```ts
   * createMailer({ transport, from, usageTypes: { Invoice: z.object({ amount: z.string() }) } });
   * ```
   */
  usageTypes?: C & { [K in keyof C & UsageType]: never };
}

/** Languages a request may state; see `negotiateLanguage`. */
export interface LanguageRequest {
  /** One resolved tag (Logto's `payload.locale`); `variables.locale` when absent. */
  locale?: string;
  /** OIDC `ui_locales`; `variables.uiLocales` when absent. */
  uiLocales?: string;
  /** The HTTP `Accept-Language` header of the user's request. */
  acceptLanguage?: string;
}

/** One email to send. `variables` are typed by `usageType`; `C` is the map of your own usage types. */
export interface SendRequest<
  T extends UsageType<C> = UsageType,
  C extends CustomUsageTypes = NoCustomUsageTypes,
> extends LanguageRequest {
  /** The one recipient: `ann@example.org` or `Ann <ann@example.org>`, never a list. */
  to: string;
  usageType: T;
  variables: VariablesOf<T, C>;
}

/** Where the template that was sent came from. */
export type TemplateSource = 'store' | 'delivery' | 'builtin';

/** What {@link Mailer.send} reports. */
export interface SendResult<C extends CustomUsageTypes = NoCustomUsageTypes> {
  messageId: string;
  provider: string;
  templateSource: TemplateSource;
  /** The language of the template that was used. */
  languageTag: string;
  /** The usage type whose template was used: the requested one or `Generic`. */
  templateUsageType: UsageType<C>;
  /** The id carried with the message to reconcile retries. */
  correlationId: string;
  /** The subject that was sent (empty when a provider template supplies it). */
  subject: string;
}

/** A recipient of {@link Mailer.sendMany}. */
export interface ManyRecipient<
  T extends UsageType<C> = UsageType,
  C extends CustomUsageTypes = NoCustomUsageTypes,
> {
  to: string;
  variables: VariablesOf<T, C>;
}

/** Many emails of one usage type. */
export interface SendManyRequest<
  T extends UsageType<C> = UsageType,
  C extends CustomUsageTypes = NoCustomUsageTypes,
> extends LanguageRequest {
  usageType: T;
  recipients: ManyRecipient<T, C>[];
}

/** Options for {@link Mailer.sendMany}. */
export interface SendManyOptions extends SendOptions {
  /**
   * Sends in flight at once when messages go one by one: a whole number from
   * 1 to 10,000. Default 8. Any other value (`NaN`, say) sends nothing and
   * rejects every recipient with `invalid_config` naming `concurrency`.
   */
  concurrency?: number;
}

/** The outcome for one recipient, shaped like `Promise.allSettled`'s entries. */
export type SendManyResult<C extends CustomUsageTypes = NoCustomUsageTypes> =
  | { to: string; status: 'fulfilled'; value: SendResult<C> }
  | { to: string; status: 'rejected'; reason: AuthmailError };

/**
 * Picks the template, renders and sends authentication emails. `C` is the
 * map of your own usage types (`typeof` what you passed as `usageTypes`).
 */
export interface Mailer<C extends CustomUsageTypes = NoCustomUsageTypes> {
  /**
   * Sends one email to one recipient. `to` is one address (`ann@example.org`
   * or `Ann <ann@example.org>`), checked before anything else: a list, a line
   * break or anything else that is not one mailbox rejects with
   * `invalid_message` and nothing reaches the transport.
   *
   * @throws AuthmailError `invalid_message` (naming `to`, `replyTo` or
   * `sendFrom`), `invalid_variables`, `template_not_found`, or the transport's error.
   */
  send<T extends UsageType<C>>(
    request: SendRequest<T, C>,
    options?: SendOptions,
  ): Promise<SendResult<C>>;
  /**
   * Sends one usage type to many recipients: in batches through the provider
   * when the delivery is a provider template and the transport batches, else
   * one by one with bounded concurrency. Never rejects; one result per
   * recipient, in order. Each `to` is checked as `send` checks it, and each
   * address gets one email: a later recipient with the same address (ignoring
   * case) is rejected with `invalid_message`, as is a `to` that is not one
   * address; the others are sent. Over `maxSendManyRecipients` (100,000)
   * recipients nothing is sent and every result is rejected with
   * `invalid_variables`; with a bad `concurrency`, with `invalid_config`.
   */
  sendMany<T extends UsageType<C>>(
    request: SendManyRequest<T, C>,
    options?: SendManyOptions,
  ): Promise<SendManyResult<C>[]>;
}
