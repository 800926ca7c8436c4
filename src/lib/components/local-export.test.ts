import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { PORTABLE_FORMATS } from '#lib/export/export-query.js';
import { exportResponse } from '#lib/server/export-response.js';
import { postedDataset } from '#lib/server/posted-dataset.js';
import { localExport } from './local-export.js';
import { exportUrl, EXPORT_CHOICES } from './export-request.js';

const dataset = generateNational({ nodes: 300, seed: 5, history: true });
const view = { lang: 'zh' as const, expanded: 'all' as const, asOf: '2020-06-01' };

describe('localExport(format, url, dataset)', () => {
	it.each(EXPORT_CHOICES.filter((c) => (PORTABLE_FORMATS as readonly string[]).includes(c.format)))(
		'writes $key as the export API does, byte for byte, under the same name',
		async (choice) => {
			const url = exportUrl(
				null,
				choice,
				view,
				{ title: '条块 / 测试', margin: 30 },
				dataset.nodes.map((n) => n.id)
			);
			const local = await localExport(choice.format as (typeof PORTABLE_FORMATS)[number], url, dataset);
			// As the export API is sent it: written, read and checked.
			const served = await exportResponse(
				choice.format,
				postedDataset(new TextEncoder().encode(JSON.stringify(dataset))),
				new URL(url, 'http://server.invalid'),
				new AbortController().signal
			);
			expect(new Uint8Array(await local.blob.arrayBuffer())).toEqual(
				new Uint8Array(await served.arrayBuffer())
			);
			expect(local.blob.type).toBe(served.headers.get('content-type'));
			expect(served.headers.get('content-disposition')).toContain(encodeURIComponent(local.name!));
			expect(local.name).toMatch(/^条块 测试-2020-06-01\./);
		}
	);
});
