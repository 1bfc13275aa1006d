export { splitName, type NameParts } from './splitName';
