import { describe, expect, test } from 'vitest';
import { fixtureDataset } from './__fixtures__/dataset.js';
import { attachment, exportFile } from './export-file.server.js';
import { EXPORT_FORMATS } from './export-query.js';
import { bundledFontBytes } from './font-file.server.js';
import { fixtureScene } from './__fixtures__/scene.js';

const input = { scene: fixtureScene('zh'), dataset: fixtureDataset(), options: {}, font: bundledFontBytes() };

describe('exportFile(format, input)', { timeout: 60_000 }, () => {
	test.each(EXPORT_FORMATS)('%s gives bytes with a media type and extension', async (format) => {
		const file = await exportFile(format, input);
		expect(file.bytes.byteLength).toBeGreaterThan(100);
		expect(file.contentType).toMatch(/^[a-z]+\/[\w.+-]+/);
		expect(file.extension).toMatch(new RegExp(`${format === 'csv' ? 'nodes.csv' : format}$`));
	});

	test('files start with their format signature', async () => {
		const head = async (f: (typeof EXPORT_FORMATS)[number]) =>
			Buffer.from((await exportFile(f, input)).bytes.slice(0, 8));
		expect((await head('png')).subarray(1, 4).toString()).toBe('PNG');
		expect((await head('pdf')).toString().startsWith('%PDF-')).toBe(true);
		expect((await head('pptx')).subarray(0, 2).toString()).toBe('PK');
		expect((await head('csv'))[0]).toBe(0xef);
	});

	test('the data formats follow the Scene as-of date', async () => {
		const json = JSON.parse(
			new TextDecoder().decode(
				(await exportFile('json', { ...input, scene: { ...input.scene, asOf: '2015-12-31' } })).bytes
			)
		);
		expect(json.nodes.map((n: { id: string }) => n.id)).toEqual(['centre', 'prov']);
		const edges = await exportFile('csv', { ...input, table: 'edges' });
		expect(edges.extension).toBe('edges.csv');
	});
});

describe('attachment(name)', () => {
	test('gives an ASCII fallback and the exact UTF-8 name', () => {
		expect(attachment('opinions-2015.pdf')).toBe(
			`attachment; filename="opinions-2015.pdf"; filename*=UTF-8''opinions-2015.pdf`
		);
		expect(attachment('党建 "x".svg')).toBe(
			`attachment; filename="____x_.svg"; filename*=UTF-8''%E5%85%9A%E5%BB%BA%20%22x%22.svg`
		);
	});
});
