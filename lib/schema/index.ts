export { defineSchema, type FieldSpec, type SchemaSpec } from './defineSchema';
export { getSchema } from './getSchema';
export type { FieldDef, FieldDefault, FieldType, Schema } from './types';
export type { FieldFlags, ValueKind } from './types';
