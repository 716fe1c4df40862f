import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Figure, ratio } from './figure.js';
import { benchDir } from './fixture.js';
import { round } from './stats.js';

/** A package's directory: bench/ depends on every package measured. */
function packageDir(name: string): string {
  return realpathSync(join(fileURLToPath(benchDir), 'node_modules', name));
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Sum of the gzip (level 9) sizes of `files`, in KB. */
export function gzipKb(files: readonly string[]): number {
  const bytes = files.reduce(
    (total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
  return round(bytes / 1024);
}

/**
 * Our package's shipped code: its built ESM output (`dist/*.js`, without maps
 * or type declarations) and what it loads on first use (`lazy/*.cjs`, core's).
 */
function oursKb(name: string): number {
  const dir = packageDir(name);
  const dist = filesUnder(join(dir, 'dist'), (path) => path.endsWith('.js'));
  const lazyDir = join(dir, 'lazy');
  const lazy = existsSync(lazyDir) ? filesUnder(lazyDir, (path) => path.endsWith('.cjs')) : [];
  return gzipKb([...dist, ...lazy]);
}

function peerKb(name: string, paths: readonly string[]): number {
  return gzipKb(paths.map((path) => join(packageDir(name), path)));
}

/** A peer's own JavaScript sources (tests excluded), given as package directories. */
function peerSourcesKb(dirs: readonly string[]): number {
  const files = dirs.flatMap((dir) =>
    filesUnder(dir, (path) => path.endsWith('.js') && !path.endsWith('.spec.js')),
  );
  return gzipKb(files);
}

/**
 * Size figures: the gzip size of each of our packages' built ESM output,
 * against the built output of the library each one builds on.
 */
export function sizeFigures(): Figure[] {
  const note = 'own code only (dependencies not included), gzip -9 per file, summed';
  const core = oursKb('@authmail/core');
  const handlebars = peerKb('handlebars', ['dist/handlebars.js']);
  const mustache = peerKb('mustache', ['mustache.mjs']);
  const mailgun = oursKb('@authmail/mailgun');
  const mailgunJs = peerKb('mailgun.js', ['ESM/mailgun.node.js']);
  const sendgrid = oursKb('@authmail/sendgrid');
  const sendgridMail = packageDir('@sendgrid/mail');
  // @sendgrid/helpers (the Mail class both use) sits next to @sendgrid/mail in pnpm's store.
  const sendgridJs = peerSourcesKb([
    sendgridMail,
    packageDir('@sendgrid/client'),
    join(sendgridMail, '..', 'helpers'),
  ]);
  const testkit = oursKb('@authmail/testkit');
  return [
    {
      id: 'size.core',
      group: 'size',
      label: 'size: @authmail/core dist and lazy',
      unit: 'KB gzip',
      ours: core,
      peers: { 'handlebars (dist/handlebars.js)': handlebars, mustache },
      ratios: [ratio('ours ÷ handlebars', round(core / handlebars))],
      note,
    },
    {
      id: 'size.mailgun',
      group: 'size',
      label: 'size: @authmail/mailgun dist',
      unit: 'KB gzip',
      ours: mailgun,
      peers: { 'mailgun.js (ESM build)': mailgunJs },
      ratios: [ratio('ours ÷ mailgun.js', round(mailgun / mailgunJs))],
      note,
    },
    {
      id: 'size.sendgrid',
      group: 'size',
      label: 'size: @authmail/sendgrid dist',
      unit: 'KB gzip',
      ours: sendgrid,
      peers: { '@sendgrid/mail + client + helpers': sendgridJs },
      ratios: [ratio('ours ÷ @sendgrid', round(sendgrid / sendgridJs))],
      note,
    },
    {
      id: 'size.testkit',
      group: 'size',
      label: 'size: @authmail/testkit dist',
      unit: 'KB gzip',
      ours: testkit,
      peers: {},
      ratios: [],
      note: `${note}; includes the conformance suite`,
    },
  ];
}
