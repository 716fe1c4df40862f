/** A Resend tag: `name` and `value` of ASCII letters, digits, `_` and `-` (at most 256 each). */
export interface ResendTag {
  name: string;
  value: string;
}

/**
 * One email as `POST /emails` (or one entry of `POST /emails/batch`) takes it, as parsed JSON
 * (snake_case, as on the wire). The fake checks the rules listed on `startFakeResend` and keeps
 * every other member as sent.
 */
export interface ResendEmailBody {
  from?: string;
  to: string | string[];
  subject?: string;
  cc?: string | string[];
  bcc?: string | string[];
  reply_to?: string | string[];
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  tags?: ResendTag[];
  /** A template stored at Resend, by id or alias, with flat string or number variables. */
  template?: { id: string; variables?: Record<string, string | number> };
  scheduled_at?: string;
  [key: string]: unknown;
}

/** Resend's error body: `{ statusCode, name, message }`. */
export interface ResendErrorBody {
  statusCode: number;
  name: string;
  message: string;
}
