import type { RequestListener } from 'node:http';
import type { Mailer } from '@authmail/core';
import { createHttpEmailHandler, createWebhookHandler, toNodeHandler } from '@authmail/logto';

/** What the Logto Cloud routes need; a route whose secret is missing is not mounted. */
export interface LogtoRouteOptions {
  /**
   * Sends Logto's emails. Create it with `validateVariables: false`: Logto
   * leaves out context it could not look up, and still sends.
   */
  mailer: Mailer;
  /** The Authorization header Logto's HTTP email connector sends (`LOGTO_EMAIL_AUTHORIZATION`). */
  emailAuthorization?: string | undefined;
  /** The signing key of the Logto webhook (`LOGTO_WEBHOOK_SIGNING_KEY`). */
  webhookSigningKey?: string | undefined;
}

/**
 * The routes Logto Cloud calls, by `METHOD /path`:
 * - `POST /logto/email`: Logto's HTTP email connector sends every email of
 *   Logto's (codes, links, invitations) through the app's mailer;
 * - `POST /logto/webhook`: Logto's `User.Created` webhook sends the Welcome email.
 */
export function logtoRoutes(options: LogtoRouteOptions): Record<string, RequestListener> {
  const { mailer, emailAuthorization, webhookSigningKey } = options;
  const routes: Record<string, RequestListener> = {};
  if (emailAuthorization) {
    const handler = createHttpEmailHandler({ mailer, authorization: emailAuthorization });
    routes['POST /logto/email'] = toNodeHandler(handler, { maxBodyBytes: 64 * 1024 });
  }
  if (webhookSigningKey) {
    const handler = createWebhookHandler({ mailer, signingKey: webhookSigningKey });
    routes['POST /logto/webhook'] = toNodeHandler(handler);
  }
  return routes;
}

/** The Logto Cloud secrets from the environment; either may be absent. */
export function logtoSecretsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<LogtoRouteOptions, 'emailAuthorization' | 'webhookSigningKey'> {
  return {
    emailAuthorization: env.LOGTO_EMAIL_AUTHORIZATION?.trim() || undefined,
    webhookSigningKey: env.LOGTO_WEBHOOK_SIGNING_KEY?.trim() || undefined,
  };
}
