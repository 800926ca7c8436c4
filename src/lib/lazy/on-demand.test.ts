import { describe, expect, test } from 'vitest';
import { OnDemand } from './on-demand.js';
import { dagreLib } from './dagre.js';
import { pinyinPro } from './pinyin.js';

describe('OnDemand(name, importer)', () => {
	test('imports once, on the first load, and refuses a use before it', async () => {
		let imports = 0;
		const lib = new OnDemand('lib', async () => ({ n: ++imports }));
		expect(imports).toBe(0);
		expect(lib.loaded).toBe(false);
		expect(() => lib.get()).toThrow('lib is used before it was loaded.');
		const [a, b] = await Promise.all([lib.load(), lib.load()]);
		expect(a).toBe(b);
		expect(lib.get()).toEqual({ n: 1 });
		expect(imports).toBe(1);
	});

	test('a library handed over is there at once, and load gives it without importing', async () => {
		let imports = 0;
		const lib = new OnDemand('lib', async () => ({ n: ++imports }));
		lib.provide({ n: 0 });
		expect(lib.get()).toEqual({ n: 0 });
		expect(await lib.load()).toEqual({ n: 0 });
		expect(imports).toBe(0);
	});

	test('in Node the libraries are there before any importer runs', () => {
		expect(dagreLib.loaded && pinyinPro.loaded).toBe(true);
		expect(pinyinPro.get().pinyin('条块', { toneType: 'none' })).toBe('tiao kuai');
	});
});
