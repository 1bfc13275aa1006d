/**
 * Given names of two or three words that are one name, not a first and a
 * middle name: "Mary Ann", "Jean Pierre", "Juan Carlos", "De Andre". Lower
 * case, periods removed, space-separated.
 *
 * Written for issue 17 from the compound given names that Wikipedia's
 * "Compound given name" article (https://en.wikipedia.org/wiki/Compound_given_name)
 * lists for English (the American South's "Mary Ann", "Billy Bob"; African
 * American names built on De-, La-, Da-), French ("Jean-Pierre", often
 * written without the hyphen), Spanish and Portuguese ("José Luis", "María
 * José", "María del Carmen"), German ("Karl Heinz") and Italian
 * ("Anna Maria") custom. Only names that are hardly ever a first and a
 * middle name are listed: "John Michael" is not, nor is "Rose Marie", which
 * labelled name sets read as Rose with the middle name Marie.
 */
export const COMPOUND_GIVEN_NAMES: readonly string[] = [
	'mary ann',
	'mary jo',
	'mary beth',
	'mary lou',
	'anna maria',
	'ana maria',
	'jo ann',
	'lee ann',
	'sue ellen',
	'betty jo',
	'billy bob',
	'billy joe',
	'bobby joe',
	'jean paul',
	'jean pierre',
	'jean luc',
	'jean claude',
	'jean marc',
	'jean louis',
	'jean baptiste',
	'jean michel',
	'jean francois',
	'jean philippe',
	'marie claire',
	'marie france',
	'marie therese',
	'anne sophie',
	'juan carlos',
	'juan pablo',
	'juan manuel',
	'juan jose',
	'juan antonio',
	'jose luis',
	'jose antonio',
	'jose maria',
	'jose manuel',
	'maria jose',
	'maria fernanda',
	'maria del carmen',
	'maria del mar',
	'maria de los angeles',
	'luis miguel',
	'miguel angel',
	'karl heinz',
	'hans jurgen',
	'de andre',
	'de shawn',
	'de wayne',
	'da shawn',
	'la toya',
	'la shawn',
	'la donna',
];
