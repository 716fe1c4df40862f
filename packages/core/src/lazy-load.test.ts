import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The built package, as npm users get it: Handlebars, html-to-text and
// negotiator load on first use, in both module formats. (The Logto connector's
// test shows that a bundler follows them into a bundle.)

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Which of the three modules Node has loaded; printed as JSON after each step. */
const probe = `
const loaded = () => ['handlebars', 'html-to-text', 'negotiator'].filter((name) =>
  Object.keys(require.cache).some((file) => file.includes('/node_modules/' + name + '/')));
const steps = { imported: loaded() };
core.renderTemplate('<p>{{code}}</p>', { code: '1' }, { format: 'html' });
steps.rendered = loaded();
core.renderEmail({ subject: 'Code', content: '<h1>Hi</h1><p>{{code}}</p>' }, { code: '1' });
steps.derivedText = loaded();
core.negotiateLanguage({ acceptLanguage: 'de;q=0.5, ja' }, ['en', 'ja'], 'en');
steps.negotiated = loaded();
console.log(JSON.stringify(steps));
`;

const programs = {
  esm: `import * as core from '@authmail/core'; import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);${probe}`,
  cjs: `const core = require('@authmail/core');${probe}`,
};

describe.each(Object.entries(programs))('the %s build', (format, program) => {
  it('loads each heavy dependency only when first needed', async () => {
    const flag = format === 'esm' ? '--input-type=module' : '--input-type=commonjs';
    const { stdout } = await run(process.execPath, [flag, '-e', program], { cwd: packageRoot });
    expect(JSON.parse(stdout)).toEqual({
      imported: [],
      rendered: ['handlebars'],
      derivedText: ['handlebars', 'html-to-text'],
      negotiated: ['handlebars', 'html-to-text', 'negotiator'],
    });
  });
});
