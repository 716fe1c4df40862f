import { emptyReply, jsonReply, type Reply, textReply, withHeaders } from './reply.js';

/** A value `JSON.stringify` writes and `JSON.parse` returns. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * Answer the next request(s) with any status, body and headers, instead of the normal answer.
 * A string `body` is sent as is (`text/plain` unless `headers` set `Content-Type`); any other
 * value is sent as JSON. Without `body` the answer is empty.
 *
 * @example
 * ```ts
 * fake.fail({ status: 429, body: { message: 'Too many requests' }, headers: { 'Retry-After': '2' } });
 * ```
 */
export interface StatusFault {
  status: number;
  body?: JsonValue;
  headers?: Record<string, string>;
  /** Wait this long (ms) before answering. */
  delayMs?: number;
}

/**
 * Answer normally, but only after `delayMs` milliseconds (to exercise client timeouts). The
 * request is handled, and recorded if accepted, when it arrives: a client that gives up
 * meanwhile has still delivered its message, as with the real APIs.
 */
export interface DelayFault {
  delayMs: number;
}

/** Read the whole request, then destroy the socket without answering (`ECONNRESET`). */
export interface DropFault {
  drop: true;
  /** Wait this long (ms) before destroying the socket. */
  delayMs?: number;
}

/**
 * Answer with a body that is not JSON: by default `200` with `<html>ok</html>` as `text/html`,
 * the way a misconfigured proxy answers.
 */
export interface NonJsonFault {
  nonJson: true;
  /** Defaults to 200. */
  status?: number;
  /** Defaults to `<html>ok</html>`. */
  body?: string;
  /** Wait this long (ms) before answering. */
  delayMs?: number;
}

/**
 * A fault both fake APIs can inject into their next request(s); see `fail()`.
 *
 * A faulted request is recorded in `requests` but never in `messages`, except a `DelayFault`
 * alone, which still accepts (and records) the message normally.
 */
export type Fault = StatusFault | DelayFault | DropFault | NonJsonFault;

/** Options of `fail()`. */
export interface FailOptions {
  /** How many of the next requests get the fault. Defaults to 1. */
  times?: number;
}

/** How the server answers a request, given the fault queued for it (if any). */
export type FaultEffect = { kind: 'normal' } | { kind: 'drop' } | { kind: 'reply'; reply: Reply };

/** Decides what a fault does to a request; `undefined` or a `DelayFault` answers normally. */
export function faultEffect(fault: Fault | undefined): FaultEffect {
  if (fault === undefined) return { kind: 'normal' };
  if ('drop' in fault) return { kind: 'drop' };
  if ('nonJson' in fault) {
    const body = fault.body ?? '<html>ok</html>';
    return {
      kind: 'reply',
      reply: textReply(fault.status ?? 200, body, 'text/html; charset=utf-8'),
    };
  }
  if ('status' in fault) return { kind: 'reply', reply: statusFaultReply(fault) };
  return { kind: 'normal' };
}

function statusFaultReply({ status, body, headers }: StatusFault): Reply {
  if (body === undefined) return withHeaders(emptyReply(status), headers);
  const reply = typeof body === 'string' ? textReply(status, body) : jsonReply(status, body);
  return withHeaders(reply, headers);
}

/** Throws a `RangeError` for a fault or `times` the server could not honour. */
export function assertValidFault(fault: Fault, times: number): void {
  if (!Number.isInteger(times) || times < 1) {
    throw new RangeError(`fail(): times must be a positive integer, got ${times}`);
  }
  const status = 'status' in fault ? fault.status : undefined;
  if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) {
    throw new RangeError(`fail(): status must be an integer from 100 to 599, got ${status}`);
  }
  const { delayMs } = fault;
  if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0)) {
    throw new RangeError(`fail(): delayMs must be a finite number >= 0, got ${delayMs}`);
  }
}
