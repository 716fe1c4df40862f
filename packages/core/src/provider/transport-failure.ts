/**
 * OpenSSL's certificate verification codes as Node reports them on a TLS
 * error's `code` (see Node's `tls` docs, "X509 certificate error codes").
 */
const certificateCodes: ReadonlySet<string> = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_CRL',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CRL_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CRL_NOT_YET_VALID',
  'CRL_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'ERROR_IN_CRL_LAST_UPDATE_FIELD',
  'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
  'OUT_OF_MEM',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
]);

/** Waits that ran out below us: the OS (`ETIMEDOUT`), axios (`ECONNABORTED`), undici. */
const timeoutCodes: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Prefixes of the codes Node, OpenSSL and the HTTP clients give a request
 * that never got a usable answer: TLS and OpenSSL failures (`ERR_TLS_…`,
 * `ERR_SSL_…`, `ERR_OSSL_…`), sockets and streams cut short, axios'
 * `ERR_NETWORK`, undici's socket errors and answers Node's HTTP parser
 * could not read (`HPE_…`, a proxy speaking something else).
 */
const networkPrefixes = [
  'ERR_TLS_',
  'ERR_SSL_',
  'ERR_OSSL_',
  'ERR_SOCKET_',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_NETWORK',
  'UND_ERR_',
  'HPE_',
];

/** A system error: `ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`, `EAI_AGAIN`, `EPROTO`… (not `ERR_…`). */
const systemCode = /^E(?!RR_)[A-Z0-9_]+$/;

/**
 * The error code for a failure below HTTP, given the Node, OpenSSL or client
 * error code it carried: `timeout` when a wait ran out, `network` when the
 * connection could not be made or kept (refused, reset, DNS, every TLS and
 * certificate failure), `undefined` for anything else.
 *
 * Both are retryable: a certificate or DNS failure on one provider says
 * nothing of the next one, so `withFailover` moves on. Every provider maps
 * its client's errors through this one function.
 *
 * @example
 * ```ts
 * transportFailureCode('DEPTH_ZERO_SELF_SIGNED_CERT'); // 'network'
 * transportFailureCode('ECONNABORTED'); // 'timeout'
 * transportFailureCode('ERR_BAD_REQUEST'); // undefined: an HTTP answer
 * ```
 */
export function transportFailureCode(code: unknown): 'network' | 'timeout' | undefined {
  if (typeof code !== 'string') return undefined;
  if (timeoutCodes.has(code)) return 'timeout';
  if (systemCode.test(code) || certificateCodes.has(code)) return 'network';
  return networkPrefixes.some((prefix) => code.startsWith(prefix)) ? 'network' : undefined;
}
