const FIRST = ['Ann', 'Bob', 'Cara', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'June'];
const LAST = [
	'Abbott',
	'Brennan',
	'Castillo',
	'Dimitrov',
	'Eastwood',
	'Fujimoto',
	'Gallagher',
	'Hughes',
	'Iverson',
	'Jablonski',
	'Kowalczyk',
	'Lindqvist',
	'Moreau',
	'Nakamura',
	'Okonkwo',
	'Petrov',
	'Quintero',
	'Rasmussen',
	'Sorensen',
	'Takahashi',
];

/** A CSV of `n` different people (no two alike in name, email or phone), rows 2…n+1. */
export function peopleCsv(n: number): string {
	const lines = ['First Name,Last Name,Email,Phone'];
	for (let i = 0; i < n; i++) {
		const first = FIRST[i % FIRST.length];
		const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
		const suffix = Math.floor(i / (FIRST.length * LAST.length));
		lines.push(
			`${first},${last}${suffix ? `-${'xyzw'[suffix % 4]}` : ''},p${i}@example.com,555-010-${String(i).padStart(4, '0')}`,
		);
	}
	return `${lines.join('\n')}\n`;
}
