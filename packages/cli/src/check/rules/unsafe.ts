import type { StaticLink, TemplateInspection } from '@authmail/core/tooling';
import { error, type Finding } from '../finding.js';
import type { TemplatePart } from '../template-unit.js';
import { shown } from './shown.js';

/** Schemes a static link may use: https, mail and phone links, inline images (`cid:`). */
const fineSchemes: ReadonlySet<string> = new Set(['https', 'mailto', 'tel', 'cid']);

/**
 * `unsafe`: a placeholder where a tag or attribute name is written (the
 * renderer refuses `{{…}}` there; `{{{…}}}` would write attributes of its
 * own), a raw `{{{…}}}` inside a URL attribute (it skips the URL check), and
 * a static link that is not https (or mailto:, tel:, cid:, relative).
 */
export function unsafePlaceholders(inspection: TemplateInspection, part: TemplatePart): Finding[] {
  const findings: Finding[] = [];
  for (const placeholder of inspection.placeholders) {
    const place = part.place(placeholder.line, placeholder.column);
    const html = placeholder.html;
    if (html?.part === 'name') {
      const problem = placeholder.raw
        ? 'writes raw HTML inside a tag, so a value can add any attribute (onclick, style…): write the attributes in the template.'
        : 'is where a tag or attribute name goes, which authmail refuses to render: write the name in the template, or put {{#if}} around the whole attribute.';
      findings.push(error(place, 'unsafe', `${shown(placeholder)} ${problem}`));
    } else if (placeholder.raw && html?.urlAttribute) {
      findings.push(
        error(
          place,
          'unsafe',
          `${shown(placeholder)} in ${html.attribute} skips the URL check that replaces javascript: and other unsafe links: write {{${placeholder.path}}}.`,
        ),
      );
    }
  }
  for (const link of inspection.links) {
    const problem = linkProblem(link);
    if (problem) findings.push(error(part.place(link.line, link.column), 'unsafe', problem));
  }
  return findings;
}

function linkProblem(link: StaticLink): string | undefined {
  if (link.scheme === undefined || fineSchemes.has(link.scheme)) return undefined;
  const where = `<${link.element} ${link.attribute}="${link.url}">`;
  if (link.scheme === 'http') {
    return `${where} is not https: mail clients warn about or block plain http links and images; use https://.`;
  }
  return `${where} uses "${link.scheme}:", which mail clients block or mangle: use an https:// link.`;
}
