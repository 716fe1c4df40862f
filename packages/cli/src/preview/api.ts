import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMemoryTemplateStore } from '@authmail/core';
import { pageHtml } from './assets/page-html.js';
import { pageScript } from './assets/page-script.js';
import { pageStyles } from './assets/page-styles.js';
import { catalogOf, defaultVariables, languageChoices } from './catalog.js';
import { emailRequestFrom } from './email-request.js';
import type { EventStream } from './event-stream.js';
import { RequestProblem, readJsonBody, sendJson, sendText } from './http-exchange.js';
import { type PreviewProblem, previewProblem } from './problem.js';
import { renderPreview } from './render-preview.js';
import { sendTest, type TestSendTarget } from './send-test.js';
import type { LoadedTemplates, TemplateSource } from './template-source.js';

/** What the preview's API works with. */
export interface PreviewApiContext {
  templates: TemplateSource;
  /** The default sender, as the application's mailer would have it. */
  from: string;
  testSends: TestSendTarget;
  events: EventStream;
}

/**
 * The page's own policy: its script and styles only; the emails' frames
 * (which inherit it) may show inline styles and images from anywhere, and
 * run no script (they are sandboxed too).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data:',
  'font-src * data:',
  "frame-ancestors 'none'",
].join('; ');

/** No templates at all: what the page lists while the folder cannot be read. */
const noTemplates: LoadedTemplates = { store: createMemoryTemplateStore([]), entries: [] };

type Route = (
  context: PreviewApiContext,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<void> | void;

const routes: Record<string, Route> = {
  'GET /': (_context, _url, _request, response) =>
    sendText(response, 'text/html', pageHtml, { 'content-security-policy': contentSecurityPolicy }),
  'GET /page.css': (_context, _url, _request, response) =>
    sendText(response, 'text/css', pageStyles),
  'GET /page.js': (_context, _url, _request, response) =>
    sendText(response, 'text/javascript', pageScript),
  'GET /favicon.ico': (_context, _url, _request, response) => {
    response.writeHead(204).end();
  },
  'GET /api/events': ({ events }, _url, request, response) => events.connect(request, response),
  'GET /api/catalog': async (context, _url, _request, response) => {
    const loaded = await loadTemplates(context.templates);
    const templates = 'problem' in loaded ? noTemplates : loaded;
    sendJson(response, 200, {
      ...catalogOf(templates),
      from: context.from,
      testSends:
        'problem' in context.testSends
          ? { problem: context.testSends.problem }
          : { destination: context.testSends.destination },
      ...('problem' in loaded ? { problem: loaded.problem } : {}),
    });
  },
  'GET /api/languages': async (context, url, _request, response) => {
    const usageType = requiredParameter(url, 'usageType');
    const loaded = await loadTemplates(context.templates);
    const templates = 'problem' in loaded ? noTemplates : loaded;
    sendJson(response, 200, await languageChoices(templates, context.from, usageType));
  },
  'GET /api/sample': (_context, url, _request, response) => {
    const proof = url.searchParams.get('proof') === 'link' ? 'link' : 'code';
    sendJson(response, 200, defaultVariables(requiredParameter(url, 'usageType'), proof));
  },
  'POST /api/render': async (context, _url, request, response) => {
    const email = emailRequestFrom(await readJsonBody(request), false);
    const loaded = await loadTemplates(context.templates);
    if ('problem' in loaded) return sendJson(response, 200, loaded);
    sendJson(response, 200, await renderPreview(loaded, context.from, email));
  },
  'POST /api/send': async (context, _url, request, response) => {
    const email = emailRequestFrom(await readJsonBody(request), true);
    const loaded = await loadTemplates(context.templates);
    if ('problem' in loaded) return sendJson(response, 200, loaded);
    sendJson(response, 200, await sendTest(loaded, context.from, context.testSends, email));
  },
};

/**
 * Answers one request to the preview: the page, its assets, or the JSON
 * API (`/api/catalog`, `/api/languages`, `/api/sample`, `/api/render`,
 * `/api/send`, and the event stream `/api/events`).
 */
export async function handleApiRequest(
  context: PreviewApiContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  const route = routes[`${request.method} ${url.pathname}`];
  if (!route)
    return sendJson(response, 404, { error: `no ${request.method} ${url.pathname} here` });
  try {
    await route(context, url, request, response);
  } catch (error) {
    if (!(error instanceof RequestProblem)) throw error;
    sendJson(response, error.status, { error: error.message });
  }
}

async function loadTemplates(
  source: TemplateSource,
): Promise<LoadedTemplates | { problem: PreviewProblem }> {
  try {
    return await source.load();
  } catch (error) {
    return { problem: previewProblem(error) };
  }
}

function requiredParameter(url: URL, name: string): string {
  const value = url.searchParams.get(name);
  if (!value) throw new RequestProblem(400, `the query needs ${name}`);
  return value;
}
