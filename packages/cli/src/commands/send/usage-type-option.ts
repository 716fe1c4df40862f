import { isUsageType, type UsageType, usageTypes } from '@authmail/core';
import { closestName } from '@authmail/core/tooling';
import { UsageError } from '../../command.js';

/**
 * The built-in usage type `--usage-type` names.
 *
 * @throws UsageError for any other name, with the one it most likely
 * meant, or the list of them.
 */
export function usageTypeOption(name: string): UsageType {
  if (isUsageType(name)) return name;
  const guess = closestName(name, usageTypes);
  const hint = guess ? `Did you mean ${guess}?` : `The usage types are ${usageTypes.join(', ')}.`;
  throw new UsageError(`--usage-type: unknown usage type "${name}". ${hint}`);
}
