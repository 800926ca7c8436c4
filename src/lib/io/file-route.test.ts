import { describe, expect, it } from 'vitest';
import { routeFile } from './file-route.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const PACKED = new Uint8Array([0x54, 0x4b, 0x50, 0x4b, 1, 0, 0, 0]);

describe('routeFile', () => {
	it.each([
		['chart.tiaokuai', PACKED, 'packed'],
		['CHART.TIAOKUAI', bytes('not packed at all'), 'packed'],
		['opinions.json', bytes('{"format": "tiaokuai/1"}'), 'dataset'],
		['units.csv', bytes('名称,上级\n'), 'table'],
		['units.tsv', bytes('名称\t上级\n'), 'table'],
		['units.txt', bytes('名称,上级\n'), 'table'],
		['units.xlsx', ZIP, 'table'],
		// Renamed or saved without an extension: recognised by the bytes.
		['download', PACKED, 'packed'],
		['download', bytes('  {"format": "tiaokuai/1"}'), 'dataset'],
		['download.bin', ZIP, 'table']
	])('sends %s to the %s route', (name, head, route) => {
		expect(routeFile(name, head)).toEqual({ ok: true, route });
	});

	it('refuses a file it does not know, naming it and the types it takes, in both languages', () => {
		const routed = routeFile('photo.png', PNG);
		expect(routed.ok).toBe(false);
		if (routed.ok) return;
		expect(routed.error.zh).toContain('「photo.png」不是条块能打开的文件');
		expect(routed.error.zh).toContain('.tiaokuai');
		expect(routed.error.en).toContain('photo.png is not a file Tiaokuai can open');
		expect(routed.error.en).toContain('XLSX');
	});
});
