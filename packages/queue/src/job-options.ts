import { checkOptionKeys } from '@authmail/core/provider';
import type { JobsOptions, KeepJobs } from 'bullmq';
import {
  describe,
  invalidOption,
  longestTimerMs,
  objectOption,
  wholeNumberOption,
} from './options.js';

/** How long finished jobs stay in Redis; see {@link MailJobOptions}. */
export interface JobRetention {
  /** Seconds a finished job is kept. */
  age?: number;
  /** Most finished jobs kept; older ones go first. */
  count?: number;
}

/** How BullMQ retries and keeps the jobs a queue transport adds. */
export interface MailJobOptions {
  /** Tries per job, the first included. Default 8. */
  attempts?: number;
  /**
   * The wait before each retry. Default `{ type: 'exponential', delay: 1000 }`:
   * 1 s, 2 s, 4 s … 64 s, about two minutes over the 8 attempts.
   */
  backoff?: { type: 'exponential' | 'fixed'; delay: number };
  /**
   * Default `{ age: 3600, count: 10000 }`: a delivered job (its message and
   * the provider's receipt) stays an hour, and never more than 10,000 of them,
   * so Redis stays small. Adding the same correlation id again within that
   * time is still a no-op.
   */
  removeOnComplete?: JobRetention;
  /** Default `{ age: 604800 }`: a failed job stays a week, for inspection. */
  removeOnFail?: JobRetention;
}

/** The defaults of {@link MailJobOptions}. */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
} as const satisfies MailJobOptions;

const jobOptionKeys = ['attempts', 'backoff', 'removeOnComplete', 'removeOnFail'];
const attemptsRange = { min: 1, max: 1000 };
const delayRange = { min: 0, max: longestTimerMs, unit: 'ms' };
const ageRange = { min: 1, max: 10 * 365 * 86_400, unit: 's' };
const countRange = { min: 0, max: 100_000_000 };

/**
 * `jobOptions` checked, with the defaults filled in, as BullMQ takes them.
 *
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function resolveJobOptions(given: unknown): JobsOptions {
  if (given === undefined) return { ...defaultJobOptions };
  const options = objectOption('jobOptions', given);
  checkOptionKeys(options, jobOptionKeys, 'queue job options', 'jobOptions');
  return {
    attempts: wholeNumberOption(
      'jobOptions.attempts',
      options.attempts,
      attemptsRange,
      defaultJobOptions.attempts,
    ),
    backoff: backoffOption(options.backoff),
    removeOnComplete: retentionOption('removeOnComplete', options.removeOnComplete),
    removeOnFail: retentionOption('removeOnFail', options.removeOnFail),
  };
}

function backoffOption(given: unknown): JobsOptions['backoff'] {
  if (given === undefined) return { ...defaultJobOptions.backoff };
  const backoff = objectOption('jobOptions.backoff', given);
  checkOptionKeys(backoff, ['type', 'delay'], 'queue job options', 'jobOptions.backoff');
  const { type } = backoff;
  if (type !== 'exponential' && type !== 'fixed') {
    throw invalidOption(
      'jobOptions.backoff.type',
      `must be 'exponential' or 'fixed', got ${describe(type)}`,
    );
  }
  return { type, delay: wholeNumberOption('jobOptions.backoff.delay', backoff.delay, delayRange) };
}

function retentionOption(name: 'removeOnComplete' | 'removeOnFail', given: unknown): KeepJobs {
  if (given === undefined) return { ...defaultJobOptions[name] };
  const field = `jobOptions.${name}`;
  const retention = objectOption(field, given);
  checkOptionKeys(retention, ['age', 'count'], 'queue job options', field);
  const age =
    retention.age === undefined
      ? undefined
      : wholeNumberOption(`${field}.age`, retention.age, ageRange);
  const count =
    retention.count === undefined
      ? undefined
      : wholeNumberOption(`${field}.count`, retention.count, countRange);
  if (age !== undefined) return count === undefined ? { age } : { age, count };
  if (count !== undefined) return { count };
  throw invalidOption(field, 'needs age or count: keeping every finished job fills Redis');
}
