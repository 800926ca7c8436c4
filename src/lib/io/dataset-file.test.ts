import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { readDatasetFile } from './dataset-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDatasetFile', () => {
	it('reads a dataset and keeps its text for the full check', () => {
		const text = JSON.stringify(opinions2015);
		const read = readDatasetFile('opinions.json', bytes(text));
		expect(read).toEqual({ ok: true, dataset: opinions2015, text });
	});

	it('reads a file saved with a byte-order mark', () => {
		const read = readDatasetFile(
			'bom.json',
			new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(JSON.stringify(opinions2015))])
		);
		expect(read.ok).toBe(true);
	});

	it('names the file and its encoding when it is UTF-32, which it cannot read', () => {
		const read = readDatasetFile('wide.json', new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]));
		expect(read).toMatchObject({
			ok: false,
			error: { zh: expect.stringMatching(/^wide\.json：此文件是 UTF-32BE 编码/) }
		});
		expect(read.ok || read.error.en).toMatch(/^wide\.json: This file is UTF-32BE.*save it as UTF-8/);
	});

	it('names the file, the line and the column of a syntax error', () => {
		const read = readDatasetFile('broken.json', bytes('{\n  "format": "tiaokuai/1",\n}'));
		expect(read).toMatchObject({
			ok: false,
			error: {
				zh: 'broken.json：第 2 行第 25 列：最后一项后面多了一个逗号。JSON 不允许末尾逗号，请删去它。',
				en: 'broken.json: Line 2, column 25: a comma after the last item. JSON allows no trailing comma; remove it.'
			}
		});
	});

	it('names the file and what is missing from a JSON file that is no dataset', () => {
		const read = readDatasetFile('other.json', bytes('{"format": "geojson"}'));
		expect(read).toMatchObject({
			ok: false,
			error: {
				zh: 'other.json：格式应为 tiaokuai/1，实际为 geojson。',
				en: 'other.json: The format should be tiaokuai/1, not geojson.'
			}
		});
	});
});
