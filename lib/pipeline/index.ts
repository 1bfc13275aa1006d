export { runImport } from './runImport';
export { DEFAULT_SAMPLE_ROWS } from './options';
export type {
	PipelineDedupeOptions,
	PipelineException,
	PipelineProgress,
	PipelineReport,
	PipelineRowOutcome,
	PipelineRowOutcome as RowOutcome,
	PipelineStage,
	RunImportOptions,
	TransformBatch,
} from './types';
