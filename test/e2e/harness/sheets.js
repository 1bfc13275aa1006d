/* ctx.readSheet: the rows of a spreadsheet attachment as arrays of strings, read with other code
 * than the package's own (papaparse for CSV/TSV, SheetJS @e965/xlsx for XLSX/XLS/ODS), both from
 * the repository's root node_modules. */
'use strict';
const path = require('node:path');

/**
 * @param {string} repo the repository root (its node_modules holds the readers)
 * @returns {(buffer: Buffer, filename: string, options?: { sheet?: string | number }) => string[][]}
 */
function sheetReader(repo) {
	const load = (name) =>
		require(require.resolve(name, { paths: [path.join(repo, 'node_modules')] }));
	return function readSheet(buffer, filename, options = {}) {
		const ext = path.extname(filename).toLowerCase();
		if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
			const Papa = load('papaparse');
			let text = buffer.toString('utf8');
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			const parsed = Papa.parse(text, {
				delimiter: ext === '.tsv' ? '\t' : '',
				skipEmptyLines: 'greedy',
			});
			if (parsed.errors.length)
				throw new Error(
					`readSheet ${filename}: ${parsed.errors
						.slice(0, 3)
						.map((e) => `row ${e.row}: ${e.message}`)
						.join('; ')}`,
				);
			return parsed.data.map((row) => row.map((v) => String(v)));
		}
		if (['.xlsx', '.xls', '.ods', '.xlsm'].includes(ext)) {
			const XLSX = load('@e965/xlsx');
			const book = XLSX.read(buffer, { type: 'buffer', cellDates: false });
			const name =
				typeof options.sheet === 'string' ? options.sheet : book.SheetNames[options.sheet ?? 0];
			const sheet = book.Sheets[name];
			if (!sheet) throw new Error(`readSheet ${filename}: no sheet ${name} (${book.SheetNames})`);
			return XLSX.utils
				.sheet_to_json(sheet, { header: 1, raw: false, defval: '', blankrows: false })
				.map((row) => row.map((v) => String(v)));
		}
		throw new Error(`readSheet ${filename}: not a CSV, TSV, XLSX, XLS or ODS file name`);
	};
}

module.exports = { sheetReader };
