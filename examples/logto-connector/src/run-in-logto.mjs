// Runs a packed connector the way a self-hosted Logto does, with Logto's own
// code from @logto/cli: `logto connector add <tarball>` (addConnectorsToPath),
// the core's loader (loadConnectorFactories, buildRawConnector), the config
// check when a config is saved (configGuard.safeParse), then sendMessage.
//
// Usage: node run-in-logto.mjs <plan.json> <result.json>
// plan: { cli, instance, tarball, stored: [config…], sends: [{ config, data, template? }…] }
// The process is meant to run with its working directory inside `instance`
// and no NODE_PATH, so the connector finds nothing but what Logto has.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [planFile, resultFile] = process.argv.slice(2);
const plan = JSON.parse(await readFile(planFile, 'utf8'));
const fromCli = (file) => import(pathToFileURL(path.join(plan.cli, file)).href);

const { addConnectorsToPath } = await fromCli('lib/commands/connector/utils.js');
const { getConnectorPackagesFromDirectory } = await fromCli('lib/utils.js');
const { loadConnectorFactories, buildRawConnector } = await fromCli('lib/connector/index.js');

const connectorsDirectory = path.join(plan.instance, 'packages/core/connectors');
await addConnectorsToPath(connectorsDirectory, [plan.tarball]);
const packages = await getConnectorPackagesFromDirectory(connectorsDirectory);
const factories = await loadConnectorFactories(packages, false);
const factory = factories.find(({ metadata }) => metadata.id === 'authmail-email');

const describeError = (error) => ({
  name: error?.constructor?.name,
  code: error?.code,
  data: error?.data,
  message: error?.message,
});

const result = { loaded: factories.map(({ metadata }) => metadata.id), sends: [], saved: [] };
if (factory) {
  result.metadata = {
    type: factory.type,
    readme: factory.metadata.readme.slice(0, 40),
    logo: factory.metadata.logo.slice(0, 26),
    configTemplate: JSON.parse(factory.metadata.configTemplate).provider,
  };
  // Logto's `validateConfig` when a config is saved from the console or Management API.
  for (const config of plan.stored) {
    const parsed = factory.configGuard.safeParse(config);
    result.saved.push(parsed.success);
  }
  // One connector, as Logto builds it; each send reads the config stored at that moment.
  let current = {};
  const getConfig = async () => current.config;
  const getI18nEmailTemplate = async (templateType, languageTag) => {
    const { template } = current;
    const matches =
      template?.languageTag === languageTag && template?.templateType === templateType;
    return matches ? template.details : undefined;
  };
  const { rawConnector } = await buildRawConnector(
    factory,
    getConfig,
    undefined,
    getI18nEmailTemplate,
  );
  for (const send of plan.sends) {
    current = send;
    try {
      result.sends.push({ ok: await rawConnector.sendMessage(send.data) });
    } catch (error) {
      result.sends.push({ error: describeError(error) });
    }
  }
}
await writeFile(resultFile, JSON.stringify(result));
