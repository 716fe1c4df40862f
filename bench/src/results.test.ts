import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureIds } from './figure.js';
import type { Report } from './report.js';

// Written by the quick run that `pnpm test` starts first (see package.json). Nothing here checks a time.
const path = new URL('../results/quick.json', import.meta.url);

describe('the quick bench run', () => {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;

  it('records the machine and the date', () => {
    expect(report.mode).toBe('quick');
    expect(report.node).toBe(process.version);
    expect(report.cpu.model).not.toBe('');
    expect(Number.isNaN(Date.parse(report.date))).toBe(false);
  });

  it('reports every figure once, each a finite number with finite peers and ratios', () => {
    expect(report.figures.map((figure) => figure.id).sort()).toEqual([...figureIds].sort());
    for (const figure of report.figures) {
      expect(Number.isFinite(figure.ours), figure.id).toBe(true);
      for (const value of Object.values(figure.peers)) expect(Number.isFinite(value)).toBe(true);
      for (const r of figure.ratios) expect(Number.isFinite(r.value), figure.id).toBe(true);
    }
  });

  it('compares like with like: same HTML as Handlebars, identical fields on both send sides, first emails of similar size', () => {
    const note = (id: string) => report.figures.find((figure) => figure.id === id)?.note ?? '';
    expect(note('render.html')).toContain('same HTML as Handlebars: true');
    expect(note('render.email')).toContain('same text as Handlebars: true');
    for (const provider of ['mailgun', 'sendgrid', 'smtp', 'resend', 'ses', 'postmark']) {
      expect(note(`send.${provider}`), provider).toContain('identical fields: true');
    }
    expect(note('startup.first-email.mailgun')).toContain('within 10%: true');
    expect(note('startup.first-email.sendgrid')).toContain('within 10%: true');
  });

  it('lists a verdict for every target of the issue', () => {
    const targets = report.targets.map((target) => `${target.figure} ${target.target}`);
    expect(targets).toEqual(
      expect.arrayContaining([
        'render.html ≤ 1.2',
        'render.html ≥ 5',
        'render.compileAdversarial ≤ 1',
        'send.mailgun ≤ 1.1',
        'send.sendgrid ≤ 1.1',
        'send.smtp ≤ 1.1',
        'send.resend ≤ 1.1',
        'send.ses ≤ 1.1',
        'send.postmark ≤ 1.1',
        'batch.mailgun.requests ≤ 10',
        'batch.sendgrid.requests ≤ 10',
        'batch.resend.requests ≤ 100',
        'batch.ses.requests ≤ 200',
        'batch.postmark.requests ≤ 20',
        'queue.throughput.2 ≥ 1.8',
        'queue.throughput.4 ≥ 3',
        'queue.latency.p99 ≤ 50',
        'startup.import ≤ 1',
        'startup.require ≤ 1',
        'startup.first-email.mailgun ≤ 1.2',
        'dead.mailgun.rss ≤ 100',
        'dead.mailgun.sockets ≤ 1',
        'dead.sendgrid.rss ≤ 100',
        'dead.sendgrid.sockets ≤ 1',
      ]),
    );
    for (const target of report.targets) expect(typeof target.met).toBe('boolean');
  });
});
