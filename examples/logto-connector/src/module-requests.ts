import { type Node, parse } from 'acorn';

/** What a bundle asks the runtime to load. */
export interface ModuleRequests {
  /** Every literal specifier: `import … from`, `export … from`, `import()`, `require()`. */
  specifiers: string[];
  /** Loads whose specifier is not a literal, which no bundler can follow (`require(name)`). */
  computed: number;
}

const requireNames = new Set(['require', '__require']);

/** Lists the modules an ES module's code loads, found by parsing it (comments and strings are not code). */
export function moduleRequests(code: string): ModuleRequests {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const loaders = new Set(requireNames);
  const requests: ModuleRequests = { specifiers: [], computed: 0 };
  visit(program, (node) => {
    const source = sourceOf(node);
    if (source !== undefined) {
      requests.specifiers.push(source);
      return;
    }
    const loaderName = createdLoaderName(node);
    if (loaderName) loaders.add(loaderName);
    const argument = loadedArgument(node, loaders);
    if (!argument) return;
    if (argument.type === 'Literal' && typeof argument.value === 'string') {
      requests.specifiers.push(argument.value);
    } else {
      requests.computed += 1;
    }
  });
  return requests;
}

type AnyNode = Node & Record<string, unknown>;

function visit(node: Node, onNode: (node: AnyNode) => void): void {
  onNode(node as AnyNode);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) visit(child, onNode);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The specifier of `import … from 'x'`, `export … from 'x'` and `import('x')`. */
function sourceOf(node: AnyNode): string | undefined {
  const fromClause = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'];
  if (!fromClause.includes(node.type) && node.type !== 'ImportExpression') return undefined;
  const source = node.source as AnyNode | null;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** Whether `node` is a call to `createRequire` (or a bundler's renamed `__createRequire`). */
function isCreateRequireCall(node: AnyNode | null | undefined): boolean {
  const callee = node?.type === 'CallExpression' ? (node.callee as AnyNode) : undefined;
  return callee?.type === 'Identifier' && /createRequire$/i.test(String(callee.name));
}

/** `const name = createRequire(…)`: a require function made at run time. */
function createdLoaderName(node: AnyNode): string | undefined {
  if (node.type !== 'VariableDeclarator' || !isCreateRequireCall(node.init as AnyNode)) {
    return undefined;
  }
  const id = node.id as AnyNode;
  return id.type === 'Identifier' ? String(id.name) : undefined;
}

/** The argument of a call to a require function, or of `createRequire(…)(…)`. */
function loadedArgument(node: AnyNode, loaders: ReadonlySet<string>): AnyNode | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as AnyNode;
  const byName = callee.type === 'Identifier' && loaders.has(String(callee.name));
  const direct = isCreateRequireCall(callee);
  return byName || direct ? ((node.arguments as AnyNode[])[0] ?? undefined) : undefined;
}
