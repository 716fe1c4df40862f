/**
 * A Fetch-standard request handler: what Next.js route handlers, Hono, Bun,
 * Deno (and Supabase Edge Functions) serve, and what {@link toNodeHandler}
 * adapts to `node:http`.
 */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The largest body authmail's handlers read by default: 1 MiB. */
export const defaultMaxBodyBytes = 1024 * 1024;
