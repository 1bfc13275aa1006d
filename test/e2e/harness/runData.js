/* What the checks read back from n8n: a node's items in a saved execution, the counts a template's
 * reply or completion page writes per file, the same counts from the run's own node outputs, and the
 * dates n8n may have written during a run. */
'use strict';

/** the json of one output of a node in an execution's run data (its first run) */
function itemsOf(execution, node, output = 0) {
	const runs = execution?.data?.resultData?.runData?.[node];
	return (runs?.[0]?.data?.main?.[output] ?? []).map((i) => i.json);
}

/** the counts of a file's report, in the order the inbox and form templates write them */
const REPORT_KEYS = [
	'rows',
	'imported',
	'merged',
	'alreadyImported',
	'toFix',
	'review',
	'refused',
	'blank',
];

/** a file's block in a reply or completion page: "name.csv: 36 rows" then "- 28 imported into …" */
function countsIn(text, fileName) {
	const start = text.indexOf(`${fileName}: `);
	if (start < 0) return undefined;
	const block = text
		.slice(start)
		.split(/\n\s*\n/)[0]
		.split('\n');
	const n = (re) => Number(block.map((l) => re.exec(l)?.[1]).find((v) => v !== undefined) ?? 0);
	return {
		rows: Number(/: (\d+) rows?/.exec(block[0])?.[1]),
		imported: n(/^- (\d+) imported into/),
		merged: n(/^- (\d+) merged with another row/),
		alreadyImported: n(/^- (\d+) skipped: already imported/),
		toFix: n(/^- (\d+) not imported: they need fixing/),
		review: n(/^- (\d+) held back/),
		refused: n(/^- (\d+) refused by/),
		blank: n(/^- (\d+) skipped: blank/),
	};
}

/**
 * The same counts from the run's node outputs (independent of the template's report code), for the
 * file tagged fileKey in `_sheet`, or for every row when fileKey is undefined.
 */
function expectedFromRun(execution, fileKey) {
	const mine = (list) => (fileKey === undefined ? list : list.filter((r) => r._sheet === fileKey));
	const invalid = mine(itemsOf(execution, 'Map Columns', 1));
	const dups = mine(itemsOf(execution, 'Dedupe', 1));
	const unique = mine(itemsOf(execution, 'Dedupe', 0));
	const failed = mine(itemsOf(execution, 'Import Batch', 1));
	const toFix = invalid.filter((r) => r._status !== 'skipped');
	return {
		rows: mine(itemsOf(execution, 'Tag Rows With File')).length,
		imported: unique.length - failed.length,
		merged: dups.filter((d) => !d._dedupe?.seenBefore).length,
		alreadyImported: dups.filter((d) => d._dedupe?.seenBefore).length,
		toFix: toFix.length,
		review: mine(itemsOf(execution, 'Dedupe', 2)).length,
		refused: failed.length,
		blank: invalid.filter((r) => r._status === 'skipped').length,
		invalid: toFix,
		invalidRows: toFix.map((r) => r._row),
		unique,
	};
}

/** Dates n8n may have written in a file name or subject: its time zone's day at the start and end of a run. */
function datesDuring(start, end) {
	const zone = process.env.GENERIC_TIMEZONE || 'America/New_York';
	const ymd = (d) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);
	const dmy = (d) =>
		new Intl.DateTimeFormat('en-GB', {
			timeZone: zone,
			day: 'numeric',
			month: 'short',
			year: 'numeric',
		})
			.format(d)
			.replace('Sept', 'Sep');
	return { ymd: [ymd(start), ymd(end)], dmy: [dmy(start), dmy(end)] };
}

module.exports = { itemsOf, REPORT_KEYS, countsIn, expectedFromRun, datesDuring };
