import type { TemplatePlaceholder } from '@authmail/core/tooling';

/** A placeholder as the author wrote it, near enough: `{{code}}`, `{{{code}}}`, `{{#if code}}`. */
export function shown(placeholder: TemplatePlaceholder): string {
  if (placeholder.block) return `{{#${placeholder.block} ${placeholder.path}}}`;
  return placeholder.raw ? `{{{${placeholder.path}}}}` : `{{${placeholder.path}}}`;
}
