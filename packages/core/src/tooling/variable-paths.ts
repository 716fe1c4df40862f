import type { Fields } from '../shape/object.js';
import { shapeParts } from '../shape/parts.js';
import type { Shape } from '../shape/shape.js';
import type { UsageType } from '../usage-types.js';
import { variableShapes } from '../variables.js';

/** One variable path a usage type's schema knows. */
export interface VariablePath {
  /** Dot-separated, from the variables' root: `code`, `application.branding.logoUrl`. */
  readonly path: string;
  /** Whether every valid set of variables has it (its parents included). */
  readonly required: boolean;
  /** `object` when the schema describes members below it, `value` for a string, number… */
  readonly kind: 'object' | 'value';
}

interface Known {
  required: boolean;
  kind: 'object' | 'value';
}

/**
 * Every variable path a built-in usage type's schema describes, parents
 * before their members: the roots (`code`, `link`, `application`, `locale`,
 * `uiLocales`, `expiresInMinutes`…) and the members below them
 * (`application.name`, `application.branding.logoUrl`…). A path is required
 * when every valid set of variables has it: `code` is not, for a usage type
 * that takes a code or a link. The schemas accept keys they do not list
 * (Logto's payload is open), so a path missing here is unknown, not invalid.
 *
 * @example
 * ```ts
 * variablePathsOf('OrganizationInvitation').find(({ path }) => path === 'link');
 * // { path: 'link', required: true, kind: 'value' }
 * ```
 */
export function variablePathsOf(usageType: UsageType): readonly VariablePath[] {
  const shape: Shape | undefined = Object.hasOwn(variableShapes, usageType)
    ? variableShapes[usageType]
    : undefined;
  if (!shape) return [];
  return [...pathsOf(shape)].map(([path, { required, kind }]) => ({ path, required, kind }));
}

/** The paths below `shape`, relative to it. */
function pathsOf(shape: Shape): Map<string, Known> {
  const fields = fieldsOf(shape);
  if (fields) return fieldPaths(fields);
  const parts = shapeParts(shape);
  const [first, ...others] = parts.map(pathsOf);
  return first ? others.reduce(inEveryBranch, first) : new Map();
}

/** An object shape's members, and the paths below each. */
function fieldPaths(fields: Fields): Map<string, Known> {
  const paths = new Map<string, Known>();
  for (const [key, field] of Object.entries(fields)) {
    const below = pathsOf(field);
    paths.set(key, { required: !field.optional, kind: below.size > 0 ? 'object' : 'value' });
    for (const [path, known] of below) {
      paths.set(`${key}.${path}`, { ...known, required: known.required && !field.optional });
    }
  }
  return paths;
}

/** Two branches of a union: every path of either, required only when both require it. */
function inEveryBranch(a: Map<string, Known>, b: Map<string, Known>): Map<string, Known> {
  const merged = new Map<string, Known>();
  for (const [path, known] of [...a, ...b]) {
    const other = (a.get(path) === known ? b : a).get(path);
    merged.set(path, {
      required: known.required && other?.required === true,
      kind: known.kind === 'object' || other?.kind === 'object' ? 'object' : 'value',
    });
  }
  return merged;
}

function fieldsOf(shape: Shape): Fields | undefined {
  const { fields } = shape as { fields?: Fields };
  return typeof fields === 'object' && fields !== null ? fields : undefined;
}
