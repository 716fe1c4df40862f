import { checkVariables, standardSchemaCheck, type VariablesCheck } from '../check-variables.js';
import { AuthmailError } from '../errors.js';
import { assertVariableDepth } from '../limits.js';
import { unrecognizedKeys } from '../shape/messages.js';
import { custom } from '../shape/primitives.js';
import { isStandardSchema } from '../shape/standard-schema.js';
import { refine } from '../shape/wrappers.js';
import {
  type CustomUsageTypes,
  isLogtoUsageType,
  isUsageType,
  type UsageTypeDefinition,
  usageTypes,
  type VariablesSchema,
} from '../usage-types.js';
import { builtinChecks } from '../variables.js';

/** A usage type one mailer knows: built in, or the user's own. */
export interface KnownUsageType {
  readonly name: string;
  /** Checks the variables of every email of this usage type. */
  readonly check: VariablesCheck;
  /** Whether `Generic`'s template stands in when this usage type has none. */
  readonly fallsBackToGeneric: boolean;
}

/** The usage types of one mailer, by name. */
export interface UsageTypeRegistry {
  /** Every name, built-in ones first. */
  readonly names: readonly [string, ...string[]];
  /**
   * The usage type named `usageType`.
   *
   * @throws AuthmailError `template_not_found` for a name the mailer does not know.
   */
  get(usageType: unknown): KnownUsageType;
}

const maxNameLength = 64;
const namePattern = /^[A-Za-z][A-Za-z0-9_]*$/;
const badDefinition =
  "must be a schema (zod, Valibot, ArkType: any Standard Schema), or { schema, fallback?: 'Generic' }";

/**
 * The `usageTypes` mailer option: every own key a valid name (checked on the
 * raw object, so a JSON `__proto__` key is seen too), every value a schema or
 * a definition. Passes the object through unchanged.
 */
export const customUsageTypesShape = refine(
  custom<CustomUsageTypes>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'must be an object mapping usage type names to schemas',
  ),
  (map, report) => {
    for (const [name, definition] of Object.entries(map)) {
      const problem = nameProblem(name) ?? definitionProblem(definition);
      if (problem) report({ path: [name], message: problem });
    }
  },
);

/** Builds the registry of the built-in usage types and the user's own (already checked). */
export function createUsageTypeRegistry(custom: CustomUsageTypes = {}): UsageTypeRegistry {
  const known = new Map<string, KnownUsageType>();
  for (const name of usageTypes) {
    known.set(name, {
      name,
      check: builtinChecks[name],
      fallsBackToGeneric: isLogtoUsageType(name),
    });
  }
  for (const [name, definition] of Object.entries(custom)) {
    const full: UsageTypeDefinition = isStandardSchema(definition)
      ? { schema: definition as VariablesSchema }
      : definition;
    known.set(name, {
      name,
      check: standardSchemaCheck(full.schema, name),
      fallsBackToGeneric: full.fallback === 'Generic',
    });
  }
  const names = [...known.keys()] as [string, ...string[]];
  return {
    names,
    get(usageType) {
      const found = typeof usageType === 'string' ? known.get(usageType) : undefined;
      if (found) return found;
      throw new AuthmailError(
        'template_not_found',
        `Unknown usage type ${JSON.stringify(usageType)}: expected one of ${names.join(', ')}`,
        { details: { usageType } },
      );
    },
  };
}

/**
 * The variables of one email of `usageType`: their depth always checked, and
 * their schema when `validate` is on. Returned as given, `{}` for none.
 *
 * @throws AuthmailError `invalid_variables` naming the limit or every failing path.
 */
export function checkedVariables(
  usageType: KnownUsageType,
  variables: unknown,
  validate: boolean,
): Record<string, unknown> {
  assertVariableDepth(variables, `variables for ${usageType.name}`);
  if (validate) checkVariables(usageType.check, usageType.name, variables);
  return (variables ?? {}) as Record<string, unknown>;
}

function nameProblem(name: string): string | undefined {
  if (isUsageType(name)) return 'is a built-in usage type: choose another name';
  if (name in Object.prototype) return 'is reserved: choose another name';
  if (namePattern.test(name) && name.length <= maxNameLength) return undefined;
  return `must start with a letter and hold only letters, digits and _ (at most ${maxNameLength} characters)`;
}

/** What is wrong with a definition: a schema, or `{ schema, fallback?: 'Generic' }` and nothing else. */
function definitionProblem(definition: unknown): string | undefined {
  if (isStandardSchema(definition)) return undefined;
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return badDefinition;
  }
  const { schema, fallback } = definition as { schema?: unknown; fallback?: unknown };
  if (!isStandardSchema(schema) || (fallback !== undefined && fallback !== 'Generic')) {
    return badDefinition;
  }
  const unknown = Object.keys(definition).filter((key) => key !== 'schema' && key !== 'fallback');
  return unknown.length > 0 ? unrecognizedKeys(unknown) : undefined;
}
