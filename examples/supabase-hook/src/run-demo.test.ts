import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runDemo } from './run-demo.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('sends each sample, in its language, into the outbox', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'authmail-supabase-demo-'));
  const rows = await runDemo(dir);
  const sent = rows.map(({ action, status, usageType, language, to }) =>
    [action, status, usageType, language, to].join(' '),
  );
  // The two emails of the email change go out at once, in either order.
  expect(sent.sort()).toEqual(
    [
      'signup 200 Register de minjun@example.com',
      'recovery 200 ForgotPassword fr minjun@example.com',
      'magiclink 200 SignIn ja minjun@example.com',
      'email_change 200 UserPermissionValidation en minjun@example.com',
      'email_change 200 BindNewIdentifier en minjun.new@example.com',
    ].sort(),
  );
  const files = await readdir(dir);
  expect(files).toContain('index.html');
  expect(files.filter((name) => name.endsWith('.eml'))).toHaveLength(5);
});
