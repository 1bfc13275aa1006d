import { knownCityStart } from '../../../../lib/normalize/address/places';
import { tokenize } from '../../../../lib/normalize/address/tokens';

/** The known city that ends `text`, as written, or '' for none. */
function cityOf(text: string, state: string): string {
	const tokens = tokenize(text);
	const start = knownCityStart(tokens, 0, tokens.length, state);
	return start < 0
		? ''
		: tokens
				.slice(start)
				.map((t) => t.text)
				.join(' ');
}

describe('knownCityStart', () => {
	it('finds the longest place name of the state at the end', () => {
		expect(knownCityStart(tokenize('23485 Western Ave Park Forest'), 0, 5, 'IL')).toBe(3);
		expect(cityOf('1 Main St Salt Lake City', 'UT')).toBe('Salt Lake City');
	});
	it('reads "Riviera Beach" from its last word back', () => {
		expect(cityOf('12 Main St Riviera Beach', 'FL')).toBe('Riviera Beach');
	});
	it('finds "saint louis" for "St Louis": one spelling of each place word', () => {
		expect(cityOf('4108 Marsielle St Louis', 'MO')).toBe('St Louis');
		expect(cityOf('12 Main St Ft Myers', 'FL')).toBe('Ft Myers');
	});
	it('reads "Sligh Blvd N E Grand Rapids" as "Grand Rapids": "N E" is one directional', () => {
		expect(cityOf('601 SLIGH BLVD N E GRAND RAPIDS', 'MI')).toBe('GRAND RAPIDS');
		expect(cityOf('2153 WEALTHY E GRAND RAPIDS', 'MI')).toBe('E GRAND RAPIDS');
	});
	it('never reads across a comma, nor a place of another state', () => {
		expect(cityOf('Salt Lake, City', 'UT')).toBe('');
		expect(cityOf('1 Main St Salt Lake City', 'IL')).toBe('');
		expect(cityOf('Springfield', 'ZZ')).toBe('');
	});
});
