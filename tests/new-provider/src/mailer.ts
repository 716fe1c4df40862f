import type { CustomUsageTypes, Mailer } from '@authmail/core';
import {
  createProviderMailer,
  deliveriesShape,
  type NoCustomUsageTypes,
  type ProviderMailerDefinition,
  type ProviderMailerOptions,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';
import { type ToyTransportOptions, toyTransportOptionsShape } from './options.js';
import { createToyTransport } from './transport.js';

/** A Toy Mail config: the transport's options, the sender and the deliveries. */
const toyConfigShape = shapes.extend(toyTransportOptionsShape, {
  /** The sender, `Name <address>` or an address. */
  from: shapes.string({ minLength: 1, tooShort: 'the sender must not be empty' }),
  /** A delivery per usage type: own content or a provider template. */
  deliveries: deliveriesShape,
});

/** A Toy Mail config: `{ apiKey, from, deliveries, baseUrl?, allowCustomBaseUrl? }`. */
export type ToyConfig = ShapeInput<typeof toyConfigShape>;

const toyMailer: ProviderMailerDefinition<typeof toyConfigShape, ToyTransportOptions> = {
  provider: 'Toy',
  configShape: toyConfigShape,
  mailerParts: ({ from, deliveries, ...transportOptions }) => ({
    transportOptions,
    from,
    deliveries,
  }),
  createTransport: createToyTransport,
};

/**
 * A mailer from a Toy Mail config.
 *
 * @throws AuthmailError `invalid_config` naming each failing field, and each option that is not one.
 */
export function createToyMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: ToyConfig,
  options: ProviderMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer(toyMailer, config, options);
}
