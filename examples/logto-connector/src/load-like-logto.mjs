// Loads a built connector package the way Logto's core does (@logto/cli's
// connector loader), in a plain Node process, and prints what it saw as JSON.
// Usage: node load-like-logto.mjs <package dir> <stored config JSON>
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson);
const packageJson = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));

// Logto's core provides connector-kit; resolve it from the connector's directory.
const require = createRequire(path.join(packageDir, 'package.json'));
const kitPath = require.resolve('@logto/connector-kit');
const kitVersion = require('@logto/connector-kit/package.json').version;
const kit = await import(pathToFileURL(kitPath).href);

const loaded = await import(pathToFileURL(path.join(packageDir, 'lib/index.js')).href);
const connector = await loaded.default({
  getConfig: async () => config,
  getI18nEmailTemplate: async () => undefined,
});

const result = await connector.sendMessage({
  to: 'ann@example.org',
  type: kit.TemplateType.SignIn,
  payload: { code: '482913', locale: 'en' },
});
const failure = await connector
  .sendMessage({ to: 'ann@example.org', type: 'SignIn', payload: {} }, { provider: 'nope' })
  .catch((error) => error);

process.stdout.write(
  JSON.stringify({
    name: packageJson.name,
    kitRange: packageJson.dependencies['@logto/connector-kit'],
    kitVersion,
    defaultExport: typeof loaded.default,
    type: connector.type,
    knownType: Object.values(kit.ConnectorType).includes(connector.type),
    metadataId: connector.metadata.id,
    hasConfigGuard: typeof connector.configGuard?.safeParse === 'function',
    metadataFiles: ['readme', 'logo', 'configTemplate'].map((key) =>
      existsSync(path.join(packageDir, connector.metadata[key])),
    ),
    sentWith: result.provider,
    failureIsLogtoConnectorError: failure instanceof kit.ConnectorError,
    failureCode: failure.code,
  }),
);
