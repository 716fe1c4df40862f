import {
  type CustomUsageTypes,
  createMailer,
  isUsageType,
  type SendResult,
  type Transport,
  type UsageType,
  type VariablesOf,
} from '@authmail/core';
import type { LoadedTemplates } from './template-source.js';

/** One email the page asks for: which, in what language, with what, to whom. */
export interface EmailRequest {
  usageType: string;
  /** The language picked in the page, given to the mailer as the request's `locale`. */
  language: string;
  variables: Record<string, unknown>;
  to: string;
}

/**
 * The schema of a usage type that exists only as files: the preview cannot
 * know its variables, so it accepts any.
 */
const anyVariables: CustomUsageTypes[string] = {
  '~standard': {
    version: 1,
    vendor: 'authmail-preview',
    validate: (value) => ({ value: value as Record<string, unknown> }),
  },
};

/**
 * Sends `request` through a mailer made as an application makes one, with
 * the templates as its store and the built-ins behind them, so the page
 * shows what is sent. Usage types of the files' own get an open schema.
 *
 * @throws AuthmailError from the mailer: `invalid_variables`,
 * `template_syntax`, `invalid_message`, or the transport's error.
 */
export async function sendThroughMailer(
  templates: LoadedTemplates,
  transport: Transport,
  from: string,
  request: EmailRequest,
): Promise<SendResult> {
  const ownUsageTypes: CustomUsageTypes = {};
  for (const { usageType } of templates.entries) {
    if (!isUsageType(usageType)) ownUsageTypes[usageType] = anyVariables;
  }
  const mailer = createMailer({
    transport,
    from,
    templates: templates.store,
    builtins: true,
    // Names known only at run time: the mailer checks them (and the variables) itself.
    usageTypes: ownUsageTypes as Record<never, never>,
  });
  return mailer.send({
    to: request.to,
    usageType: request.usageType as UsageType,
    variables: request.variables as VariablesOf<UsageType>,
    locale: request.language,
  });
}
