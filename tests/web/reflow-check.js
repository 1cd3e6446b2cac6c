#!/usr/bin/env node
// WCAG 1.4.10 Reflow: at 320 CSS px wide, no page scrolls sideways. Opens
// each HTML file in headless Chromium with a 320 px wide window and reads
// document.documentElement.scrollWidth (wide tables may scroll inside their
// own region; the page may not). Exits 1 when a page is wider.
//   node reflow-check.js FILE.html...
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => fs.existsSync(p));
if (!chromium) {
  console.error('reflow-check: Chromium is not installed (apt-get install chromium)');
  process.exit(2);
}
const width = 320;
// Chromium's window is never narrower than 500 px: the page is measured in a
// 320 px wide frame (the frame is the page's viewport, as a phone's screen).
const frame = name => `<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="${name}" style="width:${width}px;height:900px;border:0"></iframe>
<script>
document.getElementById('f').addEventListener('load', () => {
  const w = document.getElementById('f').contentWindow, d = w.document;
  const pre = document.createElement('pre');
  pre.id = 'reflow-result';
  pre.textContent = JSON.stringify({ viewport: w.innerWidth, scrollWidth: d.documentElement.scrollWidth,
    widest: [...d.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w.innerWidth + 0.5
      && !e.closest('.table-scroll, .visually-hidden, .skip')).slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')) });
  document.body.appendChild(pre);
});
</script></body></html>`;

let failed = false;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reflow-'));
for (const file of process.argv.slice(2)) {
  fs.copyFileSync(file, path.join(work, 'page.html'));
  const wrapper = path.join(work, 'frame.html');
  fs.writeFileSync(wrapper, frame('page.html'));
  const dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
    '--allow-file-access-from-files', `--user-data-dir=${path.join(work, 'profile')}`, '--window-size=800,900',
    '--virtual-time-budget=10000', '--dump-dom', 'file://' + wrapper],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 << 20 });
  const m = dom.match(/<pre id="reflow-result">([\s\S]*?)<\/pre>/);
  if (!m) {
    console.log(`${file}: no result from the page`);
    failed = true;
    continue;
  }
  const r = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  if (r.viewport !== width) {
    console.log(`${file}: the window was ${r.viewport} px wide, not ${width}`);
    failed = true;
  } else if (r.scrollWidth > width) {
    console.log(`${file}: ${r.scrollWidth} px wide at ${width} px (wider: ${r.widest.join(', ')})`);
    failed = true;
  } else {
    console.log(`${file}: reflows at ${width} px (scrollWidth ${r.scrollWidth})`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
