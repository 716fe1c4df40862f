import type { AuthmailError } from './errors.js';

/**
 * A message handed to a transport: provider-neutral, already rendered (or
 * naming a provider-side template).
 */
export interface OutgoingEmail {
  /** Recipient address, `addr@example.com` or `Name <addr@example.com>`. */
  to: string;
  /** Sender, `Name <addr@example.com>`. */
  from: string;
  replyTo?: string;
  subject: string;
  html?: string;
  text?: string;
  /** Send through a template stored at the provider instead of `html` / `text`. */
  providerTemplate?: ProviderTemplate;
  /** Provider tags / categories, e.g. the usage type. */
  tags?: string[];
  /** Extra headers; names must not contain CR, LF or `:`. */
  headers?: Record<string, string>;
  /** An id of ours carried with the message (Mailgun `v:`, SendGrid `custom_args`) to match retries. */
  correlationId?: string;
}

/** A template stored at the provider and the values it is rendered with. */
export interface ProviderTemplate {
  /** The provider's template name or id (SendGrid: `d-…`). */
  name: string;
  variables: Record<string, unknown>;
  /** The resolved language of the message. */
  locale?: string;
  /** The template version to use (Mailgun `t:version`), when the delivery asks for one. */
  version?: string;
}

/** One provider-template message sent to many recipients, each with its own variables. */
export interface OutgoingBatch {
  from: string;
  replyTo?: string;
  subject: string;
  /** The template; `variables` here are shared, each recipient's own win. */
  providerTemplate: ProviderTemplate;
  recipients: BatchRecipient[];
  tags?: string[];
  headers?: Record<string, string>;
  correlationId?: string;
}

/** A recipient in an {@link OutgoingBatch}. */
export interface BatchRecipient {
  to: string;
  variables: Record<string, unknown>;
}

/** What a transport reports for an accepted request. */
export interface SendReceipt {
  /** The provider's id for the accepted message or request. */
  messageId: string;
  /** The transport that delivered it, e.g. `mailgun`. */
  provider: string;
  /** The correlation id the message carried, when it had one. */
  correlationId?: string;
  /** For batches: the recipients this request carried. */
  recipients?: string[];
  /**
   * For batches: the recipients of `recipients` the provider refused while
   * it accepted the rest (Postmark answers each message of a batch on its
   * own, 406 for a suppressed address, say). `sendMany` gives each its own
   * failure. Absent or empty: every recipient was accepted. When the
   * provider refused them all, `messageId` is empty.
   */
  failed?: RecipientFailure[];
  /** How many attempts delivery took, when a retry or failover wrapper sent it. */
  attempts?: number;
  /**
   * `true` when the message was put on a queue for a worker to send
   * (`@authmail/queue`): `messageId` is then the job's id, and the provider
   * has not seen the message yet.
   */
  queued?: boolean;
}

/** A recipient of a batch that the provider refused, and why. */
export interface RecipientFailure {
  /** The recipient, as the batch gave it. */
  to: string;
  error: AuthmailError;
}

/** Per-call options for a transport. */
export interface SendOptions {
  /**
   * Abandons the send: the promise rejects at once with the signal's reason
   * (not an `AuthmailError` in its place), a send still waiting for a slot is
   * never sent, and a provider transport cancels its HTTP request.
   */
  signal?: AbortSignal;
}

/** What a transport tells the code around it about its provider. */
export interface TransportCapabilities {
  /**
   * Most recipients one batch request may carry (Mailgun 1,000, SendGrid
   * 1,000, Postmark 500, Resend 100, SES 50): `sendBatch`, `sendMany`,
   * `withRetry` and `withFailover` split batches at it.
   */
  readonly maxBatchRecipients: number;
  /**
   * Whether the transport sends an idempotency key the provider honours, so
   * a retry after a timeout or a 5xx cannot deliver twice.
   */
  readonly idempotencyKeys: boolean;
}

/**
 * Anything that can deliver an {@link OutgoingEmail}: a provider, the memory
 * transport, the outbox, or a wrapper such as retry or failover.
 *
 * A transport rejects only with `AuthmailError`, except when the caller's
 * signal aborts: then with the signal's reason, unchanged.
 */
export interface Transport {
  /** Short name, reported in receipts and errors. */
  readonly name: string;
  /**
   * What the transport's provider can do. Left out: at most 1,000 recipients
   * a batch, no idempotency keys.
   */
  readonly capabilities?: TransportCapabilities;
  send(message: OutgoingEmail, options?: SendOptions): Promise<SendReceipt>;
  /** One request per at most `capabilities.maxBatchRecipients` recipients. */
  sendBatch?(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
}
