import { type AuthmailErrorCode, isAuthmailError } from '@authmail/core';
import { redactSecrets } from '@authmail/core/provider';

/** The `ConnectorErrorCodes` values (connector-kit's strings) a Logto connector raises. */
export type LogtoConnectorErrorCode =
  | 'invalid_config'
  | 'template_not_found'
  | 'rate_limit_exceeded'
  | 'general';

/**
 * A failure told the way Logto should see it: no secret, stack trace or file
 * path, whatever the error held.
 */
export interface LogtoFailure {
  /** authmail's error code, or `unexpected` for anything that is not an `AuthmailError`. */
  code: AuthmailErrorCode | 'unexpected';
  /**
   * For a person: `path: message` lines for an invalid config, the error's
   * message (secrets redacted) otherwise, and a fixed sentence for an
   * unexpected error.
   */
  message: string;
  /** The provider's HTTP status, when there was one. */
  status: number | undefined;
  /** The `ConnectorError` code a connector raises. */
  connectorCode: LogtoConnectorErrorCode;
  /** The status an HTTP handler answers with. */
  httpStatus: number;
  /** Whole seconds the provider asked to wait, for a `Retry-After` header. */
  retryAfterSeconds: number | undefined;
}

/** Options for {@link describeLogtoFailure}. */
export interface DescribeFailureOptions {
  /** Values to redact from messages, e.g. the provider API key. */
  secrets?: readonly string[];
  /** The message for an error that is not an `AuthmailError`. */
  unexpectedMessage?: string;
}

type Mapping = Pick<LogtoFailure, 'connectorCode' | 'httpStatus'>;

/** What each authmail code becomes; codes this table does not know are unexpected. */
const mappings: Readonly<Record<string, Mapping>> = {
  // The request cannot make an email: the caller's content.
  invalid_variables: { connectorCode: 'general', httpStatus: 422 },
  invalid_message: { connectorCode: 'general', httpStatus: 422 },
  template_not_found: { connectorCode: 'template_not_found', httpStatus: 422 },
  // Our own config or credentials: never the caller's fault.
  invalid_config: { connectorCode: 'invalid_config', httpStatus: 500 },
  template_syntax: { connectorCode: 'invalid_config', httpStatus: 500 },
  unauthorized: { connectorCode: 'general', httpStatus: 500 },
  // The provider.
  provider_rejected: { connectorCode: 'general', httpStatus: 502 },
  rate_limited: { connectorCode: 'rate_limit_exceeded', httpStatus: 429 },
  network: { connectorCode: 'general', httpStatus: 502 },
  provider_unavailable: { connectorCode: 'general', httpStatus: 503 },
  timeout: { connectorCode: 'general', httpStatus: 504 },
};

const unexpected: Mapping = { connectorCode: 'general', httpStatus: 500 };

/**
 * Describes what a send rejected with for Logto, the one mapping both the
 * HTTP handlers and a Logto connector use:
 *
 * | authmail code                                    | connector code        | HTTP |
 * | ------------------------------------------------ | --------------------- | ---- |
 * | `invalid_variables`, `invalid_message`           | `general`             | 422  |
 * | `template_not_found`                             | `template_not_found`  | 422  |
 * | `invalid_config`, `template_syntax`              | `invalid_config`      | 500  |
 * | `unauthorized` (the provider refused our key)    | `general`             | 500  |
 * | `provider_rejected`, `network`                   | `general`             | 502  |
 * | `rate_limited`                                   | `rate_limit_exceeded` | 429  |
 * | `provider_unavailable`                           | `general`             | 503  |
 * | `timeout`                                        | `general`             | 504  |
 * | anything else (not an `AuthmailError`)           | `general`             | 500  |
 *
 * @example
 * ```ts
 * const failure = describeLogtoFailure(error, { secrets: [apiKey] });
 * return new Response(failure.message, { status: failure.httpStatus });
 * ```
 */
export function describeLogtoFailure(
  error: unknown,
  { secrets = [], unexpectedMessage = 'unexpected error in authmail' }: DescribeFailureOptions = {},
): LogtoFailure {
  const mapping = isAuthmailError(error) ? mappings[error.code] : undefined;
  if (!isAuthmailError(error) || !mapping) {
    const base = { code: 'unexpected' as const, message: unexpectedMessage, status: undefined };
    return { ...base, ...unexpected, retryAfterSeconds: undefined };
  }
  const retryAfterMs = error.retryAfterMs;
  return {
    code: error.code,
    message: redactSecrets(messageOf(error.message, error.code, error.details), secrets),
    status: error.status,
    ...mapping,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
  };
}

/** An invalid config reads as its `path: message` lines; anything else as its message. */
function messageOf(message: string, code: AuthmailErrorCode, details: unknown): string {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  const lines = Array.isArray(issues) ? issues.filter((line) => typeof line === 'string') : [];
  return code === 'invalid_config' && lines.length > 0 ? lines.join('\n') : message;
}
