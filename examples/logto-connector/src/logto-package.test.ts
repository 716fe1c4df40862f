import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type FakeMailgun,
  type FakeSendGrid,
  startFakeMailgun,
  startFakeSendGrid,
} from '@authmail/testkit';
import { build } from 'tsup';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { logtoPackageName, logtoPackageOptions, optionalModules } from '../tsup.logto.config.js';
import { moduleRequests } from './module-requests.js';
import {
  type NewProviderFakes,
  newProviderTestConfigs,
  startNewProviderFakes,
} from './test-configs.js';

// The packed connector, installed and run by Logto's own code (@logto/cli from
// npm) in a directory outside this repository, in a process with no NODE_PATH:
// what a self-hosted Logto does with `logto connector add` and at sign-in.

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const host = fileURLToPath(new URL('./run-in-logto.mjs', import.meta.url));
const logtoCli = path.dirname(require.resolve('@logto/cli/package.json'));

let root: string;
let mailgun: FakeMailgun;
let sendgrid: FakeSendGrid;
let newProviders: NewProviderFakes;

/** Only what any process has: no NODE_PATH, no pnpm or npm variables, no workspace bins. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const searchPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => !entry.includes('node_modules'))
    .join(path.delimiter);
  const loopback = '127.0.0.1,localhost';
  return {
    PATH: searchPath,
    HOME: process.env.HOME ?? root,
    NO_PROXY: loopback,
    no_proxy: loopback,
  };
}

/** Builds the connector package and packs it into a tarball, as a user would publish it. */
async function packConnector(): Promise<string> {
  const stage = path.join(root, 'stage', logtoPackageName);
  await build({ ...logtoPackageOptions(stage), config: false });
  const { stdout } = await run('npm', ['pack', stage, '--pack-destination', root, '--json'], {
    cwd: root,
    env: cleanEnvironment(),
  });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  return path.join(root, filename);
}

/** A Logto instance's layout: packages/core, with the connector-kit Logto's loader uses. */
async function createLogtoInstance(): Promise<string> {
  const instance = path.join(root, 'logto');
  const kitFromCli = createRequire(path.join(logtoCli, 'package.json'));
  const kit = await realpath(path.dirname(kitFromCli.resolve('@logto/connector-kit/package.json')));
  const scope = path.join(instance, 'packages/core/node_modules/@logto');
  await mkdir(scope, { recursive: true });
  await symlink(kit, path.join(scope, 'connector-kit'));
  return instance;
}

beforeAll(async () => {
  mailgun = await startFakeMailgun({ apiKey: 'key-logto', domains: ['mg.example.com'] });
  sendgrid = await startFakeSendGrid({ apiKey: 'SG.logto-key' });
  newProviders = await startNewProviderFakes();
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'authmail-logto-')));
});
afterAll(async () => {
  await mailgun.close();
  await sendgrid.close();
  await Promise.all(Object.values(newProviders).map((fake) => fake.close()));
  await rm(root, { recursive: true, force: true });
});

const mailgunConfig = () => ({
  provider: 'mailgun',
  domain: 'mg.example.com',
  apiKey: 'key-logto',
  from: 'Acme <no-reply@mg.example.com>',
  endpoint: mailgun.url,
  allowCustomEndpoint: true,
  deliveries: {
    Generic: {
      subject: 'Your code is {{code}}',
      html: '<h1>Welcome back</h1><p>Your code is <strong>{{code}}</strong>.</p>',
    },
  },
});

const sendGridConfig = () => ({
  provider: 'sendgrid',
  apiKey: 'SG.logto-key',
  fromEmail: 'no-reply@example.com',
  fromName: 'Acme',
  baseUrl: sendgrid.url,
  allowCustomBaseUrl: true,
  templates: ['Register', 'SignIn', 'ForgotPassword', 'Generic'].map((usageType) => ({
    usageType,
    type: 'text/html',
    subject: `${usageType}: {{code}}`,
    content: '<p>{{code}}</p>',
  })),
});

const germanSignIn = {
  languageTag: 'de',
  templateType: 'SignIn',
  details: {
    subject: 'Ihr Anmeldecode lautet {{code}}',
    content: '<p>Ihr Code: <strong>{{code}}</strong></p>',
    contentType: 'text/html',
  },
};

/** One SignIn code through each new provider, bundled clients and all. */
const newProviderSends = () =>
  newProviderTestConfigs(newProviders).map((config) => ({
    config,
    data: {
      to: 'eve@example.org',
      type: 'SignIn',
      payload: { code: '314159', locale: 'en', application: { id: 'app_1', name: 'Acme' } },
    },
  }));

