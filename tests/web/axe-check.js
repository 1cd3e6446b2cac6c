#!/usr/bin/env node
// Runs axe-core (WCAG 2.1 A and AA rules, and best practices) on HTML files in
// headless Chromium and prints the violations; exits 1 if there are any.
//   node axe-check.js FILE.html...
// Chromium is driven through --dump-dom: axe runs inside the page and writes
// its result into the DOM, which Chromium prints.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => fs.existsSync(p));
if (!chromium) {
  console.error('axe-check: Chromium is not installed (apt-get install chromium)');
  process.exit(2);
}
const runner = `
<script>${axeSource}</script>
<script>
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
  .then(r => {
    const pre = document.createElement('pre');
    pre.id = 'axe-result';
    pre.textContent = JSON.stringify({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })), passes: r.passes.length });
    document.body.appendChild(pre);
  })
  .catch(e => { const pre = document.createElement('pre'); pre.id = 'axe-result'; pre.textContent = JSON.stringify({ error: String(e) }); document.body.appendChild(pre); });
</script>`;

let failed = false;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'axe-'));
for (const file of process.argv.slice(2)) {
  const html = fs.readFileSync(file, 'utf8');
  const probe = path.join(work, path.basename(file));
  fs.writeFileSync(probe, html.replace('</body>', runner + '</body>'));
  const dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(work, 'profile')}`,
    '--virtual-time-budget=20000', '--dump-dom', 'file://' + probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  const m = dom.match(/<pre id="axe-result">([\s\S]*?)<\/pre>/);
  if (!m) {
    console.log(`${file}: axe did not report (no result in the page)`);
    failed = true;
    continue;
  }
  const result = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  if (result.error) {
    console.log(`${file}: axe failed: ${result.error}`);
    failed = true;
  } else if (result.violations.length) {
    failed = true;
    for (const v of result.violations)
      console.log(`${file}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.join(', ')})`);
  } else {
    console.log(`${file}: no axe violations (${result.passes} rules passed)`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
