export {
	splitName,
	DEFAULT_SPLIT_NAME_OPTIONS,
	type NameParts,
	type SplitNameOptions,
} from './splitName';
export { detectNameOrder, type NameOrder } from './name/detectNameOrder';
export { findCompoundGivenNames } from './name/findCompoundGivenNames';
export {
	splitAddress,
	normalizeSplitAddressOptions,
	DEFAULT_SPLIT_ADDRESS_OPTIONS,
	type AddressParts,
	type SplitAddressOptions,
	type ZipFormat,
} from './splitAddress';
export {
	normalizePhone,
	DEFAULT_NORMALIZE_PHONE_OPTIONS,
	type NormalizePhoneOptions,
	type PhoneResult,
	type PhoneErrorCode,
} from './normalizePhone';
export {
	parseDate,
	DEFAULT_PARSE_DATE_OPTIONS,
	type ParseDateOptions,
	type DateOrder,
	type DateResult,
	type DateErrorCode,
} from './parseDate';
export { detectDateOrder } from './detectDateOrder';
export {
	normalizeEmail,
	DEFAULT_EMAIL_OPTIONS,
	type EmailOptions,
	type EmailResult,
	type EmailErrorCode,
} from './normalizeEmail';
export {
	checkEmailDeliverability,
	type DeliverabilityOptions,
	type DeliverabilityResult,
} from './checkEmailDeliverability';
export {
	createAddressSplitter,
	type AddressResult,
	type AddressSplitter,
} from './address/createAddressSplitter';
export { parseYesNo } from './parseYesNo';
export { createPhoneNormalizer } from './createPhoneNormalizer';
export { createEmailNormalizer } from './createEmailNormalizer';
export { createDateParser } from './createDateParser';
export {
	parseNumber,
	DEFAULT_PARSE_NUMBER_OPTIONS,
	type ParseNumberOptions,
	type DecimalMark,
	type NumberResult,
	type NumberErrorCode,
} from './number/parseNumber';
export { detectDecimalMark } from './number/detectDecimalMark';
