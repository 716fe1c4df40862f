/**
 * The run-time side of templates: frames, path lookups and the block helpers
 * (`#if`, `#unless`, `#with`, `#each`) the compiler builds renders from.
 */
import { checkLength, type RenderBudget, renderBudget, spendIteration } from './render-budget.js';
import { isEmptyValue, ownProperty } from './values.js';

/** `@index`, `@key`, `@first` and `@last` inside `{{#each}}`. */
export interface LoopData {
  readonly index: number;
  readonly key: string | number;
  readonly first: boolean;
  readonly last: boolean;
}

/** Where a path is looked up: the current context, the variables and the enclosing frames. */
export interface Frame {
  readonly context: unknown;
  readonly root: unknown;
  readonly parent: Frame | undefined;
  readonly data: LoopData | undefined;
  /** What the render may still produce. */
  readonly budget: RenderBudget;
}

/** Renders a program in a frame. */
export type Render = (frame: Frame) => string;
/** Looks a path up in a frame. */
export type Resolve = (frame: Frame) => unknown;

/** The frame above the variables. */
const emptyFrame: Frame = {
  context: undefined,
  root: undefined,
  parent: undefined,
  data: undefined,
  budget: renderBudget(''),
};

/** `{{#if}}` and `{{#unless}}`. */
export function conditional(
  resolve: Resolve,
  negate: boolean,
  whenTrue: Render,
  whenFalse: Render,
): Render {
  return (frame) => (isEmptyValue(resolve(frame)) === negate ? whenTrue : whenFalse)(frame);
}

/** `{{#with}}`: the value becomes the context. */
export function withBlock(resolve: Resolve, inner: Render, otherwise: Render): Render {
  return (frame) => {
    const value = resolve(frame);
    if (isEmptyValue(value)) return otherwise(frame);
    const { root, data, budget } = frame;
    return inner({ context: value, root, parent: frame, data, budget });
  };
}

/**
 * `{{#each}}` over an array's indexes (holes skipped, as Handlebars does) or
 * an object's own keys. Every step counts against the render's budget, so
 * nested loops cannot run away.
 */
export function eachBlock(resolve: Resolve, inner: Render, otherwise: Render): Render {
  return (frame) => {
    const collection = resolve(frame);
    if (typeof collection !== 'object' || collection === null) return otherwise(frame);
    if (Array.isArray(collection)) {
      const length = collection.length;
      if (length === 0) return otherwise(frame);
      let out = '';
      for (let index = 0; index < length; index++) {
        spendIteration(frame.budget);
        if (!(index in collection)) continue;
        const data = { index, key: index, first: index === 0, last: index === length - 1 };
        out += iteration(frame, inner, collection[index], data);
        checkLength(frame.budget, out);
      }
      return out;
    }
    const keys = Object.keys(collection);
    if (keys.length === 0) return otherwise(frame);
    let out = '';
    for (let index = 0; index < keys.length; index++) {
      spendIteration(frame.budget);
      const key = keys[index] ?? '';
      const data = { index, key, first: index === 0, last: index === keys.length - 1 };
      out += iteration(frame, inner, ownProperty(collection, key), data);
      checkLength(frame.budget, out);
    }
    return out;
  };
}

function iteration(frame: Frame, inner: Render, context: unknown, data: LoopData): string {
  return inner({ context, root: frame.root, parent: frame, data, budget: frame.budget });
}

/** A lookup for a path expression: `@root.x`, `@index`, `../x`, `this`, `a.b.0`. */
export function resolver(path: hbs.AST.PathExpression): Resolve {
  const { parts, depth } = path;
  if (!path.data) return (frame) => walk(ancestor(frame, depth).context, parts);
  const [head, ...rest] = parts;
  if (head === 'root') return (frame) => walk(frame.root, rest);
  return (frame) => walk(ownProperty(ancestor(frame, depth).data, head ?? ''), rest);
}

function ancestor(frame: Frame, depth: number): Frame {
  let current: Frame | undefined = frame;
  for (let step = 0; step < depth && current !== undefined; step++) current = current.parent;
  return current ?? emptyFrame;
}

/** Steps through own properties only; anything else ends the walk with `undefined`. */
export function walk(start: unknown, segments: readonly string[]): unknown {
  let value = start;
  for (const segment of segments) value = ownProperty(value, segment);
  return value;
}
