import { readOdsAttributes } from '../../../../lib/read/ods/readOdsAttributes';

describe('readOdsAttributes', () => {
	it('returns the attributes the reader uses by local name, entities decoded, telling calcext:value-type apart', () => {
		const tag = `<table:table-cell table:style-name='ce1' office:value-type = "string" calcext:value-type="error" office:string-value="a &amp; b" foo:value="1" table:number-columns-repeated="3">`;
		const a = readOdsAttributes(tag, 17, tag.length - 1);
		expect({ ...a }).toMatchObject({
			styleName: 'ce1',
			valueType: 'string',
			calcType: 'error',
			stringValue: 'a & b',
			value: '1',
			columnsRepeated: '3',
			rowsRepeated: undefined,
		});
	});

	it('returns nothing from a tag whose attribute is broken, keeping what came before', () => {
		const tag = '<table:table table:name="A" table:style-name=ta1>';
		expect({ ...readOdsAttributes(tag, 12, tag.length - 1) }).toMatchObject({
			name: 'A',
			styleName: undefined,
		});
	});
});
