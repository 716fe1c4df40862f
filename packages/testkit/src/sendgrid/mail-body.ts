/** An address as SendGrid's v3 API takes it. */
export interface SendGridAddress {
  email: string;
  name?: string;
}

/** One entry of `personalizations`: who gets the message, and their own data. */
export interface SendGridPersonalization {
  to: SendGridAddress[];
  cc?: SendGridAddress[];
  bcc?: SendGridAddress[];
  subject?: string;
  headers?: Record<string, string>;
  substitutions?: Record<string, string>;
  dynamic_template_data?: Record<string, unknown>;
  custom_args?: Record<string, string>;
  send_at?: number;
  [key: string]: unknown;
}

/** One entry of `content`. */
export interface SendGridContent {
  type: string;
  value: string;
}

/**
 * A `POST /v3/mail/send` body the fake SendGrid API accepted, as parsed JSON (snake_case, as
 * on the wire). The members are typed as SendGrid documents them; the fake checks the rules
 * listed on `startFakeSendGrid`, and keeps every other member as sent.
 */
export interface SendGridMailBody {
  personalizations: SendGridPersonalization[];
  from: SendGridAddress;
  reply_to?: SendGridAddress;
  reply_to_list?: SendGridAddress[];
  subject?: string;
  content?: SendGridContent[];
  attachments?: {
    content: string;
    filename: string;
    type?: string;
    disposition?: string;
    content_id?: string;
  }[];
  template_id?: string;
  headers?: Record<string, string>;
  categories?: string[];
  custom_args?: Record<string, string>;
  send_at?: number;
  batch_id?: string;
  ip_pool_name?: string;
  asm?: { group_id: number; groups_to_display?: number[] };
  mail_settings?: Record<string, unknown>;
  tracking_settings?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One entry of SendGrid's `{"errors":[…]}` answer. */
export interface SendGridError {
  message: string;
  field: string | null;
  help: string | null;
}
