#!/usr/bin/env bash
# End-to-end check in a real n8n (not part of CI: n8n is a 1.4 GB install).
# Usage: scripts/e2e-n8n.sh <folder where n8n 1.123.x is installed>
# Installs the packed package as a community node, imports a workflow that
# reads examples/outlook-contacts-windows1252.csv from disk in n8n's
# filesystem binary mode and runs it through Spreadsheet to Records, Map
# Columns (clients) and Dedupe, whose second input holds one existing client
# (Jose Mueller, set by an Edit Fields node); n8n prints the last node's
# items: Dedupe's Unique records, José Müller's as an update of the existing client.
# Then Import Batch sends the Unique records to the tests' local import server
# (started here, in its own process) through an Intake API credential, and a
# second Import Batch reverts that import from its report: n8n prints the
# revert's report, which deletes exactly the records the import created.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n8n_dir="${1:?give the folder where n8n is installed}"
user="$(mktemp -d)"
cd "$root"
coproc SERVER { exec node -r ts-node/register/transpile-only bench/helpers/importServerProcess.ts; }
read -r url <&"${SERVER[0]}"
trap 'exec {SERVER[1]}>&-; rm -rf "$user"' EXIT
cat > "$user/creds.json" <<JSON
[{ "id": "intakeCred000001", "name": "Local Intake", "type": "intakeApi",
   "data": { "baseUrl": "$url", "authentication": "bearer", "token": "admin-token", "extraHeaders": "{}", "testPath": "/api/v1/me" } }]
JSON
npm run build --silent >/dev/null
tgz="$(npm pack --silent --pack-destination "$user")"
mkdir -p "$user/.n8n/nodes/node_modules/n8n-nodes-intake"
tar -xzf "$user/$tgz" -C "$user/.n8n/nodes/node_modules/n8n-nodes-intake" --strip-components=1
cat > "$user/wf.json" <<JSON
{
  "id": "e2eIntake0000001",
  "name": "intake e2e",
  "active": false,
  "nodes": [
    { "id": "a", "name": "Start", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [0, 0], "parameters": {} },
    { "id": "b", "name": "Read File", "type": "n8n-nodes-base.readWriteFile", "typeVersion": 1, "position": [200, 0],
      "parameters": { "operation": "read", "fileSelector": "$root/examples/outlook-contacts-windows1252.csv", "options": {} } },
    { "id": "c", "name": "Spreadsheet to Records", "type": "n8n-nodes-intake.spreadsheetToRecords", "typeVersion": 1, "position": [400, 0],
      "parameters": { "binaryPropertyName": "data", "options": {} } },
    { "id": "d", "name": "Map Columns", "type": "n8n-nodes-intake.mapColumns", "typeVersion": 1, "position": [600, 0],
      "parameters": { "schema": "clients", "options": { "defaults": { "values": [{ "field": "country", "value": "US" }] } } } },
    { "id": "e", "name": "Existing Clients", "type": "n8n-nodes-base.set", "typeVersion": 3.4, "position": [600, 200],
      "parameters": { "mode": "raw", "jsonOutput": "{ \"id\": \"c-1\", \"firstName\": \"Jose\", \"lastName\": \"Mueller\", \"email\": \"JOSE.MUELLER@example.com\", \"company\": \"Acme\" }", "options": {} } },
    { "id": "f", "name": "Dedupe", "type": "n8n-nodes-intake.dedupe", "typeVersion": 1, "position": [800, 0],
      "parameters": { "policy": "merge", "threshold": 0.8, "options": {} } },
    { "id": "g", "name": "Import Batch", "type": "n8n-nodes-intake.importBatch", "typeVersion": 1, "position": [1000, 0],
      "parameters": { "operation": "import", "object": "clients", "mode": "bulk", "onError": "skip", "importOptions": { "source": "outlook-contacts-windows1252.csv" } },
      "credentials": { "intakeApi": { "id": "intakeCred000001", "name": "Local Intake" } } },
    { "id": "h", "name": "Revert Import", "type": "n8n-nodes-intake.importBatch", "typeVersion": 1, "position": [1200, 0],
      "parameters": { "operation": "revert" },
      "credentials": { "intakeApi": { "id": "intakeCred000001", "name": "Local Intake" } } }
  ],
  "connections": {
    "Start": { "main": [[{ "node": "Read File", "type": "main", "index": 0 }, { "node": "Existing Clients", "type": "main", "index": 0 }]] },
    "Read File": { "main": [[{ "node": "Spreadsheet to Records", "type": "main", "index": 0 }]] },
    "Spreadsheet to Records": { "main": [[{ "node": "Map Columns", "type": "main", "index": 0 }]] },
    "Map Columns": { "main": [[{ "node": "Dedupe", "type": "main", "index": 0 }], []] },
    "Existing Clients": { "main": [[{ "node": "Dedupe", "type": "main", "index": 1 }]] },
    "Dedupe": { "main": [[{ "node": "Import Batch", "type": "main", "index": 0 }], []] },
    "Import Batch": { "main": [[{ "node": "Revert Import", "type": "main", "index": 0 }], []] }
  },
  "settings": {}
}
JSON
export N8N_USER_FOLDER="$user" N8N_EXPRESSION_ENGINE=legacy N8N_RUNNERS_ENABLED=false \
	N8N_DEFAULT_BINARY_DATA_MODE=filesystem N8N_RESTRICT_FILE_ACCESS_TO="$root/examples" \
	N8N_DIAGNOSTICS_ENABLED=false N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false
"$n8n_dir/node_modules/.bin/n8n" import:credentials --input="$user/creds.json"
"$n8n_dir/node_modules/.bin/n8n" import:workflow --input="$user/wf.json"
"$n8n_dir/node_modules/.bin/n8n" execute --id e2eIntake0000001 --rawOutput
