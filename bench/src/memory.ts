import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileTemplate, limits, renderEmail, renderTemplate } from '@authmail/core';
import { clearTemplateCache } from '@authmail/core/provider';
import Handlebars from 'handlebars';
import { type Figure, ratio } from './figure.js';
import { distinctTemplates, loadSignIn } from './fixture.js';
import type { Settings } from './settings.js';
import { round } from './stats.js';

const html = { format: 'html' } as const;

/** `global.gc`, exposed for this process without a command-line flag. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap used after full collections, in MB. */
function heapMb(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * Renders `messages` messages cycling through `templates` with `renderTemplate`,
 * remembering (weakly) the compiled function of each template.
 */
function renderAll(
  templates: readonly string[],
  messages: number,
  variables: object,
  seen: WeakSet<object>,
): void {
  for (let index = 0; index < messages; index++) {
    const source = templates[index % templates.length] ?? '';
    renderTemplate(source, variables, html);
    if (index < templates.length) seen.add(compileTemplate(source, html));
  }
}

/** How many of `templates` are still cached, newest first, stopping at the first miss. */
function resident(templates: readonly string[], seen: WeakSet<object>): number {
  let count = 0;
  for (let index = templates.length - 1; index >= 0; index--) {
    if (!seen.has(compileTemplate(templates[index] ?? '', html))) break;
    count++;
  }
  return count;
}

/** What a fresh process reports after rendering: heap in MB, resident compiled templates. */
interface HeapScenario {
  base: number;
  afterFirst: number;
  afterSecond: number;
  cached: number;
}

/** Runs in a fresh process (see {@link inFreshProcess}): one heap scenario, printed as JSON. */
function heapScenario(kind: 'ours' | 'handlebars', count: number, messages: number): HeapScenario {
  const gc = collector();
  const { html: source, variables } = loadSignIn();
  const first = distinctTemplates(source, 0, count);
  const second = distinctTemplates(source, count, count);
  const base = heapMb(gc);
  if (kind === 'handlebars') {
    const compiled = new Map(first.map((template) => [template, Handlebars.compile(template)]));
    for (let index = 0; index < messages; index++) {
      compiled.get(first[index % count] ?? '')?.(variables);
    }
    const afterFirst = heapMb(gc);
    return { base, afterFirst, afterSecond: afterFirst, cached: compiled.size };
  }
  const seenFirst = new WeakSet<object>();
  const seenSecond = new WeakSet<object>();
  renderAll(first, messages, variables, seenFirst);
  const afterFirst = heapMb(gc);
  renderAll(second, messages, variables, seenSecond);
  const afterSecond = heapMb(gc);
  const cached = resident(second, seenSecond) + resident(first, seenFirst);
  return { base, afterFirst, afterSecond, cached };
}

const thisFile = fileURLToPath(import.meta.url);

/** Runs {@link heapScenario} in a fresh Node process (with tsx's loader), so nothing else is on its heap. */
function inFreshProcess(kind: 'ours' | 'handlebars', settings: Settings): HeapScenario {
  const args = [String(settings.memoryTemplates), String(settings.memoryMessages)];
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', thisFile, '--heap-scenario', kind, ...args],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`memory scenario ${kind} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as HeapScenario;
}

/**
 * Memory figures: heap retained after rendering many messages from many
 * distinct templates (and after as many more from other templates, which must
 * not grow it), the compiled templates resident in the cache, and what
 * `renderEmail` costs per message when cycling through that many templates.
 */
export function memoryFigures(settings: Settings): Figure[] {
  const { subject, html: source, variables } = loadSignIn();
  const count = settings.memoryTemplates;
  const first = distinctTemplates(source, 0, count);
  const ours = inFreshProcess('ours', settings);
  const handlebars = inFreshProcess('handlebars', settings);

  // renderEmail cycling through the templates: after one round, every message should be a cache hit.
  const emails = first.map((content) => ({ subject, content }));
  clearTemplateCache();
  for (const email of emails) renderEmail(email, variables);
  const rounds = 2;
  let start = performance.now();
  for (let pass = 0; pass < rounds; pass++) {
    for (const email of emails) renderEmail(email, variables);
  }
  const emailUs = ((performance.now() - start) * 1000) / (rounds * count);
  const textSource = renderEmail({ subject, content: source }, {}).text;
  const parts = first.map((content, index) => ({
    subject: Handlebars.compile(subject, { noEscape: true }),
    html: Handlebars.compile(content),
    text: Handlebars.compile(`${textSource} #${index}`, { noEscape: true }),
  }));
  for (const part of parts) {
    part.subject(variables);
    part.html(variables);
    part.text(variables);
  }
  start = performance.now();
  for (let pass = 0; pass < rounds; pass++) {
    for (const part of parts) {
      part.subject(variables);
      part.html(variables);
      part.text(variables);
    }
  }
  const hbsEmailUs = ((performance.now() - start) * 1000) / (rounds * count);
  clearTemplateCache();

  const retained = round(ours.afterFirst - ours.base);
  const hbsRetained = round(handlebars.afterFirst - handlebars.base);
  const growth = round(ours.afterSecond - ours.afterFirst);
  const cached = ours.cached;
  const what = `${settings.memoryMessages.toLocaleString('en')} messages from ${count.toLocaleString('en')} distinct ~3 KB templates`;
  return [
    {
      id: 'memory.heap',
      group: 'memory',
      label: `heap retained after ${what} (renderTemplate)`,
      unit: 'MB',
      ours: retained,
      peers: { 'Handlebars (compiled, kept in a Map)': hbsRetained },
      ratios: [ratio('ours ÷ Handlebars', round(retained / hbsRetained))],
      note: `fresh process each; heap used after GC: ${round(ours.afterFirst)} MB (Handlebars ${round(handlebars.afterFirst)} MB)`,
    },
    {
      id: 'memory.growth',
      group: 'memory',
      label: `heap growth after ${what} more, all new`,
      unit: 'MB',
      ours: growth,
      peers: {},
      ratios: [ratio('growth ÷ first retained', round(growth / retained))],
      note: `heap used after GC: ${round(ours.afterSecond)} MB; the LRU evicts, so it stays bounded`,
    },
    {
      id: 'memory.cache',
      group: 'memory',
      label: 'compiled templates resident in the cache afterwards',
      unit: 'templates',
      ours: cached,
      peers: {},
      ratios: [
        ratio(
          'resident ÷ limits.templateCacheEntries',
          round(cached / limits.templateCacheEntries),
        ),
      ],
      note: `limits.templateCacheEntries = ${limits.templateCacheEntries}; counted by probing (the size is not exported)`,
    },
    {
      id: 'memory.emailThrash',
      group: 'memory',
      label: `renderEmail cycling through ${count.toLocaleString('en')} distinct templates`,
      unit: 'µs/msg',
      ours: round(emailUs),
      peers: { 'Handlebars (3 compiled parts each)': round(hbsEmailUs) },
      ratios: [ratio('ours ÷ Handlebars', round(emailUs / hbsEmailUs))],
      note: `after one warm-up round; each HTML template takes 2 cache entries (HTML, text) + the shared subject, limit ${limits.templateCacheEntries}`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, kind, count, messages] = process.argv.slice(2);
  if (flag !== '--heap-scenario' || (kind !== 'ours' && kind !== 'handlebars')) {
    throw new Error('usage: memory.ts --heap-scenario ours|handlebars <templates> <messages>');
  }
  const scenario = heapScenario(kind, Number(count), Number(messages));
  process.stdout.write(JSON.stringify(scenario));
}
