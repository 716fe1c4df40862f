import { type AuthmailError, isAuthmailError, isUsageType, type UsageType } from '@authmail/core';
import { inspectTemplate, type TemplatePlaceholder } from '@authmail/core/tooling';
import { error, type Finding, warning } from './finding.js';
import { missingEssentials } from './rules/essentials.js';
import { htmlProblems } from './rules/html.js';
import { clippedEmail, oversizedPart } from './rules/size.js';
import { unknownVariables } from './rules/unknown-variables.js';
import { unsafePlaceholders } from './rules/unsafe.js';
import type { TemplatePart, TemplateUnit } from './template-unit.js';

/** Every rule that looks at one template: all but `coverage`, which compares languages. */
export async function checkUnit(unit: TemplateUnit): Promise<Finding[]> {
  const usageType = isUsageType(unit.usageType) ? unit.usageType : undefined;
  const findings: Finding[] = [];
  if (!usageType) {
    findings.push(
      warning(
        unit.place,
        'unknown-usage-type',
        `"${unit.usageType}" is not a built-in usage type, so its variables are not checked: if it is one of your own, ignore this; if not, name the file after one (SignIn, Register, ForgotPassword, Generic, OrganizationInvitation…).`,
      ),
    );
  }
  const placeholders: TemplatePlaceholder[] = [];
  let inspected = true;
  let renders = true;
  for (const part of unit.parts) {
    const checked = checkPart(part, usageType);
    findings.push(...checked.findings);
    placeholders.push(...(checked.placeholders ?? []));
    inspected &&= checked.placeholders !== undefined;
    renders &&= checked.renders;
    if (part.format === 'html') findings.push(...(await htmlProblems(part)));
  }
  if (inspected && usageType && unit.email) {
    findings.push(...missingEssentials(unit, usageType, placeholders));
  }
  if (renders) findings.push(...clippedEmail(unit, usageType));
  return findings;
}

interface PartCheck {
  findings: Finding[];
  /** What the part reads; `undefined` when it could not be read. */
  placeholders: readonly TemplatePlaceholder[] | undefined;
  /** Whether the part compiles, so the email can be rendered. */
  renders: boolean;
}

/** The rules that read one part: syntax, size of the source, variables, safety. */
function checkPart(part: TemplatePart, usageType: UsageType | undefined): PartCheck {
  const oversized = oversizedPart(part);
  if (oversized) return { findings: [oversized], placeholders: undefined, renders: false };
  let inspection: ReturnType<typeof inspectTemplate>;
  try {
    inspection = inspectTemplate(part.text, part.name, { format: part.format });
  } catch (thrown) {
    if (!isAuthmailError(thrown)) throw thrown;
    return { findings: [syntaxFinding(thrown, part)], placeholders: undefined, renders: false };
  }
  const findings = unsafePlaceholders(inspection, part);
  if (usageType) findings.push(...unknownVariables(usageType, inspection.placeholders, part));
  const renders = !inspection.placeholders.some((p) => p.html?.part === 'name' && !p.raw);
  return { findings, placeholders: inspection.placeholders, renders };
}

/** A `template_syntax` error (or blocks nested too deep) where the part puts it. */
function syntaxFinding(thrown: AuthmailError, part: TemplatePart): Finding {
  const { line, column, reason } = (thrown.details ?? {}) as {
    line?: unknown;
    column?: unknown;
    reason?: unknown;
  };
  const at =
    typeof line === 'number' && typeof column === 'number'
      ? part.place(line, column)
      : part.place(1, 1);
  return error(at, 'syntax', typeof reason === 'string' ? reason : thrown.message);
}
