#!/usr/bin/env bash
# Renders every sample plan (and the demo plan's follow-up report) to HTML and checks it as a county would before
# publishing: html-validate, then axe-core in headless Chromium.
#   tests/web/check-html.sh BIN_DIR [html-validate|axe|reflow]
# reflow: every page, and the synthetic 600-goal plan's, fits 320 CSS px (WCAG 1.4.10).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$1
what=${2:-all}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for plan in "$here"/../../data/*.json; do
    "$bin/planverk-cli" render "$plan" -o "$out/$(basename "${plan%.json}").html"
done
# The follow-up report of the demo plan, as published on the web (issue 14).
"$bin/planverk-cli" report "$here/../../data/demo-oppfolging-2024-2027.json" -o "$out/report-demo.html"
# A plan whose every text is hostile must still give valid, clean HTML.
"$bin/planverk-cli" render "$here/../data/hostile-plan.json" -o "$out/hostile-plan.html"
if [ "$what" = all ] || [ "$what" = reflow ]; then
    "$bin/planverk-make-synthetic" "$out/synthetic-plan.json" >/dev/null
    "$bin/planverk-cli" render "$out/synthetic-plan.json" -o "$out/synthetic-plan.html"
    rm "$out/synthetic-plan.json"
fi
cd "$here"
if [ "$what" = all ] || [ "$what" = html-validate ]; then
    node_modules/.bin/html-validate --config .htmlvalidate.json "$out"/*.html
    echo "html-validate: $(ls "$out"/*.html | wc -l) files valid"
fi
if [ "$what" = all ] || [ "$what" = axe ]; then
    node axe-check.js "$out"/*.html
fi
if [ "$what" = all ] || [ "$what" = reflow ]; then
    node reflow-check.js "$out"/*.html
fi
