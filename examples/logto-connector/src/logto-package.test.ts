import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { build } from 'tsup';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { logtoPackageName, logtoPackageOptions } from '../tsup.logto.config.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

let logto: string;
let mailgun: FakeMailgun;

beforeAll(async () => {
  mailgun = await startFakeMailgun({ apiKey: 'key-bundle', domains: ['mg.example.com'] });
  // A Logto instance's layout: packages/core with connector-kit installed, and its connectors directory.
  logto = await mkdtemp(path.join(tmpdir(), 'authmail-logto-'));
  const kitDir = path.dirname(require.resolve('@logto/connector-kit/package.json'));
  await mkdir(path.join(logto, 'packages/core/node_modules/@logto'), { recursive: true });
  await symlink(
    await realpath(kitDir),
    path.join(logto, 'packages/core/node_modules/@logto/connector-kit'),
  );
});
afterAll(async () => {
  await mailgun.close();
  await rm(logto, { recursive: true, force: true });
});

it('builds a package that loads in Logto and sends', { timeout: 60_000 }, async () => {
  const packageDir = path.join(logto, 'packages/core/connectors', logtoPackageName);
  await build({ ...logtoPackageOptions(packageDir), config: false });

  const config = {
    provider: 'mailgun',
    domain: 'mg.example.com',
    apiKey: 'key-bundle',
    from: 'Acme <no-reply@mg.example.com>',
    endpoint: mailgun.url,
    allowCustomEndpoint: true,
    deliveries: { Generic: { subject: 'Your code is {{code}}', html: '<p>{{code}}</p>' } },
  };
  const loader = fileURLToPath(new URL('./load-like-logto.mjs', import.meta.url));
  const { stdout } = await run(process.execPath, [loader, packageDir, JSON.stringify(config)], {
    cwd: path.join(logto, 'packages/core'),
  });
  const seen = JSON.parse(stdout) as Record<string, unknown>;

  expect(seen).toMatchObject({
    name: logtoPackageName,
    defaultExport: 'function',
    type: 'Email',
    knownType: true,
    metadataId: 'authmail-email',
    hasConfigGuard: true,
    metadataFiles: [true, true, true],
    sentWith: 'mailgun',
    failureIsLogtoConnectorError: true,
    failureCode: 'invalid_config',
  });
  // Logto refuses a connector whose connector-kit range its own version does not satisfy.
  const [major] = String(seen.kitVersion).split('.');
  expect(seen.kitRange).toBe(`^${major}.0.0`);
  expect(mailgun.messages[0]?.fields).toMatchObject({ subject: 'Your code is 482913' });
});
