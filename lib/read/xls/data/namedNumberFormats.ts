/**
 * SpreadsheetML's named number formats (`<NumberFormat ss:Format="Short
 * Date"/>`), as the Excel format codes they stand for. Source: the same map
 * SheetJS uses (xlsx.js, `XLMLFormatMap`), which follows Excel 2003's XML
 * Spreadsheet Reference.
 */
export const NAMED_NUMBER_FORMATS: Readonly<Record<string, string>> = Object.freeze({
	'General Number': 'General',
	'General Date': 'm/d/yy h:mm',
	'Long Date': 'dddd, mmmm dd, yyyy',
	'Medium Date': 'd-mmm-yy',
	'Short Date': 'm/d/yy',
	'Long Time': 'h:mm:ss AM/PM',
	'Medium Time': 'h:mm AM/PM',
	'Short Time': 'h:mm',
	Currency: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
	Fixed: '0.00',
	Standard: '#,##0.00',
	Percent: '0.00%',
	Scientific: '0.00E+00',
	'Yes/No': '"Yes";"Yes";"No";@',
	'True/False': '"True";"True";"False";@',
	'On/Off': '"Yes";"Yes";"No";@',
});
