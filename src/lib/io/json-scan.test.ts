import { describe, expect, it } from 'vitest';
import { jsonErrorAt, lineLocator, pathLines, stringEnd } from './json-scan.js';

describe('pathLines(text, paths)', () => {
	const text = '{\n"nodes": [\n  {"id": "a"},\n  {"id": "b",\n   "kind": "x"}\n],\n"edges": []\n}';
	it('gives the line each asked-for value starts on', () => {
		const lineOf = pathLines(text, ['nodes[1].kind', 'nodes[0].id', 'edges']);
		expect([lineOf('nodes[1].kind'), lineOf('nodes[0].id'), lineOf('edges')]).toEqual([5, 3, 7]);
	});
	it('gives a missing field the line of the nearest value that is there', () => {
		expect(pathLines(text, ['nodes[0].label.zh'])('nodes[0].label.zh')).toBe(3);
		expect(pathLines(text, ['sources'])('sources')).toBe(1);
		expect(pathLines(text, ['nodes[7]'])('nodes[7]')).toBe(2);
	});
	it('ends on top-level paths and on input that is not an object', () => {
		// These looped for ever when a path had nothing left to strip.
		expect(pathLines('{"a": 1}', ['format', 'title'])('format')).toBe(1);
		expect(pathLines('[1]', ['(dataset)'])('(dataset)')).toBe(1);
		expect(pathLines('[1]', ['format'])('format')).toBe(1);
	});
	it('reads a large file without keeping it as a tree', () => {
		const items = Array.from({ length: 200_000 }, (_, i) => `{"id": "n${i}", "kind": "k"}`);
		const big = `{"nodes": [\n${items.join(',\n')}\n]}`;
		expect(pathLines(big, ['nodes[150000].kind'])('nodes[150000].kind')).toBe(150_002);
	});
});

describe('jsonErrorAt(text) and lineLocator(text)', () => {
	it('finds where a text stops being JSON, and its line and column', () => {
		const text = '{"a": 1,\n}';
		const at = jsonErrorAt(text)!;
		expect(text[at]).toBe('}');
		expect(lineLocator(text)(at)).toEqual({ line: 2, column: 1 });
		expect(jsonErrorAt('{"a": [1, 2]}')).toBeUndefined();
	});
});

describe('stringEnd(text, at)', () => {
	it('finds the closing quote past escapes, or the end of a string that does not close', () => {
		expect(stringEnd('"a\\"b" 1', 0)).toBe(5);
		expect(stringEnd('["\\\\", 2]', 1)).toBe(4);
		expect(stringEnd('"open', 0)).toBe(5);
	});
});
