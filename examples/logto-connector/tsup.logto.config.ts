import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const connectorKit = '@logto/connector-kit';

/**
 * Modules the bundle may name but never loads: the `resend` client imports
 * `@react-email/render` only to render a `react` email, inside a try/catch,
 * and `@authmail/resend` never sends one. Left out of the bundle, so the
 * import stays as written (and would fail inside that try/catch if it ran).
 */
export const optionalModules = ['@react-email/render'];

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Matches every module specifier except these packages (and their subpaths). */
function everythingBut(packages: readonly string[]): RegExp {
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^(?!(?:${names.join('|')})(?:/|$))`);
}

/** The package name Logto loads: it only picks up `connector-*` (or `@scope/connector-*`). */
export const logtoPackageName = 'connector-authmail-email';

/**
 * Options that build the package Logto loads into `packageDir`:
 * `lib/index.js` (ESM, everything bundled but `@logto/connector-kit`, which
 * Logto provides, so `ConnectorError` is Logto's own class), a package.json
 * named `connector-*` whose connector-kit range Logto checks against its own
 * version, README.md, docs/ and logo.svg (metadata paths are relative to it).
 */
export function logtoPackageOptions(packageDir: string): Options {
  return {
    entry: { index: here('src/index.ts') },
    outDir: `${packageDir}/lib`,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    clean: true,
    dts: false,
    sourcemap: false,
    silent: true,
    noExternal: [everythingBut([connectorKit, ...optionalModules])],
    external: [connectorKit, ...optionalModules],
    // One file: the AWS SDK's and core's dynamic imports are bundled in, not split into chunks.
    splitting: false,
    // Bundled CommonJS dependencies (mailgun.js, @sendgrid/client, nodemailer) call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    async onSuccess() {
      const own = JSON.parse(await readFile(here('package.json'), 'utf8')) as {
        version: string;
        dependencies: Record<string, string>;
      };
      const major = (own.dependencies[connectorKit] ?? '').split('.')[0];
      const logtoPackage = {
        name: logtoPackageName,
        version: own.version,
        description:
          'authmail email connector for Logto: Mailgun, SendGrid, SMTP, Resend, SES or Postmark, swapped by config.',
        license: 'MIT',
        type: 'module',
        main: './lib/index.js',
        exports: './lib/index.js',
        files: ['lib', 'docs', 'README.md', 'logo.svg'],
        dependencies: { [connectorKit]: `^${major}.0.0` },
      };
      await mkdir(packageDir, { recursive: true });
      await writeFile(`${packageDir}/package.json`, `${JSON.stringify(logtoPackage, null, 2)}\n`);
      await cp(here('README.md'), `${packageDir}/README.md`);
      await cp(here('logo.svg'), `${packageDir}/logo.svg`);
      await cp(here('docs'), `${packageDir}/docs`, { recursive: true });
    },
  };
}

export default defineConfig(logtoPackageOptions(here(`dist/logto/${logtoPackageName}`)));
