import type { UsageType } from '@authmail/core';
import {
  closestName,
  type TemplatePlaceholder,
  type VariablePath,
  variablePathsOf,
} from '@authmail/core/tooling';
import { error, type Finding, warning } from '../finding.js';
import type { TemplatePart } from '../template-unit.js';
import { shown } from './shown.js';

/**
 * `unknown-variable`: placeholders and block subjects that read a variable
 * the usage type's schema does not have. An unknown root is an error (the
 * email would show the placeholder as written); an unknown member of a known
 * object is a warning, since the schemas accept extra keys (Logto's payload
 * is open) but a typo renders as nothing. Paths relative to an `{{#each}}` or
 * `{{#with}}` item, and `@index` and the like, are not checked.
 */
export function unknownVariables(
  usageType: UsageType,
  placeholders: readonly TemplatePlaceholder[],
  part: TemplatePart,
): Finding[] {
  const known = new Map(variablePathsOf(usageType).map((variable) => [variable.path, variable]));
  const findings: Finding[] = [];
  for (const placeholder of placeholders) {
    if (placeholder.scope !== 'variables' || placeholder.segments.length === 0) continue;
    const problem = unknownStep(placeholder.segments, known, usageType);
    if (!problem) continue;
    const place = part.place(placeholder.line, placeholder.column);
    const message = `${shown(placeholder)}: ${problem.message}`;
    findings.push(
      problem.root
        ? error(place, 'unknown-variable', message)
        : warning(place, 'unknown-variable', message),
    );
  }
  return findings;
}

interface Problem {
  /** The root itself is unknown. */
  root: boolean;
  message: string;
}

/** The first step of `segments` the schema does not know, described. */
function unknownStep(
  segments: readonly string[],
  known: ReadonlyMap<string, VariablePath>,
  usageType: string,
): Problem | undefined {
  const [root = '', ...rest] = segments;
  if (!known.has(root)) {
    const roots = [...known.keys()].filter((path) => !path.includes('.'));
    const meant = closestName(root, roots);
    const hint = meant
      ? `did you mean ${[meant, ...rest].join('.')}?`
      : `its variables are ${roots.join(', ')}.`;
    return {
      root: true,
      message: `"${root}" is not a variable of ${usageType} (the email would show the placeholder as written); ${hint}`,
    };
  }
  for (let step = 1; step < segments.length; step++) {
    const parent = segments.slice(0, step).join('.');
    const path = `${parent}.${segments[step]}`;
    if (known.get(parent)?.kind === 'value') {
      return {
        root: false,
        message: `${parent} is a value with nothing below it: this renders empty.`,
      };
    }
    if (known.has(path)) continue;
    const members = [...known.keys()]
      .filter(
        (candidate) =>
          candidate.startsWith(`${parent}.`) && !candidate.slice(parent.length + 1).includes('.'),
      )
      .map((candidate) => candidate.slice(parent.length + 1));
    const meant = closestName(segments[step] ?? '', members);
    const hint = meant ? `did you mean ${parent}.${meant}?` : `it has ${members.join(', ')}.`;
    return {
      root: false,
      message: `${parent} has no "${segments[step]}" in the ${usageType} schema (it renders empty unless your payload adds it); ${hint}`,
    };
  }
  return undefined;
}
