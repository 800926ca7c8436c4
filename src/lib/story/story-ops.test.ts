import { describe, expect, it } from 'vitest';
import type { View } from '#lib/model/types.js';
import { addStep, moveStep, newStepId, removeStep, updateStep } from './story-ops.js';

const v = (id: string): View => ({ id, title: { zh: id, en: id }, state: {} });

describe('addStep(story, state, title, note)', () => {
	it('appends a copy of the state with a fresh id and leaves the input alone', () => {
		const story = [v('step-1')];
		const state = { expanded: ['a'], lang: 'en' as const };
		const out = addStep(story, state, { zh: '二', en: 'Two' }, { zh: '注', en: 'Note' });
		expect(story).toHaveLength(1);
		expect(out[1]).toEqual({
			id: 'step-2',
			title: { zh: '二', en: 'Two' },
			note: { zh: '注', en: 'Note' },
			state
		});
		state.expanded.push('b');
		expect(out[1].state.expanded).toEqual(['a']);
	});
	it('leaves out an empty note', () => {
		expect(addStep([], {}, { zh: 'a', en: 'a' }, { zh: '', en: '' })[0]).not.toHaveProperty('note');
	});
	it('newStepId skips ids in use', () => {
		expect(newStepId([v('step-2')])).toBe('step-3');
		expect(newStepId([v('x'), v('step-3'), v('step-4')])).toBe('step-5');
	});
});

describe('moveStep(story, from, to)', () => {
	const story = [v('a'), v('b'), v('c')];
	it.each([
		[0, 2, ['b', 'c', 'a']],
		[2, 0, ['c', 'a', 'b']],
		[1, 1, ['a', 'b', 'c']],
		[2, 3, ['a', 'b', 'c']],
		[0, -1, ['a', 'b', 'c']],
		[5, 0, ['a', 'b', 'c']]
	])('moves %i to %i', (from, to, ids) => {
		expect(moveStep(story, from, to).map((s) => s.id)).toEqual(ids);
		expect(story.map((s) => s.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('removeStep / updateStep', () => {
	it('removes one step by index', () => {
		expect(removeStep([v('a'), v('b')], 0).map((s) => s.id)).toEqual(['b']);
	});
	it('updates one step and keeps its id', () => {
		const out = updateStep([v('a'), v('b')], 1, { title: { zh: '乙', en: 'B' } });
		expect(out[1]).toEqual({ id: 'b', title: { zh: '乙', en: 'B' }, state: {} });
	});
});
