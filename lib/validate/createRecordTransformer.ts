import type { Schema } from '../schema/types';
import { openTransformer } from './transform/openTransformer';
import type { MappingLike, RecordTransformer, TransformDecisions, TransformOptions } from './types';

/**
 * Prepares {@link transformRecords} for rows that come in batches (a stream,
 * worker threads): the options and mapping are checked and the normalizers
 * built once, here; `decide(sample)` settles each column's day-month order,
 * decimal mark and name order from sample rows, once; then
 * `transform(rows, firstIndex)` gives, batch by batch, exactly the results
 * transformRecords gives for those rows with the same decisions.
 *
 * The decisions are plain JSON: pass them back as `options.decided` (in a
 * worker thread, say) to skip deciding and get identical results. A later
 * value that contradicts a decided order ("25/03/1980" in a column decided
 * month first) is reported on its row, never read the other way.
 *
 * @param mapping - which column holds which field: an {@link autoMapHeaders} result or a {@link MappingProfile}
 * @param schema - a built-in schema's name or a {@link Schema}
 * @param options - see {@link TransformOptions}; `decided`: decisions of an earlier `decide()`
 * @returns the transformer: `decide`, `decisions`, `transform`
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for a bad option, mapping or `decided` (checked once)
 *
 * @example
 * const t = createRecordTransformer({ columns: [{ header: 'Name', field: 'fullName' }, { header: 'DOB', field: 'dateOfBirth' }] }, 'clients')
 * t.decide([{ Name: 'Ada Lovelace', DOB: '25/12/1980' }])
 * //=> { dateOrders: { dateOfBirth: 'DMY' }, decimalMarks: {}, nameOrders: { fullName: 'givenFirst' } }
 * t.transform([{ Name: 'Alan Turing', DOB: '03/04/1981' }], 1)[0]
 * //=> { row: 3, index: 1, status: 'valid', record: { firstName: 'Alan', lastName: 'Turing', dateOfBirth: '1981-04-03' }, issues: [] }
 */
export function createRecordTransformer(
	mapping: MappingLike,
	schema: string | Schema,
	options?: TransformOptions & { decided?: TransformDecisions },
): RecordTransformer {
	return openTransformer(mapping, schema, options).transformer;
}
