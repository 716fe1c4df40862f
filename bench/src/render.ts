import { compileTemplate, renderEmail, renderTemplate } from '@authmail/core';
import { replaceSendMessageHandlebars } from '@logto/connector-kit';
import Handlebars from 'handlebars';
import { do_not_optimize, measure } from 'mitata';
import Mustache from 'mustache';
import { type Figure, ratio } from './figure.js';
import { loadSignIn } from './fixture.js';
import type { Settings } from './settings.js';
import { round } from './stats.js';

const html = { format: 'html' } as const;
const noEscape = { escape: (value: string) => value };

/** Median time of one call of `fn`, in µs, measured by mitata. */
export async function microseconds(fn: () => unknown, settings: Settings): Promise<number> {
  const stats = await measure(() => do_not_optimize(fn()), {
    min_cpu_time: settings.renderCpuMs * 1e6,
    ...(settings.quick ? { min_samples: 4, batch_samples: 256 } : {}),
  });
  return round(stats.p50 / 1000);
}

/**
 * The fastest of `settings.renderPasses` measurements of each candidate, taken
 * in rotation, so a busy moment of the machine cannot favour one of them.
 */
export async function fastest<K extends string>(
  candidates: Record<K, () => unknown>,
  settings: Settings,
): Promise<Record<K, number>> {
  const best = {} as Record<K, number>;
  const names = Object.keys(candidates) as K[];
  for (let pass = 0; pass < settings.renderPasses; pass++) {
    for (const name of names) {
      const us = await microseconds(candidates[name], settings);
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, us);
    }
  }
  return best;
}

/**
 * Render figures on the sign-in fixture: `renderEmail` (subject, HTML, text),
 * `renderTemplate` (HTML), the compiled function alone, the first render of a
 * new template, and a cache hit, each against Handlebars' compiled template,
 * Logto's `replaceSendMessageHandlebars` and Mustache on the same source.
 */
