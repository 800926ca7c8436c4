import { describe, expect, it } from 'vitest';
import { parseHostMessage, stepIndex } from './protocol.js';

describe('parseHostMessage(data)', () => {
	it.each([
		[
			{ type: 'tiaokuai:goto', step: 2 },
			{ type: 'tiaokuai:goto', step: 2 }
		],
		[
			{ type: 'tiaokuai:goto', step: 'county' },
			{ type: 'tiaokuai:goto', step: 'county' }
		],
		[
			{ type: 'tiaokuai:focus', id: 'n1' },
			{ type: 'tiaokuai:focus', id: 'n1' }
		],
		[
			{ type: 'tiaokuai:focus', id: null },
			{ type: 'tiaokuai:focus', id: null }
		],
		[
			{ type: 'tiaokuai:asOf', date: '2024-01-01' },
			{ type: 'tiaokuai:asOf', date: '2024-01-01' }
		],
		[
			{ type: 'tiaokuai:asOf', date: null },
			{ type: 'tiaokuai:asOf', date: null }
		],
		[
			{ type: 'tiaokuai:setView', view: { lang: 'en', expanded: 'all', extra: 1 } },
			{ type: 'tiaokuai:setView', view: { lang: 'en', expanded: 'all' } }
		]
	])('accepts %j', (input, expected) => {
		expect(parseHostMessage(input)).toEqual(expected);
	});

	it.each([
		null,
		undefined,
		'tiaokuai:goto',
		42,
		[],
		{},
		{ type: 'other:goto', step: 1 },
		{ type: 'tiaokuai:goto' },
		{ type: 'tiaokuai:goto', step: 0 },
		{ type: 'tiaokuai:goto', step: 1.5 },
		{ type: 'tiaokuai:goto', step: '<script>' },
		{ type: 'tiaokuai:focus' },
		{ type: 'tiaokuai:focus', id: 7 },
		{ type: 'tiaokuai:asOf', date: '2024-02-30' },
		{ type: 'tiaokuai:asOf', date: 'yesterday' },
		{ type: 'tiaokuai:setView', view: null },
		{ type: 'tiaokuai:setView', view: { lang: 'fr' } },
		{ type: 'tiaokuai:setView', view: { camera: { x: 0, y: 0, k: 0 } } },
		{ type: 'tiaokuai:setView', view: { expanded: [1, 2] } },
		{ type: 'tiaokuai:setView', view: { layout: 'spiral' } }
	])('ignores %j', (input) => {
		expect(parseHostMessage(input)).toBeNull();
	});
});

describe('stepIndex(ids, step)', () => {
	it('maps step numbers from 1 and view ids to indices', () => {
		expect(stepIndex(['a', 'b', 'c'], 1)).toBe(0);
		expect(stepIndex(['a', 'b', 'c'], 3)).toBe(2);
		expect(stepIndex(['a', 'b', 'c'], 'b')).toBe(1);
	});
	it('returns -1 for steps the story does not have', () => {
		expect(stepIndex(['a'], 2)).toBe(-1);
		expect(stepIndex(['a'], 'z')).toBe(-1);
		expect(stepIndex([], 1)).toBe(-1);
	});
});
