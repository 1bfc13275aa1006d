export { splitName, type NameParts } from './splitName';
export {
	splitAddress,
	normalizeSplitAddressOptions,
	DEFAULT_SPLIT_ADDRESS_OPTIONS,
	type AddressParts,
	type SplitAddressOptions,
} from './splitAddress';
