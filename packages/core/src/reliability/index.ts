export { fullJitterDelay } from './backoff.js';
export type { CircuitBreakerOptions, CircuitPermit, CircuitState } from './circuit-breaker.js';
export { CircuitBreaker } from './circuit-breaker.js';
export type { FailoverOptions } from './failover.js';
export { withFailover } from './failover.js';
export type { RetryEvent, RetryPolicy } from './retry.js';
export { withRetry } from './retry.js';
