/**
 * `@authmail/core/tooling`: what tools (the `authmail` CLI, editors, linters)
 * need to look inside templates and usage types.
 *
 * @module
 */
export { closestKey as closestName } from '../shape/option-keys.js';
export {
  type BlockHelper,
  type EnclosingBlock,
  type InspectOptions,
  inspectTemplate,
  type PlaceholderHtml,
  type StaticLink,
  type TemplateInspection,
  type TemplatePlaceholder,
} from './inspect-template.js';
export { type SampleVariablesOptions, sampleVariables } from './sample-variables.js';
export { templateMarkup } from './template-markup.js';
export { type VariablePath, variablePathsOf } from './variable-paths.js';
