import { AuthmailError } from '@authmail/core';

/**
 * One provider's view of the environment: values trimmed, an empty one
 * counted as missing, and every complaint naming the variable and the
 * `AUTHMAIL_PROVIDER` that needs it, never its value.
 */
export interface ProviderEnv {
  /** The value of `name`. @throws AuthmailError `invalid_config` when it is missing or empty. */
  required(name: string): string;
  /** The value of `name`, or `undefined` when it is missing or empty. */
  optional(name: string): string | undefined;
  /** `true` or `false` (missing: `false`). @throws AuthmailError `invalid_config` on any other value. */
  flag(name: string): boolean;
  /** A complaint about `name`'s value: `<name> <problem> when AUTHMAIL_PROVIDER=<provider>`. */
  problem(name: string, problem: string): AuthmailError;
}

/** The environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A configuration problem with the environment variable `variable`, told in one line. */
export function environmentProblem(variable: string, message: string): AuthmailError {
  return new AuthmailError('invalid_config', message, { details: { variable } });
}

/** Reads `env` for `provider` (the `AUTHMAIL_PROVIDER` value, for the messages). */
export function providerEnv(env: Environment, provider: string): ProviderEnv {
  const problem = (name: string, text: string) =>
    environmentProblem(name, `${name} ${text} when AUTHMAIL_PROVIDER=${provider}`);
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
