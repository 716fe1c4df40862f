import { type AuthmailErrorCode, isAuthmailError, redactSecrets } from '@authmail/core';
import { ConnectorError, ConnectorErrorCodes } from '@logto/connector-kit';

/** What a `general` ConnectorError carries: never the raw error, never a credential. */
export interface GeneralErrorData {
  /** authmail's error code (`unauthorized`, `provider_rejected`, …), or `unexpected`. */
  code: AuthmailErrorCode | 'unexpected';
  message: string;
  /** The provider's HTTP status, when there was one. */
  status: number | undefined;
}

const codeFor: Partial<Record<AuthmailErrorCode, ConnectorErrorCodes>> = {
  template_not_found: ConnectorErrorCodes.TemplateNotFound,
  invalid_config: ConnectorErrorCodes.InvalidConfig,
  template_syntax: ConnectorErrorCodes.InvalidConfig,
  rate_limited: ConnectorErrorCodes.RateLimitExceeded,
};

/**
 * Maps what a send rejected with onto Logto's `ConnectorError`:
 * `template_not_found` → `template_not_found`; `invalid_config` and
 * `template_syntax` → `invalid_config`; `rate_limited` → `rate_limit_exceeded`
 * (Logto answers 429); anything else → `general` with `{ code, message, status }`.
 * Every message is passed through `redactSecrets` with the config's API key.
 */
export function toConnectorError(error: unknown, secrets: readonly string[]): ConnectorError {
  if (error instanceof ConnectorError) return error;
  if (isAuthmailError(error)) {
    const message = redactSecrets(error.message, secrets);
    const mapped = codeFor[error.code];
    if (mapped) return new ConnectorError(mapped, { message });
    const data: GeneralErrorData = { code: error.code, message, status: error.status };
    return new ConnectorError(ConnectorErrorCodes.General, data);
  }
  const text = error instanceof Error ? error.message : String(error);
  const data: GeneralErrorData = {
    code: 'unexpected',
    message: redactSecrets(text, secrets),
    status: undefined,
  };
  return new ConnectorError(ConnectorErrorCodes.General, data);
}
