import type { SendResult, VariablesOf } from '@authmail/core';
import { createLogtoTemplateStore, usageTypeForLogto } from '@authmail/logto';
import type {
  GetConnectorConfig,
  GetI18nEmailTemplate,
  SendMessageData,
} from '@logto/connector-kit';
import { toConnectorError } from './errors.js';
import { createMailerCache } from './mailers.js';
import { metadata } from './metadata.js';
import { secretsOf } from './secrets.js';

/** What Logto's core hands the connector factory. */
export interface SendMessageDependencies {
  /** Reads the stored config by connector id. */
  getConfig: GetConnectorConfig;
  /** Finds the tenant's custom template for a type and language; absent when Logto does not provide it. */
  getI18nEmailTemplate?: GetI18nEmailTemplate | undefined;
}

/**
 * What a send reports: authmail's `SendResult`, with `languageTag` only when
 * the language of the template used is known. A custom template from Logto
 * has none: Logto's lookup falls back to the tenant's fallback language and
 * then to its `Generic` template without saying so.
 */
export type ConnectorSendResult = Omit<SendResult, 'languageTag'> & { languageTag?: string };

/** Logto's `SendMessageFunction`, resolving with what authmail sent. */
export type AuthmailSendMessage = (
  data: SendMessageData,
  config?: unknown,
) => Promise<ConnectorSendResult>;

/**
 * Builds the connector's `sendMessage`.
 *
 * The config is `inputConfig` when given (the console's "send test" button),
 * else the stored one. The template is, in order: Logto's custom template for
 * `payload.locale` (from `getI18nEmailTemplate`), the config's deliveries or
 * templates for the type, else their `Generic` one. The payload is passed as
 * the variables unchecked, so missing `application`, `organization` or `user`
 * leaves their placeholders as written instead of failing.
 *
 * @throws ConnectorError `invalid_config`, `template_not_found`, `rate_limit_exceeded`
 *   or `general`, each with `{ code, message, status }` (see `toConnectorError`).
 */
export function createSendMessage({
  getConfig,
  getI18nEmailTemplate,
}: SendMessageDependencies): AuthmailSendMessage {
  const store = createLogtoTemplateStore(getI18nEmailTemplate);
  const mailerFor = createMailerCache(store.templates);

  return async ({ to, type, payload }, inputConfig) => {
    const rawConfig = inputConfig ?? (await getConfig(metadata.id));
    try {
      const { mailer } = mailerFor(rawConfig);
      // A type authmail does not know (a newer Logto's) falls back to Generic, as Logto's connectors do.
      const usageType = usageTypeForLogto(type);
      const { locale } = payload;
      const result = await store.run({ templateType: type, usageType, locale }, () =>
        mailer.send({
          to,
          usageType,
          // Not validated (validateVariables: false): Logto may omit context it could not look up.
          variables: payload as VariablesOf<typeof usageType>,
          ...(locale ? { locale } : {}),
        }),
      );
      return withKnownLanguage(result);
    } catch (error) {
      throw toConnectorError(error, secretsOf(rawConfig));
    }
  };
}

/**
 * Keeps `languageTag` only where the template's language is known: Logto's
 * lookup does not say whether it fell back to another language, and a config
 * delivery has no language at all.
 */
function withKnownLanguage({ languageTag, ...result }: SendResult): ConnectorSendResult {
  return result.templateSource === 'builtin' ? { ...result, languageTag } : result;
}
