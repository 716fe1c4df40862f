import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AuthmailError, type Mailer } from '@authmail/core';
import type { CodeStore } from './codes.js';
import { emailField, HttpError, readJson, sendJson } from './http-json.js';
import { type LogtoRouteOptions, logtoRoutes } from './logto-routes.js';

/** What the app needs. */
export interface AppOptions {
  mailer: Mailer;
  codes: CodeStore;
  /** The application users sign in to, as Logto's `ApplicationInfo`. */
  application: { id: string; name: string };
  /** Base URL of the invitation links the app sends. */
  invitationBaseUrl?: string;
  /** Mounts `POST /logto/email` and `POST /logto/webhook` for Logto Cloud. */
  logto?: LogtoRouteOptions;
}

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The example app's HTTP handler:
 * - `POST /sign-in/email` `{ email }` sends a SignIn code,
 * - `POST /sign-in/verify` `{ email, code }` checks it,
 * - `POST /invitations` `{ email, organization: { id, name }, inviter? }` sends an invitation link,
 * - with `logto`: `POST /logto/email` (Logto's HTTP email connector) and
 *   `POST /logto/webhook` (Logto's webhooks; `User.Created` sends a Welcome email).
 * The request's `Accept-Language` picks the email's language.
 */
export function createApp(options: AppOptions): RequestListener {
  const routes: Record<string, Route> = {
    'POST /sign-in/email': (request, response) => sendSignInCode(options, request, response),
    'POST /sign-in/verify': (request, response) => verifySignInCode(options, request, response),
    'POST /invitations': (request, response) => sendInvitation(options, request, response),
  };
  const logto = options.logto ? logtoRoutes(options.logto) : {};
  return (request, response) => {
    const key = `${request.method} ${new URL(request.url ?? '/', 'http://app').pathname}`;
    const logtoRoute = logto[key];
    if (logtoRoute) return logtoRoute(request, response);
    const route = routes[key];
    if (!route) return sendJson(response, 404, { error: 'not_found' });
    route(request, response).catch((error: unknown) => answerError(response, error));
  };
}

async function sendSignInCode(
  options: AppOptions,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const email = emailField(await readJson(request));
  const issued = options.codes.issue(email);
  if (!issued.ok) {
    const retryAfter = String(Math.ceil(issued.retryAfterMs / 1000));
    return sendJson(response, 429, { error: issued.reason }, { 'retry-after': retryAfter });
  }
  const result = await options.mailer.send({
    to: email,
    usageType: 'SignIn',
    variables: {
      code: issued.code,
      application: options.application,
      expiresInMinutes: issued.expiresInMinutes,
    },
    acceptLanguage: header(request, 'accept-language'),
  });
  sendJson(response, 202, {
    sent: true,
    languageTag: result.languageTag,
    expiresInMinutes: issued.expiresInMinutes,
  });
}

async function verifySignInCode(
  options: AppOptions,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const body = await readJson(request);
  const email = emailField(body);
  const code = typeof body.code === 'string' ? body.code.trim() : '';
  if (!/^\d{6}$/.test(code)) throw new HttpError(400, 'invalid_code', '"code" must be six digits.');
  const outcome = options.codes.verify(email, code);
  if (outcome === 'verified') return sendJson(response, 200, { verified: true });
  sendJson(response, outcome === 'too_many_attempts' ? 429 : 400, {
    verified: false,
    error: outcome,
  });
}

async function sendInvitation(
  options: AppOptions,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const body = await readJson(request);
  const email = emailField(body);
  const organization = body.organization as { id?: unknown; name?: unknown } | undefined;
  if (typeof organization?.id !== 'string' || typeof organization.name !== 'string') {
    throw new HttpError(400, 'invalid_organization', '"organization" needs a string id and name.');
  }
  const token = randomBytes(24).toString('base64url');
  const link = `${options.invitationBaseUrl ?? 'https://notes.acme.test'}/invitations/accept?token=${token}`;
  const inviter =
    typeof body.inviterName === 'string' ? { id: 'inviter', name: body.inviterName } : undefined;
  const result = await options.mailer.send({
    to: email,
    usageType: 'OrganizationInvitation',
    variables: {
      link,
      organization: { id: organization.id, name: organization.name },
      ...(inviter ? { inviter } : {}),
    },
    acceptLanguage: header(request, 'accept-language'),
  });
  sendJson(response, 202, { sent: true, languageTag: result.languageTag });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function answerError(response: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(response, error.status, { error: error.code, message: error.message });
  } else if (error instanceof AuthmailError) {
    const status = error.retryable ? 503 : 502;
    sendJson(response, status, {
      error: 'email_not_sent',
      code: error.code,
      retryable: error.retryable,
    });
  } else {
    console.error(error);
    sendJson(response, 500, { error: 'internal_error' });
  }
}
