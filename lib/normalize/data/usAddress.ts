/**
 * Word lists for splitting US postal addresses.
 *
 * Sources: USPS Publication 28, "Postal Addressing Standards" (2015 ed.):
 * Appendix B (state and territory abbreviations), Appendix C1 (street
 * suffixes: primary names, common abbreviations and USPS abbreviations) and
 * Appendix C2 (secondary unit designators), and §233 (directionals).
 * Every entry is lower case with periods removed.
 */

/** USPS codes of the states, DC, territories and military "states", keyed by lower-case name. */
export const US_STATES: Readonly<Record<string, string>> = {
	alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO',
	connecticut: 'CT', delaware: 'DE', 'district of columbia': 'DC', 'washington dc': 'DC', florida: 'FL',
	georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA', kansas: 'KS',
	kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD', massachusetts: 'MA', michigan: 'MI',
	minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT', nebraska: 'NE', nevada: 'NV',
	'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY', 'north carolina': 'NC',
	'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA', 'rhode island': 'RI',
	'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT', vermont: 'VT',
	virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
	'american samoa': 'AS', guam: 'GU', 'northern mariana islands': 'MP', 'puerto rico': 'PR',
	'us virgin islands': 'VI', 'virgin islands': 'VI', 'federated states of micronesia': 'FM',
	'marshall islands': 'MH', palau: 'PW', 'armed forces americas': 'AA', 'armed forces europe': 'AE',
	'armed forces pacific': 'AP',
	// common abbreviations that are not USPS codes
	ala: 'AL', ariz: 'AZ', ark: 'AR', calif: 'CA', cal: 'CA', colo: 'CO', conn: 'CT', del: 'DE', fla: 'FL',
	ill: 'IL', ind: 'IN', kan: 'KS', kans: 'KS', mass: 'MA', mich: 'MI', minn: 'MN', miss: 'MS', mont: 'MT',
	neb: 'NE', nebr: 'NE', nev: 'NV', okla: 'OK', ore: 'OR', oreg: 'OR', penn: 'PA', penna: 'PA', tenn: 'TN',
	tex: 'TX', wash: 'WA', wis: 'WI', wisc: 'WI', wyo: 'WY',
};

/** States whose ZIP codes begin with 0, where a 4-digit ZIP has lost its leading zero to a spreadsheet. */
export const ZERO_ZIP_STATES: readonly string[] = ['CT', 'MA', 'ME', 'NH', 'NJ', 'PR', 'RI', 'VT', 'VI', 'AE'];

