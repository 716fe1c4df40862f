/**
 * @authmail/cli: the `authmail` command as a library, to run it from your
 * own scripts and tests.
 *
 * @module
 */
export { type RunCliOptions, runCli } from './cli.js';
export { type Command, exitCodes } from './command.js';
export type { CliIo } from './io.js';
export {
  type EmailSettings,
  type EmailSettingsOptions,
  type Environment,
  emailSettingsFromEnv,
  type ProviderName,
} from './transport/index.js';
