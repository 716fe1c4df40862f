import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { toNodeHandler } from 'better-auth/node';
import { createAuth } from './auth.js';
import { createOutboxMailer, outboxDir } from './outbox-mailer.js';

/**
 * `pnpm start`: the better-auth app over node:http on PORT (3000), its
 * handler at /api/auth/*, every email written to the outbox in the
 * language of the request's Accept-Language.
 */
const port = Number(process.env.PORT ?? 3000);
const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`;
const auth = createAuth({
  mailer: createOutboxMailer(),
  baseURL,
  secret: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString('hex'),
});
const authHandler = toNodeHandler(auth);

const server = createServer((request, response) => {
  if (request.url?.startsWith('/api/auth/')) {
    void authHandler(request, response);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('better-auth answers at /api/auth/*\n');
});

server.listen(port, () => {
  console.log(
    `better-auth on ${baseURL}/api/auth; open ${outboxDir}/index.html to read the emails`,
  );
  console.log(
    `Try: curl -s ${baseURL}/api/auth/email-otp/send-verification-otp -H 'content-type: application/json' -H 'accept-language: de' -d '{"email":"ann@example.com","type":"sign-in"}'`,
  );
});
