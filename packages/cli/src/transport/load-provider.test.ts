import { expect, it } from 'vitest';
import { loadProviderPackage } from './load-provider.js';

/** The error Node's `import()` rejects with when a package is not installed. */
function notInstalled(specifier: string): Error {
  return Object.assign(
    new Error(
      `Cannot find package '${specifier}' imported from /app/node_modules/@authmail/cli/dist/index.js`,
    ),
    { code: 'ERR_MODULE_NOT_FOUND' },
  );
}

it('says which package to install when the chosen provider is missing', async () => {
  const load = () => Promise.reject(notInstalled('@authmail/ses'));
  await expect(loadProviderPackage('ses', load)).rejects.toMatchObject({
    code: 'invalid_config',
    message: 'AUTHMAIL_PROVIDER=ses needs @authmail/ses: npm install @authmail/ses',
  });
});

it('passes on a missing dependency of the provider package as it came', async () => {
  const missing = notInstalled('@aws-sdk/client-sesv2');
  await expect(loadProviderPackage('ses', () => Promise.reject(missing))).rejects.toBe(missing);
});

it('imports the real package when it is installed', async () => {
  const module = await loadProviderPackage('postmark', () => import('@authmail/postmark'));
  expect(typeof module.createPostmarkTransport).toBe('function');
});
