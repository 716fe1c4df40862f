import { outboxDir } from './hook.js';
import { runDemo } from './run-demo.js';

/**
 * `pnpm demo`: posts sample Send Email Hook payloads (sign-up in German,
 * recovery in French, a magic link in Japanese, a secure email change) to
 * the hook, signed as Supabase signs them, and prints what was sent.
 */
const rows = await runDemo(outboxDir);
console.table(rows);
console.log(`\n${rows.length} emails in ${outboxDir}: open index.html there to read them.`);
