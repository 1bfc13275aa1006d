export { transformRecords, DEFAULT_TRANSFORM_OPTIONS } from './transformRecords';
export { createImportTemplate } from './createImportTemplate';
export type {
	FixedValue,
	MappingLike,
	RowResult,
	TransformOptions,
	TransformResult,
} from './types';
