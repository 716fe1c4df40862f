import type { Transport } from '@authmail/core';
import { type EmailRequest, sendThroughMailer } from './preview-mailer.js';
import { type PreviewProblem, previewProblem } from './problem.js';
import type { LoadedTemplates } from './template-source.js';

/** Where "Send test" sends: a transport, or why the environment gives none. */
export type TestSendTarget =
  | {
      transport: Transport;
      /** Said in the page after a send: `the outbox in /app/outbox`, `mailgun`. */
      destination: string;
    }
  | {
      /** The configuration problem, shown when the button is pressed. */
      problem: string;
    };

/** A test email that went out. */
export interface SentTest {
  to: string;
  messageId: string;
  destination: string;
}

/**
 * Sends the email the page shows through the configured transport, with
 * the same mailer the preview renders with.
 */
export async function sendTest(
  templates: LoadedTemplates,
  from: string,
  target: TestSendTarget,
  request: EmailRequest,
): Promise<{ sent: SentTest } | { problem: PreviewProblem }> {
  if ('problem' in target) return { problem: { code: 'invalid_config', message: target.problem } };
  try {
    const result = await sendThroughMailer(templates, target.transport, from, request);
    return {
      sent: { to: request.to, messageId: result.messageId, destination: target.destination },
    };
  } catch (error) {
    return { problem: previewProblem(error) };
  }
}
