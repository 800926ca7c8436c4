import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { draftKey } from '#lib/editor/draft.js';
import { ChartsClient, type ChartRecord } from '#lib/api-client/charts-client.js';
import { EditorState } from './editor-state.svelte.js';

/**
 * A chart server in memory, as `/api/charts/:id` answers: revisions kept in order, a save taken
 * only on top of the newest (If-Match), 412 with the newest revision otherwise.
 */
class FakeServer {
	revisions: Dataset[];
	constructor(
		readonly id: string,
		first: Dataset
	) {
		this.revisions = [first];
	}
	record(rev = this.revisions.length): ChartRecord {
		const dataset = this.revisions[rev - 1];
		return {
			id: this.id,
			title: dataset.title.zh,
			rev,
			headRev: this.revisions.length,
			readOnly: false,
			dataset
		};
	}
	/** Someone else saves a revision. */
	theirs(dataset: Dataset): void {
		this.revisions.push(dataset);
	}
	fetch: typeof fetch = async (input, init) => {
		const url = new URL(String(input), 'http://app.test');
		if (init?.method === 'PUT') {
			const head = this.revisions.length;
			if (new Headers(init.headers).get('if-match') !== `"rev-${head}"`)
				return Response.json(
					{ error: { code: 'stale', message: 'stale', currentRev: head } },
					{ status: 412 }
				);
			this.revisions.push(JSON.parse(String(init.body)).dataset);
			return Response.json({ rev: this.revisions.length });
		}
		const rev = url.searchParams.get('rev');
		return Response.json(this.record(rev ? Number(rev) : undefined));
	};
}

const id = 'c1';
afterEach(() => localStorage.clear());

function setUp() {
	const server = new FakeServer(id, fixture);
	const editor = new EditorState(server.record(), new ChartsClient(server.fetch));
	editor.token = 'token';
	return { server, editor };
}

const retitle = (zh: string) => ({ type: 'setTitle' as const, title: { zh, en: zh } });

describe('EditorState', () => {
	it('keeps every edit in a local draft, and forgets it when undone back to the saved copy', () => {
		const { editor } = setUp();
		expect(editor.do(retitle('新标题'))).toBe(true);
		expect(editor.dirty).toBe(true);
		expect(JSON.parse(localStorage.getItem(draftKey(id))!).dataset.title.zh).toBe('新标题');
		editor.undo();
		expect(editor.dirty).toBe(false);
		expect(localStorage.getItem(draftKey(id))).toBeNull();
		editor.redo();
		expect(editor.dataset.title.zh).toBe('新标题');
	});

	it('refuses an edit the model refuses, says why, and changes nothing', () => {
		const { editor } = setUp();
		const before = editor.dataset;
		expect(editor.do({ type: 'deleteNode', id: 'no-such-node' })).toBe(false);
		expect(editor.error).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
		expect(editor.dataset).toBe(before);
		expect(editor.canUndo).toBe(false);
	});

	it('saves on top of the revision it was based on, and is clean after', async () => {
		const { server, editor } = setUp();
		editor.do(retitle('第二版'));
		expect(await editor.save('retitled')).toBe(true);
		expect(editor.baseRev).toBe(2);
		expect(editor.dirty).toBe(false);
		expect(server.revisions[1].title.zh).toBe('第二版');
		expect(localStorage.getItem(draftKey(id))).toBeNull();
	});

	it('opens the conflict review when someone saved in between, and never overwrites them', async () => {
		const { server, editor } = setUp();
		server.theirs({ ...fixture, title: { zh: '他们的', en: 'Theirs' } });
		editor.do(retitle('我的'));
		expect(await editor.save('mine')).toBe(false);
		expect(server.revisions).toHaveLength(2);
		expect(editor.overlay).toMatchObject({ mode: 'conflict', currentRev: 2 });
		expect(editor.lastMessage).toBe('mine');
		// Kept after review: the working copy becomes revision 3, on top of theirs.
		expect(await editor.keepMine('mine, after theirs')).toBe(true);
		expect(server.revisions.map((d) => d.title.zh)).toEqual([fixture.title.zh, '他们的', '我的']);
		expect(editor.overlay).toBeNull();
	});

	it('takes theirs: drops the local edits and continues from the newest revision', async () => {
		const { server, editor } = setUp();
		server.theirs({ ...fixture, title: { zh: '他们的', en: 'Theirs' } });
		editor.do(retitle('我的'));
		await editor.save('mine');
		editor.takeTheirs();
		expect(editor.baseRev).toBe(2);
		expect(editor.dataset.title.zh).toBe('他们的');
		expect(editor.dirty).toBe(false);
	});

	it('restores an old revision as one undoable edit, saved as a new revision', async () => {
		const { server, editor } = setUp();
		editor.do(retitle('第二版'));
		await editor.save('two');
		await editor.restore(1);
		expect(editor.dataset.title.zh).toBe(fixture.title.zh);
		expect(editor.undoLabel).toEqual({ zh: '恢复版本 1', en: 'Restore revision 1' });
		expect(await editor.save('back to one')).toBe(true);
		expect(server.revisions).toHaveLength(3);
	});

	it('puts back a draft kept by this browser, on the revision it was based on', () => {
		const { editor } = setUp();
		editor.do(retitle('草稿'));
		const draft = JSON.parse(localStorage.getItem(draftKey(id))!);
		const { editor: again } = setUp();
		again.restoreDraft(draft);
		expect(again.dataset.title.zh).toBe('草稿');
		expect(again.dirty).toBe(true);
		expect(again.canUndo).toBe(true);
	});
});
