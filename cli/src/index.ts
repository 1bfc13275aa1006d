/** The Node-only parts: what the pure library takes as injected functions. */
export { nodeSleep } from './nodeSleep';
export { resolveMxWithDns } from './resolveMxWithDns';
