import type { Deliveries } from '../deliveries.js';
import type { AuthmailError } from '../errors.js';
import type { TemplateStore } from '../template-store.js';
import type { SendOptions, Transport } from '../transport.js';
import type { UsageType } from '../usage-types.js';
import type { VariablesOf } from '../variables.js';

/** Options for {@link createMailer}. */
export interface MailerOptions {
  /** Where messages go: a provider transport, the memory transport, the outbox, a retry wrapper… */
  transport: Transport;
  /** Default sender, `Name <address>`. */
  from: string;
  /** Logto's delivery config: per usage type, own content or a provider template. */
  deliveries?: Deliveries;
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

/** One email to send. `variables` are typed by `usageType`. */
export interface SendRequest<T extends UsageType = UsageType> extends LanguageRequest {
  to: string;
  usageType: T;
  variables: VariablesOf<T>;
}

/** Where the template that was sent came from. */
export type TemplateSource = 'store' | 'delivery' | 'builtin';

/** What {@link Mailer.send} reports. */
export interface SendResult {
  messageId: string;
  provider: string;
  templateSource: TemplateSource;
  /** The language of the template that was used. */
  languageTag: string;
  /** The usage type whose template was used: the requested one or `Generic`. */
  templateUsageType: UsageType;
  /** The id carried with the message to reconcile retries. */
  correlationId: string;
  /** The subject that was sent (empty when a provider template supplies it). */
  subject: string;
}

/** A recipient of {@link Mailer.sendMany}. */
export interface ManyRecipient<T extends UsageType = UsageType> {
  to: string;
  variables: VariablesOf<T>;
}

/** Many emails of one usage type. */
export interface SendManyRequest<T extends UsageType = UsageType> extends LanguageRequest {
  usageType: T;
  recipients: ManyRecipient<T>[];
}

/** Options for {@link Mailer.sendMany}. */
export interface SendManyOptions extends SendOptions {
  /** Sends in flight at once when messages go one by one. Default 8. */
  concurrency?: number;
}

/** The outcome for one recipient, shaped like `Promise.allSettled`'s entries. */
export type SendManyResult =
  | { to: string; status: 'fulfilled'; value: SendResult }
  | { to: string; status: 'rejected'; reason: AuthmailError };

/** Picks the template, renders and sends authentication emails. */
export interface Mailer {
  /**
   * Sends one email.
   *
   * @throws AuthmailError `invalid_variables`, `template_not_found`, or the transport's error.
   */
  send<T extends UsageType>(request: SendRequest<T>, options?: SendOptions): Promise<SendResult>;
  /**
   * Sends one usage type to many recipients: in batches through the provider
   * when the delivery is a provider template and the transport batches, else
   * one by one with bounded concurrency. Never rejects; one result per
   * recipient, in order. Over `maxSendManyRecipients` (100,000) recipients
   * nothing is sent and every result is rejected with `invalid_variables`.
   */
  sendMany<T extends UsageType>(
    request: SendManyRequest<T>,
    options?: SendManyOptions,
  ): Promise<SendManyResult[]>;
}
