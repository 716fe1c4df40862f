import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The built package, as npm users get it, in a fresh process: importing
// @authmail/core, creating a mailer and sending load neither zod nor
// Handlebars' runtime; only the `schemas` entry loads zod. zod marks its
// loading (either build) with `globalThis.__zod_globalConfig`.

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

const probe = `
const zodLoaded = () => '__zod_globalConfig' in globalThis;
const handlebarsFiles = () => Object.keys(require.cache)
  .filter((file) => file.includes('/node_modules/handlebars/'))
  .map((file) => file.slice(file.indexOf('/handlebars/') + 1));
const steps = { imported: { zod: zodLoaded(), handlebars: handlebarsFiles() } };
const transport = core.createMemoryTransport();
const mailer = core.createMailer({ transport, from: 'Acme <a@acme.test>', builtins: true });
await mailer.send({ to: 'ann@example.com', usageType: 'SignIn', variables: { code: '1', application: { id: 'a', name: 'A' } } });
steps.sent = { zod: zodLoaded(), handlebarsRuntime: handlebarsFiles().some((file) => file.includes('/runtime')) };
const schemas = await loadSchemas();
steps.schemas = {
  zod: zodLoaded(),
  refuses: schemas.variableSchemas.SignIn.safeParse({ code: '' }).success,
  accepts: schemas.variableSchemas.SignIn.safeParse({ code: '1', application: { id: 'a', name: 'A' } }).success,
};
console.log(JSON.stringify(steps));
`;

const programs = {
  esm: `import * as core from '@authmail/core'; import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const loadSchemas = () => import(${JSON.stringify(`${packageRoot}dist/schemas.js`)});${probe}`,
  cjs: `const core = require('@authmail/core');
const loadSchemas = async () => require(${JSON.stringify(`${packageRoot}dist/schemas.cjs`)});
(async () => {${probe}})();`,
};

describe.each(Object.entries(programs))('the %s build', (format, program) => {
  it('loads zod only with the schemas entry, and only the parser of Handlebars', async () => {
    const flag = format === 'esm' ? '--input-type=module' : '--input-type=commonjs';
    const { stdout } = await run(process.execPath, [flag, '-e', program], { cwd: packageRoot });
    expect(JSON.parse(stdout)).toEqual({
      imported: { zod: false, handlebars: [] },
      sent: { zod: false, handlebarsRuntime: false },
      schemas: { zod: true, refuses: false, accepts: true },
    });
  });
});
