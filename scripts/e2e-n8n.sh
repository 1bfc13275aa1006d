#!/usr/bin/env bash
# End-to-end checks in a real n8n (not part of CI: n8n is a 2.2 GB install).
# Usage: scripts/e2e-n8n.sh <folder where n8n is installed> [node binary]
#   the node binary defaults to $E2E_NODE, else `node` on PATH; n8n 2.x needs Node 24
#   (scripts/e2e-install-n8n.sh installs both). The work folder is $E2E_WORK, else a new
#   /tmp/n8n-e2e-run.XXXXXX; it keeps n8n's output of every step under logs/.
# It copies the working tree (tracked and new files) to the work folder, builds and packs
# the copy there (the repository itself is never written), installs the tarball as a
# community node in a fresh n8n user folder (SQLite), starts the tests' local import
# server (counts-only answers, scripts/e2e-import-server.ts), imports two Intake API
# credentials (a good token and a wrong one) and runs workflows with `n8n execute`:
#   1 Dedupe's three outputs, _dedupe/_row, the household, an existing client, pairedItem
#   2 Remember Across Executions = This Workflow over three executions; This Node; what an
#     import that fails or halts after it leaves remembered
#   3 Dedupe (Update) -> Import Batch (tagging): PATCH of the existing client, totals,
#     rows; then Revert Import from the report in a later execution
#   4 a halted import fails the execution (message, saved error, context.report); On Error
#     = Continue, Output Report on Error, error output; a wrong token, never leaked
#   5 Map Columns with Continue On Fail and a bad custom schema: errors on Invalid
#   6 n8n loads the package (1 credential, 4 nodes) and logs nothing wrong about it
#   8 a CSV (Windows-1252), an .xlsx and an .xls from examples/ read from disk through the chain
#     (Spreadsheet to Records v1), then v2 as a new user adds it: the title row found, v1 as before,
#     and the samples of issue 17 (merged cells with and without Fill Merged Cells, decimal commas,
#     addresses of six countries, surname-first names, Google Contacts' typed columns, an ODS read
#     whole with Read All Sheets), each through Map Columns and Dedupe with its values checked
#   9 Import Batch's Import File on examples/clients-messy.csv read from disk, Find Duplicates on,
#     beside the chain (Spreadsheet to Records v2 → Map Columns → Dedupe → Import Batch) on the same
#     file: one report item and the exceptions (the same invalid rows and codes as Map Columns,
#     row by row), the same merges as Dedupe, the same people at the target; read as a stream in
#     the filesystem binary mode and from memory in the in-memory one; a refused token fails it
#   7 with E2E_QUEUE=1 (as root, with postgresql and redis-server installed; n8n 2.x): queue
#     mode, n8n start + n8n worker on PostgreSQL and Redis started here; Remember Across
#     Executions through webhooks, eight executions at once, a halted import's saved error
#     and the report in the workflow's error workflow
# E2E_ONLY=9 (a comma-separated list of the numbers above) runs only those checks.
# E2E_BENCH=<file.csv> runs scripts/e2e-import-file-bench.js on that file instead of the checks:
# the chain against Import File, time and peak RSS side by side (E2E_BENCH_RUNS runs each, default 2).
# Each check prints PASS, FAIL or WARN (a trap for users rather than a broken promise) with
# its evidence; the last line is "N passed, N failed"; the exit code is 1 when any failed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n8n_dir="$(cd "${1:?give the folder where n8n is installed}" && pwd)"
node_bin="${2:-${E2E_NODE:-node}}"
work="${E2E_WORK:-$(mktemp -d /tmp/n8n-e2e-run.XXXXXX)}"
mkdir -p "$work/src"
echo "work folder: $work"
cd "$root"
git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf - | tar -xf - -C "$work/src"
ln -sfn "$root/node_modules" "$work/src/node_modules"
start=$(date +%s)
(cd "$work/src" && npm run build --silent >"$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }
tgz="$(cd "$work/src" && npm pack --silent --pack-destination "$work" | tail -1)"
echo "built and packed $tgz in $(( $(date +%s) - start )) s"
if [ "${E2E_QUEUE:-}" = 1 ]; then
	# queue mode too: PostgreSQL and Redis of the system (apt-get install postgresql redis-server), on loopback, in the work folder
	pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
	export E2E_PG_PORT="${E2E_PG_PORT:-55432}" E2E_REDIS_PORT="${E2E_REDIS_PORT:-56379}"
	chmod o+x "$work" && mkdir -p "$work/pg" && chown postgres "$work/pg"
	runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 >"$work/pg/initdb.log"
	runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $E2E_PG_PORT -k $work/pg" start >/dev/null
	"$pg_bin/createdb" -h 127.0.0.1 -p "$E2E_PG_PORT" -U postgres n8n
	redis-server --bind 127.0.0.1 --port "$E2E_REDIS_PORT" --daemonize yes --save '' --pidfile "$work/redis.pid" --logfile "$work/redis.log"
	trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null; [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")"' EXIT
	"$node_bin" "$root/scripts/e2e-n8n.js" "$n8n_dir" "$work/$tgz" "$work" "$work/src"
elif [ -n "${E2E_BENCH:-}" ]; then
	exec "$node_bin" "$root/scripts/e2e-import-file-bench.js" "$n8n_dir" "$work/$tgz" "$work" "$work/src" "$E2E_BENCH" "${E2E_BENCH_RUNS:-2}"
else
	exec "$node_bin" "$root/scripts/e2e-n8n.js" "$n8n_dir" "$work/$tgz" "$work" "$work/src"
fi
