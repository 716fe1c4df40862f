import { sampleRecipient } from './catalog.js';
import { RequestProblem } from './http-exchange.js';
import type { EmailRequest } from './preview-mailer.js';

/**
 * The {@link EmailRequest} in a JSON body `{ usageType, language, variables, to? }`;
 * `to` defaults to the sample recipient unless `needsTo`.
 *
 * @throws RequestProblem 400 naming the member that is missing or of the wrong type.
 */
export function emailRequestFrom(body: unknown, needsTo: boolean): EmailRequest {
  const { usageType, language, variables, to } = (isRecord(body) ? body : {}) as Record<
    string,
    unknown
  >;
  if (typeof usageType !== 'string' || usageType === '') throw missing('usageType', 'a string');
  if (typeof language !== 'string' || language === '') throw missing('language', 'a string');
  if (!isRecord(variables)) throw missing('variables', 'a JSON object');
  if (needsTo && (typeof to !== 'string' || to.trim() === '')) throw missing('to', 'an address');
  if (to !== undefined && typeof to !== 'string') throw missing('to', 'a string');
  return { usageType, language, variables, to: to?.trim() || sampleRecipient };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function missing(member: string, what: string): RequestProblem {
  return new RequestProblem(400, `${member} must be ${what}`);
}
