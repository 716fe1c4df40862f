import type { SendReceipt, Transport } from '@authmail/core';

/** A transport that keeps what the one it wraps answered, for the receipt the command prints. */
export interface ReceiptRecorder {
  /** Sends through the wrapped transport, keeping each receipt. */
  readonly transport: Transport;
  /** The receipts so far, in order. */
  readonly receipts: readonly SendReceipt[];
}

/**
 * Wraps `transport` to keep its receipts: the mailer reports the message id
 * and provider, while the transport's own receipt carries more (the
 * outbox's file paths).
 */
export function recordReceipts(transport: Transport): ReceiptRecorder {
  const receipts: SendReceipt[] = [];
  return {
    receipts,
    transport: {
      name: transport.name,
      capabilities: transport.capabilities,
      async send(message, options) {
        const receipt = await transport.send(message, options);
        receipts.push(receipt);
        return receipt;
      },
    },
  };
}
