import {
	attentionEnd,
	isAttentionLine,
	referenceAt,
} from '../../../../lib/normalize/address/recipients';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

describe('referenceAt', () => {
	it('reads "customer # 55-0037082" ahead of "lock box 427"', () => {
		expect(referenceAt(tokenize('customer # 55-0037082 lock box 427'), 0, 6)).toBe(3);
	});
	it('reads "re: acct # 50016" ahead of "p.o. box 972651"', () => {
		expect(referenceAt(tokenize('re: acct # 50016 p.o. box 972651'), 0, 7)).toBe(4);
	});
	it('reads "# 056 552-9329 001": digit groups up to the street line', () => {
		const tokens = tokenize('customer # 056 552-9329 001 lock box 427');
		expect(referenceAt(tokens, 0, tokens.length)).toBe(5);
	});
	it('finds none without a reference word and its "#"', () => {
		expect(referenceAt(tokenize('customer service 12 Main St'), 0, 5)).toBe(0);
		expect(referenceAt(tokenize('12 Main St'), 0, 3)).toBe(0);
	});
});

describe('isAttentionLine', () => {
	it('sees "attn dept # 528," ahead of "4th floor 300 East Randolph St"', () => {
		const tokens = tokenize('attn dept # 528, 4th floor 300 East Randolph St');
		expect(isAttentionLine(tokens, 0, 4, true)).toBe(true);
		expect(isAttentionLine(tokens, 0, 4, false)).toBe(false);
		expect(isAttentionLine(tokenize('attn 12 Main St'), 0, 4, true)).toBe(false);
		expect(
			splitAddress('attn dept # 528, 4th floor 300 East Randolph St, Chicago, IL 60601'),
		).toEqual({
			recipient: 'attn dept # 528',
			unit: '4th floor',
			street: '300 East Randolph St',
			city: 'Chicago',
			state: 'IL',
			zip: '60601',
		});
	});
});

describe('attentionEnd', () => {
	it('runs "attn Desert Valley Ent" to the end of the line', () => {
		const tokens = tokenize('attn Desert Valley Ent');
		expect(attentionEnd(tokens, 0, 4)).toBe(4);
	});
	it('ends "c/o Boa lockbox 402605" at the box: it names someone, up to the box', () => {
		expect(attentionEnd(tokenize('c/o Boa lockbox 402605'), 0, 4)).toBe(2);
		expect(attentionEnd(tokenize('c/o Boa po box 12'), 0, 5)).toBe(2);
		expect(splitAddress('c/o Boa lockbox 402605 dallas tx 75397')).toEqual({
			recipient: 'c/o Boa',
			street: 'lockbox 402605',
			city: 'dallas',
			state: 'TX',
			zip: '75397',
		});
	});
	it('runs "attn: lockbox # 402605" to the end: it names a department', () => {
		expect(attentionEnd(tokenize('attn: lockbox # 402605'), 0, 4)).toBe(4);
		expect(splitAddress('12 Main St attn: lockbox # 402605 dallas tx 75397')).toMatchObject({
			street: '12 Main St',
			recipient: 'attn: lockbox # 402605',
		});
	});
});
