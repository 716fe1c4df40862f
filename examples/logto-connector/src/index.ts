/**
 * A Logto email connector on authmail: Logto's Mailgun, SendGrid, SMTP, AWS
 * SES or Postmark connector config (or a Resend config) plus `provider`,
 * Logto's custom templates first, errors as Logto's `ConnectorError`s.
 *
 * @module
 */

import {
  ConnectorType,
  type CreateConnector,
  type EmailConnector,
  type GetConnectorConfig,
  type GetI18nEmailTemplate,
} from '@logto/connector-kit';
import { logtoConfigGuard } from './config.js';
import { metadata } from './metadata.js';
import { createSendMessage } from './send-message.js';

export type {
  AuthmailConnectorConfig,
  AuthmailConnectorConfigInput,
} from './config.js';
export {
  configGuard,
  mailgunConnectorConfigSchema,
  parseConnectorConfig,
  postmarkConnectorConfigSchema,
  resendConnectorConfigSchema,
  sendGridConnectorConfigSchema,
  sesConnectorConfigSchema,
  smtpConnectorConfigSchema,
} from './config.js';
export { type ConnectorErrorData, toConnectorError } from './errors.js';
export { metadata } from './metadata.js';
export type {
  AuthmailSendMessage,
  ConnectorSendResult,
  SendMessageDependencies,
} from './send-message.js';
export { createSendMessage } from './send-message.js';

/**
 * The connector factory Logto's core calls with the stored config's reader
 * and its custom template lookup.
 *
 * @example
 * ```ts
 * const connector = await createConnector({ getConfig, getI18nEmailTemplate });
 * await connector.sendMessage({ to, type: TemplateType.SignIn, payload: { code, locale } });
 * ```
 */
const createConnector: CreateConnector<EmailConnector> = async ({
  getConfig,
  getI18nEmailTemplate,
}: {
  getConfig: GetConnectorConfig;
  getI18nEmailTemplate?: GetI18nEmailTemplate | undefined;
}) => ({
  metadata,
  type: ConnectorType.Email,
  // Logto types the guard as a zod 3 `ZodType` but only calls `safeParse` on it
  // (`validateConfig`); this one answers with the same result shape and a
  // failure that reads as `path: message` lines.
  configGuard: logtoConfigGuard as unknown as EmailConnector['configGuard'],
  sendMessage: createSendMessage({ getConfig, getI18nEmailTemplate }),
});

export default createConnector;
