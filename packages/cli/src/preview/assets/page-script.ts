/**
 * The preview page's script: plain browser JavaScript, no framework. It
 * fills the page from `/api/catalog`, `/api/languages` and `/api/sample`,
 * renders through `/api/render` as the variables are edited, shows the
 * email in sandboxed frames where nothing runs (light and dark; 600 and
 * 375 px), each as tall as the email, sends through `/api/send`, and
 * reloads when `/api/events` says a template changed.
 *
 * Kept in a raw string (no backticks or `${` inside), so the CLI ships it
 * with no build step of its own; the Chromium test runs it.
 */
export const pageScript = String.raw`
'use strict';
(() => {
  const state = {
    catalog: undefined,
    usageType: 'SignIn',
    language: 'en',
    proof: 'code',
    theme: 'light',
    width: '600',
    email: undefined,
    renders: 0,
    timer: undefined,
  };
  const byId = (id) => document.getElementById(id);
  const widths = { 600: ['600'], 375: ['375'], both: ['600', '375'] };
  const themes = { light: ['light'], dark: ['dark'], both: ['light', 'dark'] };

  async function getJson(url) {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  async function postJson(url, payload) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of ['usageType', 'language', 'proof', 'theme', 'width']) {
      const value = params.get(key);
      if (value) state[key] = value;
    }
    if (!themes[state.theme]) state.theme = 'light';
    if (!widths[state.width]) state.width = '600';
  }

  function writeHash() {
    const params = new URLSearchParams();
    for (const key of ['usageType', 'language', 'proof', 'theme', 'width']) params.set(key, state[key]);
    history.replaceState(null, '', '#' + params.toString());
  }

  async function loadCatalog() {
    const catalog = await getJson('/api/catalog');
    state.catalog = catalog;
    const select = byId('usage-type');
    select.replaceChildren();
    const groups = [
      ['Built-in usage types', catalog.usageTypes.filter((choice) => choice.builtin)],
      ['Only in your files', catalog.usageTypes.filter((choice) => !choice.builtin)],
    ];
    for (const [label, choices] of groups) {
      if (choices.length === 0) continue;
      const group = element('optgroup', { label });
      for (const choice of choices) {
        const files = choice.files.length > 0 ? '  (files: ' + choice.files.join(', ') + ')' : '';
        group.append(element('option', { value: choice.name }, choice.name + files));
      }
      select.append(group);
    }
    if (!catalog.usageTypes.some((choice) => choice.name === state.usageType)) {
      state.usageType = catalog.usageTypes[0].name;
    }
    select.value = state.usageType;
    const destination = catalog.testSends.destination;
    byId('send-destination').textContent = destination
      ? 'Goes through ' + destination + ', from ' + catalog.from + '.'
      : 'Test sends are off: ' + catalog.testSends.problem;
    updateProofSwitch();
  }

  function currentChoice() {
    return state.catalog.usageTypes.find((choice) => choice.name === state.usageType);
  }

  function updateProofSwitch() {
    const choice = currentChoice();
    byId('proof').hidden = !(choice && choice.codeOrLink);
    for (const input of document.querySelectorAll('input[name="proof"]')) {
      input.checked = input.value === state.proof;
    }
  }

  function describeRenders(tag, renders) {
    if (renders.kind === 'error') return tag + ' · template error';
    const other = renders.languageTag !== tag || renders.usageType !== state.usageType;
    const name = renders.kind === 'file' ? 'file ' + (renders.file || renders.languageTag + '/' + renders.usageType) : 'built-in';
    if (!other) return tag + ' · ' + name;
    return tag + ' · falls back to ' + name + (renders.kind === 'file' ? '' : ' ' + renders.languageTag + '/' + renders.usageType);
  }

  async function loadLanguages() {
    const choices = await getJson('/api/languages?usageType=' + encodeURIComponent(state.usageType));
    const select = byId('language');
    select.replaceChildren();
    for (const choice of choices) {
      const option = element('option', { value: choice.tag }, describeRenders(choice.tag, choice.renders));
      option.dataset.source = choice.renders.kind;
      select.append(option);
    }
    if (!choices.some((choice) => choice.tag === state.language)) state.language = choices[0].tag;
    select.value = state.language;
  }

  async function loadSample() {
    const url = '/api/sample?usageType=' + encodeURIComponent(state.usageType) + '&proof=' + state.proof;
    byId('variables').value = JSON.stringify(await getJson(url), null, 2);
  }

  function readVariables() {
    const box = byId('variables-problem');
    const textarea = byId('variables');
    let variables;
    try {
      variables = JSON.parse(textarea.value);
    } catch (error) {
      return showVariablesProblem('The variables are not valid JSON: ' + error.message);
    }
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
      return showVariablesProblem('The variables must be one JSON object, like {"code": "123456"}.');
    }
    box.hidden = true;
    textarea.removeAttribute('aria-invalid');
    return variables;
  }

  function showVariablesProblem(message) {
    const box = byId('variables-problem');
    box.textContent = message;
    box.hidden = false;
    byId('variables').setAttribute('aria-invalid', 'true');
    byId('email').dataset.stale = 'true';
    return undefined;
  }

  async function render() {
    const variables = readVariables();
    if (!variables) return;
    const sequence = ++state.renders;
    const to = byId('send-to').value.trim();
    const outcome = await postJson('/api/render', {
      usageType: state.usageType,
      language: state.language,
      variables,
      ...(to ? { to } : {}),
    });
    if (sequence !== state.renders) return;
    if (outcome.problem) showProblem(outcome.problem);
    else showEmail(outcome.email);
  }

  function showProblem(problem) {
    const box = byId('problem');
    box.replaceChildren(element('span', { class: 'code' }, problem.code), document.createTextNode(' '));
    if (problem.location) {
      const where = [problem.location.file, problem.location.line, problem.location.column]
        .filter((part) => part !== undefined)
        .join(':');
      box.append(element('span', { class: 'where' }, where), document.createTextNode('\n'));
    }
    box.append(document.createTextNode(problem.message));
    if (problem.issues) {
      const list = element('ul');
      for (const issue of problem.issues) list.append(element('li', {}, issue.path + ': ' + issue.message));
      box.append(list);
    }
    box.hidden = false;
    byId('email').dataset.stale = 'true';
    document.body.dataset.outcome = 'problem';
  }

  function showEmail(email) {
    state.email = email;
    byId('problem').hidden = true;
    byId('email').dataset.stale = 'false';
    byId('subject').textContent = email.subject;
    byId('from').textContent = email.from;
    byId('reply-to').textContent = email.replyTo || '(none: replies go to From)';
    byId('to').textContent = email.to;
    const source = email.renderedFrom;
    byId('rendered-from').textContent =
      source.kind === 'file'
        ? 'Rendered from your file ' + (source.file || source.languageTag + '/' + source.usageType) + '.'
        : 'Rendered from the built-in ' + source.languageTag + '/' + source.usageType + ' template (no file of yours for it).';
    const share = email.htmlBytes / email.gmailClipBytes;
    byId('size-meter').value = Math.min(share, 1);
    byId('size').textContent =
      'HTML ' + (email.htmlBytes / 1024).toFixed(1) + ' KB of the 102 KB Gmail shows before clipping' +
      (share > 1 ? ': Gmail will clip this email.' : '.');
    byId('size').parentElement.dataset.over = String(share > 1);
    byId('text').textContent = email.text;
    showFrames();
    document.body.dataset.outcome = 'email';
  }

  function showFrames() {
    const frames = byId('frames');
    frames.replaceChildren();
    const email = state.email;
    if (!email) return;
    if (!email.frames) {
      frames.append(element('p', { class: 'hint' }, 'This email has no HTML part.'));
      return;
    }
    for (const width of widths[state.width]) {
      for (const theme of themes[state.theme]) {
        const figure = element('figure');
        figure.append(element('figcaption', {}, (theme === 'dark' ? 'Dark' : 'Light') + ' · ' + width + ' px'));
        // No allow-scripts: nothing in the email runs. allow-same-origin lets
        // the page size the frame to the email, and Playwright see its requests.
        const frame = element('iframe', {
          sandbox: 'allow-same-origin',
          title: theme + ' email, ' + width + ' px wide',
          'data-theme': theme,
          'data-width': width,
          style: 'width:' + width + 'px',
        });
        frame.addEventListener('load', () => fitToContent(frame));
        frame.srcdoc = email.frames[theme];
        figure.append(frame);
        frames.append(figure);
      }
    }
  }

  function fitToContent(frame) {
    const root = frame.contentDocument && frame.contentDocument.documentElement;
    // The html element's own height: scrollHeight never drops below the frame's.
    if (root) frame.style.height = Math.max(root.offsetHeight, 120) + 'px';
  }

  function pressChoices() {
    for (const button of document.querySelectorAll('[data-choice]')) {
      button.setAttribute('aria-pressed', String(state[button.dataset.choice] === button.value));
    }
  }

  async function switchProof(proof) {
    state.proof = proof;
    writeHash();
    const url = '/api/sample?usageType=' + encodeURIComponent(state.usageType) + '&proof=' + proof;
    const sample = await getJson(url);
    let variables;
    try {
      variables = JSON.parse(byId('variables').value);
    } catch {
      variables = undefined;
    }
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
      variables = sample;
    } else {
      delete variables.code;
      delete variables.link;
      variables[proof] = sample[proof];
    }
    byId('variables').value = JSON.stringify(variables, null, 2);
    await render();
  }

  async function reloadTemplates() {
    await loadCatalog();
    await loadLanguages();
    await render();
  }

  async function sendTest(event) {
    event.preventDefault();
    const status = byId('send-status');
    const variables = readVariables();
    if (!variables) return;
    status.textContent = 'Sending…';
    delete status.dataset.outcome;
    const outcome = await postJson('/api/send', {
      usageType: state.usageType,
      language: state.language,
      variables,
      to: byId('send-to').value,
    }).catch((error) => ({ problem: { message: error.message } }));
    if (outcome.sent) {
      status.dataset.outcome = 'sent';
      status.textContent = 'Sent to ' + outcome.sent.to + ' through ' + outcome.sent.destination + ' (' + outcome.sent.messageId + ').';
    } else {
      status.dataset.outcome = 'failed';
      status.textContent = 'Not sent: ' + outcome.problem.message;
    }
  }

  function listen() {
    const live = byId('live');
    const events = new EventSource('/api/events');
    events.addEventListener('ready', () => {
      live.dataset.live = 'yes';
      live.textContent = 'Live: reloads when a template file changes';
    });
    events.addEventListener('templates', () => reloadTemplates().catch(showFailure));
    events.addEventListener('error', () => {
      live.dataset.live = 'no';
      live.textContent = 'Reconnecting…';
    });
  }

  function showFailure(error) {
    showProblem({ code: 'preview', message: 'The preview server did not answer: ' + error.message });
  }

  function wire() {
    byId('usage-type').addEventListener('change', async (event) => {
      state.usageType = event.target.value;
      writeHash();
      updateProofSwitch();
      await loadLanguages();
      await loadSample();
      await render();
    });
    byId('language').addEventListener('change', (event) => {
      state.language = event.target.value;
      writeHash();
      render().catch(showFailure);
    });
    for (const input of document.querySelectorAll('input[name="proof"]')) {
      input.addEventListener('change', () => switchProof(input.value).catch(showFailure));
    }
    byId('variables').addEventListener('input', () => {
      clearTimeout(state.timer);
      state.timer = setTimeout(() => render().catch(showFailure), 250);
    });
    byId('reset-variables').addEventListener('click', () => loadSample().then(render).catch(showFailure));
    byId('send-form').addEventListener('submit', (event) => sendTest(event).catch(showFailure));
    for (const button of document.querySelectorAll('[data-choice]')) {
      button.addEventListener('click', () => {
        state[button.dataset.choice] = button.value;
        writeHash();
        pressChoices();
        showFrames();
      });
    }
  }

  async function start() {
    readHash();
    pressChoices();
    wire();
    listen();
    await loadCatalog();
    await loadLanguages();
    await loadSample();
    writeHash();
    await render();
  }

  start().catch(showFailure);
})();
`;
