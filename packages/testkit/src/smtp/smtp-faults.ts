import type { Fault, JsonValue } from '../fault.js';

/**
 * SMTP only: answer the message's end of DATA with `reply` (a reply code, 400 to 599) and
 * `text` (which may start with an enhanced status such as `4.7.1`).
 */
export interface SmtpReplyFault {
  reply: number;
  text?: string;
  /** Wait this long (ms) before answering. */
  delayMs?: number;
}

/**
 * SMTP only: hold the greeting of the next new connection back `greetingDelayMs` ms. It is
 * queued apart from the other faults, which apply to messages: a pooled connection already
 * open is not affected.
 */
export interface SlowGreetingFault {
  greetingDelayMs: number;
}

/** The faults the fake SMTP server can inject: every `Fault`, and SMTP's own. */
export type SmtpFault = Fault | SmtpReplyFault | SlowGreetingFault;

/** What the fake does at the end of a message's DATA. */
export type SmtpEffect =
  | { kind: 'accept'; delayMs: number }
  | { kind: 'reply'; code: number; text: string; delayMs: number }
  | { kind: 'garble'; line: string; delayMs: number }
  | { kind: 'drop'; delayMs: number };

/** The words of an HTTP fault's body: its `message`, else the body itself. */
function bodyText(body: JsonValue | undefined): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (typeof body === 'object' && !Array.isArray(body) && typeof body.message === 'string') {
    return body.message;
  }
  return JSON.stringify(body);
}

/**
 * The SMTP reply standing for an HTTP status (the conformance suite speaks HTTP): 401 → 535
 * 5.7.8 (credentials refused), 403 → 530 5.7.0 (not allowed), 429 → 450 4.7.1 (try later:
 * rate limit), 413 → 552 5.3.4 (too big), other 4xx → 550 5.7.1 (refused), 5xx → 451 4.3.0
 * (temporary failure).
 */
function replyForStatus(status: number): { code: number; enhanced: string } {
  if (status === 401) return { code: 535, enhanced: '5.7.8' };
  if (status === 403) return { code: 530, enhanced: '5.7.0' };
  if (status === 429) return { code: 450, enhanced: '4.7.1' };
  if (status === 413) return { code: 552, enhanced: '5.3.4' };
  if (status < 500) return { code: 550, enhanced: '5.7.1' };
  return { code: 451, enhanced: '4.3.0' };
}

/**
 * What a fault does to a message. A 2xx status or a non-JSON 2xx answer (HTTP's "answered,
 * but not as the API does") is a line that is not an SMTP reply; a non-JSON error is the
 * status' reply with the body as its text.
 */
export function smtpEffect(fault: SmtpFault | undefined): SmtpEffect {
  if (fault === undefined || 'greetingDelayMs' in fault) return { kind: 'accept', delayMs: 0 };
  const delayMs = fault.delayMs ?? 0;
  if ('reply' in fault)
    return { kind: 'reply', code: fault.reply, text: fault.text ?? '', delayMs };
  if ('drop' in fault) return { kind: 'drop', delayMs };
  if ('nonJson' in fault) {
    const line = fault.body ?? '<html>ok</html>';
    const status = fault.status ?? 200;
    return status < 300 ? { kind: 'garble', line, delayMs } : statusReply(status, line, delayMs);
  }
  if ('status' in fault) {
    const text = bodyText(fault.body);
    if (fault.status < 300) return { kind: 'garble', line: text || '<html>ok</html>', delayMs };
    return statusReply(fault.status, text, delayMs);
  }
  return { kind: 'accept', delayMs };
}

function statusReply(status: number, text: string, delayMs: number): SmtpEffect {
  const { code, enhanced } = replyForStatus(status);
  return { kind: 'reply', code, text: `${enhanced} ${text}`.trim(), delayMs };
}
