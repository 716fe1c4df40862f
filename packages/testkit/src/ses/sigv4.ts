import { createHash, createHmac } from 'node:crypto';
import type { IncomingCall } from '../fake-server.js';

/** What the fake knows of the credentials it accepts. */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  region: string;
  /** The SigV4 signing name: `ses` for SES v2, as `@aws-sdk/client-sesv2` signs. */
  service: string;
}

/** A refusal of the signature, as AWS names it. */
export interface SigV4Refusal {
  name: string;
  message: string;
}

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** How far `X-Amz-Date` may be from the fake's clock, as AWS allows: 15 minutes. */
const maxSkewMs = 15 * 60 * 1000;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data).digest();

function header(call: IncomingCall, name: string): string | undefined {
  const value = call.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function amzDateMs(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return Number.NaN;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}

/** The signature SigV4 gives this request with `secret` (non-S3 canonical form); the fake compares it with the one sent. */
export function expectedSignature(
  call: IncomingCall,
  signedHeaders: string,
  amzDate: string,
  scope: string,
  secret: string,
): string {
  const [pathname = '/', query = ''] = call.path.split('?');
  const canonicalQuery = query.split('&').filter(Boolean).sort().join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names
    .map((name) => `${name}:${(header(call, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const payloadHash = header(call, 'x-amz-content-sha256') ?? sha256(call.body);
  const request = [
    call.method,
    pathname,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(request)].join('\n');
  const [date = '', region = '', service = ''] = scope.split('/');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}

/**
 * Checks a request's SigV4 `Authorization` header as AWS does: its form, the
 * access key id, the credential scope (date, region, service), the
 * `X-Amz-Date` (present, the scope's day, within 15 minutes), the session
 * token, the body's hash and the signature itself.
 *
 * @returns `undefined` when the request is signed by the fake's credentials,
 * else AWS's error name and message.
 */
export function checkSigV4(
  call: IncomingCall,
  credentials: SigV4Credentials,
  now: number,
): SigV4Refusal | undefined {
  const authorization = header(call, 'authorization');
  if (authorization === undefined) {
    return { name: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  }
  const match = authorizationPattern.exec(authorization);
  if (!match) {
    return {
      name: 'IncompleteSignatureException',
      message: `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${authorization.split(' ')[0]}`,
    };
  }
  const [, keyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] =
    match;
  if (keyId !== credentials.accessKeyId) {
    return {
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    };
  }
  const invalid = (message: string) => ({ name: 'InvalidSignatureException', message });
  if (region !== credentials.region) {
    return invalid(
      `Credential should be scoped to a valid region, not '${region}'. Credential should be scoped to correct region: '${credentials.region}'.`,
    );
  }
  if (service !== credentials.service) {
    return invalid(`Credential should be scoped to correct service: '${credentials.service}'.`);
  }
  const amzDate = header(call, 'x-amz-date') ?? '';
  const signedAt = amzDateMs(amzDate);
  if (Number.isNaN(signedAt) || !signedHeaders.split(';').includes('x-amz-date')) {
    return invalid(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  if (amzDate.slice(0, 8) !== date) {
    return invalid(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (Math.abs(now - signedAt) > maxSkewMs) {
    return invalid(
      `Signature expired: ${amzDate} is now earlier or later than 15 minutes from the server time.`,
    );
  }
  if (!signedHeaders.split(';').includes('host')) {
    return invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  if (
    credentials.sessionToken !== undefined &&
    header(call, 'x-amz-security-token') !== credentials.sessionToken
  ) {
    return {
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    };
  }
  const declaredHash = header(call, 'x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== sha256(call.body)) {
    return invalid('The provided x-amz-content-sha256 header does not match what was computed.');
  }
  const scope = `${date}/${region}/${service}/aws4_request`;
  if (
    expectedSignature(call, signedHeaders, amzDate, scope, credentials.secretAccessKey) !==
    signature
  ) {
    return invalid(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return undefined;
}
