import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { History } from './history.js';

const rename = (id: string, zh: string) =>
	({ type: 'updateNode', id, patch: { label: { zh, en: zh } } }) as const;
const labelOf = (d: Dataset, id: string) => d.nodes.find((n) => n.id === id)?.label.zh;

describe('History', () => {
	it('undoes and redoes steps in order', () => {
		const h = new History(fixture);
		expect(h.canUndo).toBe(false);
		h.do(rename('o1', '一'));
		h.do(rename('o1', '二'));
		expect(labelOf(h.dataset, 'o1')).toBe('二');
		expect(h.undo()).toBe(true);
		expect(labelOf(h.dataset, 'o1')).toBe('一');
		expect(h.canRedo).toBe(true);
		expect(h.undo()).toBe(true);
		expect(h.dataset).toEqual(fixture);
		expect(h.undo()).toBe(false);
		expect(h.redo()).toBe(true);
		expect(h.redo()).toBe(true);
		expect(labelOf(h.dataset, 'o1')).toBe('二');
		expect(h.redo()).toBe(false);
	});

	it('drops the redo stack when a new step is taken', () => {
		const h = new History(fixture);
		h.do(rename('o1', '一'));
		h.undo();
		h.do(rename('o2', '二'));
		expect(h.canRedo).toBe(false);
	});

	it('labels steps for the undo and redo buttons', () => {
		const h = new History(fixture);
		h.do({ type: 'move', id: 'o1', parent: 'p2' });
		expect(h.undoLabel?.en).toBe('Move node');
		h.undo();
		expect(h.redoLabel?.en).toBe('Move node');
	});

	it('tracks dirtiness against the saved revision', () => {
		const h = new History(fixture);
		expect(h.dirty).toBe(false);
		h.do(rename('o1', '一'));
		expect(h.dirty).toBe(true);
		h.undo();
		expect(h.dirty).toBe(false);
		h.redo();
		h.markSaved();
		expect(h.dirty).toBe(false);
		h.undo();
		expect(h.dirty).toBe(true);
		h.redo();
		expect(h.dirty).toBe(false);
		// Undo past the save point, then branch off: the saved state is out of reach for good.
		h.undo();
		h.do(rename('o2', '二'));
		h.undo();
		expect(h.dirty).toBe(true);
	});

	it('takes no step for an edit that changes nothing', () => {
		const h = new History(fixture);
		expect(h.do({ type: 'move', id: 'o1', parent: 'p1' })).toEqual({ ok: true });
		expect([h.canUndo, h.dirty]).toEqual([false, false]);
	});

	it('leaves everything as it was when an edit is refused', () => {
		const h = new History(fixture);
		const r = h.do({ type: 'move', id: 'c', parent: 'o1' });
		expect(r.ok).toBe(false);
		expect(h.canUndo).toBe(false);
		expect(h.dirty).toBe(false);
		expect(h.dataset).toBe(fixture);
	});

	it('re-checks the dataset after every step and reports problems instead of throwing', () => {
		const check = (d: Dataset) =>
			d.nodes
				.filter((n) => !n.label.zh)
				.map((n) => ({
					path: `nodes.${n.id}`,
					message: 'empty name',
					text: { zh: '名称为空', en: 'empty name' }
				}));
		const h = new History(fixture, check);
		expect(h.problems).toEqual([]);
		h.do(rename('o1', ''));
		expect(h.problems).toEqual([
			{ path: 'nodes.o1', message: 'empty name', text: { zh: '名称为空', en: 'empty name' } }
		]);
		h.undo();
		expect(h.problems).toEqual([]);
	});

	it('survives a snapshot round trip through JSON, undo stack included', () => {
		const h = new History(fixture);
		h.do(rename('o1', '一'));
		h.do({ type: 'removeNode', id: 'p2', children: 'subtree' });
		const { dataset, ...rest } = JSON.parse(JSON.stringify(h.snapshot()));
		const back = new History(dataset, () => [], rest);
		expect(back.dirty).toBe(true);
		back.undo();
		back.undo();
		expect(back.dataset).toEqual(fixture);
		expect(back.dirty).toBe(false);
	});

	it('starts clean again after a reset to another revision', () => {
		const h = new History(fixture);
		h.do(rename('o1', '一'));
		h.reset(fixture);
		expect([h.dirty, h.canUndo, h.canRedo]).toEqual([false, false, false]);
	});
});
