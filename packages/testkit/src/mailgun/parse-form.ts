import type { IncomingHttpHeaders } from 'node:http';
import busboy from 'busboy';

/** Form fields by name: a field sent once is a string, a repeated one an array, in order. */
export type FormFields = Record<string, string | string[]>;

/** A file part of a multipart body (`attachment`, `inline`, a MIME `message`…). */
export interface RecordedFile {
  /** The form field name, e.g. `attachment`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** The fields and files of a form body. */
export interface ParsedForm {
  fields: FormFields;
  files: RecordedFile[];
}

const formTypes = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/**
 * Parses a `multipart/form-data` or `application/x-www-form-urlencoded` body as UTF-8. Any
 * other content type yields no fields, as the real API finds none in it.
 */
export function parseForm(headers: IncomingHttpHeaders, body: Buffer): Promise<ParsedForm> {
  const fields: FormFields = {};
  const files: RecordedFile[] = [];
  if (!formTypes.test(headers['content-type'] ?? '')) return Promise.resolve({ fields, files });

  return new Promise((resolve, reject) => {
    const parser = busboy({
      headers,
      defCharset: 'utf8',
      defParamCharset: 'utf8',
      limits: { fieldSize: Number.POSITIVE_INFINITY },
    });
    parser.on('field', (name, value) => {
      const previous = fields[name];
      if (previous === undefined) fields[name] = value;
      else if (typeof previous === 'string') fields[name] = [previous, value];
      else previous.push(value);
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { filename, mimeType } = info;
        files.push({
          field,
          filename: filename ?? '',
          contentType: mimeType,
          data: Buffer.concat(chunks),
        });
      });
    });
    parser.on('close', () => resolve({ fields, files }));
    parser.on('error', reject);
    parser.end(body);
  });
}
