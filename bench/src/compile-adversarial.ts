import { fileURLToPath } from 'node:url';
import { compileTemplate } from '@authmail/core';
import { clearTemplateCache } from '@authmail/core/provider';
import Handlebars from 'handlebars';
import { type Figure, ratio } from './figure.js';
import { buildReport, markdownTable } from './report.js';
import { type Settings, settingsFor } from './settings.js';
import { round } from './stats.js';

/** `unit` repeated to `size` characters at most, between `prefix` and `suffix`. */
function repeated(size: number, unit: string, prefix = '', suffix = ''): string {
  const count = Math.floor((size - prefix.length - suffix.length) / unit.length);
  return `${prefix}${unit.repeat(count)}${suffix}`;
}

/**
 * Template shapes that stalled compiling (issue 12: a regex quadratic on
 * unclosed `{{`, the URL value decoded again for every chunk) or that stress
 * a pass of the compiler, each filled to the size measured.
 */
const shapes: Record<string, (size: number) => string> = {
  'unclosed {{': (size) => repeated(size, '{{'),
  'escaped \\{{': (size) => repeated(size, '\\{{'),
  'numeric segments {{a.1}}': (size) => repeated(size, '{{a.1}}'),
  'placeholders {{a}}': (size) => repeated(size, '{{a}}'),
  'blocks {{#if}}': (size) => repeated(size, '{{#if a}}x{{/if}}'),
  '{{!-- comments --}}': (size) => repeated(size, '{{!-- x --}}'),
  'a URL split by comments': (size) => repeated(size, 'x{{!c}}', '<a href="', '">'),
  'a URL of references and values': (size) => repeated(size, '&amp;{{v}}', '<a href="', '">'),
  'a URL of blocks': (size) => repeated(size, '{{#if a}}y{{else}}y{{/if}}', '<a href="', '">'),
  '64 nested {{#each}}': (size) =>
    repeated(size, `${'{{#each l}}'.repeat(64)}x${'{{/each}}'.repeat(64)}`),
  'links in {{#each}}': (size) => repeated(size, '{{#each l}}<a href="{{this}}">x</a>{{/each}}'),
  'nested <div>': (size) => repeated(size, '<div>'),
};

/** Milliseconds `work` takes, the fastest of `passes` runs; what it throws is part of the work. */
function fastestMs(work: () => unknown, passes: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    try {
      work();
    } catch {
      // A template refused is a compilation finished.
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Compiling a 256 KiB template of each adversarial shape with
 * `compileTemplate` (cache cleared first), against `Handlebars.parse` on the
 * same text. Issue 12's target: any shape compiles in under 1 s, or at worst
 * within 3× Handlebars' own parser. The quick run uses 64 KiB.
 */
export function compileAdversarialFigures(settings: Settings): Figure[] {
  const size = settings.quick ? 64 * 1024 : 256 * 1024;
  const passes = settings.quick ? 1 : 2;
  const results = Object.entries(shapes).map(([shape, make]) => {
    const source = make(size);
    const ours = fastestMs(() => {
      clearTemplateCache();
      compileTemplate(source, { format: 'html', name: shape });
    }, passes);
    const handlebars = fastestMs(() => Handlebars.parse(source), passes);
    return { shape, ours, handlebars, share: ours / Math.max(1000, 3 * handlebars) };
  });
  const slowest = results.reduce((a, b) => (b.ours > a.ours ? b : a));
  const worst = results.reduce((a, b) => (b.share > a.share ? b : a));
  const perShape = results
    .map((r) => `${r.shape} ${round(r.ours)} ms vs ${round(r.handlebars)} ms`)
    .join('; ');
  return [
    {
      id: 'render.compileAdversarial',
      group: 'render',
      label: `compile a ${size / 1024} KiB adversarial template (slowest of ${results.length} shapes)`,
      unit: 'ms',
      ours: round(slowest.ours),
      peers: { 'Handlebars.parse, same text': round(slowest.handlebars) },
      ratios: [
        ratio('ours ÷ Handlebars.parse, slowest shape', round(slowest.ours / slowest.handlebars)),
        ratio('ours ÷ max(1 s, 3 × Handlebars.parse), worst shape', round(worst.share), {
          atMost: 1,
        }),
      ],
      note: `slowest: ${slowest.shape}; worst against the target: ${worst.shape}; fastest of ${passes} per shape, cache cleared; ours vs Handlebars.parse: ${perShape}`,
    },
  ];
}

// `tsx src/compile-adversarial.ts [--quick]` measures this figure alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const settings = settingsFor(process.argv.includes('--quick'));
  const report = buildReport(compileAdversarialFigures(settings), settings);
  process.stdout.write(`${markdownTable(report)}\n`);
}
