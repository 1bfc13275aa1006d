/**
 * Word lists for splitting personal names.
 *
 * Sources: the honorifics, generational suffixes and post-nominal letters in
 * common US and UK use, as listed by the US Government Publishing Office
 * Style Manual (2016), ch. 9 "Abbreviations and Letter Symbols", and the
 * surname particles of Dutch, German, French, Spanish, Portuguese, Italian
 * and Arabic naming customs. Every entry is lower case with its periods
 * removed: lookups strip periods first, so "Ph.D." and "PhD" both match.
 */

/** Titles and honorifics that stand before a name. Multi-word titles are space-separated. */
export const TITLES: readonly string[] = [
	'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mmes', 'master', 'madam', 'madame', 'mme', 'mlle', 'monsieur',
	'dr', 'drs', 'doctor', 'doctors', 'prof', 'professor',
	'rev', 'revd', 'reverend', 'the reverend', 'the rev', 'fr', 'father', 'pastor', 'rabbi', 'imam', 'cantor',
	'bishop', 'archbishop', 'cardinal', 'deacon', 'elder', 'brother', 'sister', 'mother', 'msgr', 'monsignor',
	'hon', 'honorable', 'honourable', 'the hon', 'the honorable', 'the honourable', 'judge', 'justice',
	'chief justice', 'magistrate',
	'sir', 'dame', 'lord', 'lady', 'baron', 'baroness', 'count', 'countess', 'duke', 'duchess', 'prince', 'princess',
	'president', 'vice president', 'senator', 'sen', 'state senator', 'representative', 'rep',
	'state representative', 'congressman', 'congresswoman', 'governor', 'gov', 'lieutenant governor', 'lt gov',
	'mayor', 'ambassador', 'secretary', 'commissioner', 'councilman', 'councilwoman', 'councilmember', 'alderman',
	'sheriff', 'officer', 'detective', 'det', 'agent', 'chief', 'dean', 'chancellor',
	'capt', 'captain', 'col', 'colonel', 'lt col', 'gen', 'general', 'lt', 'lieutenant', 'maj', 'major', 'sgt',
	'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'cmdr', 'commander', 'cdr', 'ens', 'ensign',
	'herr', 'frau', 'sr', 'sra', 'srta', 'senor', 'señor', 'senora', 'señora', 'dra', 'don', 'doña', 'dona',
	'tuan', 'puan', 'dato', 'datuk', 'datin', 'tan sri', 'sheikh', 'shaikh', 'sayyid', 'haji', 'hajjah',
	'ustad', 'pandit', 'shri', 'sri', 'smt',
];

/** Titles that are also common given names or suffixes: taken only before at least two more words. */
export const WEAK_TITLES: readonly string[] = [
	'master', 'father', 'brother', 'sister', 'mother', 'judge', 'justice', 'major', 'general', 'elder', 'dean',
	'chief', 'private', 'agent', 'count', 'prince', 'princess', 'lady', 'don', 'dona', 'sr', 'president', 'sheriff',
	'officer', 'commander', 'captain', 'deacon', 'bishop', 'pastor', 'secretary', 'sri', 'tuan', 'puan',
];

/** Generational suffixes. Roman numerals I and V are handled apart, since they are also initials. */
export const GENERATIONAL_SUFFIXES: readonly string[] = [
	'jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'x', '2nd', '3rd', '4th', '5th',
	'junior', 'senior',
];

/**
 * Post-nominal letters: degrees, licences and professional designations.
 * Multi-word suffixes are space-separated.
 */
export const PROFESSIONAL_SUFFIXES: readonly string[] = [
	'esq', 'esquire', 'attorney', 'attorney at law', 'atty', 'jd', 'llm', 'llb',
	'md', 'do', 'dds', 'dmd', 'dvm', 'dc', 'od', 'dpm', 'phd', 'edd', 'psyd', 'dpt', 'pharmd', 'dnp', 'np', 'pa',
	'pac', 'rn', 'bsn', 'msn', 'lpn', 'lvn', 'cna', 'crna', 'lncc', 'facs', 'facp', 'faap', 'mph', 'lcsw', 'lmft',
	'lpc', 'ot', 'otr', 'pt', 'rph', 'sc',
	'cpa', 'cfa', 'cfp', 'clu', 'chfc', 'lutc', 'cpcu', 'cma', 'ea', 'mba', 'ma', 'ms', 'msc', 'bs', 'ba', 'bsc',
	'mfa', 'med', 'mpa', 'mpp', 'msw',
	'pe', 'ra', 'aia', 'leed ap', 'pmp', 'cissp', 'gri', 'realtor', 'crs', 'abr', 'sra',
	'ret', 'usa', 'usaf', 'usn', 'usmc', 'uscg', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'frcs', 'frcp', 'mrcp',
];

/** Suffixes that read as initials when they have no comma before them ("Drew V." is a middle initial). */
export const INITIAL_LIKE_SUFFIXES: readonly string[] = ['i', 'v'];

/** Surname particles: a word from this list before the surname belongs to the surname. */
export const SURNAME_PARTICLES: readonly string[] = [
	'van', 'von', 'vander', 'vanden', 'der', 'den', 'de', 'del', 'della', 'delle', 'dei', 'degli', 'di', 'da', 'das',
	'dos', 'do', 'du', 'des', 'la', 'le', 'las', 'los', 'ter', 'ten', 'zu', 'zur',
	'al', 'el', 'bin', 'binti', 'ibn', 'bint', 'st', 'ste', 'saint', 'mac', 'mc',
];

/** Particles that join two surnames ("de Lorenzo y Gutierez"). */
export const SURNAME_CONJUNCTIONS: readonly string[] = ['y'];

/** Words that join two titles ("Mr. and Mrs."). */
export const TITLE_CONJUNCTIONS: readonly string[] = ['and', '&', 'y'];

/**
 * Scottish and Irish "Mac" surnames whose next letter is a capital. "Mac" is
 * not capitalised by rule, because Mack, Macy and Machado are not MacX names.
 */
export const MAC_SURNAMES: readonly string[] = [
	'macarthur', 'macallister', 'macaulay', 'macbeth', 'macbride', 'maccallum', 'maccormack', 'macdonald',
	'macdougall', 'macduff', 'macewan', 'macfarlane', 'macgillivray', 'macgregor', 'macinnes', 'macinnis',
	'macintosh', 'macintyre', 'maciver', 'mackay', 'mackenzie', 'mackinnon', 'maclachlan', 'maclaren', 'maclean',
	'macleod', 'macmahon', 'macmillan', 'macnamara', 'macneil', 'macneill', 'macpherson', 'macquarie', 'macqueen',
	'macrae', 'mactavish', 'macvicar', 'macnaughton', 'macleish', 'macaskill', 'maclennan', 'macmurray',
];

/** How suffixes print when the input was wholly one case: the usual spelling of each. */
export const SUFFIX_SPELLINGS: Readonly<Record<string, string>> = {
	jr: 'Jr', sr: 'Sr', jnr: 'Jnr', snr: 'Snr', esq: 'Esq', esquire: 'Esquire', phd: 'PhD', edd: 'EdD',
	psyd: 'PsyD', pharmd: 'PharmD', llm: 'LLM', llb: 'LLB', chfc: 'ChFC', msc: 'MSc', bsc: 'BSc', med: 'MEd',
	junior: 'Junior', senior: 'Senior', attorney: 'Attorney', 'attorney at law': 'Attorney at Law', atty: 'Atty',
	realtor: 'Realtor', ret: 'Ret', '2nd': '2nd', '3rd': '3rd', '4th': '4th', '5th': '5th', pac: 'PA-C',
};
