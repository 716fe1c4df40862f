import { maxSendManyRecipients } from '../limits.js';
import type { Transport, TransportCapabilities } from '../transport.js';
import { checkNumberOption, type NumberRule } from './number-option.js';

/**
 * What a transport that declares no `capabilities` is taken to have: 1,000
 * recipients a batch request (Mailgun's and SendGrid's limit), and no
 * idempotency keys.
 */
export const defaultCapabilities: TransportCapabilities = Object.freeze({
  maxBatchRecipients: 1000,
  idempotencyKeys: false,
});

/**
 * `maxBatchRecipients`: 1 up to `maxSendManyRecipients` (100,000), more than
 * any provider takes and more than one `sendMany` sends.
 */
export const maxBatchRecipientsRule: NumberRule = { min: 1, max: maxSendManyRecipients };

/**
 * The capabilities `transport` declares, or {@link defaultCapabilities} when
 * it declares none; `idempotencyKeys` is `true` only when declared so.
 *
 * @example
 * ```ts
 * const { maxBatchRecipients } = capabilitiesOf(transport);
 * ```
 * @throws AuthmailError `invalid_config` when the declared `maxBatchRecipients`
 * is not a whole number from 1 to 100,000.
 */
export function capabilitiesOf(transport: Transport): TransportCapabilities {
  const declared = transport.capabilities;
  if (declared === undefined) return defaultCapabilities;
  return {
    maxBatchRecipients: checkNumberOption(
      `${transport.name} capabilities.maxBatchRecipients`,
      declared.maxBatchRecipients,
      maxBatchRecipientsRule,
    ),
    idempotencyKeys: declared.idempotencyKeys === true,
  };
}
