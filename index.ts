/**
 * The package's library entry point. The one list of public names is
 * `lib/index.ts`; this file only re-exports it, so the two can never differ.
 */
export * from './lib';
