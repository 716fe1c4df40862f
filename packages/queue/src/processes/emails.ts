import type { OutgoingEmail, Transport } from '@authmail/core';

/**
 * `count` rendered sign-in emails, the i-th to `m<i>@example.com` with the
 * correlation id (and so the job id) `<prefix>-<i>`.
 */
export function signInEmails(prefix: string, count: number): OutgoingEmail[] {
  return Array.from({ length: count }, (_, index) => {
    const code = String(100_000 + ((index * 7_919) % 900_000));
    return {
      to: `m${index}@example.com`,
      from: 'Acme <no-reply@acme.test>',
      subject: `Your Acme sign-in code: ${code}`,
      text: `Your sign-in code is ${code}. It expires in 10 minutes.`,
      html: `<p>Your sign-in code is <strong>${code}</strong>. It expires in 10 minutes.</p>`,
      correlationId: `${prefix}-${index}`,
    };
  });
}

/** The `i` of the first `m<i>@example.com` in `text` (a request body, a recorded message), or -1. */
export function recipientIndex(text: string): number {
  const match = /\bm(\d+)@example\.com/.exec(text);
  return match ? Number(match[1]) : -1;
}

/** The `i` of the correlation id (job id) `<prefix>-<i>`. */
export function emailIndex(correlationId: string): number {
  return Number(correlationId.slice(correlationId.lastIndexOf('-') + 1));
}

/** Puts every email on the queue, `chunk` sends at a time. */
export async function enqueue(
  transport: Transport,
  emails: readonly OutgoingEmail[],
  chunk = 500,
): Promise<void> {
  for (let start = 0; start < emails.length; start += chunk) {
    await Promise.all(emails.slice(start, start + chunk).map((email) => transport.send(email)));
  }
}
