import { isAuthmailError, limits, renderEmail, type UsageType } from '@authmail/core';
import { sampleVariables } from '@authmail/core/tooling';
import { gmailClipBytes } from '../../gmail-clip.js';
import { error, type Finding } from '../finding.js';
import type { TemplatePart, TemplateUnit } from '../template-unit.js';

/** `size`: a part larger than core's template limit (`limits.maxTemplateBytes`): it never compiles. */
export function oversizedPart(part: TemplatePart): Finding | undefined {
  const bytes = Buffer.byteLength(part.text, 'utf8');
  if (bytes <= limits.maxTemplateBytes) return undefined;
  return error(
    part.place(1, 1),
    'size',
    `${part.name} is ${kib(bytes)}, over the template limit of ${kib(limits.maxTemplateBytes)} (limits.maxTemplateBytes), so it never renders: move inline images and large styles out of the template.`,
  );
}

/**
 * `size`: the email rendered with the usage type's sample variables (those
 * `authmail preview` starts from) has more HTML than Gmail shows before
 * clipping it. Usage types of your own are rendered with no variables.
 */
export function clippedEmail(unit: TemplateUnit, usageType: UsageType | undefined): Finding[] {
  const { email } = unit;
  const body = unit.parts.find((part) => part.name === 'content');
  if (!email || !body || email.contentType === 'text/plain') return [];
  const variables = usageType ? sampleVariables(usageType) : {};
  let bytes: number;
  try {
    bytes = Buffer.byteLength(renderEmail(email, variables).html ?? '', 'utf8');
  } catch (thrown) {
    if (!isAuthmailError(thrown)) throw thrown;
    // Past `maxRenderedLength`, or HTML nested too deep to derive its text from.
    const rule = thrown.code === 'invalid_variables' ? 'size' : 'syntax';
    return [
      error(body.place(1, 1), rule, `rendering with sample variables failed: ${thrown.message}`),
    ];
  }
  if (bytes <= gmailClipBytes) return [];
  return [
    error(
      body.place(1, 1),
      'size',
      `renders to ${kib(bytes)} of HTML with sample variables, over Gmail's 102 KB clipping limit: Gmail cuts the email there and hides the rest (the code or link may be in it). Move styles inline only where needed and drop unused markup.`,
    ),
  ];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
