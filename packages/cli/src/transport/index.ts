export {
  type EmailSettings,
  type EmailSettingsOptions,
  emailSettingsFromEnv,
} from './email-settings.js';
export type { Environment } from './provider-env.js';
export type { ProviderName } from './providers/index.js';
