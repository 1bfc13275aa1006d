/** What every command shares: errors and exit codes, input files, schemas, output files, progress bars. */
export { CliError, EXIT, fail } from './CliError';
export { reportError } from './reportError';
export { readInput, type InputFile } from './readInput';
export { schemaOf } from './schemaOf';
export { formatOf, writeRecordsTo } from './writeRecordsTo';
export { isAtomicTempName, writeFileAtomically } from './writeFileAtomically';
export { jsonChunks, printJson, writeJsonFile } from './writeJson';
export { createProgress, type Progress, type StageProgress } from './createProgress';
