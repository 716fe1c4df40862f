import type { Transport } from '@authmail/core';
import { expect } from 'vitest';
import { rejectionOf } from '../rejection.js';
import { defaultErrorBody, type ErrorBody, type ExpectedError } from './cases.js';
import type {
  ConformanceFake,
  ConformanceHarness,
  ConformanceTransportOptions,
} from './harness.js';
import type { NeutralMessage } from './neutral.js';
import { expectSecretFreeError } from './secrets.js';

/** A key no fake accepts; the suite sends with it and looks for it in the errors. */
export const wrongApiKey = 'wrong-7f3e9a1c5b2d8e4f6a0c1b3d5e7f9a2c';

/** What every group of checks gets from the suite that registers it. */
export interface SuiteContext<M extends { id: string }, F extends ConformanceFake<M>> {
  harness: ConformanceHarness<M, F>;
  /** The template name to send. */
  templateName: string;
  /** The provider's refusal body: the harness's `errorBody`, or the default. */
  errorBody: ErrorBody;
  /** The started fake and the transport aimed at it without overrides. */
  current(): { fake: F; transport: Transport };
  /** The harness's transport aimed at `fake`, with the fake's key and URL unless `overrides` say otherwise. */
  createTransport(fake: F, overrides?: Partial<ConformanceTransportOptions>): Transport;
  /** What the fake accepted so far, in the neutral view. */
  received(): NeutralMessage[];
  /** Every form of the fake's key and of {@link wrongApiKey} that must never show. */
  secrets(): readonly string[];
  /**
   * Awaits `sending`, which must reject with the `expected` `AuthmailError` of `transport`
   * (`status` compared for HTTP transports only), showing no secret anywhere, logged included.
   */
  expectFailure(
    sending: Promise<unknown>,
    transport: Transport,
    expected: ExpectedError,
  ): Promise<unknown>;
}

/**
 * The context of one suite run: `started` is filled in by the suite's `beforeAll`.
 *
 * @param name - the suite's name, for the error when the fake did not start.
 */
export function createSuiteContext<M extends { id: string }, F extends ConformanceFake<M>>(
  name: string,
  harness: ConformanceHarness<M, F>,
  templateName: string,
  started: () => { fake: F; transport: Transport; secrets: readonly string[] } | undefined,
): SuiteContext<M, F> {
  const current = () => {
    const running = started();
    if (running === undefined) throw new Error(`${name}: the fake API did not start`);
    return running;
  };
  const secrets = () => current().secrets;
  const errorBody: ErrorBody = (message, field = null) =>
    harness.errorBody === undefined
      ? defaultErrorBody(message, field)
      : harness.errorBody(message, field);
  return {
    harness,
    templateName,
    errorBody,
    current,
    secrets,
    createTransport: (fake, overrides = {}) =>
      harness.createTransport(fake, {
        apiKey: fake.apiKey,
        url: fake.url,
        allowCustomUrl: true,
        ...overrides,
      }),
    received: () => current().fake.messages.map((message) => harness.neutral(message)),
    async expectFailure(sending, transport, { status, ...expected }) {
      const error = await rejectionOf(sending);
      expect(error, 'the send must reject with an Error').toBeInstanceOf(Error);
      const answered = harness.http !== undefined && status !== undefined ? { status } : {};
      expect(error).toMatchObject({
        name: 'AuthmailError',
        provider: transport.name,
        ...expected,
        ...answered,
      });
      expectSecretFreeError(error, secrets());
      return error;
    },
  };
}

/** What `create` throws; fails when it returns. */
export function creationErrorOf(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    return error;
  }
  throw new Error('expected creating the transport to throw, but it returned');
}
