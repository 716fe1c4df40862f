import type { Deliveries } from '../deliveries.js';
import { createMailer, mailerOptionKeys } from '../mailer/create-mailer.js';
import type { Mailer, MailerOptions } from '../mailer/types.js';
import { parseOptions } from '../shape/check.js';
import { checkOptionKeys } from '../shape/option-keys.js';
import type { Shape, ShapeOutput } from '../shape/shape.js';
import type { Transport } from '../transport.js';
import type { CustomUsageTypes, NoCustomUsageTypes } from '../usage-types.js';

/**
 * Options of a provider's mailer factory (`createMailgunMailer`…):
 * `createMailer`'s, your own `usageTypes` included, but the sender and the
 * deliveries come from the config, and `transport` replaces the one built
 * from it (to wrap it with retries, or point it elsewhere).
 */
export type ProviderMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> = Omit<
  MailerOptions<C>,
  'transport' | 'from' | 'deliveries'
> & {
  /** Replaces the transport built from the config (to wrap it with retries, or point it elsewhere). */
  transport?: Transport;
};

/** What a provider's config gives its mailer. */
export interface ProviderMailerParts<TransportOptions> {
  /** What the provider's transport factory is given. */
  readonly transportOptions: TransportOptions;
  /** The sender, `Name <address>` or an address. */
  readonly from: string;
  readonly deliveries: Deliveries;
}

/** How a provider turns its config (Logto's connector config, say) into a mailer. */
export interface ProviderMailerDefinition<S extends Shape, TransportOptions> {
  /** The provider's name as messages show it: `Mailgun` gives `Invalid Mailgun config: …`. */
  readonly provider: string;
  /** The config's shape; a field left out of it is dropped, so a stored config with an old key still works. */
  readonly configShape: S;
  /** Splits a checked config into the transport's options, the sender and the deliveries. */
  readonly mailerParts: (config: ShapeOutput<S>) => ProviderMailerParts<TransportOptions>;
  /** The provider's transport factory. */
  readonly createTransport: (options: TransportOptions) => Transport;
}

const providerMailerOptionKeys = mailerOptionKeys.filter(
  (key) => key !== 'from' && key !== 'deliveries',
);

/**
 * A mailer from a provider's config: the config is checked against the
 * provider's shape, the options' keys against the mailer's, and the mailer
 * sends through the provider's transport (or `options.transport`) as the
 * config's sender, with its deliveries. A provider's `createXMailer` is one
 * call to this.
 *
 * @example
 * ```ts
 * export function createPostmarkMailer(config: PostmarkConfig, options?: ProviderMailerOptions) {
 *   return createProviderMailer(postmarkMailer, config, options);
 * }
 * ```
 * @throws AuthmailError `invalid_config` naming each failing config field,
 * and each option that is not one ("did you mean …?").
 */
export function createProviderMailer<
  S extends Shape,
  TransportOptions,
  C extends CustomUsageTypes = NoCustomUsageTypes,
>(
  definition: ProviderMailerDefinition<S, TransportOptions>,
  config: unknown,
  options: ProviderMailerOptions<C> = {},
): Mailer<C> {
  const { provider, configShape } = definition;
  checkOptionKeys(options, providerMailerOptionKeys, `${provider} mailer options`);
  const parts = definition.mailerParts(parseOptions(configShape, config, `${provider} config`));
  const { transport, ...mailerOptions } = options;
  return createMailer<C>({
    ...mailerOptions,
    transport: transport ?? definition.createTransport(parts.transportOptions),
    from: parts.from,
    deliveries: parts.deliveries,
  });
}
