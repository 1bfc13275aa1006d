export { transformRecords, DEFAULT_TRANSFORM_OPTIONS } from './transformRecords';
export { createRecordTransformer } from './createRecordTransformer';
export { createImportTemplate } from './createImportTemplate';
export type {
	FixedValue,
	MappingLike,
	RecordTransformer,
	RowResult,
	TransformDecisions,
	TransformOptions,
	TransformResult,
} from './types';
