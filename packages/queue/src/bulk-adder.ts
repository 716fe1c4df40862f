import type { Job, JobsOptions, Queue } from 'bullmq';
import type { MailJobData, MailJobName } from './job-data.js';

/** Most jobs one `addBulk` call carries. */
export const maxJobsPerBulk = 500;

/** A job to add: its name, data and id. */
export interface JobToAdd {
  name: MailJobName;
  data: MailJobData;
  jobId: string;
}

/** Adds jobs, gathering those asked for together into `addBulk` calls; see {@link createBulkAdder}. */
export interface BulkAdder {
  /** Resolves with the jobs once Redis holds every one of them. */
  add(jobs: readonly JobToAdd[]): Promise<Job[]>;
}

interface Waiting {
  job: JobToAdd;
  resolve: (job: Job) => void;
  reject: (error: unknown) => void;
}

/**
 * Jobs asked for in the same turn of the event loop (the sends of a
 * `sendMany`, say) go to Redis together: one `addBulk` per
 * {@link maxJobsPerBulk} jobs, each one round trip. `jobOptions` apply to
 * every job.
 */
export function createBulkAdder(queue: Queue, jobOptions: JobsOptions): BulkAdder {
  let waiting: Waiting[] = [];
  let flushScheduled = false;

  const flush = (): void => {
    flushScheduled = false;
    const taken = waiting;
    waiting = [];
    for (let start = 0; start < taken.length; start += maxJobsPerBulk) {
      addTogether(taken.slice(start, start + maxJobsPerBulk));
    }
  };

  const addTogether = (group: Waiting[]): void => {
    const entries = group.map(({ job }) => ({
      name: job.name,
      data: job.data,
      opts: { ...jobOptions, jobId: job.jobId },
    }));
    queue.addBulk(entries).then(
      (added) => {
        for (const [index, entry] of group.entries()) entry.resolve(added[index] as Job);
      },
      (error: unknown) => {
        for (const entry of group) entry.reject(error);
      },
    );
  };

  const addOne = (job: JobToAdd): Promise<Job> =>
    new Promise((resolve, reject) => {
      waiting.push({ job, resolve, reject });
      if (waiting.length >= maxJobsPerBulk) {
        flush();
      } else if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    });

  return { add: (jobs) => Promise.all(jobs.map(addOne)) };
}
