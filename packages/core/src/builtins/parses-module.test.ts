import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadHandlebarsParser } from '#lazy-modules';
import { builtinParsesFile, builtinParsesModule } from '../../scripts/generate-builtin-parses.js';
import { decodeProgram } from '../render/compact-ast.js';
import { rewriteNumericSegments } from '../render/source-map.js';
import { usageTypes } from '../usage-types.js';
import { builtinLanguages, builtinTemplateFor } from './index.js';
import { builtinParsesOf } from './parses-module.js';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What the renderer reads of a Handlebars AST: texts, paths, escaping, programs, statements' positions. */
function readByRenderer(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(readByRenderer);
  if (typeof node !== 'object' || node === null) return node;
  const read = ['type', 'body', 'original', 'value', 'path', 'params', 'escaped', 'program'];
  read.push('inverse', 'name', 'parts', 'depth', 'data', 'start', 'end', 'line', 'column');
  const { type } = node as { type?: unknown };
  if (type !== 'Program' && type !== 'PathExpression') read.push('loc');
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => read.includes(key) && value !== undefined)
      .map(([key, value]) => [key, readByRenderer(value)]),
  );
}

describe('the built-in templates parsed at build time', () => {
  it('are what the generator makes of the current built-ins (run `npx tsup` in packages/core)', () => {
    const file = readFileSync(path.join(packageRoot, builtinParsesFile), 'utf8');
    expect(file).toBe(builtinParsesModule());
  });

  it.each(builtinLanguages)("match Handlebars' own parse of every %s template", (languageTag) => {
    const parser = loadHandlebarsParser();
    for (const usageType of usageTypes) {
      const template = builtinTemplateFor(languageTag, usageType);
      if (!template) continue;
      const pairs = builtinParsesOf(languageTag, usageType, template);
      expect(pairs.length).toBeGreaterThan(10);
      for (const [source, compact] of pairs) {
        const { rewritten } = rewriteNumericSegments(source);
        expect(readByRenderer(decodeProgram(compact, rewritten))).toEqual(
          readByRenderer(parser.parse(rewritten)),
        );
      }
    }
  });

  it('are not used for another text', () => {
    const template = builtinTemplateFor('en', 'SignIn') ?? { subject: '', content: '' };
    const [source, compact] = builtinParsesOf('en', 'SignIn', template)[0] ?? [];
    if (source === undefined || compact === undefined) throw new Error('no parse of SignIn');
    expect(decodeProgram(compact, source)).toBeDefined();
    expect(decodeProgram(compact, `${source} `)).toBeUndefined();
  });

  it('leave Handlebars unloaded in a process that sends built-in emails only', async () => {
    const program = `import { createMailer, createMemoryTransport } from '@authmail/core';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const transport = createMemoryTransport();
const variables = { code: '123456', application: { id: 'web', name: 'Acme' } };
const mailer = createMailer({ transport, from: 'Acme <no-reply@example.com>', builtins: true });
await mailer.send({ to: 'ann@example.com', usageType: 'SignIn', variables });
await mailer.send({ to: 'ann@example.com', usageType: 'SignIn', variables, locale: 'de' });
const handlebars = Object.keys(require.cache).filter((file) => file.includes('/node_modules/handlebars/'));
console.log(JSON.stringify({ sent: transport.messages.map((email) => email.subject), handlebars }));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', program],
      { cwd: packageRoot },
    );
    expect(JSON.parse(stdout)).toEqual({
      sent: ['123456 is your sign-in code', '123456 ist Ihr Anmeldecode'],
      handlebars: [],
    });
  });
});
