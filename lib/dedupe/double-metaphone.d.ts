/** Types for double-metaphone@1 (CommonJS, ships none): the primary and alternate Double Metaphone codes of a word. */
declare module 'double-metaphone' {
	function doubleMetaphone(value: string): [primary: string, alternate: string];
	export = doubleMetaphone;
}
