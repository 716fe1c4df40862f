import { isUsageType, type SendResult, type UsageType, type VariablesOf } from '@authmail/core';
import type {
  GetConnectorConfig,
  GetI18nEmailTemplate,
  SendMessageData,
} from '@logto/connector-kit';
import { toConnectorError } from './errors.js';
import { createMailerCache } from './mailers.js';
import { metadata } from './metadata.js';
import { createLogtoTemplateStore } from './template-store.js';

/** What Logto's core hands the connector factory. */
export interface SendMessageDependencies {
  /** Reads the stored config by connector id. */
  getConfig: GetConnectorConfig;
  /** Finds the tenant's custom template for a type and language; absent when Logto does not provide it. */
  getI18nEmailTemplate?: GetI18nEmailTemplate | undefined;
}

/** Logto's `SendMessageFunction`, resolving with what authmail sent. */
export type AuthmailSendMessage = (data: SendMessageData, config?: unknown) => Promise<SendResult>;

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
 *   or `general` (with `{ code, message, status }`).
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
      const usageType: UsageType = isUsageType(type) ? type : 'Generic';
      const { locale } = payload;
      return await store.run({ templateType: type, usageType, locale }, () =>
        mailer.send({
          to,
          usageType,
          // Not validated (validateVariables: false): Logto may omit context it could not look up.
          variables: payload as VariablesOf<UsageType>,
          ...(locale ? { locale } : {}),
        }),
      );
    } catch (error) {
      throw toConnectorError(error, secretsOf(rawConfig));
    }
  };
}

function secretsOf(config: unknown): string[] {
  const apiKey = (config as { apiKey?: unknown } | null | undefined)?.apiKey;
  return typeof apiKey === 'string' ? [apiKey] : [];
}
