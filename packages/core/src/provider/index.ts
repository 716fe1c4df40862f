/**
 * @authmail/core/provider: what a provider package needs and an application
 * does not. Config schemas that check, when a config is parsed, what the
 * transport and mailer factories would reject later.
 *
 * @module
 */

export { compileDelivery, type IssuePath, reportThrown, templatePart } from './config-issues.js';
