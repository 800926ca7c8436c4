import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { importFile } from '#lib/io/import-file.js';
import { detectFormat } from '#lib/io/detect-format.js';
import { exportFile } from '#lib/export/export-file.server.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { packedFile, readPackedFile } from './packed-file.js';

describe('importFile of a .tiaokuai file', () => {
	const bytes = packedFile(opinions2015);

	it('is detected by its name or its first bytes', () => {
		expect(detectFormat({ name: 'chart.tiaokuai', bytes: new Uint8Array() })).toBe('tiaokuai');
		expect(detectFormat({ name: 'upload', bytes })).toBe('tiaokuai');
	});

	it('gives the dataset back, validated', () => {
		const result = importFile({ name: 'chart.tiaokuai', bytes });
		expect(result.problems).toEqual([]);
		expect(result.dataset).toEqual(opinions2015);
	});

	it('refuses a damaged file, saying at which byte', () => {
		const result = importFile({ name: 'chart.tiaokuai', bytes: bytes.subarray(0, 100) });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ code: 'unreadable', file: 'chart.tiaokuai' });
		expect(result.problems[0].text?.zh).toMatch(/字节 100/);
	});
});

describe("exportFile('tiaokuai')", () => {
	it('writes the packed file of the dataset as of the view, which reads back', async () => {
		const scene = buildScene(opinions2015, { asOf: '2016-01-01' });
		const file = await exportFile('tiaokuai', {
			scene,
			dataset: opinions2015,
			options: {},
			font: new Uint8Array()
		});
		expect(file.extension).toBe('tiaokuai');
		const back = readPackedFile(file.bytes).dataset;
		expect(back.nodes.length).toBeGreaterThan(0);
		expect(back.nodes.length).toBeLessThanOrEqual(opinions2015.nodes.length);
	});
});
