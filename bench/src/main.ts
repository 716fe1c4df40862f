// The fake APIs listen on 127.0.0.1: never send those requests through a proxy.
process.env.NO_PROXY = '127.0.0.1,localhost';
process.env.no_proxy = '127.0.0.1,localhost';

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchFigures } from './batch.js';
import { compileAdversarialFigures } from './compile-adversarial.js';
import { deadProviderFigures } from './dead-provider.js';
import { startFakes } from './fakes.js';
import type { Figure } from './figure.js';
import { firstEmailFigures } from './first-email.js';
import { benchDir } from './fixture.js';
import { memoryFigures } from './memory.js';
import { queueFigures } from './queue.js';
import { renderFigures } from './render.js';
import { buildReport, markdownTable, writeReport } from './report.js';
import { sendFigures } from './send.js';
import { settingsFor } from './settings.js';
import { sizeFigures } from './size.js';
import { startupFigures } from './startup.js';

/** Command-line options: `--quick` for the CI-sized run, `--out <file>` for the JSON. */
export interface Options {
  quick: boolean;
  out: string;
}

/**
 * Parses `--quick` and `--out <file>` (default `results/latest.json`, or
 * `results/quick.json` for a quick run); a `--` that pnpm passes through is ignored.
 */
export function parseOptions(args: readonly string[]): Options {
  let quick = false;
  let out: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') continue;
    if (arg === '--quick') quick = true;
    else if (arg === '--out' && args[index + 1]) out = resolve(args[++index] ?? '');
    else throw new Error(`unknown option ${arg}: use --quick and --out <file>`);
  }
  // A quick run never overwrites the committed full run.
  const file = quick ? 'results/quick.json' : 'results/latest.json';
  return { quick, out: out ?? fileURLToPath(new URL(file, benchDir)) };
}

async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  process.stderr.write(`  ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const settings = settingsFor(options.quick);
  process.stderr.write(`authmail bench (${options.quick ? 'quick' : 'full'})\n`);
  const figures: Figure[] = [];
  figures.push(...(await step('render', () => renderFigures(settings))));
  figures.push(...(await step('compile', () => compileAdversarialFigures(settings))));
  figures.push(...(await step('memory', () => memoryFigures(settings))));
  const fakes = await startFakes();
  try {
    figures.push(...(await step('send', () => sendFigures(fakes, settings))));
    figures.push(...(await step('batch', () => batchFigures(fakes, settings))));
    figures.push(...(await step('start-up', () => startupFigures(settings))));
    figures.push(...(await step('first email', () => firstEmailFigures(fakes, settings))));
  } finally {
    await fakes.close();
  }
  figures.push(...(await step('queue', () => queueFigures(settings))));
  figures.push(...(await step('dead provider', () => deadProviderFigures())));
  figures.push(...(await step('size', () => sizeFigures())));
  const order = ['render', 'send', 'batch', 'queue', 'startup', 'size', 'memory'];
  figures.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  const report = buildReport(figures, settings);
  writeReport(report, options.out);
  process.stdout.write(`${markdownTable(report)}\n\nJSON: ${options.out}\n`);
}

await main();
