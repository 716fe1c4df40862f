import {
  type AuthEndpointContext,
  tryGetCurrentAuthEndpointContext,
} from '@better-auth/core/context';

/**
 * The better-auth endpoint a sender runs in. better-auth runs every endpoint
 * (called over HTTP or as `auth.api.*`) in an async context, so this is
 * known even for the senders it hands only a `request`, which is undefined
 * when the app calls `auth.api.*` itself.
 */
export type Endpoint = AuthEndpointContext;

/** The endpoint better-auth passed, else the one the sender runs in, if any. */
export function currentEndpoint(given?: Endpoint): Endpoint | undefined {
  return given ?? tryGetCurrentAuthEndpointContext();
}

/** The request's headers: from `request` when better-auth passed one, else the endpoint's. */
export function requestHeaders(
  request: Request | undefined,
  endpoint: Endpoint | undefined,
): Headers | undefined {
  return request?.headers ?? endpoint?.headers;
}

/** The options a plugin was created with (`emailOTP({ expiresIn })`), when the app uses it. */
export function pluginOptions(
  endpoint: Endpoint | undefined,
  id: string,
): Record<string, unknown> | undefined {
  const plugin = endpoint?.context.options.plugins?.find((candidate) => candidate.id === id);
  const options = (plugin as { options?: unknown } | undefined)?.options;
  return typeof options === 'object' && options !== null
    ? (options as Record<string, unknown>)
    : undefined;
}
