import { extractNickname } from '../../../../lib/normalize/name/nickname';

describe('extractNickname', () => {
	it('returns the text unchanged when it has no quote or bracket', () => {
		expect(extractNickname('Robert Smith')).toEqual({ rest: 'Robert Smith' });
	});
	it('takes a nickname in quotes, two single quotes, brackets, or single quotes standing apart', () => {
		expect(extractNickname('Robert "Bob" Smith')).toEqual({
			rest: 'Robert Smith',
			nickname: 'Bob',
		});
		expect(extractNickname("Katherine ''Kate'' Lee")).toEqual({
			rest: 'Katherine Lee',
			nickname: 'Kate',
		});
		expect(extractNickname('Robert (Bob) Smith')).toEqual({
			rest: 'Robert Smith',
			nickname: 'Bob',
		});
		expect(extractNickname("Robert 'Bob' Smith")).toEqual({
			rest: 'Robert Smith',
			nickname: 'Bob',
		});
		expect(extractNickname('Anna \u201eAnia\u201c Nowak')).toEqual({
			rest: 'Anna Nowak',
			nickname: 'Ania',
		});
		expect(extractNickname('Jean \u00abJeannot\u00bb Dupont')).toEqual({
			rest: 'Jean Dupont',
			nickname: 'Jeannot',
		});
	});
	it('keeps an apostrophe inside a word and quotes that group a surname before a comma', () => {
		expect(extractNickname("Sean O'Brien")).toEqual({ rest: "Sean O'Brien" });
		expect(extractNickname('"Franců Franců", Jan')).toEqual({ rest: 'Franců Franců, Jan' });
	});
});
