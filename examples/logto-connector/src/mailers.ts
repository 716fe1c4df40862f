import type { Mailer, TemplateStore } from '@authmail/core';
import { createMailgunMailer } from '@authmail/mailgun';
import { createPostmarkMailer } from '@authmail/postmark';
import { createResendMailer } from '@authmail/resend';
import { createSendGridMailer } from '@authmail/sendgrid';
import { createSesMailer } from '@authmail/ses';
import { createSmtpMailer } from '@authmail/smtp';
import { type AuthmailConnectorConfig, parseConnectorConfig } from './config.js';

/** A config's validated form and the mailer built from it. */
export interface ConfiguredMailer {
  config: AuthmailConnectorConfig;
  mailer: Mailer;
}

/**
 * Returns the mailer for a stored config, building it (and its provider
 * client) only the first time a config object is seen. Entries are held
 * weakly, so a replaced config is collected with its mailer.
 *
 * @throws ConnectorError `invalid_config` when the config does not validate.
 * @throws AuthmailError `invalid_config` or `template_syntax` when the mailer cannot be built.
 */
export function createMailerCache(templates: TemplateStore): (config: unknown) => ConfiguredMailer {
  const byConfig = new WeakMap<object, ConfiguredMailer>();
  return (rawConfig) => {
    const cached = typeof rawConfig === 'object' && rawConfig ? byConfig.get(rawConfig) : undefined;
    if (cached) return cached;
    const config = parseConnectorConfig(rawConfig);
    const configured = { config, mailer: buildMailer(config, templates) };
    if (typeof rawConfig === 'object' && rawConfig) byConfig.set(rawConfig, configured);
    return configured;
  };
}

/**
 * The provider's mailer with Logto's custom templates in front of the config's
 * deliveries. Variables are not validated: Logto omits `application`,
 * `organization` or `user` when it cannot look them up, and still sends.
 */
function buildMailer(config: AuthmailConnectorConfig, templates: TemplateStore): Mailer {
  const options = { templates, validateVariables: false };
  switch (config.provider) {
    case 'mailgun':
      return createMailgunMailer(config, options);
    case 'sendgrid':
      return createSendGridMailer(config, options);
    case 'smtp':
      return createSmtpMailer(config, options);
    case 'resend':
      return createResendMailer(config, options);
    case 'ses':
      return createSesMailer(config, options);
    case 'postmark':
      return createPostmarkMailer(config, options);
  }
}
