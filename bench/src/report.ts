import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Figure, Ratio } from './figure.js';
import type { Settings } from './settings.js';

/** What `results/latest.json` holds: one run, its machine and every figure. */
export interface Report {
  mode: 'full' | 'quick';
  date: string;
  node: string;
  cpu: { model: string; cores: number };
  platform: string;
  settings: Settings;
  figures: Figure[];
  /** Every ratio that has a target, with whether this run met it. */
  targets: { figure: string; ratio: string; value: number; target: string; met: boolean }[];
}

/** Gathers the figures with the run's date, Node version and CPU. */
export function buildReport(figures: Figure[], settings: Settings): Report {
  const cpu = cpus();
  return {
    mode: settings.quick ? 'quick' : 'full',
    date: new Date().toISOString(),
    node: process.version,
    cpu: { model: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length },
    platform: `${process.platform} ${process.arch}`,
    settings,
    figures,
    targets: figures.flatMap((figure) =>
      figure.ratios.flatMap((r) =>
        r.target === undefined || r.met === undefined
          ? []
          : [{ figure: figure.id, ratio: r.label, value: r.value, target: r.target, met: r.met }],
      ),
    ),
  };
}

function number(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en', { maximumSignificantDigits: 3 });
}

function ratioText(r: Ratio): string {
  const verdict =
    r.met === undefined ? '' : ` (target ${r.target}: ${r.met ? 'met' : '**missed**'})`;
  return `${r.label} = ${number(r.value)}${verdict}`;
}

/** The report as a markdown table: figure, ours, each peer, ratio. */
export function markdownTable(report: Report): string {
  const rows = report.figures.map((figure) => {
    const peers = Object.entries(figure.peers)
      .map(([name, value]) => `${name}: ${number(value)}`)
      .join('<br>');
    const ratios = figure.ratios.map(ratioText).join('<br>');
    return `| ${figure.label} | ${figure.unit} | ${number(figure.ours)} | ${peers || '—'} | ${ratios || '—'} |`;
  });
  const header = [
    `${report.mode} run, ${report.date.slice(0, 10)}, Node ${report.node}, ${report.cpu.model} (${report.cpu.cores} cores), ${report.platform}`,
    '',
    '| figure | unit | ours | peers | ratio |',
    '| --- | --- | --- | --- | --- |',
  ];
  return [...header, ...rows].join('\n');
}

/** Writes the report as JSON to `path`, creating its directory. */
export function writeReport(report: Report, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
