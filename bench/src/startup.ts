import { type Figure, ratio } from './figure.js';
import { freshNodeMs } from './fresh-node.js';
import type { Settings } from './settings.js';
import { median, round } from './stats.js';

type Loader = 'import' | 'require';

/** Milliseconds a fresh Node process spends loading `specifier`, timed inside that process. */
export function loadTime(specifier: string, loader: Loader): number {
  const name = JSON.stringify(specifier);
  const load = loader === 'import' ? `await import(${name})` : `require(${name})`;
  const code = `const t0 = performance.now(); ${load}; process.stdout.write(String(performance.now() - t0));`;
  const args = loader === 'import' ? ['--input-type=module', '-e', code] : ['-e', code];
  return freshNodeMs(`loading ${specifier} with ${loader}`, args);
}

function medians(specifiers: readonly string[], loader: Loader, runs: number): number[] {
  const times: number[][] = specifiers.map(() => []);
  // Interleaved, so a slow moment of the machine hits every package alike.
  for (let run = 0; run < runs; run++) {
    specifiers.forEach((specifier, index) => {
      times[index]?.push(loadTime(specifier, loader));
    });
  }
  return times.map((values) => round(median(values)));
}

/**
 * Start-up figures: median time to load `@authmail/core` in fresh Node
 * processes, against Handlebars alone (and Mustache, Logto's connector kit).
 */
export function startupFigures(settings: Settings): Figure[] {
  const runs = settings.startupRuns;
  const [core = 0, handlebars = 1, mustache = 0, logto = 0] = medians(
    ['@authmail/core', 'handlebars', 'mustache', '@logto/connector-kit'],
    'import',
    runs,
  );
  const [coreCjs = 0, handlebarsCjs = 1, mustacheCjs = 0] = medians(
    ['@authmail/core', 'handlebars', 'mustache'],
    'require',
    runs,
  );
  const how = `median of ${runs} fresh processes, timed around the load inside the process`;
  return [
    {
      id: 'startup.import',
      group: 'startup',
      label: 'start-up: import() in a fresh process',
      unit: 'ms',
      ours: core,
      peers: { handlebars, mustache, '@logto/connector-kit': logto },
      ratios: [ratio('ours ÷ handlebars', round(core / handlebars), { atMost: 1.0 })],
      note: how,
    },
    {
      id: 'startup.require',
      group: 'startup',
      label: 'start-up: require() in a fresh process',
      unit: 'ms',
      ours: coreCjs,
      peers: { handlebars: handlebarsCjs, mustache: mustacheCjs },
      ratios: [ratio('ours ÷ handlebars', round(coreCjs / handlebarsCjs), { atMost: 1.0 })],
      note: how,
    },
  ];
}
