/** Most recipients (To + Cc + Bcc) of one `SendEmail`, and of one bulk entry. */
export const sesMaxRecipients = 50;
/** Most entries (destinations) of one `SendBulkEmail`. */
export const sesMaxBulkEntries = 50;

/** An SES v2 `SendEmail` body as the SDK sends it (PascalCase JSON). */
export interface SesSendEmailBody {
  FromEmailAddress?: string;
  FromEmailAddressIdentityArn?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  ReplyToAddresses?: string[];
  FeedbackForwardingEmailAddress?: string;
  FeedbackForwardingEmailAddressIdentityArn?: string;
  Content?: {
    Simple?: {
      Subject?: { Data?: string; Charset?: string };
      Body?: {
        Text?: { Data?: string; Charset?: string };
        Html?: { Data?: string; Charset?: string };
      };
      Headers?: { Name?: string; Value?: string }[];
    };
    Template?: SesTemplateContent;
    Raw?: { Data?: string };
  };
  EmailTags?: { Name?: string; Value?: string }[];
  ConfigurationSetName?: string;
}

/** A stored template and its data (`Content.Template`, `DefaultContent.Template`). */
export interface SesTemplateContent {
  TemplateName?: string;
  TemplateArn?: string;
  TemplateData?: string;
  Headers?: { Name?: string; Value?: string }[];
}

/** An SES v2 `SendBulkEmail` body as the SDK sends it. */
export interface SesSendBulkEmailBody {
  FromEmailAddress?: string;
  FromEmailAddressIdentityArn?: string;
  ReplyToAddresses?: string[];
  FeedbackForwardingEmailAddress?: string;
  FeedbackForwardingEmailAddressIdentityArn?: string;
  DefaultEmailTags?: { Name?: string; Value?: string }[];
  DefaultContent?: { Template?: SesTemplateContent };
  BulkEmailEntries?: {
    Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
    ReplacementTags?: { Name?: string; Value?: string }[];
    ReplacementEmailContent?: { ReplacementTemplate?: { ReplacementTemplateData?: string } };
    ReplacementHeaders?: { Name?: string; Value?: string }[];
  }[];
  ConfigurationSetName?: string;
}

/** A refusal as SES words it: the error name (`x-amzn-ErrorType`) and its message. */
export interface SesRefusal {
  name: string;
  message: string;
}

type Check = SesRefusal | undefined;

const badRequest = (message: string): SesRefusal => ({ name: 'BadRequestException', message });
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One mailbox in 7-bit ASCII, as SES reads it: `addr`, or `Name <addr>` (a non-ASCII name as RFC 2047 encoded words). */
const mailbox = /^(?:[\x20-\x7e]*<[^\s<>@",;]+@[A-Za-z0-9.-]+>|[^\s<>@",;]+@[A-Za-z0-9.-]+)$/;

function checkAddress(value: unknown, field: string): Check {
  if (typeof value !== 'string' || value.trim() === '')
    return badRequest(`Missing required parameter ${field}`);
  if (!mailbox.test(value.trim())) return badRequest(`Illegal address: ${field}`);
  return undefined;
}

function checkAddresses(values: unknown, field: string): Check {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) return badRequest(`${field} must be a list`);
  for (const value of values) {
    const problem = checkAddress(value, field);
    if (problem) return problem;
  }
  return undefined;
}

function checkDestination(destination: unknown, field: string): Check {
  if (!isObject(destination)) return badRequest(`Missing required parameter ${field}`);
  const lists = ['ToAddresses', 'CcAddresses', 'BccAddresses'] as const;
  let count = 0;
  for (const list of lists) {
    const problem = checkAddresses(destination[list], `${field}.${list}`);
    if (problem) return problem;
    count += Array.isArray(destination[list]) ? destination[list].length : 0;
  }
  if (count === 0) return badRequest(`${field} must have at least one recipient`);
  if (count > sesMaxRecipients) {
    return { name: 'MessageRejected', message: `Recipient count exceeds ${sesMaxRecipients}.` };
  }
  return undefined;
}

/** Message tags: names and values of 1 to 256 characters of `[A-Za-z0-9_-]`. */
function checkTags(tags: unknown, field: string): Check {
  if (tags === undefined) return undefined;
  if (!Array.isArray(tags)) return badRequest(`${field} must be a list`);
  for (const tag of tags) {
    for (const part of ['Name', 'Value'] as const) {
      const text = isObject(tag) ? tag[part] : undefined;
      if (typeof text !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(text)) {
        return badRequest(
          `Invalid ${field} ${part.toLowerCase()} ${JSON.stringify(text)}: only alphanumeric ASCII characters, '_' and '-' are allowed, at most 256`,
        );
      }
    }
  }
  return undefined;
}

