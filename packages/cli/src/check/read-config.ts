import type { EmailTemplate } from '@authmail/core';
import { error, type Finding } from './finding.js';
import { JsonLocations, type JsonPath } from './json-locations.js';
import type { PartName, TemplatePart, TemplateUnit } from './template-unit.js';

/** A Logto connector config, read for checking. */
export interface ConfigTemplates {
  /** Each delivery (`deliveries.SignIn`) and each template (`templates[0]`). */
  readonly units: readonly TemplateUnit[];
  /** The file is not JSON. */
  readonly findings: readonly Finding[];
  /** Whether the config has `deliveries` or `templates` at all. */
  readonly hasTemplates: boolean;
}

type Json = Record<string, unknown>;

/**
 * The templates of a Logto connector config: `deliveries` (Mailgun, Resend,
 * and authmail's own for Postmark: `{ SignIn: { subject, html, text?,
 * replyTo? } }`, or `{ template }` for one stored at the provider) and
 * `templates` (SMTP: `{ usageType, contentType, subject, content }`;
 * SendGrid: `type` instead of `contentType`; SES: HTML `content`; a
 * `templateId`, `templateName` or `templateAlias` names one stored at the
 * provider). Each string is placed at its line and column in the file.
 *
 * @param text - the file's text; `file` - how it is shown.
 */
export function readConfigTemplates(text: string, file: string): ConfigTemplates {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (thrown) {
    return { units: [], findings: [notJson(thrown, text, file)], hasTemplates: false };
  }
  if (!isObject(config)) return { units: [], findings: [], hasTemplates: false };
  const locations = new JsonLocations(text, file);
  const units = [...deliveryUnits(config, locations), ...templateUnits(config, locations)];
  const hasTemplates = isObject(config.deliveries) || Array.isArray(config.templates);
  return { units, findings: [], hasTemplates };
}

function deliveryUnits(config: Json, locations: JsonLocations): TemplateUnit[] {
  if (!isObject(config.deliveries)) return [];
  return Object.entries(config.deliveries).flatMap(([usageType, delivery]) => {
    if (!isObject(delivery)) return [];
    const at: JsonPath = ['deliveries', usageType];
    const plainText = typeof delivery.html !== 'string' && delivery.contentType === 'text/plain';
    const parts = [
      part(delivery, 'subject', 'subject', 'text', at, locations),
      part(delivery, 'html', 'content', 'html', at, locations),
      part(delivery, 'text', plainText ? 'content' : 'text', 'text', at, locations),
      part(delivery, 'replyTo', 'replyTo', 'text', at, locations),
    ].filter((found) => found !== undefined);
    const stored = typeof delivery.template === 'string';
    return [
      { usageType, place: locations.place(at), parts, email: stored ? undefined : emailOf(parts) },
    ];
  });
}

function templateUnits(config: Json, locations: JsonLocations): TemplateUnit[] {
  if (!Array.isArray(config.templates)) return [];
  return config.templates.flatMap((template: unknown, index) => {
    if (!isObject(template) || typeof template.usageType !== 'string') return [];
    const at: JsonPath = ['templates', index];
    const type = template.contentType ?? template.type;
    const stored = ['templateId', 'templateName', 'templateAlias'].some(
      (field) => typeof template[field] === 'string',
    );
    const bodyFormat = type === 'text/plain' ? 'text' : 'html';
    const parts = [
      part(template, 'subject', 'subject', 'text', at, locations),
      stored ? undefined : part(template, 'content', 'content', bodyFormat, at, locations),
      part(template, 'replyTo', 'replyTo', 'text', at, locations),
    ].filter((found) => found !== undefined);
    return [
      {
        usageType: template.usageType,
        place: locations.place(at),
        parts,
        email: stored ? undefined : emailOf(parts),
      },
    ];
  });
}

/** The string `field` of the object at `at`, as a part placed in the file. */
function part(
  holder: Json,
  field: string,
  name: PartName,
  format: 'html' | 'text',
  at: JsonPath,
  locations: JsonLocations,
): TemplatePart | undefined {
  const text = holder[field];
  if (typeof text !== 'string') return undefined;
  return { name, text, format, place: locations.stringPlace([...at, field]) };
}

/** The email the parts make up, to render for the size check. */
function emailOf(parts: readonly TemplatePart[]): EmailTemplate | undefined {
  const byName = new Map(parts.map((found) => [found.name, found]));
  const content = byName.get('content');
  if (!content) return undefined;
  const text = byName.get('text')?.text;
  const replyTo = byName.get('replyTo')?.text;
  return {
    subject: byName.get('subject')?.text ?? '',
    content: content.text,
    contentType: content.format === 'html' ? 'text/html' : 'text/plain',
    ...(text === undefined ? {} : { text }),
    ...(replyTo === undefined ? {} : { replyTo }),
  };
}

/** `JSON.parse`'s error, at the line and column of the position it names. */
function notJson(thrown: unknown, text: string, file: string): Finding {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  if (Number.isNaN(position)) return error({ file }, 'syntax', `not JSON: ${message}`);
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return error(
    { file, line, column },
    'syntax',
    `not JSON: ${message.replace(/ in JSON at position.*$/, '')}`,
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
