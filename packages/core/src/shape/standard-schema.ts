import type { ShapeIssue } from './shape.js';

/**
 * A Standard Schema (https://standardschema.dev), which zod 4, Valibot and
 * ArkType schemas are: `~standard.validate` checks a value.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** The types and the one function a Standard Schema carries. */
export declare namespace StandardSchemaV1 {
  /** What `~standard` holds. */
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** `{ value }` when the value passed, else `{ issues }`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** The value passed. */
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  /** The value failed. */
  export interface FailureResult {
    readonly issues: readonly Issue[];
  }
  /** One problem, at a path of keys or `{ key }` segments. */
  export interface Issue {
    readonly message: string;
    readonly path?: readonly (PropertyKey | PathSegment)[] | undefined;
  }
  /** One segment of an issue's path. */
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  /** The schema's input and output types, for inference only. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  /** The input type of a Standard Schema. */
  export type InferInput<S extends StandardSchemaV1> = NonNullable<
    S['~standard']['types']
  >['input'];
  /** The output type of a Standard Schema. */
  export type InferOutput<S extends StandardSchemaV1> = NonNullable<
    S['~standard']['types']
  >['output'];
}

/** Whether `value` is a Standard Schema: it has `~standard.validate`. */
export function isStandardSchema(value: unknown): value is StandardSchemaV1 {
  if (typeof value !== 'object' && typeof value !== 'function') return false;
  const props = (value as { '~standard'?: { validate?: unknown } } | null)?.['~standard'];
  return typeof props?.validate === 'function';
}

/**
 * Checks `value` with a Standard Schema that answers at once: its issues
 * (none: it passed), each as a shape issue.
 *
 * @returns `undefined` when the schema answered with a promise (it is async).
 */
export function checkStandardSchema(
  schema: StandardSchemaV1,
  value: unknown,
): readonly ShapeIssue[] | undefined {
  const result = schema['~standard'].validate(value);
  if (isPromiseLike(result)) {
    // Nobody waits for it: keep a rejection from going unhandled.
    result.then(undefined, () => undefined);
    return undefined;
  }
  return (result.issues ?? []).map((issue) => ({
    path: (issue.path ?? []).map((segment) =>
      typeof segment === 'object' && segment !== null ? segment.key : segment,
    ),
    message: issue.message,
    continues: false,
  }));
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
