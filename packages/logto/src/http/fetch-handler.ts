/**
 * A Fetch-standard request handler: what Next.js route handlers, Hono, Bun
 * and Deno serve, and what `toNodeHandler` adapts to `node:http`.
 */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The largest body a handler reads by default: 1 MiB. */
export const defaultMaxBodyBytes = 1024 * 1024;
