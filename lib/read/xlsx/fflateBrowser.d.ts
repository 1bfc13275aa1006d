/**
 * fflate's browser build, typed as its main entry. The reader imports it
 * rather than `fflate` because the bundler resolves `fflate` to the Node
 * build, which loads `worker_threads` at start-up for the asynchronous API
 * (which n8n's package scanner refuses); the browser build's synchronous and
 * streaming classes are the same code, and the unused worker parts are
 * dropped by tree-shaking. The project's `moduleResolution: node` does not
 * read package `exports`, hence this declaration.
 */
declare module 'fflate/browser' {
	export { Inflate, inflateSync } from 'fflate';
}
