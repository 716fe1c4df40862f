/** A configuration problem, told in one line that names the variable. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/**
 * One provider's view of the environment: values trimmed, an empty one
 * counted as missing, and every complaint naming the variable and the
 * `AUTHMAIL_PROVIDER` that needs it.
 */
export interface ProviderEnv {
  /** The value of `name`. @throws EnvironmentError when it is missing or empty. */
  required(name: string): string;
  /** The value of `name`, or `undefined` when it is missing or empty. */
  optional(name: string): string | undefined;
  /** `true` or `false` (missing: `false`). @throws EnvironmentError on any other value. */
  flag(name: string): boolean;
  /** A complaint about `name`'s value: `<name> <problem> when AUTHMAIL_PROVIDER=<provider>`. */
  problem(name: string, problem: string): EnvironmentError;
}

/** Reads `env` for `provider` (the `AUTHMAIL_PROVIDER` value, for the messages). */
export function providerEnv(env: NodeJS.ProcessEnv, provider: string): ProviderEnv {
  const problem = (name: string, text: string) =>
    new EnvironmentError(`${name} ${text} when AUTHMAIL_PROVIDER=${provider}`);
  const optional = (name: string) => env[name]?.trim() || undefined;
  return {
    optional,
    problem,
    required(name) {
      const value = optional(name);
      if (value === undefined) throw problem(name, 'is required');
      return value;
    },
    flag(name) {
      const value = optional(name)?.toLowerCase() ?? 'false';
      if (value !== 'true' && value !== 'false') throw problem(name, 'must be true or false');
      return value === 'true';
    },
  };
}
