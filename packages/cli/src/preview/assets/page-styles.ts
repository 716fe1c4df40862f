/** The preview page's styles: plain CSS, light, no framework. */
export const pageStyles = `*, *::before, *::after { box-sizing: border-box; }
html { color-scheme: light; }
body {
  margin: 0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2430;
  background: #eef0f4;
}
.bar {
  display: flex; align-items: center; justify-content: space-between;
  padding: 10px 20px; background: #1f2430; color: #fff;
}
.brand { font-size: 15px; letter-spacing: 0.02em; }
.live { font-size: 12px; color: #c9cede; }
.live[data-live="yes"]::before { content: "● "; color: #4ade80; }
.layout { display: grid; grid-template-columns: 340px minmax(0, 1fr); min-height: calc(100vh - 42px); }
.controls {
  display: flex; flex-direction: column; gap: 6px;
  padding: 16px; background: #fff; border-right: 1px solid #d9dce3;
}
.controls label, .proof legend { font-weight: 600; font-size: 12px; color: #4a5163; margin-top: 8px; }
select, input[type="email"], textarea {
  width: 100%; font: inherit; padding: 6px 8px;
  border: 1px solid #c4c9d4; border-radius: 6px; background: #fff; color: inherit;
}
textarea { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; resize: vertical; }
textarea[aria-invalid="true"] { border-color: #dc2626; outline-color: #dc2626; }
.proof { border: 0; padding: 0; margin: 0; display: flex; gap: 14px; flex-wrap: wrap; }
.proof legend { padding: 0; }
.proof label { font-weight: 400; color: inherit; margin-top: 0; }
button {
  font: inherit; padding: 6px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #3b5bdb; background: #3b5bdb; color: #fff;
}
button.secondary { background: #fff; color: #3b5bdb; align-self: flex-start; }
.send { display: flex; flex-direction: column; gap: 6px; margin-top: 12px; padding-top: 12px; border-top: 1px solid #e3e6ec; }
.send button { align-self: flex-start; }
.status { margin: 0; min-height: 1.4em; }
.status[data-outcome="sent"] { color: #15803d; }
.status[data-outcome="failed"] { color: #b91c1c; }
.hint { margin: 0; font-size: 12px; color: #687086; }
.preview { padding: 16px 20px 32px; min-width: 0; }
.toolbar { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
.segmented { display: inline-flex; }
.segmented button { background: #fff; color: #1f2430; border-color: #c4c9d4; border-radius: 0; margin-left: -1px; }
.segmented button:first-child { border-radius: 6px 0 0 6px; margin-left: 0; }
.segmented button:last-child { border-radius: 0 6px 6px 0; }
.segmented button[aria-pressed="true"] { background: #1f2430; color: #fff; border-color: #1f2430; }
.problem {
  padding: 10px 12px; border: 1px solid #fca5a5; border-radius: 8px;
  background: #fef2f2; color: #7f1d1d; white-space: pre-wrap; overflow-wrap: anywhere;
}
.problem.small { font-size: 12px; }
.problem .code { font-weight: 700; }
.problem .where { font-family: ui-monospace, Menlo, Consolas, monospace; }
.problem ul { margin: 6px 0 0; padding-left: 18px; }
.email { margin-top: 12px; }
.email[data-stale="true"] .frames, .email[data-stale="true"] .headers { opacity: 0.45; }
.headers {
  display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 14px;
  margin: 0; padding: 12px 14px; background: #fff; border: 1px solid #d9dce3; border-radius: 8px;
}
.headers dt { font-weight: 600; color: #4a5163; }
.headers dd { margin: 0; overflow-wrap: anywhere; }
#subject { font-weight: 600; }
#rendered-from { margin-top: 8px; }
.size { display: flex; align-items: center; gap: 8px; margin: 6px 0 12px; font-size: 12px; color: #4a5163; }
.size meter { width: 160px; }
.size[data-over="true"] { color: #b91c1c; font-weight: 600; }
.frames { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.frames figure { margin: 0; }
.frames figcaption { font-size: 12px; color: #4a5163; margin-bottom: 4px; }
.frames iframe {
  display: block; height: 640px; border: 1px solid #c4c9d4; border-radius: 8px; background: #fff;
}
.frames iframe[data-theme="dark"] { background: #111318; border-color: #2c313c; }
h2 { font-size: 13px; margin: 20px 0 6px; color: #4a5163; }
.text {
  margin: 0; padding: 12px 14px; background: #fff; border: 1px solid #d9dce3; border-radius: 8px;
  white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace;
}
`;
