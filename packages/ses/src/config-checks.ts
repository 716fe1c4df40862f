import type { AuthmailError } from '@authmail/core';
import {
  compileDelivery,
  parseAddress,
  type RefinementIssue,
  reportThrown,
  templatePart,
} from '@authmail/core/provider';
import { type SesTransportOptions, sesEndpoint } from './options.js';
import { deliveryFromTemplate, type SesTemplate } from './templates.js';

/** The fields of an SES config whose rules go beyond their types. */
export type CheckedSesConfig = Pick<
  SesTransportOptions,
  'region' | 'endpoint' | 'allowCustomEndpoint'
> & { emailAddress?: string | undefined };

/**
 * Reports as issues what `createSesMailer` would throw once every field has
 * the right type: the endpoint as the transport checks it, and the sender
 * (`emailAddress`, which authmail needs: Logto leaves it optional, but SES
 * sends nothing without it).
 */
export function checkSesConfig(
  config: CheckedSesConfig,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, ['endpoint'], () => sesEndpoint(config));
  if (config.emailAddress === undefined) {
    report({ path: ['emailAddress'], message: 'is required: the address SES sends from' });
    return;
  }
  const emailAddress = config.emailAddress;
  reportThrown(report, ['emailAddress'], () => parseAddress(emailAddress, 'emailAddress'));
}

/**
 * Reports as issues what the mailer would throw for one template: parts
 * that do not compile, as `createMailer` compiles them.
 */
export function checkSesTemplate(
  template: SesTemplate,
  report: (issue: RefinementIssue) => void,
): void {
  reportThrown(report, templateField, () =>
    compileDelivery(template.usageType, deliveryFromTemplate(template)),
  );
}

/** The template field a template error is about: the mailer's `html` and `text` parts come from `content`. */
function templateField(error: AuthmailError): string[] {
  const part = templatePart(error);
  if (part === undefined) return [];
  return [part === 'html' || part === 'text' ? 'content' : part];
}
