/**
 * @authmail/authjs: an Auth.js (`@auth/core`, next-auth v5, SvelteKit…)
 * email provider that sends the sign-in link as a typed, localized authmail
 * email, in the language of the user's request.
 *
 * @module
 */

export type { AuthmailOptions, LocaleChooser } from './options.js';
export { Authmail } from './provider.js';