/** Street suffixes: USPS primary names, common abbreviations and standard abbreviations (Pub. 28 C1). */
export const STREET_TYPES: readonly string[] = [
	'allee', 'alley', 'ally', 'aly', 'anex', 'annex', 'anx', 'arc', 'arcade', 'av', 'ave', 'aven', 'avenu',
	'avenue', 'avn', 'avnue', 'bayoo', 'bayou', 'byu', 'bch', 'beach', 'bend', 'bnd', 'blf', 'bluf', 'bluff',
	'bluffs', 'blfs', 'bot', 'btm', 'bottm', 'bottom', 'blvd', 'boul', 'boulevard', 'boulv', 'br', 'brnch',
	'branch', 'brdge', 'brg', 'bridge', 'brk', 'brook', 'brooks', 'brks', 'burg', 'bg', 'burgs', 'bgs', 'byp',
	'bypa', 'bypas', 'bypass', 'byps', 'camp', 'cp', 'cmp', 'canyn', 'canyon', 'cnyn', 'cyn', 'cape', 'cpe',
	'causeway', 'causwa', 'cswy', 'cen', 'cent', 'center', 'centr', 'centre', 'cnter', 'cntr', 'ctr',
	'centers', 'ctrs', 'cir', 'circ', 'circl', 'circle', 'crcl', 'crcle', 'circles', 'cirs', 'clf', 'cliff',
	'clfs', 'cliffs', 'clb', 'club', 'common', 'cmn', 'commons', 'cmns', 'cor', 'corner', 'corners', 'cors',
	'course', 'crse', 'court', 'ct', 'courts', 'cts', 'cove', 'cv', 'coves', 'cvs', 'creek', 'crk', 'crescent',
	'cres', 'crsent', 'crsnt', 'crest', 'crst', 'crossing', 'crssng', 'xing', 'crossroad', 'xrd', 'crossroads',
	'xrds', 'curve', 'curv', 'dale', 'dl', 'dam', 'dm', 'div', 'divide', 'dv', 'dvd', 'dr', 'driv', 'drive',
	'drv', 'drives', 'drs', 'est', 'estate', 'estates', 'ests', 'exp', 'expr', 'express', 'expressway', 'expw',
	'expwy', 'expy', 'ext', 'extension', 'extn', 'extnsn', 'exts', 'fall', 'falls', 'fls', 'ferry', 'frry',
	'fry', 'field', 'fld', 'fields', 'flds', 'flat', 'flt', 'flats', 'flts', 'ford', 'frd', 'fords', 'frds',
	'forest', 'forests', 'frst', 'forg', 'forge', 'frg', 'forges', 'frgs', 'fork', 'frk', 'forks', 'frks',
	'fort', 'frt', 'ft', 'freeway', 'freewy', 'frway', 'frwy', 'fwy', 'garden', 'gardn', 'grden', 'grdn',
	'gdn', 'gardens', 'gdns', 'grdns', 'gateway', 'gatewy', 'gatway', 'gtway', 'gtwy', 'glen', 'gln', 'glens',
	'glns', 'green', 'grn', 'greens', 'grns', 'grov', 'grove', 'grv', 'groves', 'grvs', 'harb', 'harbor',
	'harbr', 'hbr', 'hrbor', 'harbors', 'hbrs', 'haven', 'hvn', 'ht', 'hts', 'heights', 'highway', 'highwy',
	'hiway', 'hiwy', 'hway', 'hwy', 'hill', 'hl', 'hills', 'hls', 'hllw', 'hollow', 'hollows', 'holw', 'holws',
	'inlt', 'inlet', 'is', 'island', 'islnd', 'islands', 'islnds', 'iss', 'isle', 'isles', 'jct', 'jction',
	'jctn', 'junction', 'junctn', 'juncton', 'jctns', 'jcts', 'junctions', 'key', 'ky', 'keys', 'kys', 'knl',
	'knol', 'knoll', 'knls', 'knolls', 'lk', 'lake', 'lks', 'lakes', 'land', 'landing', 'lndg', 'lndng',
	'lane', 'ln', 'lgt', 'light', 'lights', 'lgts', 'lf', 'loaf', 'lck', 'lock', 'lcks', 'locks', 'ldg',
	'ldge', 'lodg', 'lodge', 'loop', 'loops', 'lp', 'mall', 'mnr', 'manor', 'manors', 'mnrs', 'meadow', 'mdw',
	'mdws', 'meadows', 'medows', 'mews', 'mill', 'ml', 'mills', 'mls', 'missn', 'mssn', 'msn', 'motorway',
	'mtwy', 'mnt', 'mt', 'mount', 'mntain', 'mntn', 'mountain', 'mountin', 'mtin', 'mtn', 'mntns',
	'mountains', 'mtns', 'nck', 'neck', 'orch', 'orchard', 'orchrd', 'oval', 'ovl', 'overpass', 'opas',
	'park', 'prk', 'parks', 'parkway', 'parkwy', 'pkway', 'pkwy', 'pky', 'parkways', 'pkwys', 'pass', 'passage',
	'psge', 'path', 'paths', 'pike', 'pikes', 'pine', 'pne', 'pines', 'pnes', 'pl', 'place', 'plain', 'pln',
	'plains', 'plns', 'plaza', 'plz', 'plza', 'point', 'pt', 'points', 'pts', 'port', 'prt', 'ports', 'prts',
	'pr', 'prairie', 'prr', 'rad', 'radial', 'radiel', 'radl', 'ramp', 'ranch', 'ranches', 'rnch', 'rnchs',
	'rapid', 'rpd', 'rapids', 'rpds', 'rest', 'rst', 'rdg', 'rdge', 'ridge', 'ridges', 'rdgs', 'riv', 'river',
	'rvr', 'rivr', 'rd', 'road', 'roads', 'rds', 'route', 'rte', 'row', 'rue', 'run', 'shl', 'shoal', 'shls',
	'shoals', 'shoar', 'shore', 'shr', 'shoars', 'shores', 'shrs', 'skyway', 'skwy', 'spg', 'spng', 'spring',
	'sprng', 'spgs', 'spngs', 'springs', 'sprngs', 'spur', 'spurs', 'sq', 'sqr', 'sqre', 'squ', 'square',
	'sqrs', 'sqs', 'squares', 'sta', 'station', 'statn', 'stn', 'stra', 'strav', 'straven', 'stravenue',
	'stravn', 'strvn', 'strvnue', 'stream', 'streme', 'strm', 'street', 'strt', 'st', 'str', 'streets', 'sts',
	'smt', 'sumit', 'sumitt', 'summit', 'ter', 'terr', 'terrace', 'throughway', 'trwy', 'trace', 'traces',
	'trce', 'track', 'tracks', 'trak', 'trk', 'trks', 'trafficway', 'trfy', 'trail', 'trails', 'trl', 'trls',
	'trailer', 'trlr', 'trlrs', 'tunel', 'tunl', 'tunls', 'tunnel', 'tunnels', 'tunnl', 'trnpk', 'turnpike',
	'turnpk', 'tpke', 'underpass', 'upas', 'un', 'union', 'unions', 'uns', 'valley', 'vally', 'vlly', 'vly',
	'valleys', 'vlys', 'vdct', 'via', 'viadct', 'viaduct', 'view', 'vw', 'views', 'vws', 'vill', 'villag',
	'village', 'villg', 'villiage', 'vlg', 'villages', 'vlgs', 'ville', 'vl', 'vis', 'vist', 'vista', 'vst',
	'vsta', 'walk', 'walks', 'wall', 'wy', 'way', 'ways', 'well', 'wl', 'wells', 'wls', 'hgwy', 'hwy.', 'concourse',
];

