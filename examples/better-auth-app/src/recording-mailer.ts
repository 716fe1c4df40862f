import type { Mailer, SendRequest, SendResult } from '@authmail/core';

/** One email sent: what the mailer was asked and what it reported. */
export interface SentEmail {
  request: SendRequest;
  result: SendResult;
}

/** A mailer that keeps a list of what it sent. */
export interface RecordingMailer {
  mailer: Pick<Mailer, 'send'>;
  /** What it sent, oldest first. */
  sent: SentEmail[];
}

/** `mailer`, keeping a list of what it sent. */
export function recordingMailer(mailer: Pick<Mailer, 'send'>): RecordingMailer {
  const sent: SentEmail[] = [];
  const recording: Pick<Mailer, 'send'> = {
    async send(request, options) {
      const result = await mailer.send(request, options);
      sent.push({ request: request as SendRequest, result });
      return result;
    },
  };
  return { mailer: recording, sent };
}
