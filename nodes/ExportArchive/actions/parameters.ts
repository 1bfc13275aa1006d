import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import type { ExportFormat, ExportOptions, FilterGroup, FlatFilter } from '../../../lib';
import { listOf } from '../../shared/parameters';
import { EXPORT_V1 } from '../defaults';

/** The Options collection, as n8n hands it over. */
export interface ExportNodeOptions {
	archiveName?: string;
	bom?: boolean;
	compression?: 'deflate' | 'store';
	exportPath?: string;
	fileName?: string;
	formulaGuard?: boolean;
	jsonShape?: 'envelope' | 'array';
	lineEnding?: 'crlf' | 'lf';
	manifest?: boolean;
	orientation?: 'auto' | 'portrait' | 'landscape';
	binaryPropertyName?: string;
	pageSize?: number;
	title?: string;
}

/** A JSON filter parameter (text or already an object): undefined when empty; a NodeOperationError naming the problem when it is not JSON. */
export function filterOf(
	ctx: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
): FilterGroup | FlatFilter | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
		return undefined;
	if (typeof value === 'object') return value as FilterGroup | FlatFilter;
	try {
		return JSON.parse(String(value)) as FilterGroup | FlatFilter;
	} catch (error) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The filter is not valid JSON: ${(error as Error).message}`,
			{
				itemIndex,
				description:
					'Write a FilterGroup such as {"operator": "and", "conditions": [{"field": "status", "operator": "eq", "value": "open"}]}, or leave the filter empty.',
			},
		);
	}
}

/** The library's export options from the node's parameters for one item. */
export function exportOptionsOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { options: ExportOptions; binaryPropertyName: string } {
	const o = ctx.getNodeParameter('options', itemIndex, {}) as ExportNodeOptions;
	const format = ctx.getNodeParameter('format', itemIndex, EXPORT_V1.format) as ExportFormat;
	const sortBy = String(ctx.getNodeParameter('sortBy', itemIndex, EXPORT_V1.sortBy)).trim();
	const direction = ctx.getNodeParameter('sortDirection', itemIndex, EXPORT_V1.sortDirection) as
		'asc' | 'desc';
	const limit = Number(ctx.getNodeParameter('maxRecords', itemIndex, EXPORT_V1.maxRecords));
	const fields = listOf(ctx.getNodeParameter('fields', itemIndex, EXPORT_V1.fields));
	const options: ExportOptions = {
		format,
		fields: fields.length > 0 ? fields : undefined,
		filter: filterOf(ctx, ctx.getNodeParameter('filter', itemIndex, EXPORT_V1.filter), itemIndex),
		sort: sortBy ? [{ field: sortBy, direction }] : undefined,
		limit: limit > 0 ? limit : undefined,
		fileName: (o.fileName ?? EXPORT_V1.fileName).trim() || undefined,
		title: (o.title ?? EXPORT_V1.title).trim() || undefined,
		bom: o.bom ?? EXPORT_V1.bom,
		lineEnding: (o.lineEnding ?? EXPORT_V1.lineEnding) === 'lf' ? '\n' : '\r\n',
		formulaGuard: o.formulaGuard ?? EXPORT_V1.formulaGuard,
		jsonShape: o.jsonShape ?? EXPORT_V1.jsonShape,
		orientation: o.orientation ?? EXPORT_V1.orientation,
	};
	return {
		options,
		binaryPropertyName:
			(o.binaryPropertyName ?? EXPORT_V1.binaryPropertyName).trim() || EXPORT_V1.binaryPropertyName,
	};
}

/** The archive settings of Create Archive and Bulk Export: the ZIP's file name (`.zip` added), manifest, compression and binary field. */
export function archiveOptionsOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
): {
	fileName: string;
	manifest: boolean;
	compression: 'deflate' | 'store';
	binaryPropertyName: string;
} {
	const o = ctx.getNodeParameter('options', itemIndex, {}) as ExportNodeOptions;
	const name = (o.archiveName ?? EXPORT_V1.archiveName).trim() || EXPORT_V1.archiveName;
	return {
		fileName: /\.zip$/i.test(name) ? name : `${name}.zip`,
		manifest: o.manifest ?? EXPORT_V1.manifest,
		compression: o.compression ?? EXPORT_V1.compression,
		binaryPropertyName:
			(o.binaryPropertyName ?? EXPORT_V1.binaryPropertyName).trim() || EXPORT_V1.binaryPropertyName,
	};
}