it('installs with logto connector add, loads in Logto and sends through each provider', {
  timeout: 180_000,
}, async () => {
  const tarball = await packConnector();
  const instance = await createLogtoInstance();
  const plan = {
    cli: logtoCli,
    instance,
    tarball,
    stored: [mailgunConfig(), sendGridConfig(), { ...mailgunConfig(), provider: 'postage' }],
    sends: [
      {
        config: mailgunConfig(),
        data: { to: 'ann@example.org', type: 'SignIn', payload: { code: '482913', locale: 'en' } },
      },
      {
        config: sendGridConfig(),
        template: germanSignIn,
        data: { to: 'ben@example.org', type: 'SignIn', payload: { code: '771204', locale: 'de' } },
      },
      {
        config: mailgunConfig(),
        data: { to: 'cy@example.org', type: 'Register', payload: { code: '100200' } },
      },
      {
        config: { provider: 'postage' },
        data: { to: 'dee@example.org', type: 'SignIn', payload: { code: '1' } },
      },
      ...newProviderSends(),
    ],
  };
  const planFile = path.join(root, 'plan.json');
  const resultFile = path.join(root, 'result.json');
  await writeFile(planFile, JSON.stringify(plan));
  const env = cleanEnvironment();
  await run(process.execPath, [host, planFile, resultFile], { cwd: instance, env });
  const result = JSON.parse(await readFile(resultFile, 'utf8'));

  expect(env.NODE_PATH).toBeUndefined();
  expect(result.loaded).toEqual(['authmail-email']);
  expect(result.metadata).toEqual({
    type: 'Email',
    readme: expect.stringMatching(/^# authmail email connector for Logto/),
    logo: 'data:image/svg+xml;base64,',
    configTemplate: 'mailgun',
  });
  expect(result.saved).toEqual([true, true, false]);

  const [first, second, third, fourth, ...newProviderResults] = result.sends;
  expect(first).toEqual({ ok: expect.objectContaining({ provider: 'mailgun' }) });
  expect(second).toEqual({ ok: expect.objectContaining({ provider: 'sendgrid' }) });
  expect(third).toEqual({ ok: expect.objectContaining({ provider: 'mailgun' }) });
  expect(fourth.error).toMatchObject({ name: 'ConnectorError', code: 'invalid_config' });
  expect(newProviderResults).toEqual(
    ['smtp', 'resend', 'ses', 'postmark'].map((provider) => ({
      ok: expect.objectContaining({ provider, templateUsageType: 'SignIn' }),
    })),
  );

  const [signIn, register] = mailgun.messages;
  expect(mailgun.messages).toHaveLength(2);
  expect(signIn?.fields).toMatchObject({
    to: 'ann@example.org',
    subject: 'Your code is 482913',
    html: '<h1>Welcome back</h1><p>Your code is <strong>482913</strong>.</p>',
    // html-to-text ran inside the packed connector.
    text: expect.stringMatching(/^Welcome back\s+Your code is 482913\.$/),
  });
  expect(register?.fields).toMatchObject({ to: 'cy@example.org', subject: 'Your code is 100200' });
  expect(sendgrid.messages).toHaveLength(1);
  expect(sendgrid.messages[0]?.body).toMatchObject({
    personalizations: [{ to: [{ email: 'ben@example.org' }] }],
    subject: 'Ihr Anmeldecode lautet 771204',
  });
  const { smtp, resend, ses, postmark } = newProviders;
  expect(smtp.messages.map(({ to, subject }) => ({ to, subject }))).toEqual([
    { to: ['eve@example.org'], subject: 'Sign in to Acme' },
  ]);
  expect(resend.messages[0]?.emails).toMatchObject([{ to: 'eve@example.org' }]);
  expect(ses.messages[0]?.body).toMatchObject({
    Destination: { ToAddresses: ['eve@example.org'] },
  });
  expect(postmark.messages[0]?.accepted).toMatchObject([
    { To: 'eve@example.org', TemplateAlias: 'code-signin', TemplateModel: { code: '314159' } },
  ]);
});

it('the installed connector imports nothing but Node, @logto/connector-kit and modules it never loads', async () => {
  const installed = path.join(root, 'logto/packages/core/connectors', logtoPackageName);
  const code = await readFile(path.join(installed, 'lib/index.js'), 'utf8');
  const { specifiers, computed } = moduleRequests(code);
  const builtins = new Set(builtinModules);
  const foreign = specifiers.filter(
    (specifier) =>
      !specifier.startsWith('node:') &&
      !builtins.has(specifier.split('/')[0] ?? '') &&
      specifier !== '@logto/connector-kit' &&
      !optionalModules.includes(specifier),
  );
  expect(specifiers.length).toBeGreaterThan(0);
  expect([...new Set(foreign)]).toEqual([]);
  // Nothing loaded by a name in a variable, which no bundler can follow.
  expect(computed).toBe(0);
});
