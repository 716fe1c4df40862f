import { AsyncLocalStorage } from 'node:async_hooks';
import type { EmailTemplate, TemplateStore, UsageType } from '@authmail/core';

/**
 * Logto's `getI18nEmailTemplate`, as Logto's core hands it to an email
 * connector: the tenant's custom template for a type and language, after
 * Logto's own fallbacks. `T` is Logto's `TemplateType`.
 */
export type LogtoTemplateLookup<T extends string = string> = (
  templateType: T,
  languageTag?: string,
) => Promise<EmailTemplate | null | undefined>;

/** The send a {@link LogtoTemplateStore} is answering for. */
export interface LogtoSendContext<T extends string = string> {
  /** Logto's template type, passed to the lookup as given. */
  templateType: T;
  /** The usage type the mailer sends (`Generic` for a type authmail does not know). */
  usageType: UsageType;
  /** `payload.locale`: the language Logto resolved for this request. */
  locale: string | undefined;
}

/** A template store over Logto's custom email templates, scoped to one send at a time. */
export interface LogtoTemplateStore<T extends string = string> {
  /** The store to give the mailer; it answers for the send {@link run} is in. */
  templates: TemplateStore;
  /** Runs `send` with `context` as the send the store answers for. */
  run<R>(context: LogtoSendContext<T>, send: () => Promise<R>): Promise<R>;
}

interface ActiveSend<T extends string> extends LogtoSendContext<T> {
  lookup?: Promise<EmailTemplate | undefined>;
}

/**
 * Backs authmail's `TemplateStore` with Logto's `getI18nEmailTemplate`, for
 * a Logto email connector.
 *
 * Logto's core has already resolved the language (`payload.locale`) and its own
 * fallbacks (the tenant's fallback language, then its `Generic` template), so
 * the store offers `[payload.locale]` as its only language and answers the
 * send's usage type with one `getI18nEmailTemplate(type, payload.locale)` call.
 * Logto does not say which language the template it returns is in, so a
 * result with `templateSource: 'store'` has no trustworthy `languageTag`.
 * Errors from the lookup are swallowed into `undefined`, as Logto's own
 * connectors do, so the config's deliveries or templates are used instead.
 *
 * The mailer is built once per config and shared, so the send it answers for
 * travels in an `AsyncLocalStorage`: concurrent sends never see each other's
 * type or locale.
 *
 * @example
 * ```ts
 * const store = createLogtoTemplateStore(getI18nEmailTemplate);
 * const mailer = createMailer({ transport, from, templates: store.templates, validateVariables: false });
 * await store.run({ templateType: type, usageType: usageTypeForLogto(type), locale }, () =>
 *   mailer.send({ to, usageType: usageTypeForLogto(type), variables: payload, locale }),
 * );
 * ```
 */
export function createLogtoTemplateStore<T extends string>(
  getI18nEmailTemplate: LogtoTemplateLookup<T> | undefined,
): LogtoTemplateStore<T> {
  const active = new AsyncLocalStorage<ActiveSend<T>>();
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

async function lookUp<T extends string>(
  getI18nEmailTemplate: LogtoTemplateLookup<T>,
  { templateType, locale }: LogtoSendContext<T>,
): Promise<EmailTemplate | undefined> {
  try {
    return (await getI18nEmailTemplate(templateType, locale)) ?? undefined;
  } catch {
    return undefined;
  }
}
