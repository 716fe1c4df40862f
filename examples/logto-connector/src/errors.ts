import type { AuthmailErrorCode } from '@authmail/core';
import { describeLogtoFailure, type LogtoFailure } from '@authmail/logto';
import { ConnectorError, ConnectorErrorCodes } from '@logto/connector-kit';

/** What every `ConnectorError` the connector raises carries: never the raw error, never a credential. */
export interface ConnectorErrorData {
  /** authmail's error code (`unauthorized`, `rate_limited`, …), or `unexpected`. */
  code: AuthmailErrorCode | 'unexpected';
  /** For a person: `path: message` lines for an invalid config, else one sentence. */
  message: string;
  /** The provider's HTTP status, when there was one. */
  status: number | undefined;
}

const connectorCodes: Record<LogtoFailure['connectorCode'], ConnectorErrorCodes> = {
  invalid_config: ConnectorErrorCodes.InvalidConfig,
  template_not_found: ConnectorErrorCodes.TemplateNotFound,
  rate_limit_exceeded: ConnectorErrorCodes.RateLimitExceeded,
  general: ConnectorErrorCodes.General,
};

/** What Logto hears about an error that is not authmail's: no path, stack or module name. */
export const unexpectedMessage = 'unexpected error in the authmail connector';

/**
 * Maps what a send rejected with onto Logto's `ConnectorError`, as
 * `@authmail/logto`'s `describeLogtoFailure` does for its handlers:
 * `invalid_config` and `template_syntax` → `invalid_config`;
 * `template_not_found` → `template_not_found`; `rate_limited` →
 * `rate_limit_exceeded` (Logto answers 429); any other authmail error →
 * `general`. The data is always {@link ConnectorErrorData}, with secrets
 * redacted; an error that is not an `AuthmailError` says only
 * "unexpected error in the authmail connector".
 */
export function toConnectorError(error: unknown, secrets: readonly string[]): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const failure = describeLogtoFailure(error, { secrets, unexpectedMessage });
  const data: ConnectorErrorData = {
    code: failure.code,
    message: failure.message,
    status: failure.status,
  };
  return new ConnectorError(connectorCodes[failure.connectorCode], data);
}
