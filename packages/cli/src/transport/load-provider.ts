import { AuthmailError } from '@authmail/core';

/** Node's codes for an import of a package that is not installed (ESM, then CommonJS). */
const notFoundCodes = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);

/**
 * Loads the provider package `AUTHMAIL_PROVIDER=<provider>` needs with
 * `load` (a dynamic `import()` of it), so a package is loaded only when it
 * is chosen and need not be installed otherwise.
 *
 * @throws AuthmailError `invalid_config` saying what to install when the
 * package is missing; any other failure as it came.
 */
export async function loadProviderPackage<M>(provider: string, load: () => Promise<M>): Promise<M> {
  const packageName = `@authmail/${provider}`;
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, packageName)) throw error;
    throw new AuthmailError(
      'invalid_config',
      `AUTHMAIL_PROVIDER=${provider} needs ${packageName}: npm install ${packageName}`,
      { details: { variable: 'AUTHMAIL_PROVIDER', package: packageName } },
    );
  }
}

/** Whether `error` says `packageName` itself (not one of its own dependencies) cannot be found. */
function isMissingPackage(error: unknown, packageName: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !notFoundCodes.has(code)) return false;
  return error.message.includes(`'${packageName}'`);
}
