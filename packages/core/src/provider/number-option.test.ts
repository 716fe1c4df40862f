import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { createMemoryTransport } from '../memory-transport.js';
import { CircuitBreaker } from '../reliability/circuit-breaker.js';
import { withFailover } from '../reliability/failover.js';
import { type RetryPolicy, withRetry } from '../reliability/retry.js';
import { parseOptions } from '../shape/check.js';
import { object } from '../shape/object.js';
import { toZod } from '../shape/to-zod.js';
import type { Transport } from '../transport.js';
import { parseConfig } from '../zod-issues.js';
import { maxTimerMs, type NumberRule } from './number-option.js';
import { providerOptionFields } from './provider-options.js';
import { createProviderTransport } from './provider-transport.js';

const memory = createMemoryTransport();

/** Builds the factory with `value` as the named option; must throw `invalid_config` when bad. */
type Factory = (value: unknown) => unknown;

const providerClient = (options: {
  timeoutMs?: unknown;
  maxInFlight?: unknown;
  maxBatchRecipients?: unknown;
}) =>
  createProviderTransport({
    name: 'p',
    timeoutMs: 1000,
    maxBatchRecipients: 1000,
    secrets: [],
    secretForms: (secret) => [secret],
    ...(options as { timeoutMs?: number; maxInFlight?: number; maxBatchRecipients?: number }),
    message: () => ({}),
    batch: () => ({}),
    send: async () => 'id',
    toError: () => new AuthmailError('network', 'x'),
  });

const providerOptionsShape = object(providerOptionFields);

const anyWait = { min: 0, max: maxTimerMs };
const positiveWait = { min: 1, max: maxTimerMs };

/** A `withRetry` option: the factory builds a retrying transport with it. */
const retryOption = (name: keyof RetryPolicy, rule: NumberRule): [string, NumberRule, Factory] => [
  name,
  rule,
  (value) => withRetry(memory, { [name]: value }),
];

/** `maxBatchRecipients`, given to a factory or declared by a transport. */
const batchRule = { min: 1, max: 100_000 };

/** A transport declaring `value` as its batch limit. */
const declaring = (value: unknown): Transport => ({
  name: 'declaring',
  capabilities: { maxBatchRecipients: value as number, idempotencyKeys: false },
  send: memory.send,
});

/** A shared provider option, through `createProviderTransport`, its shape and the shape's zod schema. */
const providerOption = (name: 'timeoutMs' | 'maxInFlight', rule: NumberRule) =>
  [
    [name, rule, (value: unknown) => providerClient({ [name]: value })],
    [
      name,
      rule,
      (value: unknown) => parseOptions(providerOptionsShape, { [name]: value }, 'options'),
    ],
    [
      name,
      rule,
      (value: unknown) => parseConfig(toZod(providerOptionsShape), { [name]: value }, 'options'),
    ],
  ] as [string, NumberRule, Factory][];

/** Every numeric option of every factory in core's provider and reliability plumbing. */
const options: [string, NumberRule, Factory][] = [
  retryOption('maxAttempts', { min: 1, max: 100 }),
  retryOption('baseDelayMs', anyWait),
  retryOption('maxDelayMs', anyWait),
  retryOption('attemptTimeoutMs', positiveWait),
  retryOption('deadlineMs', positiveWait),
  [
    'failureThreshold',
    { min: 1, max: 1000 },
    (value) => withFailover([memory], { failureThreshold: value as number }),
  ],
  ['cooldownMs', positiveWait, (value) => new CircuitBreaker({ cooldownMs: value as number })],
  ...providerOption('timeoutMs', positiveWait),
  ...providerOption('maxInFlight', { min: 1, max: 10_000 }),
  ['maxBatchRecipients', batchRule, (value) => providerClient({ maxBatchRecipients: value })],
  [
    'maxBatchRecipients',
    batchRule,
    (value) => createMemoryTransport({ maxBatchRecipients: value as number }),
  ],
  ['maxBatchRecipients', batchRule, (value) => withRetry(declaring(value))],
  ['maxBatchRecipients', batchRule, (value) => withFailover([memory, declaring(value)])],
];

function outcome(factory: Factory, value: unknown): 'accepted' | AuthmailError {
  try {
    factory(value);
    return 'accepted';
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
}

const accepts = (rule: NumberRule, value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max;

describe.each(options)('%s', (name, rule, factory) => {
  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    1.5,
    rule.max + 1,
    1e21,
    Number.MAX_VALUE,
    '5',
    null,
  ])('refuses %s at creation with invalid_config naming the option', (value) => {
    const result = outcome(factory, value);
    expect(result).toBeInstanceOf(AuthmailError);
    expect(result).toMatchObject({ code: 'invalid_config', retryable: false });
    expect((result as AuthmailError).message).toContain(name);
  });

  it('takes 0 only when the rule allows it, and the bounds of its range', () => {
    expect(outcome(factory, 0) === 'accepted').toBe(rule.min === 0);
    expect(outcome(factory, rule.min)).toBe('accepted');
    expect(outcome(factory, rule.max)).toBe('accepted');
  });

  it('accepts exactly the whole numbers in range, whatever number it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -10, max: 10 }),
          fc.integer({ min: rule.max - 5, max: rule.max + 5 }),
        ),
        (value) => {
          const result = outcome(factory, value);
          if (accepts(rule, value)) return result === 'accepted';
          return result !== 'accepted' && result.code === 'invalid_config';
        },
      ),
    );
  });
});
