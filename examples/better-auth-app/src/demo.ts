import { randomBytes } from 'node:crypto';
import { createAuth } from './auth.js';
import { runDemoFlow } from './demo-flow.js';
import { createOutboxMailer, outboxDir } from './outbox-mailer.js';
import { recordingMailer } from './recording-mailer.js';

/**
 * `pnpm demo`: runs Ann's life with a better-auth app, each step in another
 * language, and prints every email better-auth sent through authmail into
 * the outbox beside this example.
 */
const { mailer, sent } = recordingMailer(createOutboxMailer());
const auth = createAuth({
  mailer,
  baseURL: 'http://localhost:3000',
  secret: randomBytes(32).toString('hex'),
});

for (const step of await runDemoFlow(auth, sent)) {
  console.log(`\n${step.title} (Accept-Language: ${step.acceptLanguage})`);
  for (const { request, result } of step.emails) {
    console.log(
      `  ${result.languageTag.padEnd(5)} ${request.usageType.padEnd(24)} → ${request.to.padEnd(24)} ${result.subject}`,
    );
  }
}
console.log(`\n${sent.length} emails. Open ${outboxDir}/index.html in a browser to read them.`);
