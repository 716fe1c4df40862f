import { AuthmailError, type AuthmailErrorCode, type SendReceipt } from '@authmail/core';

/** A recipient refusal as a job's return value keeps it: the error as plain data. */
interface StoredFailure {
  to: string;
  error: { code: AuthmailErrorCode; message: string; retryable: boolean; status?: number };
}

/** A {@link SendReceipt} as plain JSON: what a job returns and Redis keeps. */
export interface StoredReceipt extends Omit<SendReceipt, 'failed'> {
  failed?: StoredFailure[];
}

/** The receipt as plain JSON (refusals keep code, message, retryable and status). */
export function storedReceipt(receipt: SendReceipt): StoredReceipt {
  const { failed, ...rest } = receipt;
  if (failed === undefined) return { ...rest };
  return {
    ...rest,
    failed: failed.map(({ to, error }) => ({
      to,
      error: {
        code: error.code,
        message: error.message,
        retryable: error.retryable,
        ...(error.status === undefined ? {} : { status: error.status }),
      },
    })),
  };
}

/** A stored receipt as a {@link SendReceipt} again, refusals as `AuthmailError`s. */
export function restoredReceipt(stored: StoredReceipt): SendReceipt {
  const { failed, ...rest } = stored;
  if (failed === undefined) return { ...rest };
  return {
    ...rest,
    failed: failed.map(({ to, error }) => ({
      to,
      error: new AuthmailError(error.code, error.message, {
        provider: rest.provider,
        retryable: error.retryable,
        ...(error.status === undefined ? {} : { status: error.status }),
      }),
    })),
  };
}

/**
 * One receipt for what a job returned: a message job's receipt as is; for a
 * batch job, its requests' receipts merged: the first request's
 * `messageId`, every request's `recipients` and `failed`.
 */
export function jobReceipt(returned: StoredReceipt | StoredReceipt[]): SendReceipt {
  if (!Array.isArray(returned)) return restoredReceipt(returned);
  const receipts = returned.map(restoredReceipt);
  const first = receipts[0] ?? { messageId: '', provider: '' };
  const recipients = receipts.flatMap((receipt) => receipt.recipients ?? []);
  const failed = receipts.flatMap((receipt) => receipt.failed ?? []);
  return {
    ...first,
    ...(recipients.length === 0 ? {} : { recipients }),
    ...(failed.length === 0 ? {} : { failed }),
  };
}
