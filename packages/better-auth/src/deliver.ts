import type { Mailer, UsageType, VariablesOf } from '@authmail/core';
import type { User } from 'better-auth';
import type { SenderName } from './emails-type.js';
import { currentEndpoint, type Endpoint, requestHeaders } from './endpoint.js';
import { expiresInMinutes } from './expiry.js';
import type { BetterAuthEmailsOptions } from './options.js';

/** Who an email goes to and what better-auth told the sender about the request. */
export interface Envelope {
  sender: SenderName;
  to: string;
  /** The user the email concerns, when better-auth names one. */
  user: User | undefined;
  /** The request's headers, when there was a request. */
  headers: Headers | undefined;
}

/** Sends one email of `usageType` in the reader's language. */
export type Deliver = <T extends UsageType>(
  envelope: Envelope,
  usageType: T,
  variables: VariablesOf<T>,
) => Promise<void>;

/**
 * The one way the senders send: the `locale` option's tag first, then the
 * request's `Accept-Language`, negotiated by the mailer against its
 * templates. The mailer's `AuthmailError` propagates, for better-auth to
 * surface; it names fields and codes, never the one-time code or link.
 */
export function createDeliver(
  mailer: Pick<Mailer, 'send'>,
  options: BetterAuthEmailsOptions,
): Deliver {
  return async ({ sender, to, user, headers }, usageType, variables) => {
    const locale = await options.locale?.({ sender, email: to, headers }, user);
    const acceptLanguage = headers?.get('accept-language');
    await mailer.send({
      to,
      usageType,
      variables,
      ...(typeof locale === 'string' && locale !== '' ? { locale } : {}),
      ...(acceptLanguage ? { acceptLanguage } : {}),
    });
  };
}

/** What every sender works out first. */
export interface SendStart {
  /** The endpoint the sender runs in, when it runs in one. */
  endpoint: Endpoint | undefined;
  envelope: Envelope;
  /** How long the code or link stays valid, when the endpoint's config says. */
  expiresInMinutes: number | undefined;
}

/**
 * The endpoint, envelope and expiry of one email: `ctx` when better-auth
 * passed the endpoint, else the one the sender runs in; the headers of
 * `request` when better-auth passed one, else the endpoint's.
 */
export function startSend(
  sender: SenderName,
  to: string,
  user: User | undefined,
  given: { request?: Request | undefined; ctx?: Endpoint | undefined },
): SendStart {
  const endpoint = currentEndpoint(given.ctx);
  return {
    endpoint,
    envelope: { sender, to, user, headers: requestHeaders(given.request, endpoint) },
    expiresInMinutes: expiresInMinutes(sender, endpoint),
  };
}
