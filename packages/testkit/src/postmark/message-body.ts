/** A custom header of a Postmark message. */
export interface PostmarkHeader {
  Name: string;
  Value: string;
}

/**
 * One message as the fake Postmark API accepted it, as parsed JSON (the
 * API's PascalCase names): an `/email` or `/email/batch` message, or a
 * templated one (`/email/withTemplate`, `/email/batchWithTemplates`).
 */
export interface PostmarkMessageBody {
  From: string;
  To?: string;
  Cc?: string;
  Bcc?: string;
  Subject?: string;
  HtmlBody?: string;
  TextBody?: string;
  ReplyTo?: string;
  Tag?: string;
  Headers?: PostmarkHeader[];
  Metadata?: Record<string, string>;
  MessageStream?: string;
  TrackOpens?: boolean;
  TrackLinks?: string;
  TemplateId?: number;
  TemplateAlias?: string;
  TemplateModel?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Postmark's answer for one message: accepted (`ErrorCode` 0, a `MessageID`) or refused. */
export interface PostmarkMessageResult {
  ErrorCode: number;
  Message: string;
  To?: string;
  SubmittedAt?: string;
  MessageID?: string;
}
