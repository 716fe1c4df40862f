/** One comparison against a reference, e.g. `ours ÷ Handlebars`. */
export interface Ratio {
  /** What was divided by what, e.g. `ours ÷ Handlebars` or `Logto ÷ ours`. */
  label: string;
  value: number;
  /** The target for this ratio, e.g. `≤ 1.2`, when it has one. */
  target?: string;
  /** Whether the target is met in this run; absent without a target. */
  met?: boolean;
}

/** A measured figure: our value, each peer's value, and how they compare. */
export interface Figure {
  /** Stable identifier, e.g. `render.html`; the CI test checks every one is present. */
  id: string;
  /** Section of the report: render, send, batch, queue, startup, size or memory. */
  group: 'render' | 'send' | 'batch' | 'queue' | 'startup' | 'size' | 'memory';
  /** Human label, e.g. `render HTML (renderTemplate)`. */
  label: string;
  /** Unit of `ours` and `peers`, e.g. `µs/op`, `msgs/s`, `ms`, `KB gzip`, `MB`. */
  unit: string;
  ours: number;
  /** Peer name → value in the same unit. */
  peers: Record<string, number>;
  ratios: Ratio[];
  /** How it was measured, or what limits it. */
  note?: string;
}

/** Every figure id a complete run reports, in report order. */
export const figureIds = [
  'render.email',
  'render.html',
  'render.compiled',
  'render.first',
  'render.firstEmail',
  'render.cacheHit',
  'render.compileAdversarial',
  'send.mailgun',
  'send.mailgun.cpu',
  'send.sendgrid',
  'send.sendgrid.cpu',
  'send.smtp',
  'send.smtp.cpu',
  'send.resend',
  'send.resend.cpu',
  'send.ses',
  'send.ses.cpu',
  'send.postmark',
  'send.postmark.cpu',
  'batch.mailgun.requests',
  'batch.mailgun.rate',
  'batch.sendgrid.requests',
  'batch.sendgrid.rate',
  'batch.resend.requests',
  'batch.resend.rate',
  'batch.ses.requests',
  'batch.ses.rate',
  'batch.postmark.requests',
  'batch.postmark.rate',
  'batch.smtp.requests',
  'batch.smtp.rate',
  'queue.throughput.1',
  'queue.throughput.2',
  'queue.throughput.4',
  'queue.latency.p50',
  'queue.latency.p99',
  'dead.mailgun.rss',
  'dead.mailgun.sockets',
  'dead.sendgrid.rss',
  'dead.sendgrid.sockets',
  'startup.import',
  'startup.require',
  'startup.first-email.mailgun',
  'startup.first-email.sendgrid',
  'size.core',
  'size.mailgun',
  'size.sendgrid',
  'size.testkit',
  'memory.heap',
  'memory.growth',
  'memory.cache',
  'memory.emailThrash',
] as const;

/** A ratio with its target checked: `at most` (lower is better) or `at least`. */
export function ratio(
  label: string,
  value: number,
  target?: { atMost?: number; atLeast?: number },
): Ratio {
  if (target?.atMost !== undefined) {
    return { label, value, target: `≤ ${target.atMost}`, met: value <= target.atMost };
  }
  if (target?.atLeast !== undefined) {
    return { label, value, target: `≥ ${target.atLeast}`, met: value >= target.atLeast };
  }
  return { label, value };
}
