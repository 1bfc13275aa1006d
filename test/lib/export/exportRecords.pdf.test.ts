import { exportRecords } from '../../../lib/export/exportRecords';
import { writePdfTable } from '../../../lib/export/pdf/writePdfTable';

jest.mock('../../../lib/export/pdf/writePdfTable', () => ({
	writePdfTable: jest.fn(() => new Uint8Array([37, 80, 68, 70])),
}));

describe('exportRecords', () => {
	describe('PDF', () => {
		it('hands writePdfTable the title, the generated-at line, the filter in words, the count and the cells as text', async () => {
			const result = await exportRecords(
				[
					{
						name: 'José',
						since: new Date('2025-01-05T00:00:00Z'),
						fee: 1200,
						status: 'open',
						client: { name: 'Acme' },
					},
					{ name: 'Zoë', since: '2025-02-01', fee: 90, status: 'closed' },
					{ name: 'Łukasz', since: '3/1/2025', fee: '1,500', status: 'open', active: true },
				],
				{
					format: 'pdf',
					title: 'Open clients',
					fields: ['name:Name', 'since:Since', 'fee', 'client.name:Client'],
					filter: {
						operator: 'and',
						conditions: [
							{ field: 'status', operator: 'eq', value: 'open' },
							{ field: 'fee', operator: 'gte', value: 1000 },
						],
					},
					generatedAt: new Date('2025-06-01T09:30:00Z'),
					orientation: 'landscape',
				},
			);
			expect(result).toMatchObject({
				fileName: 'export.pdf',
				mimeType: 'application/pdf',
				count: 2,
				data: new Uint8Array([37, 80, 68, 70]),
			});
			expect(writePdfTable).toHaveBeenCalledWith(
				{
					title: 'Open clients',
					subtitle: [
						'Generated 2025-06-01 09:30 UTC',
						'Filter: status is "open" and fee is at least 1000',
						'2 records',
					],
					headers: ['Name', 'Since', 'fee', 'Client'],
					rows: [
						['José', '2025-01-05', '1200', 'Acme'],
						['Łukasz', '2025-03-01', '1,500', ''],
					],
				},
				{ orientation: 'landscape', creationDate: new Date('2025-06-01T09:30:00Z') },
			);
		});

		it('says "All records" without a filter and "1 record" for one', async () => {
			await exportRecords([{ a: 'x' }], {
				format: 'pdf',
				generatedAt: new Date('2025-06-01T00:00:00Z'),
			});
			expect(writePdfTable).toHaveBeenLastCalledWith(
				{
					title: 'Export',
					subtitle: ['Generated 2025-06-01 00:00 UTC', 'All records', '1 record'],
					headers: ['a'],
					rows: [['x']],
				},
				{ orientation: 'auto', creationDate: new Date('2025-06-01T00:00:00Z') },
			);
		});
	});
});
