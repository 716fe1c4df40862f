/**
 * The preview page: controls on the left (usage type, language, variables,
 * test send), the email on the right (headers, size, frames, plain text).
 * `page.js` fills it from the JSON API.
 */
export const pageHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>authmail preview</title>
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body>
<header class="bar">
  <strong class="brand">authmail preview</strong>
  <span id="live" class="live" data-live="no">Connecting…</span>
</header>
<div class="layout">
  <aside class="controls">
    <label for="usage-type">Usage type</label>
    <select id="usage-type"></select>
    <label for="language">Language</label>
    <select id="language"></select>
    <fieldset id="proof" class="proof" hidden>
      <legend>The email carries</legend>
      <label><input type="radio" name="proof" value="code" checked> a code</label>
      <label><input type="radio" name="proof" value="link"> a link</label>
    </fieldset>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" spellcheck="false" autocomplete="off" rows="18"></textarea>
    <div id="variables-problem" class="problem small" role="alert" hidden></div>
    <button id="reset-variables" type="button" class="secondary">Reset to the defaults</button>
    <form id="send-form" class="send">
      <label for="send-to">Send a test to</label>
      <input id="send-to" type="email" placeholder="you@example.com" autocomplete="email">
      <button type="submit">Send test</button>
      <p id="send-status" class="status" role="status"></p>
      <p id="send-destination" class="hint"></p>
    </form>
  </aside>
  <main class="preview">
    <div class="toolbar">
      <div class="segmented" role="group" aria-label="Colour scheme">
        <button type="button" data-choice="theme" value="light">Light</button>
        <button type="button" data-choice="theme" value="dark">Dark</button>
        <button type="button" data-choice="theme" value="both">Both</button>
      </div>
      <div class="segmented" role="group" aria-label="Width">
        <button type="button" data-choice="width" value="600">600 px</button>
        <button type="button" data-choice="width" value="375">375 px</button>
        <button type="button" data-choice="width" value="both">Both</button>
      </div>
    </div>
    <section id="problem" class="problem" role="alert" hidden></section>
    <section id="email" class="email">
      <dl class="headers">
        <dt>Subject</dt><dd id="subject"></dd>
        <dt>From</dt><dd id="from"></dd>
        <dt>Reply-To</dt><dd id="reply-to"></dd>
        <dt>To</dt><dd id="to"></dd>
      </dl>
      <p id="rendered-from" class="hint"></p>
      <div class="size">
        <meter id="size-meter" min="0" max="1" low="0.5" high="0.8" optimum="0"></meter>
        <span id="size"></span>
      </div>
      <div id="frames" class="frames"></div>
      <h2>Plain text</h2>
      <pre id="text" class="text"></pre>
    </section>
  </main>
</div>
</body>
</html>
`;
