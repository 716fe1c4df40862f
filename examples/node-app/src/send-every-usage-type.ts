import { type Mailer, usageTypes } from '@authmail/core';
import { sampleVariables } from '@authmail/core/tooling';

/** One line of the demo's report. */
export interface SentRow {
  usageType: string;
  languageTag: string;
  templateSource: string;
  provider: string;
  messageId: string;
  subject: string;
}

/**
 * Sends every usage type once per `Accept-Language` value, in order, with
 * realistic sample variables.
 */
export async function sendEveryUsageType(
  mailer: Mailer,
  to: string,
  acceptLanguages: readonly string[],
): Promise<SentRow[]> {
  const rows: SentRow[] = [];
  for (const acceptLanguage of acceptLanguages) {
    for (const usageType of usageTypes) {
      const result = await mailer.send({
        to,
        usageType,
        variables: sampleVariables(usageType),
        acceptLanguage,
      });
      rows.push({ usageType, ...result });
    }
  }
  return rows;
}
