import { createServer } from 'node:http';
import { toNodeHandler } from '@authmail/core/http';
import hook, { outboxDir } from './hook.js';

/**
 * `pnpm start`: the hook on http://127.0.0.1:PORT (default 3000). Point
 * Supabase's Send Email Hook at it (a local Supabase reaches it as
 * `http://host.docker.internal:3000`); emails land in the outbox.
 */
const port = Number(process.env.PORT ?? 3000);
createServer(toNodeHandler(hook)).listen(port, '127.0.0.1', () => {
  console.log(`Send Email Hook on http://127.0.0.1:${port}; emails go to ${outboxDir}`);
});
