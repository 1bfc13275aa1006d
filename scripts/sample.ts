/**
 * The main job on the bundled samples: reads every file in examples/ into
 * records and prints what was detected, how many rows came out, the issues
 * found, and the first records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIntakeError, readSpreadsheet } from '../index';

async function main(): Promise<void> {
	const dir = join(__dirname, '..', 'examples');
	const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
	let totalRows = 0;
	for (const file of files) {
		const bytes = readFileSync(join(dir, file));
		// The clients workbook has a title row; the others start with their headers.
		const headerRow = file.startsWith('clients-with-title-row') ? 3 : 1;
		try {
			const r = await readSpreadsheet(bytes, { fileName: file, headerRow });
			totalRows += r.rows.length;
			const dialect = r.format === 'csv' || r.format === 'tsv' ? `encoding ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}` : `sheet "${r.sheet}" of [${r.sheets?.join(', ')}]`;
			console.log(`\n${file}\n  ${r.format.toUpperCase()}, ${dialect}; header on row ${r.headerRowNumber}`);
			console.log(`  ${r.headers.length} columns: ${r.headers.join(' | ')}`);
			console.log(`  ${r.rows.length} records, ${r.issues.length} issue(s)`);
			for (const issue of r.issues) console.log(`    ! row ${issue.row}: [${issue.code}] ${issue.message}`);
			r.rows.slice(0, 3).forEach((row, i) => console.log(`    row ${r.rowNumbers[i]}: ${JSON.stringify(row)}`));
		} catch (e) {
			if (!isIntakeError(e)) throw e;
			console.log(`\n${file}\n  could not be read: [${e.code}] ${e.message}`);
		}
	}
	console.log(`\n${files.length} files, ${totalRows} records in all.`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
