import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMailer, createMemoryTransport } from '@authmail/core';
import { createOutboxTransport } from '@authmail/outbox';
import { describe, expect, it } from 'vitest';
import { createAuth } from './auth.js';
import { runDemoFlow } from './demo-flow.js';
import { recordingMailer } from './recording-mailer.js';

const from = 'Acme <no-reply@acme.test>';

/** The demo flow against `transport`: what each step sent, as `language usage type → to`. */
async function runWith(transport: Parameters<typeof createMailer>[0]['transport']) {
  const { mailer, sent } = recordingMailer(createMailer({ transport, from, builtins: true }));
  const auth = createAuth({
    mailer,
    baseURL: 'http://localhost:3000',
    secret: randomBytes(32).toString('hex'),
  });
  const steps = await runDemoFlow(auth, sent);
  return steps.map((step) =>
    step.emails.map(
      ({ request, result }) => `${result.languageTag} ${request.usageType} → ${request.to}`,
    ),
  );
}

describe('the demo flow', () => {
  it('sends each of Ann’s emails in the language of its step', async () => {
    const transport = createMemoryTransport();
    expect(await runWith(transport)).toEqual([
      ['de Register → ann@example.com'],
      ['fr SignIn → ann@example.com'],
      ['ja SignIn → ann@example.com'],
      ['es ForgotPassword → ann@example.com'],
      ['ko ForgotPassword → ann@example.com'],
      ['pt-BR OrganizationInvitation → bob@example.com'],
      ['zh-CN MfaVerification → ann@example.com'],
      [
        'en UserPermissionValidation → ann@example.com',
        'en BindNewIdentifier → ann.muster@example.org',
      ],
      ['de DeleteAccount → ann@example.com'],
    ]);
    const invitation = transport.messages.find((message) => message.to === 'bob@example.com');
    expect(invitation?.text).toMatch(/http:\/\/localhost:3000\/accept-invitation\/\w+/);
  });

  it('writes every email to an outbox folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'better-auth-app-'));
    try {
      const sent = (await runWith(createOutboxTransport({ dir }))).flat();
      const index = await readFile(path.join(dir, 'index.html'), 'utf8');
      expect(sent).toHaveLength(10);
      expect(index).toContain('Bestätigen Sie Ihre E-Mail-Adresse');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
