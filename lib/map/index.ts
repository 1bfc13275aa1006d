export { autoMapHeaders } from './autoMapHeaders';
export { sniffColumn } from './sniffColumn';
export type { AutoMapOptions, ColumnMapping, ColumnSniff, MappingProfile, MappingResult, ValueKind } from './types';
