import { describe, expect, it } from 'vitest';
import { transportFailureCode } from './transport-failure.js';

describe('transportFailureCode', () => {
  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_TLS_HANDSHAKE_TIMEOUT',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
    'ERR_OSSL_EVP_UNSUPPORTED',
    'EPROTO',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ERR_NETWORK',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
    'UND_ERR_SOCKET',
    'HPE_INVALID_CONSTANT',
  ])('%s is network (retryable)', (code) => {
    expect(transportFailureCode(code)).toBe('network');
  });

  it.each(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT'])(
    '%s is timeout',
    (code) => {
      expect(transportFailureCode(code)).toBe('timeout');
    },
  );

  it.each(['ERR_BAD_REQUEST', 'ERR_BAD_RESPONSE', 'Bad Request', '400', '', undefined, 42])(
    '%s is not a transport failure',
    (code) => {
      expect(transportFailureCode(code)).toBeUndefined();
    },
  );
});
