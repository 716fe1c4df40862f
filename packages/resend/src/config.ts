import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  deliveriesShape,
  type ProviderMailerOptions,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkResendConfig } from './config-checks.js';
import { type ResendTransportOptions, resendTransportOptionsShape } from './options.js';
import { createResendTransport } from './transport.js';

/**
 * A Resend connector config, described once: `createResendMailer` checks a
 * config with it, and {@link resendConfigSchema} is built from it.
 */
const resendConfigShape = shapes.refine(
  shapes.extend(resendTransportOptionsShape, {
    from: shapes.string(),
    deliveries: deliveriesShape,
  }),
  checkResendConfig,
);

/**
 * A Resend connector config (Logto has no Resend connector; this one is in
 * the spirit of its Mailgun one): `apiKey`, `from`, `deliveries`, and the
 * optional `baseUrl`, `allowCustomBaseUrl`, `timeoutMs` and `maxInFlight`.
 * Keys it does not know are dropped, as Logto's own guards drop them.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createResendMailer` would reject later, with the same checks:
 * the transport's options (a `baseUrl` off `https://api.resend.com` without
 * `allowCustomBaseUrl`, one ending in `/emails`, an empty `apiKey`), a `from`
 * that is not `address` or `Name <address>`, and delivery templates that do
 * not compile (the issue names the delivery field, the line and the column).
 * Issues name the field by their path and never hold the API key.
 *
 * A zod 4 schema, built (and zod loaded) on first use.
 */
export const resendConfigSchema = shapes.lazyZodSchema(resendConfigShape);

/** A Resend connector config. */
export type ResendConfig = ShapeInput<typeof resendConfigShape>;

/**
 * Options of {@link createResendMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type ResendMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

const resendMailer = {
  provider: 'Resend',
  configShape: resendConfigShape,
  mailerParts: ({
    from,
    deliveries,
    ...transportOptions
  }: ShapeOutput<typeof resendConfigShape>) => ({
    transportOptions,
    from,
    deliveries,
  }),
  createTransport: createResendTransport,
};

/**
 * A mailer from a Resend config: its deliveries (a `template` one sends a
 * template stored at Resend, by id or alias), sender and key, with
 * authmail's lookup, rendering and checks.
 *
 * @example
 * ```ts
 * const mailer = createResendMailer(config, { builtins: true });
 * await mailer.send({ to, usageType: 'SignIn', variables });
 * ```
 * @throws AuthmailError `invalid_config` naming each failing field (a delivery
 * template that does not compile too, with its line and column), and each
 * option that is not one.
 */
export function createResendMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: ResendConfig,
  options: ResendMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof resendConfigShape, ResendTransportOptions, C>(
    resendMailer,
    config,
    options,
  );
}
