import { AsyncLocalStorage } from 'node:async_hooks';
import type { EmailTemplateDetails, TemplateStore, UsageType } from '@authmail/core';
import type { GetI18nEmailTemplate, TemplateType } from '@logto/connector-kit';

/** The send a {@link LogtoTemplateStore} is answering for. */
export interface LogtoSendContext {
  /** Logto's template type, passed to `getI18nEmailTemplate` as given. */
  templateType: TemplateType;
  /** The usage type the mailer sends (`Generic` for a type authmail does not know). */
  usageType: UsageType;
  /** `payload.locale`: the language Logto resolved for this request. */
  locale: string | undefined;
}

/** A template store over Logto's custom email templates, scoped to one send at a time. */
export interface LogtoTemplateStore {
  /** The store to give the mailer; it answers for the send {@link run} is in. */
  templates: TemplateStore;
  /** Runs `send` with `context` as the send the store answers for. */
  run<T>(context: LogtoSendContext, send: () => Promise<T>): Promise<T>;
}

interface ActiveSend extends LogtoSendContext {
  lookup?: Promise<EmailTemplateDetails | undefined>;
}

/**
 * Backs authmail's `TemplateStore` with Logto's `getI18nEmailTemplate`.
 *
 * Logto's core has already resolved the language (`payload.locale`) and its own
 * fallbacks (the tenant's fallback language, then its `Generic` template), so
 * the store offers `[payload.locale]` as its only language and answers the
 * send's usage type with one `getI18nEmailTemplate(type, payload.locale)` call.
 * Errors from it are swallowed into `undefined`, as Logto's own connectors do,
 * so the config's deliveries or templates are used instead.
 *
 * The mailer is built once per config and shared, so the send it answers for
 * travels in an `AsyncLocalStorage`: concurrent sends never see each other's
 * type or locale.
 */
export function createLogtoTemplateStore(
  getI18nEmailTemplate: GetI18nEmailTemplate | undefined,
): LogtoTemplateStore {
  const active = new AsyncLocalStorage<ActiveSend>();
  const templates: TemplateStore = {
    async languages() {
      const send = active.getStore();
      return send?.locale ? [send.locale] : [];
    },
    async find(_languageTag, usageType) {
      const send = active.getStore();
      if (!send || !getI18nEmailTemplate || usageType !== send.usageType) return undefined;
      send.lookup ??= lookUp(getI18nEmailTemplate, send);
      return send.lookup;
    },
  };
  return {
    templates,
    run: (context, send) => active.run({ ...context }, send),
  };
}

async function lookUp(
  getI18nEmailTemplate: GetI18nEmailTemplate,
  { templateType, locale }: LogtoSendContext,
): Promise<EmailTemplateDetails | undefined> {
  try {
    return (await getI18nEmailTemplate(templateType, locale)) ?? undefined;
  } catch {
    return undefined;
  }
}
