import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem } from './file-stem.js';

describe('fileStem(title)', () => {
	it('keeps a Chinese title, turning what file systems refuse into spaces', () => {
		expect(fileStem('社会组织党建 / 2024: "县级"')).toBe('社会组织党建 2024 县级');
	});

	it('cuts a long English title at a word, within 150 UTF-8 bytes', () => {
		const stem = fileStem(
			'Party building in social organisations: the management system of the 2015 Opinions '.repeat(3)
		);
		expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(150);
		expect(stem.endsWith(' ')).toBe(false);
		expect('Party building in social organisations the management system'.startsWith(stem.slice(0, 20))).toBe(
			true
		);
		expect(
			stem
				.split(' ')
				.every((word) =>
					/^(Party|building|in|social|organisations|the|management|system|of|2015|Opinions)$/.test(word)
				)
		).toBe(true);
	});

	it('cuts a long Chinese title between characters', () => {
		const stem = fileStem('社'.repeat(100));
		expect(stem).toBe('社'.repeat(50));
	});

	it('drops invisible format characters: a right-to-left override cannot disguise the extension', () => {
		expect(exportFileName('\u202Egvs.exe', undefined, 'svg')).toBe('gvs.exe.svg');
		expect(fileStem('社会\u200B组织\u2066党建\u2069')).toBe('社会组织党建');
	});

	it('never gives an empty name', () => {
		expect(fileStem('///')).toBe('chart');
		expect(fileStem('')).toBe('chart');
	});
});
