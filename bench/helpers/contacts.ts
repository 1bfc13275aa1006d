/**
 * Generated contacts for the dedupe speed bench: a seeded, repeatable mix of
 * common and rare names (Zipf-like, so that blocks of "John Smith" exist),
 * emails, phones written many ways, addresses and dates of birth, with a
 * share of near-duplicates injected: typos, nicknames, phones reformatted,
 * email case changed, fields dropped, dates written the other way round.
 */
import { NICKNAME_GROUPS } from '../../lib/dedupe/data/nicknames';
import { seeded } from '../../test/helpers/seeded';

const SYLLABLES = [
	'an',
	'ber',
	'cal',
	'dor',
	'el',
	'fin',
	'gar',
	'hol',
	'ing',
	'jen',
	'kel',
	'lor',
	'man',
	'nor',
	'ols',
	'per',
	'quin',
	'ros',
	'son',
	'ter',
	'ul',
	'van',
	'wes',
	'yor',
	'zel',
	'bra',
	'cor',
	'dal',
	'mac',
	'ley',
];
const STREET_TYPES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Dr', 'Ct', 'Blvd'];
const DOMAINS = [
	'gmail.com',
	'yahoo.com',
	'outlook.com',
	'hotmail.com',
	'aol.com',
	'icloud.com',
	'example.org',
	'lawfirm.com',
];
const STATES = ['CA', 'TX', 'NY', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI', 'WA', 'AZ'];

function word(rnd: () => number, parts: number): string {
	let w = '';
	for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
	return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Picks index i of n with probability ~ 1/(i+1): a few values are very common, most are rare. */
function zipf(rnd: () => number, n: number): number {
	return Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function phoneIn(digits: string, style: number): string {
	const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
	return [
		`(${a}) ${b}-${c}`,
		`${a}-${b}-${c}`,
		`${a}.${b}.${c}`,
		`+1 ${a} ${b} ${c}`,
		digits,
		`1${digits}`,
	][style % 6];
}

function typo(rnd: () => number, s: string): string {
	if (s.length < 3) return s;
	const i = 1 + Math.floor(rnd() * (s.length - 2));
	const kind = Math.floor(rnd() * 3);
	if (kind === 0) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
	if (kind === 1) return s.slice(0, i) + s.slice(i + 1);
	return s.slice(0, i) + 'aeiou'[Math.floor(rnd() * 5)] + s.slice(i + 1);
}

/** Contacts and the injected duplicate pairs [original, duplicate] (duplicates come later). */
export function generateContacts(
	count: number,
	duplicateShare = 0.05,
	seed = 42,
): { records: Array<Record<string, string>>; injected: Array<[number, number]> } {
	const rnd = seeded(seed);
	const firstNames = NICKNAME_GROUPS.map((g) => cap(g[0]));
	const surnames = Array.from({ length: 50_000 }, () => word(rnd, 2 + Math.floor(rnd() * 2)));
	const streets = Array.from({ length: 5_000 }, () => word(rnd, 2));
	const cities = Array.from({ length: 800 }, () => word(rnd, 2) + (rnd() < 0.3 ? ' City' : ''));
	const records: Array<Record<string, string>> = [];
	const injected: Array<[number, number]> = [];
	const originals = Math.round(count / (1 + duplicateShare));
	for (let i = 0; i < originals; i++) {
		const firstName = firstNames[zipf(rnd, firstNames.length)];
		const lastName = surnames[zipf(rnd, surnames.length)];
		const digits = String(2000000000 + Math.floor(rnd() * 7999999999));
		const y = 1930 + Math.floor(rnd() * 75);
		const m = 1 + Math.floor(rnd() * 12);
		const d = 1 + Math.floor(rnd() * 28);
		records.push({
			firstName,
			lastName,
			// one mailbox per person, as in life
			email:
				`${firstName}.${lastName}${i}@${DOMAINS[Math.floor(rnd() * DOMAINS.length)]}`.toLowerCase(),
			phone: phoneIn(digits, Math.floor(rnd() * 6)),
			street: `${1 + Math.floor(rnd() * 9999)} ${streets[Math.floor(rnd() * streets.length)]} ${STREET_TYPES[Math.floor(rnd() * STREET_TYPES.length)]}`,
			city: cities[Math.floor(rnd() * cities.length)],
			state: STATES[Math.floor(rnd() * STATES.length)],
			zip: String(10000 + Math.floor(rnd() * 89999)),
			dateOfBirth: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
		});
	}
	while (records.length < count) {
		const source = Math.floor(rnd() * originals);
		const dup = { ...records[source] };
		// two to four changes of the kinds people make
		const changes = 2 + Math.floor(rnd() * 3);
		for (let k = 0; k < changes; k++) {
			switch (Math.floor(rnd() * 8)) {
				case 0:
					dup.lastName = typo(rnd, dup.lastName);
					break;
				case 1: {
					const group = NICKNAME_GROUPS.find((g) => g[0] === dup.firstName.toLowerCase());
					dup.firstName =
						group && group.length > 1
							? cap(group[1 + Math.floor(rnd() * (group.length - 1))])
							: typo(rnd, dup.firstName);
					break;
				}
				case 2:
					dup.phone = phoneIn(dup.phone.replace(/\D/g, '').slice(-10), Math.floor(rnd() * 6));
					break;
				case 3:
					dup.email =
						rnd() < 0.5 ? dup.email.toUpperCase() : dup.email.replace(/^./, (c) => c.toUpperCase());
					break;
				case 4:
					dup.email = '';
					break;
				case 5:
					dup.street = typo(rnd, dup.street);
					break;
				case 6: {
					const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dup.dateOfBirth);
					if (iso) dup.dateOfBirth = `${iso[2]}/${iso[3]}/${iso[1]}`;
					break;
				}
				default:
					dup.phone = '';
			}
		}
		injected.push([source, records.length]);
		records.push(dup);
	}
	return { records, injected };
}
