/**
 * `@authmail/core/http`: what authmail's HTTP handlers share, written once:
 * the Fetch-standard handler type, reading a bounded body, a JSON answer,
 * and serving a handler from `node:http`. Everything here but
 * `toNodeHandler` runs wherever `Request` and `Response` exist (Node, Deno,
 * Bun, edge runtimes); `toNodeHandler` is for `node:http` only.
 *
 * @module
 */
export { defaultMaxBodyBytes, type FetchHandler } from './fetch-handler.js';
export { jsonAnswer } from './json-answer.js';
export { type NodeHandlerOptions, toNodeHandler } from './node-handler.js';
export { readBody } from './read-body.js';