/** Headers: names of printable ASCII but `:` (at most 126), values of printable ASCII (at most 995). */
function checkHeaders(headers: unknown, field: string): Check {
  if (headers === undefined) return undefined;
  if (!Array.isArray(headers)) return badRequest(`${field} must be a list`);
  for (const entry of headers) {
    const name = isObject(entry) ? entry.Name : undefined;
    const value = isObject(entry) ? entry.Value : undefined;
    if (typeof name !== 'string' || !/^[\x21-\x39\x3b-\x7e]{1,126}$/.test(name)) {
      return badRequest(`Invalid header name in ${field}`);
    }
    if (
      typeof value !== 'string' ||
      !/^[\x20-\x7e]{0,995}$/.test(value) ||
      name.length + value.length > 996
    ) {
      return badRequest(`Invalid value for header ${name} in ${field}`);
    }
  }
  return undefined;
}

function checkJson(text: unknown, field: string, required: boolean): Check {
  if (text === undefined && !required) return undefined;
  if (typeof text !== 'string') return badRequest(`Missing required parameter ${field}`);
  try {
    if (isObject(JSON.parse(text))) return undefined;
  } catch {
    // answered below
  }
  return badRequest(`${field} is not a valid JSON object`);
}

function checkTemplate(template: unknown, field: string, dataRequired: boolean): Check {
  if (!isObject(template)) return badRequest(`Missing required parameter ${field}`);
  if (typeof template.TemplateName !== 'string' && typeof template.TemplateArn !== 'string') {
    return badRequest(`${field} must name a template (TemplateName or TemplateArn)`);
  }
  return (
    checkJson(template.TemplateData, `${field}.TemplateData`, dataRequired) ??
    checkHeaders(template.Headers, `${field}.Headers`)
  );
}

function checkSimple(simple: Record<string, unknown>): Check {
  const subject = isObject(simple.Subject) ? simple.Subject.Data : undefined;
  if (typeof subject !== 'string' || subject === '') {
    return badRequest('Missing required parameter Content.Simple.Subject.Data');
  }
  const body = isObject(simple.Body) ? simple.Body : {};
  const filled = (part: unknown) =>
    isObject(part) && typeof part.Data === 'string' && part.Data !== '';
  if (!filled(body.Text) && !filled(body.Html)) {
    return badRequest('Content.Simple.Body must have Text or Html');
  }
  return checkHeaders(simple.Headers, 'Content.Simple.Headers');
}

/** Checks a `SendEmail` body as SES answers it: the first problem, or `undefined`. */
export function validateSendEmail(body: unknown): Check {
  if (!isObject(body)) return badRequest('The request body is not a JSON object');
  const content = body.Content;
  const kinds = isObject(content)
    ? ['Simple', 'Template', 'Raw'].filter((kind) => content[kind] !== undefined)
    : [];
  if (!isObject(content) || kinds.length !== 1) {
    return badRequest('Content must have exactly one of Simple, Template or Raw');
  }
  if (content.Raw === undefined) {
    const from = checkAddress(body.FromEmailAddress, 'FromEmailAddress');
    if (from) return from;
  }
  return (
    checkDestination(body.Destination, 'Destination') ??
    checkAddresses(body.ReplyToAddresses, 'ReplyToAddresses') ??
    checkTags(body.EmailTags, 'EmailTags') ??
    (isObject(content.Simple) ? checkSimple(content.Simple) : undefined) ??
    (content.Template !== undefined
      ? checkTemplate(content.Template, 'Content.Template', false)
      : undefined)
  );
}

/** Checks a `SendBulkEmail` body as SES answers it: the first problem, or `undefined`. */
export function validateSendBulkEmail(body: unknown): Check {
  if (!isObject(body)) return badRequest('The request body is not a JSON object');
  const entries = body.BulkEmailEntries;
  if (!Array.isArray(entries) || entries.length === 0) {
    return badRequest('Missing required parameter BulkEmailEntries');
  }
  if (entries.length > sesMaxBulkEntries) {
    return badRequest(
      `BulkEmailEntries must have at most ${sesMaxBulkEntries} entries, got ${entries.length}`,
    );
  }
  const defaultContent = isObject(body.DefaultContent) ? body.DefaultContent : {};
  const problem =
    checkAddress(body.FromEmailAddress, 'FromEmailAddress') ??
    checkAddresses(body.ReplyToAddresses, 'ReplyToAddresses') ??
    checkTags(body.DefaultEmailTags, 'DefaultEmailTags') ??
    checkTemplate(defaultContent.Template, 'DefaultContent.Template', false);
  if (problem) return problem;
  for (const [index, entry] of entries.entries()) {
    const at = `BulkEmailEntries.${index}`;
    const item = isObject(entry) ? entry : {};
    const replacement = isObject(item.ReplacementEmailContent)
      ? item.ReplacementEmailContent.ReplacementTemplate
      : undefined;
    const entryProblem =
      checkDestination(item.Destination, `${at}.Destination`) ??
      checkTags(item.ReplacementTags, `${at}.ReplacementTags`) ??
      checkHeaders(item.ReplacementHeaders, `${at}.ReplacementHeaders`) ??
      (isObject(replacement)
        ? checkJson(replacement.ReplacementTemplateData, `${at}.ReplacementTemplateData`, false)
        : undefined);
    if (entryProblem) return entryProblem;
  }
  return undefined;
}

/** SES's largest message, 40 MB: a bigger request body is refused. */
export const sesMaxBodyBytes = 40 * 1024 * 1024;
