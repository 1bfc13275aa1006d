import {
	autoMapHeaders,
	createMappingProfile,
	defineSchema,
	IntakeError,
	transformRecords,
} from '../../../lib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	loadHeaderSets,
	scoreHeaderMapping,
	type HeaderScore,
	describeCorpus,
} from '../../helpers/corpus';

const fields = (headers: string[], schema = 'contacts', options = {}) =>
	autoMapHeaders(headers, schema, options).columns.map((c) => c.field);

describe('autoMapHeaders', () => {
	describeCorpus('on the four real header rows of the corpus', () => {
		const sets = loadHeaderSets();
		const score = (variant: (h: string) => string): HeaderScore => {
			let s: HeaderScore | undefined;
			for (const set of sets)
				s = scoreHeaderMapping(
					set,
					autoMapHeaders(set.headers.map(variant), 'contacts').columns,
					s,
				);
			return s as HeaderScore;
		};

		it('meets the goals: ≥95% acceptable, ≥95% of should-map columns mapped, no wrong mapping above 0.8', () => {
			const s = score((h) => h);
			expect(s.headers).toBe(238);
			expect(s.acceptable / s.headers).toBeGreaterThanOrEqual(0.95);
			expect(s.mapped / s.shouldMap).toBeGreaterThanOrEqual(0.95);
			expect(s.wrongAbove08).toBe(0);
		});

		it.each([
			[
				'snake_case',
				(h: string) =>
					h
						.replace(/([a-z])([A-Z])/g, '$1_$2')
						.replace(/[^A-Za-z0-9]+/g, '_')
						.toLowerCase(),
			],
			['UPPER CASE', (h: string) => h.toUpperCase()],
			['reversed word order', (h: string) => h.split(/\s+/).reverse().join(' ')],
		])('keeps the goals when every header is rewritten in %s', (_, variant) => {
			const s = score(variant);
			expect(s.acceptable / s.headers).toBeGreaterThanOrEqual(0.95);
			expect(s.mapped / s.shouldMap).toBeGreaterThanOrEqual(0.95);
			expect(s.wrongAbove08).toBe(0);
		});
	});

	describe('synonyms', () => {
		it('maps the names real exports use, in any case, punctuation or word order', () => {
			expect(
				fields([
					'E-mail Address',
					'MobilePhone',
					'Zip/Postal',
					'DOB',
					'Tel',
					'Name, First',
					'LAST_NAME',
					'State/Region',
				]),
			).toEqual([
				'email',
				'mobilePhone',
				'zip',
				'dateOfBirth',
				'phone',
				'firstName',
				'lastName',
				'state',
			]);
		});

		it('maps Google Contacts headers', () => {
			expect(
				fields([
					'Given Name',
					'Family Name',
					'E-mail 1 - Value',
					'E-mail 2 - Value',
					'Phone 1 - Value',
					'Address 1 - Street',
					'Address 1 - Region',
					'Organization 1 - Name',
				]),
			).toEqual([
				'firstName',
				'lastName',
				'email',
				'email2',
				'phone',
				'street',
				'state',
				'company',
			]);
		});

		it('maps Clio and MyCase case exports onto the cases schema', () => {
			expect(
				fields(
					[
						'Display Number',
						'Practice Area',
						'Client',
						'Case Stage',
						'Open Date',
						'Responsible Attorney',
						'Statute of Limitations Date',
						'Phone',
					],
					'cases',
				),
			).toEqual([
				'caseNumber',
				'caseType',
				'clientName',
				'status',
				'openedDate',
				'assignedTo',
				'deadline',
				'clientPhone',
			]);
		});

		it('splits run-together words ("FIRSTNAME", "homephone")', () => {
			expect(fields(['FIRSTNAME', 'homephone', 'mailingpostalcode'])).toEqual([
				'firstName',
				'homePhone',
				'zip',
			]);
			// a piece that is an abbreviation is spelled out as headerWords does it, stop words dropped
			expect(autoMapHeaders(['clientdob'], 'clients').columns[0].reason).toBe(
				'"clientdob" contains "dateOfBirth" (Date of birth); "client" is not understood',
			);
		});

		it("uses a custom field's key, label and synonyms", () => {
			const schema = defineSchema({
				name: 'intake',
				extends: 'clients',
				fields: [{ key: 'matterType', type: 'enum', values: ['PI'], synonyms: ['Kind of Matter'] }],
			});
			expect(fields(['matter_type', 'Kind of matter', 'First'], schema as never)).toEqual([
				'matterType',
				null,
				'firstName',
			]);
		});
	});

	describe('qualifiers and one-to-one', () => {
		it('sends qualified phones to their fields', () => {
			expect(
				fields(['Home Phone', 'Business Phone', 'Mobile Phone', 'Primary Phone', 'Other Phone']),
			).toEqual(['homePhone', 'workPhone', 'mobilePhone', 'phone', null]);
		});

		it('leaves "Business Street" unmapped when a "Home Street" exists, and says why', () => {
			const result = autoMapHeaders(
				['Business Street', 'Home Street', 'Home Street 2'],
				'contacts',
			);
			expect(result.columns.map((c) => c.field)).toEqual([null, 'street', 'unit']);
			expect(result.columns[0].reason).toContain('Street went to column "Home Street"');
		});

		it('never gives one field to two columns', () => {
			const result = autoMapHeaders(['Email', 'E-mail', 'Email Address', 'Work Email'], 'contacts');
			const mapped = result.columns.map((c) => c.field).filter((f) => f !== null);
			expect(new Set(mapped).size).toBe(mapped.length);
			expect(result.columns.map((c) => c.field)).toEqual(['email', null, null, 'email2']);
		});

		it('reads "Title" as a job title when a "Salutation" column holds the honorific', () => {
			expect(fields(['Salutation', 'Title'])).toEqual(['title', 'jobTitle']);
			expect(fields(['Title', 'Job Title'])).toEqual(['title', 'jobTitle']);
		});

		it('leaves columns about someone or something else unmapped', () => {
			const result = autoMapHeaders(
				[
					"Assistant's Phone",
					'Email Domain',
					'IP City',
					'Email Opt Out',
					'Record ID',
					'E-mail Display Name',
				],
				'contacts',
			);
			expect(result.columns.map((c) => c.field)).toEqual([null, null, null, null, null, null]);
			expect(result.columns[0].reason).toBe(
				'Left unmapped: "assistant" says the column is about someone or something else',
			);
		});

		it('reads "Address" as the street line beside City/State/ZIP columns, and as the full address alone', () => {
			expect(fields(['Name', 'Address', 'City', 'State', 'Zip'])).toEqual([
				'fullName',
				'street',
				'city',
				'state',
				'zip',
			]);
			expect(fields(['Name', 'Address'])).toEqual(['fullName', 'fullAddress']);
		});
	});

	describe('typos', () => {
		it('maps near misses at lower confidence, with the fix in the reason', () => {
			const result = autoMapHeaders(['Frist Name', 'Emial', 'Lsat Name'], 'clients');
			expect(result.columns.map((c) => c.field)).toEqual(['firstName', 'email', 'lastName']);
			expect(result.columns[1].confidence).toBeLessThan(0.8);
			expect(result.columns[1].reason).toContain('read as a typo: "emial" → "email"');
		});

		it('does not guess between two fixes, or from a short word', () => {
			expect(fields(['Fix', 'Pending Date'], 'cases')).toEqual([null, null]);
		});
	});

	describe('content sniffing', () => {
		const rows = [
			{
				Contact: 'ann@example.com',
				Number: '(312) 555-0100',
				col7: '62704',
				Info: '12 Oak St, Springfield, IL 62704',
				Who: 'Ann Lee',
				Phone: 'x@example.com',
			},
			{
				Contact: 'bob@example.org',
				Number: '312.555.0101',
				col7: '02134',
				Info: '9 Elm Ave, Boston, MA 02134',
				Who: 'Bob Stone',
				Phone: 'y@example.com',
			},
			{
				Contact: 'cy@example.net',
				Number: '+1 312 555 0102',
				col7: '10001',
				Info: '1 Main St Apt 4, New York NY 10001',
				Who: 'Cy Twombly',
				Phone: 'z@example.org',
			},
		];

		it('resolves ambiguous and cryptic headers from the values', () => {
			const result = autoMapHeaders(Object.keys(rows[0]), 'clients', { sampleRows: rows });
			expect(result.columns.map((c) => c.field)).toEqual([
				'email',
				'phone',
				'zip',
				'fullAddress',
				'fullName',
				'email2',
			]);
			expect(result.columns[0].reason).toBe('its values look like emails (100% of 3)');
		});

		it('does not guess a date or name field for a header that means something else', () => {
			const rows = [
				{
					'Client Since': '2019-04-02',
					'Emergency Contact': 'Ann Lee',
					"Assistant's Phone": '312-555-0100',
					When: '1980-01-02',
				},
			];
			expect(fields(Object.keys(rows[0]), 'clients', { sampleRows: rows })).toEqual([
				null,
				null,
				null,
				'dateOfBirth',
			]);
		});

		it('never reads the five-digit values of an identifier column as ZIP codes', () => {
			const rows = [
				{ 'Client No.': '10231', Number: '10232', Zip: '10117', 'Party Name': 'Anna Kowalski' },
				{ 'Client No.': '10233', Number: '10234', Zip: '75001', 'Party Name': 'Jean Dupont' },
			];
			const result = autoMapHeaders(Object.keys(rows[0]), 'clients', { sampleRows: rows });
			expect(result.columns.map((c) => c.field)).toEqual([null, null, 'zip', 'fullName']);
			// "Number" alone is a phone only if its values are phone numbers; ZIP codes are not for it
			expect(result.columns[1].reason).toMatch(/look like ZIP codes/);
		});

		it('lowers a header whose values say otherwise', () => {
			const result = autoMapHeaders(['Phone'], 'clients', {
				sampleRows: [
					{ Phone: 'a@example.com' },
					{ Phone: 'b@example.com' },
					{ Phone: 'c@example.com' },
				],
			});
			expect(result.columns[0]).toMatchObject({ field: 'email', confidence: 0.9 });
		});

		it('raises a header whose values agree', () => {
			const result = autoMapHeaders(['Phone'], 'clients', {
				sampleRows: rows.map((r) => ({ Phone: r.Number })),
			});
			expect(result.columns[0]).toMatchObject({ field: 'phone', confidence: 0.99 });
		});
	});

	describe('bad arguments', () => {
		it.each([
			[
				() => autoMapHeaders('Email' as never, 'clients'),
				'Invalid option `headers`: expected a list of strings, got "string"',
			],
			[
				() => autoMapHeaders([], 7 as never),
				'Invalid option `schema`: expected a schema name or a schema from defineSchema(), got "number"',
			],
			[
				() => autoMapHeaders([], 'clients', { sampleRows: {} as never }),
				'Invalid option `sampleRows`: expected a list of rows, got "object"',
			],
			[
				() => autoMapHeaders([], 'clients', { remembered: 'p' as never }),
				'Invalid option `remembered`: expected a list of mapping profiles, got "string"',
			],
		])('throws MAP_INVALID_OPTION naming the argument (%#)', (call, message) => {
			expect(call).toThrow(expect.objectContaining({ code: 'MAP_INVALID_OPTION', message }));
		});
	});

	describe('schema flags', () => {
		const custom = defineSchema({
			name: 'intake',
			fields: [
				{ key: 'name', label: 'Name', type: 'string', required: true },
				{ key: 'home', label: 'Home', type: 'string', valueKinds: ['fullAddress'] },
			],
		});
		const rows = [
			{ Where: '12 Oak St, Springfield, IL 62704' },
			{ Where: '9 Elm Ave, Austin TX 78701' },
			{ Where: '400 Pine Rd, Denver, CO 80203' },
		];

		it('maps a column of full addresses to a custom field flagged valueKinds fullAddress', () => {
			expect(autoMapHeaders(['Where'], custom, { sampleRows: rows }).columns[0]).toEqual({
				header: 'Where',
				field: 'home',
				confidence: 0.85,
				reason: 'its values look like full addresses (100% of 3)',
			});
		});

		it('maps it to the built-in Full address the same way', () => {
			expect(autoMapHeaders(['Where'], 'clients', { sampleRows: rows }).columns[0]).toMatchObject({
				field: 'fullAddress',
				confidence: 0.85,
			});
		});
	});

	describe('remembered profiles', () => {
		const profile = createMappingProfile(
			{
				columns: [
					{ header: 'Cust Ref', field: 'notes' },
					{ header: 'Surname', field: 'lastName' },
					{ header: 'First', field: 'firstName' },
					{ header: 'Mob', field: null },
				],
			},
			{ name: 'Monthly', schema: 'clients' },
		);

		it('reuses a profile for the same headers, in any case or order', () => {
			const result = autoMapHeaders(['mob', 'FIRST', 'surname', 'cust ref'], 'clients', {
				remembered: [profile],
			});
			expect(result.columns.map((c) => [c.field, c.confidence])).toEqual([
				[null, 0],
				['firstName', 0.99],
				['lastName', 0.99],
				['notes', 0.99],
			]);
			expect(result.columns[3].reason).toBe('remembered from "Monthly" (same headers)');
		});

		it('reuses it for similar headers and maps the new ones itself', () => {
			const result = autoMapHeaders(['First', 'Surname', 'Cust Ref', 'Mob', 'Email'], 'clients', {
				remembered: [profile],
			});
			expect(result.columns.map((c) => c.field)).toEqual([
				'firstName',
				'lastName',
				'notes',
				null,
				'email',
			]);
			expect(result.columns[0].confidence).toBe(0.95);
		});

		it('ignores a profile of another schema or with other headers', () => {
			expect(fields(['First', 'Surname', 'Cust Ref'], 'cases', { remembered: [profile] })).toEqual([
				null,
				null,
				null,
			]);
			expect(fields(['A', 'B', 'Cust Ref', 'D'], 'clients', { remembered: [profile] })).toEqual([
				null,
				null,
				null,
				null,
			]);
		});

		it('survives a JSON round trip', () => {
			expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
		});

		it('refuses a malformed profile with MAP_INVALID_OPTION', () => {
			expect(() =>
				autoMapHeaders(['A'], 'clients', { remembered: [{ columns: 'x' } as never] }),
			).toThrow(IntakeError);
			expect(() =>
				autoMapHeaders(['A'], 'clients', {
					remembered: [profile, { columns: [{ header: 'A', field: 3 }] } as never],
				}),
			).toThrow(
				'Invalid option `remembered[1].columns[0].field`: expected a field key or null, got 3',
			);
		});
	});

	describe('missingRequired and hostile input', () => {
		it('names the required fields no column fills', () => {
			expect(autoMapHeaders(['Email'], 'clients').missingRequired).toEqual([
				'firstName',
				'lastName',
			]);
			expect(autoMapHeaders(['First Name'], 'clients').missingRequired).toEqual(['lastName']);
			expect(autoMapHeaders(['Full Name'], 'clients').missingRequired).toEqual([]);
			expect(autoMapHeaders(['Company'], 'contacts').missingRequired).toEqual([]);
			expect(autoMapHeaders(['Case Name', 'Client'], 'cases').missingRequired).toEqual([
				'caseType',
			]);
		});

		it('leaves hostile and empty headers unmapped without touching any prototype', () => {
			const result = autoMapHeaders(
				['__proto__', 'constructor', '', 'x'.repeat(5000), 'toString'],
				'clients',
			);
			expect(result.columns.map((c) => c.field)).toEqual([null, null, null, null, null]);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

		it('maps 10,000 columns, one to one', () => {
			const headers = Array.from({ length: 10000 }, (_, i) =>
				i === 5000 ? 'Email' : `Field ${i}`,
			);
			const result = autoMapHeaders(headers, 'clients');
			expect(result.columns).toHaveLength(10000);
			expect(result.columns.filter((c) => c.field !== null).map((c) => c.header)).toEqual([
				'Email',
			]);
		});

		it('refuses an unknown schema name', () => {
			expect(() => autoMapHeaders(['A'], 'people')).toThrow(
				expect.objectContaining({ code: 'SCHEMA_NOT_FOUND' }),
			);
		});
	});

	describe('typed numbered columns', () => {
		const headers = [
			'Given Name',
			'Phone 1 - Type',
			'Phone 1 - Value',
			'Phone 2 - Type',
			'Phone 2 - Value',
			'E-mail 1 - Type',
			'E-mail 1 - Value',
		];
		const rows = [
			{
				'Given Name': 'Ann',
				'Phone 1 - Type': 'Work',
				'Phone 1 - Value': '312 555 0100',
				'Phone 2 - Type': 'Mobile',
				'Phone 2 - Value': '312 555 0101',
				'E-mail 1 - Type': '* Home',
				'E-mail 1 - Value': 'ann@example.com',
			},
		];

		it('maps a value column typed by its type column, whatever its values look like', () => {
			const result = autoMapHeaders(headers, 'contacts', { sampleRows: rows });
			expect(result.columns.map((c) => [c.field, c.typedBy ?? null, c.confidence])).toEqual([
				['firstName', null, 0.95],
				[null, null, 0],
				['phone', 'Phone 1 - Type', 0.9],
				[null, null, 0],
				['phone', 'Phone 2 - Type', 0.9],
				[null, null, 0],
				['email', 'E-mail 1 - Type', 0.9],
			]);
			expect(result.columns[1].reason).toBe(
				'Left unmapped: it says, row by row, which field the values of "Phone 1 - Value" go to',
			);
			expect(result.columns[2].reason).toBe(
				'typed by column "Phone 1 - Type": each row\'s "Phone 1 - Type" says which phone it is (Mobile → Mobile phone, Home → Home phone, Work → Work phone, Fax → Fax, anything else → Phone); a number with no free field is reported on its row',
			);
		});

		it('places each row by its type through transformRecords', () => {
			const mapping = autoMapHeaders(headers, 'contacts', { sampleRows: rows });
			expect(transformRecords(rows, mapping, 'contacts').rows[0].record).toEqual({
				firstName: 'Ann',
				workPhone: '+13125550100',
				mobilePhone: '+13125550101',
				email: 'ann@example.com',
			});
		});

		it('saves typedBy in a profile and maps the next file the same way; an older profile stays plain', () => {
			const saved = createMappingProfile(autoMapHeaders(headers, 'contacts'), {
				schema: 'contacts',
			});
			expect(saved.columns[2]).toEqual({
				header: 'Phone 1 - Value',
				field: 'phone',
				typedBy: 'Phone 1 - Type',
			});
			const again = autoMapHeaders(headers, 'contacts', { remembered: [saved] });
			expect(again.columns[4]).toMatchObject({ field: 'phone', typedBy: 'Phone 2 - Type' });
			const older = {
				version: 1 as const,
				schema: 'contacts',
				columns: headers.map((header, i) => ({ header, field: i === 4 ? 'mobilePhone' : null })),
			};
			const plain = autoMapHeaders(headers, 'contacts', { remembered: [older] });
			expect(plain.columns[4]).toMatchObject({ field: 'mobilePhone', confidence: 0.99 });
			expect(plain.columns[4].typedBy).toBeUndefined();
		});
	});

	describe('the vocabulary of the systems users leave', () => {
		it('reads a matter, a project, a file or a job as a case, and its reference as the case number', () => {
			expect(
				fields(
					[
						'Project Name',
						'Our Ref',
						'Job type',
						'Job status',
						'Person Responsible',
						'Matter Notes',
					],
					'cases',
				),
			).toEqual(['caseName', 'caseNumber', 'caseType', 'status', 'assignedTo', 'description']);
			expect(fields(['Job #', 'Title', 'Fee Earner', 'Phase'], 'cases')).toEqual([
				'caseNumber',
				'caseName',
				'assignedTo',
				'status',
			]);
			// a job number is no job title
			expect(fields(['Job #', 'Job Title'])).toEqual([null, 'jobTitle']);
		});

		it('splits camelCase and PascalCase run together, and numbered address blocks', () => {
			expect(fields(['ContactNotes', 'AssignedTo', 'ZipCode', 'mattername'], 'cases')).toEqual([
				'description',
				'assignedTo',
				null,
				'caseName',
			]);
			expect(fields(['ContactNotes', 'DOB', 'ZipCode', 'MobilePhone'])).toEqual([
				'notes',
				'dateOfBirth',
				'zip',
				'mobilePhone',
			]);
			expect(
				fields([
					'Address 1: Street 1',
					'Address 1: Street 2',
					'Address 1: City',
					'Address 2: Street 1',
					'Address 2 - City',
				]),
			).toEqual(['street', 'unit', 'city', null, null]);
			expect(fields(['Street', 'Extended Address'])).toEqual(['street', 'unit']);
		});

		it("prefers an organisation block's title to Occupation, and leaves a web site alone", () => {
			expect(fields(['Occupation', 'Organization 1 - Title', 'web_site'])).toEqual([
				null,
				'jobTitle',
				null,
			]);
		});
	});

	describe('one-word headers', () => {
		const phones = ['312 555 0100', '(312) 555-0101', '+1 312 555 0102'];
		const rowsOf = (header: string, values: string[]) => values.map((v) => ({ [header]: v }));

		it('never maps Home, Work, Number, Contacts or Type on the header alone, and says why', () => {
			const result = autoMapHeaders(['Home', 'Work', 'Number', 'Contacts', 'Type'], 'contacts');
			expect(result.columns.map((c) => c.field)).toEqual([null, null, null, null, null]);
			expect(result.columns[0].reason).toBe(
				'Left unmapped: too unsure ("Home" is one word: Home phone only if its values are phone numbers, confidence 0.3)',
			);
			expect(result.columns[4].reason).toBe(
				'Left unmapped: "Type" is one word that can mean several things, and the header alone does not say which; no field takes it on the header alone',
			);
		});

		it('settles them by their values', () => {
			expect(fields(['Home'], 'contacts', { sampleRows: rowsOf('Home', phones) })).toEqual([
				'homePhone',
			]);
			expect(fields(['Work'], 'contacts', { sampleRows: rowsOf('Work', phones) })).toEqual([
				'workPhone',
			]);
			expect(fields(['Number'], 'cases', { sampleRows: rowsOf('Number', phones) })).toEqual([
				'clientPhone',
			]);
			expect(
				fields(['Contacts'], 'cases', {
					sampleRows: rowsOf('Contacts', ['Ann Lee', 'Bob Stone', 'Cy Young']),
				}),
			).toEqual(['clientName']);
			// values of another kind leave it unmapped
			expect(
				fields(['Number'], 'cases', {
					sampleRows: rowsOf('Number', ['2024-001', '2024-002', 'A-7']),
				}),
			).toEqual([null]);
		});
	});

	describe('on the header rows of test/fixtures/headers (systems users leave)', () => {
		const dir = join(__dirname, '..', '..', 'fixtures', 'headers');
		const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<
			string,
			Array<{ header: string; accept: Array<string | null> }>
		>;
		const score = (heldOut: boolean): HeaderScore => {
			let s: HeaderScore | undefined;
			for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
				const lines = readFileSync(join(dir, file), 'utf8').split('\n');
				if (lines.includes('# SPLIT: held out') !== heldOut) continue;
				const name = file.slice(0, -4);
				const schema = lines.includes('# SCHEMA: cases') ? 'cases' : 'contacts';
				const set = {
					name,
					headers: lines.filter((l) => l !== '' && !l.startsWith('#')),
					accept: truth[name].map((e) => e.accept),
				};
				expect(set.headers).toEqual(truth[name].map((e) => e.header));
				s = scoreHeaderMapping(set, autoMapHeaders(set.headers, schema).columns, s);
			}
			return s as HeaderScore;
		};

		it('meets the goals on the tuning half and on the held-out half (figures in bench:mapping)', () => {
			const tuning = score(false);
			const heldOut = score(true);
			expect([tuning.headers, heldOut.headers]).toEqual([356, 322]);
			for (const s of [tuning, heldOut]) {
				expect(s.acceptable / s.headers).toBeGreaterThanOrEqual(0.97);
				expect(s.mapped / s.shouldMap).toBeGreaterThanOrEqual(0.96);
				expect(s.wrongAbove08).toBeLessThanOrEqual(2);
			}
		});
	});
});