export async function renderFigures(settings: Settings): Promise<Figure[]> {
  const { subject, html: source, variables } = loadSignIn();
  const email = { subject, content: source };
  // Unknown roots stay as written, so rendering with no variables yields the derived text template.
  const textSource = renderEmail(email, {}).text;
  const hbsHtml = Handlebars.compile(source);
  const hbsSubject = Handlebars.compile(subject, { noEscape: true });
  const hbsText = Handlebars.compile(textSource, { noEscape: true });
  const compiled = compileTemplate(source, html);
  const sameHtml = renderTemplate(source, variables, html) === hbsHtml(variables);
  const sameText = renderEmail(email, variables).text === hbsText(variables);

  const email3 = await fastest(
    {
      ours: () => renderEmail(email, variables),
      Handlebars: () => ({
        subject: hbsSubject(variables),
        html: hbsHtml(variables),
        text: hbsText(variables),
      }),
      Logto: () => ({
        subject: replaceSendMessageHandlebars(subject, variables),
        html: replaceSendMessageHandlebars(source, variables),
        text: replaceSendMessageHandlebars(textSource, variables),
      }),
      Mustache: () => ({
        subject: Mustache.render(subject, variables, undefined, noEscape),
        html: Mustache.render(source, variables),
        text: Mustache.render(textSource, variables, undefined, noEscape),
      }),
    },
    settings,
  );
  const { ours: emailUs, ...emailPeers } = email3;

  const htmlAll = await fastest(
    {
      ours: () => renderTemplate(source, variables, html),
      compiled: () => compiled(variables),
      Handlebars: () => hbsHtml(variables),
      Logto: () => replaceSendMessageHandlebars(source, variables),
      Mustache: () => Mustache.render(source, variables),
    },
    settings,
  );
  const { ours: htmlUs, compiled: compiledUs, ...htmlPeers } = htmlAll;

  let fresh = 0;
  const next = () => `${source}<!-- ${fresh++} -->`;
  const firstAll = await fastest(
    {
      ours: () => renderTemplate(next(), variables, html),
      Handlebars: () => Handlebars.compile(next())(variables),
      Logto: () => replaceSendMessageHandlebars(next(), variables),
      Mustache: () => Mustache.render(next(), variables),
    },
    settings,
  );
  Mustache.clearCache();
  const { ours: firstUs, ...firstPeers } = firstAll;
  const firstEmailAll = await fastest(
    {
      ours: () => renderEmail({ subject, content: next() }, variables),
      Handlebars: () =>
        [subject, next(), textSource].map((part) => Handlebars.compile(part)(variables)),
    },
    settings,
  );
  const { ours: firstEmailUs, ...firstEmailPeers } = firstEmailAll;

  compileTemplate(source, html);
  Mustache.parse(source);
  const hits = await fastest(
    { ours: () => compileTemplate(source, html), Mustache: () => Mustache.parse(source) },
    settings,
  );
  const hitUs = hits.ours;
  const mustacheHitUs = hits.Mustache;

  const sizes = `${source.length} B of HTML, ${(source.match(/\{\{/g) ?? []).length} placeholders`;
  return [
    {
      id: 'render.email',
      group: 'render',
      label: 'renderEmail: subject + HTML + text',
      unit: 'µs/op',
      ours: emailUs,
      peers: emailPeers,
      ratios: [ratio('ours ÷ Handlebars', round(emailUs / emailPeers.Handlebars))],
      note: `peers render the same three sources (text derived once); same text as Handlebars: ${sameText}`,
    },
    {
      id: 'render.html',
      group: 'render',
      label: 'render HTML: renderTemplate',
      unit: 'µs/op',
      ours: htmlUs,
      peers: htmlPeers,
      ratios: [
        ratio('ours ÷ Handlebars', round(htmlUs / htmlPeers.Handlebars), { atMost: 1.2 }),
        ratio('Logto ÷ ours', round(htmlPeers.Logto / htmlUs), { atLeast: 5 }),
      ],
      note: `${sizes}; same HTML as Handlebars: ${sameHtml}`,
    },
    {
      id: 'render.compiled',
      group: 'render',
      label: 'render HTML: compileTemplate result called',
      unit: 'µs/op',
      ours: compiledUs,
      peers: htmlPeers,
      ratios: [
        ratio('ours ÷ Handlebars', round(compiledUs / htmlPeers.Handlebars)),
        ratio('Logto ÷ ours', round(htmlPeers.Logto / compiledUs)),
      ],
      note: 'the compiled function kept by the caller: no cache lookup',
    },
    {
      id: 'render.first',
      group: 'render',
      label: 'first render of a new template (parse + compile + render)',
      unit: 'µs/op',
      ours: firstUs,
      peers: firstPeers,
      ratios: [ratio('ours ÷ Handlebars', round(firstUs / firstPeers.Handlebars))],
      note: 'a distinct source each call; Logto has no compile step',
    },
    {
      id: 'render.firstEmail',
      group: 'render',
      label: 'first renderEmail of a new template (text derived, 3 parts compiled)',
      unit: 'µs/op',
      ours: firstEmailUs,
      peers: firstEmailPeers,
      ratios: [ratio('ours ÷ Handlebars', round(firstEmailUs / firstEmailPeers.Handlebars))],
      note: 'Handlebars compiles the same three sources; deriving the text (html-to-text) is ours alone',
    },
    {
      id: 'render.cacheHit',
      group: 'render',
      label: 'cache hit: compileTemplate on a cached source',
      unit: 'µs/op',
      ours: hitUs,
      peers: { Mustache: mustacheHitUs },
      ratios: [
        ratio('ours ÷ Mustache.parse', round(hitUs / mustacheHitUs)),
        ratio('share of renderTemplate', round(hitUs / htmlUs)),
      ],
      note: 'Handlebars and Logto keep no cache',
    },
  ];
}
