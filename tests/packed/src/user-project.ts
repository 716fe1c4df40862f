import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The published packages, by folder under packages/. */
export const publishedPackages = [
  'core',
  'mailgun',
  'sendgrid',
  'smtp',
  'resend',
  'ses',
  'postmark',
  'outbox',
  'testkit',
  'logto',
  'better-auth',
  'authjs',
  'supabase',
  'cli',
  'queue',
];

/**
 * The hosts the integrations run in, installed from npm beside the packed
 * packages at the versions the workspace tests with: the integrations are
 * checked through the real framework code, as users run them.
 */
export const hostPackages: Readonly<Record<string, string>> = {
  'better-auth': '1.7.25',
  '@auth/core': '0.41.3',
  standardwebhooks: '1.1.1',
};

const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));

/** Only what any process has: no NODE_PATH, no pnpm or npm variables, no workspace bins. */
export function cleanEnvironment(home: string): NodeJS.ProcessEnv {
  const searchPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => !entry.includes('node_modules'))
    .join(path.delimiter);
  const loopback = '127.0.0.1,localhost';
  const proxies = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].flatMap((name) => {
    const value = process.env[name];
    return value === undefined ? [] : [[name, value]];
  });
  return {
    ...Object.fromEntries(proxies),
    PATH: searchPath,
    HOME: process.env.HOME ?? home,
    NO_PROXY: loopback,
    no_proxy: loopback,
  };
}

/**
 * Packs every published package with `pnpm pack` (which turns `workspace:`
 * ranges into versions, as publishing does) into `root/tarballs`, and
 * installs the tarballs with npm into `root/project`, a directory outside
 * the workspace: what a user gets from `npm install @authmail/…`.
 *
 * @returns the project directory.
 */
export async function installPackedPackages(root: string): Promise<string> {
  const tarballs = path.join(root, 'tarballs');
  const project = path.join(root, 'project');
  await mkdir(tarballs, { recursive: true });
  await mkdir(project, { recursive: true });
  for (const name of publishedPackages) {
    await run('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: path.join(packagesDir, name),
    });
  }
  const files = (await readdir(tarballs)).filter((file) => file.endsWith('.tgz'));
  const dependencies = {
    ...hostPackages,
    ...Object.fromEntries(
      files.map((file) => [packageNameOf(file), `file:${path.join(tarballs, file)}`]),
    ),
  };
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, dependencies }, null, 2),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: project,
    env: { ...cleanEnvironment(root), ...registrySetting() },
  });
  return project;
}

/** The npm registry the machine is set up for, when it is set through the environment. */
function registrySetting(): NodeJS.ProcessEnv {
  const registry = process.env.npm_config_registry;
  return registry === undefined ? {} : { npm_config_registry: registry };
}

/** `authmail-core-0.0.0.tgz` → `@authmail/core`. */
function packageNameOf(tarball: string): string {
  const folder = /^authmail-(.+)-\d+\.\d+\.\d+.*\.tgz$/.exec(tarball)?.[1];
  if (folder === undefined) throw new Error(`unexpected tarball name ${tarball}`);
  return `@authmail/${folder}`;
}
