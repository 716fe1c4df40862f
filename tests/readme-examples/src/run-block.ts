import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/** Packages whose blocks talk to a real provider or need a host: they compile, but don't run here. */
const needsOutsideWorld =
  /@authmail\/(mailgun|sendgrid|smtp|resend|ses|postmark|logto|queue)|mailgun\.js|@sendgrid\/|process\.env|\bdeclare\s|listen\(/;

/**
 * Whether a block can run as written on this machine: it reaches no provider
 * and reads no environment (memory transport, outbox, rendering, …).
 */
export function isRunnable(code: string): boolean {
  return !needsOutsideWorld.test(code);
}

/** What running a block gave: its exit status and what it printed on stderr. */
export interface BlockRun {
  status: number | null;
  stderr: string;
}

/**
 * Runs a block as an ES module in a fresh Node process, from `moduleDir`
 * (so it resolves the workspace packages) with a throwaway working directory
 * (so an outbox it writes lands there) and no inherited NODE_OPTIONS.
 */
export function runBlock(code: string, moduleFile: string): BlockRun {
  const javascript = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(moduleFile, javascript);
  const workDir = mkdtempSync(path.join(tmpdir(), 'authmail-readme-'));
  try {
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const result = spawnSync(process.execPath, [moduleFile], {
      cwd: workDir,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: result.status, stderr: result.stderr };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
