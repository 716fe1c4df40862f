import type { Transport } from '@authmail/core';
import type { Fault } from '../fault.js';
import type { NeutralMessage } from './neutral.js';

/**
 * What the conformance suite needs of a fake provider API. `FakeMailgun` and `FakeSendGrid`
 * are ones; a future provider's fake only has to offer these members.
 *
 * @typeParam M - the recorded message type.
 */
export interface ConformanceFake<M extends { id: string }> {
  /** Base URL to point the transport at. */
  readonly url: string;
  /** The API key the fake accepts; no error a transport throws may contain it. */
  readonly apiKey: string;
  /** Accepted messages, oldest first, each with the id the fake answered with. */
  readonly messages: readonly M[];
  /** Answers the next request with `fault` instead of the normal answer. */
  fail(fault: Fault): void;
  /** Forgets recorded messages and queued faults. */
  clear(): void;
  /**
   * Every request, with whether the client closed it before the answer. Optional: without
   * it the abort check is skipped.
   */
  readonly requests?: readonly { readonly closedBeforeAnswer: boolean }[];
  /** Connections counted on the fake's side. Optional: without it the `maxInFlight` check is skipped. */
  readonly connections?: { readonly open: number; readonly peak: number };
  /** Stops the fake. */
  close(): Promise<void>;
}

/** What the suite asks of `createTransport`, beyond a working transport. */
export interface ConformanceTransportOptions {
  /** Use this API key instead of the fake's (the suite passes a wrong one). */
  apiKey?: string;
  /**
   * Use this base URL instead of the fake's (the suite passes a closed port, an unknown host
   * and an https server with a self-signed certificate).
   */
  url?: string;
  /** The transport's timeout in ms; the transport's default when absent. */
  timeoutMs?: number;
  /** The transport's bound on requests in flight; the transport's default when absent. */
  maxInFlight?: number;
}

/**
 * Everything the conformance suite needs to test one transport against its fake API.
 *
 * @typeParam M - the message type the fake records.
 * @typeParam F - the fake API.
 *
 * @example
 * ```ts
 * const harness: ConformanceHarness<RecordedMailgunMessage, FakeMailgun> = {
 *   start: () => startFakeMailgun({ apiKey: 'key-test', domains: ['mg.example.com'] }),
 *   createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) =>
 *     createMailgunTransport({ apiKey, domain: 'mg.example.com', endpoint: url,
 *       allowCustomEndpoint: true, timeoutMs, maxInFlight }),
 *   neutral: neutralFromMailgun,
 * };
 * ```
 */
export interface ConformanceHarness<
  M extends { id: string },
  F extends ConformanceFake<M> = ConformanceFake<M>,
> {
  /** Starts the fake API (once, before the suite). */
  start(): Promise<F>;
  /**
   * A transport aimed at `fake`, honouring the overrides in `options`: `apiKey` and `url`
   * default to the fake's, `timeoutMs` and `maxInFlight` to the transport's defaults.
   */
  createTransport(fake: F, options: ConformanceTransportOptions): Transport;
  /** The provider-neutral view of one recorded message (`neutralFromMailgun`, …). */
  neutral(message: M): NeutralMessage;
  /** A template name the provider accepts. Default `d-0123456789abcdef0123456789abcdef`. */
  templateName?: string;
}
