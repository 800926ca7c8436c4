import { describe, expect, it, vi } from 'vitest';
import { squeezeBlanks } from './json-blanks.js';

vi.mock('jsonc-parser', async (load) => {
	const real = await load<typeof import('jsonc-parser')>();
	return { ...real, visit: vi.fn(real.visit) };
});
const { visit } = await import('jsonc-parser');
const { jsonErrorAt } = await import('./json-scan.js');

describe('squeezeBlanks(text)', () => {
	it.each([
		['[1,    2]', '[1, 2]'],
		['{"a  b":\t \t 1}', '{"a  b":\t1}'],
		['"x\\"  y"   ', '"x\\"  y" '],
		['[1, 2]', '[1, 2]']
	])('cuts runs of blanks outside strings: %j → %j', (text, squeezed) => {
		expect(squeezeBlanks(text).text).toBe(squeezed);
	});

	it('maps every offset of the squeezed text back to the same character', () => {
		const text = '{  "a":   [1,\t\t 2 ,   x],  "b  c" :  }   ';
		const { text: short, original } = squeezeBlanks(text);
		for (let i = 0; i < short.length; i++) expect(text[original(i)], `offset ${i}`).toBe(short[i]);
		expect(original(short.length)).toBe(text.length);
	});
});

describe('jsonErrorAt(text) on long runs of blanks', () => {
	/** Where the scanner, given the text as it is, finds its first error. */
	const unsqueezed = (text: string) => {
		let at: number | undefined;
		visit(text, { onError: (_code, offset) => void (at ??= offset) }, { disallowComments: true });
		return at;
	};
	it.each([
		'{"a": 1,        \n   }',
		'[1,     2     x]',
		'["a     b"       ,]',
		'{"a":\t\t  "b\t\tc"}',
		'{"a":   "b    \n   "}',
		'{"a":' + ' '.repeat(1000),
		'[1, 2]'
	])('finds the error in %j where the unsqueezed text has it', (text) => {
		expect(jsonErrorAt(text)).toBe(unsqueezed(text));
	});

	it('hands the scanner a 5 MB body of spaces as a few characters', () => {
		// Unsqueezed, the scanner built the spaces into one string a character at a time: 160 MB
		// of heap and 2.4 s for one posted body.
		const text = '{"nodes":' + ' '.repeat(5 * 2 ** 20) + 'x}';
		vi.mocked(visit).mockClear();
		expect(jsonErrorAt(text)).toBe(text.length - 2);
		expect(vi.mocked(visit).mock.calls[0][0].length).toBeLessThan(20);
	});
});
