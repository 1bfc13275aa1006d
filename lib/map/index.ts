export { autoMapHeaders } from './autoMapHeaders';
export { sniffColumn } from './sniffColumn';
export { createMappingProfile } from './createMappingProfile';
export { parseMappingProfile } from './parseMappingProfile';
export { overrideMapping } from './overrideMapping';
export type {
	AutoMapOptions,
	ColumnMapping,
	ColumnSniff,
	MappingProfile,
	MappingResult,
	ValueKind,
} from './types';
