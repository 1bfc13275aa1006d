import { defineSchema, getSchema } from '../../../lib';
import { headerCandidates } from '../../../lib/map/headerCandidates';

const clients = getSchema('clients');
const top = (header: string, schema = clients) => headerCandidates(header, schema).candidates[0];

describe('headerCandidates', () => {
	describe('exact and qualified names', () => {
		it('returns the documented example', () => {
			expect(top('Home Phone 2')).toEqual({
				field: 'homePhone',
				confidence: 0.679,
				reason: '"Home Phone 2" names the field Home phone (number 2)',
			});
		});

		it('sends a third email to the email field’s overflow field', () => {
			expect(top('Email 3')).toEqual({
				field: 'email2',
				confidence: 0.611,
				reason: '"Email 3" names the field Email (number 3); a second address',
			});
		});

		it('reads overflowTo from a custom schema', () => {
			const custom = defineSchema({
				name: 'custom',
				fields: [
					{ key: 'firstName', label: 'First name', type: 'string', required: true },
					{ key: 'email', label: 'Email', type: 'email', overflowTo: 'backupEmail' },
					{ key: 'backupEmail', label: 'Backup email', type: 'email' },
				],
			});
			expect(top('Email 3', custom)).toMatchObject({
				field: 'backupEmail',
				reason: expect.stringContaining('a second address'),
			});
		});
	});

	describe('contained phrases and typos', () => {
		it('takes a telling word inside a longer header as a weak hint', () => {
			expect(top('Zorg Email Thing')).toEqual({
				field: 'email',
				confidence: 0.582,
				reason: '"Zorg Email Thing" contains "email" (Email); "zorg thing" is not understood',
			});
		});

		it('rules out a header about someone else, or naming two fields', () => {
			expect(headerCandidates("Assistant's Phone", clients)).toMatchObject({
				candidates: [],
				ruledOut: true,
			});
			expect(headerCandidates('E-mail Display Name', clients)).toMatchObject({
				candidates: [],
				ruledOut: true,
			});
		});

		it('reads a typo as the word one edit away, less surely', () => {
			const fixed = top('Emial');
			expect(fixed.field).toBe('email');
			expect(fixed.reason).toContain('read as a typo: "emial" → "email"');
		});

		it('says why a header fits nothing', () => {
			expect(headerCandidates('Zorblax', clients)).toEqual({
				candidates: [],
				note: 'no field matches this header',
			});
			expect(headerCandidates('x'.repeat(201), clients).note).toBe(
				'the header is too long to be a field name',
			);
		});
	});
});
