/** How long and how often each figure is measured. */
export interface Settings {
  quick: boolean;
  /** CPU time per render measurement, in ms (mitata's `min_cpu_time`). */
  renderCpuMs: number;
  /** Measurements of each render candidate, in rotation; the fastest counts. */
  renderPasses: number;
  /** Messages per send round, and rounds per side (median taken). */
  sends: number;
  sendRounds: number;
  /** Messages per send round for SMTP, Resend, SES and Postmark (few in the quick run). */
  newProviderSends: number;
  /** In-flight sends. */
  concurrency: number;
  /** Recipients of the batch figure. */
  batchRecipients: number;
  /**
   * Fresh processes per package for the start-up figures, and per side for
   * the first-email ones (median taken).
   */
  startupRuns: number;
  /** Messages rendered per memory phase, and distinct templates they cycle through. */
  memoryMessages: number;
  memoryTemplates: number;
  /** Jobs per worker process in the queue's throughput runs (1, 2 and 4 processes). */
  queueJobsPerWorker: number;
  /** Rounds of the 1, 2 and 4 worker-process runs (median taken). */
  queueRounds: number;
  /** Sign-in codes sent one at a time for the queue's latency percentiles. */
  queueLatencySends: number;
}

/** The full run (about two and a half minutes on 2 cores) or the quick one CI runs (a few seconds). */
export function settingsFor(quick: boolean): Settings {
  return quick
    ? {
        quick,
        renderCpuMs: 15,
        renderPasses: 1,
        sends: 100,
        sendRounds: 1,
        newProviderSends: 40,
        concurrency: 32,
        batchRecipients: 10_000,
        startupRuns: 1,
        memoryMessages: 2_000,
        memoryTemplates: 50,
        queueJobsPerWorker: 100,
        queueRounds: 1,
        queueLatencySends: 20,
      }
    : {
        quick,
        renderCpuMs: 250,
        renderPasses: 3,
        sends: 2_000,
        sendRounds: 5,
        newProviderSends: 2_000,
        concurrency: 32,
        batchRecipients: 10_000,
        startupRuns: 15,
        memoryMessages: 100_000,
        memoryTemplates: 1_000,
        queueJobsPerWorker: 1_000,
        queueRounds: 3,
        queueLatencySends: 200,
      };
}
