import { logtoUsageTypes, type UsageType } from '@authmail/core';

/**
 * The usage type for a Logto `TemplateType`: one of Logto's nine is itself;
 * anything else (a type a newer Logto added, or a name only authmail knows,
 * such as `Welcome`) is `Generic`, as Logto's own connectors fall back to
 * their `Generic` template.
 *
 * @example
 * ```ts
 * usageTypeForLogto('SignIn'); // 'SignIn'
 * usageTypeForLogto('SomethingNew'); // 'Generic'
 * ```
 */
export function usageTypeForLogto(templateType: string): UsageType {
  return logtoUsageTypes.find((logtoType) => logtoType === templateType) ?? 'Generic';
}