/** Street types that a route number follows: "Highway 212", "Route 309", "County Road D". */
export const NUMBERED_ROUTE_TYPES: readonly string[] = [
	'highway', 'hwy', 'hiway', 'route', 'rte', 'rt', 'road', 'rd', 'interstate', 'freeway', 'fwy', 'expressway',
	'expy', 'turnpike', 'tpke', 'parkway', 'pkwy', 'loop', 'spur', 'box', 'sr', 'cr', 'fm', 'rr', 'us', 'hc', 'hgwy',
	'business',
];

/** Secondary unit designators that take an identifier: "Apt 4B", "Suite 200" (Pub. 28 C2). */
export const UNIT_DESIGNATORS: readonly string[] = [
	'apt', 'apartment', 'apts', 'bldg', 'building', 'dept', 'department', 'fl', 'flr', 'floor', 'hngr',
	'hangar', 'key', 'lot', 'msc', 'pier', 'rm', 'room', 'slip', 'spc', 'space', 'stop', 'ste', 'suite',
	'suit', 'trlr', 'trailer', 'unit', 'ofc', 'office', 'box', 'no', 'num', 'number', 'mailstop', 'ms', 'pmb',
	'wing', 'tower', 'twr', 'level', 'lvl', 'flat', 'bin', 'file', 'ref', 'blg', 'bld', 'substation', 'condo',
	'mailbox', 'mc', 'acct',
];

/** Secondary unit designators that stand alone: "Rear", "Penthouse" (Pub. 28 C2). */
export const UNIT_WORDS: readonly string[] = [
	'bsmt', 'basement', 'frnt', 'front', 'lbby', 'lobby', 'lowr', 'lower', 'ph', 'penthouse', 'rear', 'side',
	'uppr', 'upper',
];

/** Directionals (Pub. 28 §233). */
export const DIRECTIONALS: readonly string[] = [
	'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast', 'northwest',
	'southeast', 'southwest',
];

/** Spelled-out house numbers and ordinals that can start a street line ("One Busch Place") or name a floor. */
export const NUMBER_WORDS: readonly string[] = [
	'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third',
	'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
];

/**
 * Country names and codes recognised at the end of an address, keyed by
 * lower-case name, with periods removed, to their ISO 3166-1 alpha-2 code.
 */
export const COUNTRIES: Readonly<Record<string, string>> = {
	us: 'US', usa: 'US', 'united states': 'US', 'united states of america': 'US', america: 'US',
	'u s a': 'US', 'u s': 'US',
	canada: 'CA', can: 'CA', mexico: 'MX', 'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB',
	england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', ireland: 'IE', germany: 'DE',
	deutschland: 'DE', france: 'FR', spain: 'ES', 'españa': 'ES', italy: 'IT', italia: 'IT', netherlands: 'NL',
	'the netherlands': 'NL', belgium: 'BE', switzerland: 'CH', austria: 'AT', sweden: 'SE', norway: 'NO',
	denmark: 'DK', finland: 'FI', poland: 'PL', portugal: 'PT', greece: 'GR', israel: 'IL', india: 'IN',
	china: 'CN', japan: 'JP', 'south korea': 'KR', korea: 'KR', australia: 'AU', 'new zealand': 'NZ',
	brazil: 'BR', argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE', philippines: 'PH',
	singapore: 'SG', 'south africa': 'ZA', nigeria: 'NG', kenya: 'KE', egypt: 'EG', turkey: 'TR',
	'united arab emirates': 'AE', uae: 'AE', 'saudi arabia': 'SA', russia: 'RU', ukraine: 'UA',
	'czech republic': 'CZ', czechia: 'CZ', hungary: 'HU', romania: 'RO', vietnam: 'VN', thailand: 'TH',
	malaysia: 'MY', indonesia: 'ID', pakistan: 'PK', bangladesh: 'BD', 'hong kong': 'HK', taiwan: 'TW',
	'puerto rico': 'PR', jamaica: 'JM', bahamas: 'BS', 'dominican republic': 'DO', 'costa rica': 'CR',
	guatemala: 'GT', 'el salvador': 'SV', honduras: 'HN', nicaragua: 'NI', panama: 'PA', cuba: 'CU',
	venezuela: 'VE', ecuador: 'EC', bolivia: 'BO', uruguay: 'UY', paraguay: 'PY', iceland: 'IS',
	luxembourg: 'LU',
};
