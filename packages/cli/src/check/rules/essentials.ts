import type { UsageType } from '@authmail/core';
import { type TemplatePlaceholder, variablePathsOf } from '@authmail/core/tooling';
import { error, type Finding } from '../finding.js';
import type { TemplateUnit } from '../template-unit.js';

/**
 * `missing-essential`: an email that does not print what the reader needs to
 * act. A usage type that carries a code or a link (SignIn, Register…) must
 * print `{{code}}` or `{{link}}`; one that always carries a link
 * (OrganizationInvitation, Invite) must print `{{link}}`. Read from the
 * usage type's schema; any part counts (subject, HTML, text).
 */
export function missingEssentials(
  unit: TemplateUnit,
  usageType: UsageType,
  placeholders: readonly TemplatePlaceholder[],
): Finding[] {
  const paths = new Map(variablePathsOf(usageType).map((variable) => [variable.path, variable]));
  const printed = new Set(
    placeholders
      .filter((p) => p.block === undefined && p.scope === 'variables' && p.segments.length === 1)
      .map((p) => p.segments[0]),
  );
  const link = paths.get('link');
  const code = paths.get('code');
  if (link?.required && !printed.has('link')) {
    return [
      error(
        unit.place,
        'missing-essential',
        `${usageType} never prints {{link}}: the reader cannot accept the invitation without it. Add the link, e.g. <a href="{{link}}">…</a>.`,
      ),
    ];
  }
  if (link && code && !printed.has('link') && !printed.has('code')) {
    return [
      error(
        unit.place,
        'missing-essential',
        `${usageType} prints neither {{code}} nor {{link}}: the email must carry the one-time code or the verification link. Logto's docs require {{code}}; senders that pass a link (magic links, verification URLs) need {{link}}, and either one counts.`,
      ),
    ];
  }
  return [];
}
