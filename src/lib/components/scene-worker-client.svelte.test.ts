import { describe, expect, it, vi } from 'vitest';
import {
	adoptSpareWorker,
	dropSpareWorker,
	handOverBytes,
	handOverDataset,
	prewarmSceneWorker,
	SceneWorkerClient
} from './scene-worker-client.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { unpackScene, type PackedScene } from '#lib/scene/pack-scene.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { todayIso } from '#lib/model/date-stops.js';
import { speculativeRequest } from './speculative-request.js';
import { sceneWorkerUrl } from './scene-worker-url.js';
import { outlineOf } from '#lib/io/deferred-dataset.js';
import type { SceneAnswer, SceneRequest } from './scene.worker.js';
import { screenAspect } from '#lib/layout/screen-aspect.js';

/** The next Scene a client answers with, unpacked. */
function answered(start: (client: SceneWorkerClient) => void) {
	return new Promise<ReturnType<typeof unpackScene>>((resolve, reject) => {
		const client = new SceneWorkerClient(
			(packed: PackedScene) => {
				resolve(unpackScene(packed));
				client.terminate();
			},
			(message) => reject(new Error(message))
		);
		start(client);
	});
}

/**
 * A client taking `worker` over as the head's would be once it holds the fixture, and what it
 * tells its owner: the Scenes, and the errors and failures.
 */
function takenOver(worker: Worker) {
	adoptSpareWorker(worker);
	handOverDataset(fixture, true);
	const failures: string[] = [];
	const scenes: PackedScene[] = [];
	const client = new SceneWorkerClient(
		(scene) => scenes.push(scene),
		(message) => failures.push(`error: ${message}`),
		(message) => failures.push(`fail: ${message}`)
	);
	return { client, failures, scenes };
}

describe('the scene worker', () => {
	const view = { lang: 'en' as const, expanded: 'all' as const };

	it('builds in a real worker the Scene the page would build, from the dataset it is sent', async () => {
		const scene = await answered((client) => client.request(fixture, view, {}));
		expect(scene).toEqual(buildScene(fixture, view));
	});

	it('parses the downloaded bytes it is handed, so the dataset is never sent', async () => {
		prewarmSceneWorker();
		// Bytes that differ from the dataset object in one label: the Scene shows which was read.
		const [first, ...rest] = fixture.nodes;
		const downloaded = {
			...fixture,
			nodes: [{ ...first, label: { zh: '下载的', en: 'Downloaded' } }, ...rest]
		};
		const bytes = new TextEncoder().encode(JSON.stringify(downloaded)).buffer;
		// The worker reads the bytes once its script runs: they are handed over at once.
		expect(handOverBytes(bytes)).toBe(true);
		// Moved, not copied: a 60 MB chart's copy cost a tenth of the page's own parse.
		expect(bytes.byteLength).toBe(0);
		handOverDataset(fixture, true);
		const scene = await answered((client) => client.request(fixture, view, {}));
		expect(scene).toEqual(buildScene(downloaded, view));
	});

	it('sends the dataset after all when the bytes it was handed could not be read', async () => {
		prewarmSceneWorker();
		const garbage = new TextEncoder().encode('{"format": "tiaokuai/1", …').buffer;
		expect(handOverBytes(garbage)).toBe(true);
		handOverDataset(fixture, true);
		const scene = await answered((client) => client.request(fixture, view, {}));
		expect(scene).toEqual(buildScene(fixture, view));
	});

	it('builds the Scene the address asks for as soon as it has read the bytes, and answers the same request with it', async () => {
		const aheadMarks = () => performance.getEntriesByName('tiaokuai:scene-ahead').length;
		const before = aheadMarks();
		prewarmSceneWorker();
		handOverBytes(new TextEncoder().encode(JSON.stringify(fixture)).buffer, '?src=x&lang=en&expand=all');
		handOverDataset(fixture, true);
		// Another request (no date, no theme) drops the Scene built ahead and is built as asked.
		const other = await answered((client) => client.request(fixture, view, {}));
		expect(aheadMarks()).toBe(before);
		expect(other).toEqual(buildScene(fixture, view));
		// The explorer's own first request for that address on this screen (see speculative-request.svelte.test.ts).
		const asked = speculativeRequest(
			fixture,
			'?src=x&lang=en&expand=all',
			todayIso(),
			screenAspect(innerWidth, innerHeight)
		)!;
		prewarmSceneWorker();
		handOverBytes(new TextEncoder().encode(JSON.stringify(fixture)).buffer, '?src=x&lang=en&expand=all');
		handOverDataset(fixture, true);
		const scene = await answered((client) => client.request(fixture, asked.view, asked.options));
		expect(aheadMarks()).toBe(before + 1);
		expect(scene).toEqual(buildScene(fixture, asked.view, asked.options));
	});

	it('builds nothing ahead from a chart the page will refuse, and a refused chart ends the worker', async () => {
		const aheadMarks = () => performance.getEntriesByName('tiaokuai:scene-ahead').length;
		const before = aheadMarks();
		const address = '?src=x&lang=en&expand=all';
		const asked = speculativeRequest(fixture, address, todayIso(), screenAspect(innerWidth, innerHeight))!;
		// The page refuses this format (checkDatasetShape); the worker must not spend a build on it.
		const refused = { ...fixture, format: 'tiaokuai/0' };
		prewarmSceneWorker();
		handOverBytes(new TextEncoder().encode(JSON.stringify(refused)).buffer, address);
		handOverDataset(fixture, true);
		await answered((client) => client.request(fixture, asked.view, asked.options));
		expect(aheadMarks()).toBe(before);
		// Dropped, the spare takes no bytes: the next client starts a worker of its own.
		prewarmSceneWorker();
		dropSpareWorker();
		expect(handOverBytes(new ArrayBuffer(8))).toBe(false);
	});

	it('takes no spare worker that broke before it was taken, and builds in one of its own', async () => {
		const broken = new Blob(['throw new Error("broken");'], { type: 'text/javascript' });
		const worker = new Worker(URL.createObjectURL(broken), { type: 'module' });
		let failed = false;
		worker.addEventListener('error', () => (failed = true));
		adoptSpareWorker(worker);
		// It breaks while nobody but the spare's keeper listens, as under load it can before the explorer asks.
		await expect.poll(() => failed).toBe(true);
		handOverDataset(fixture, true);
		const scene = await answered((client) => client.request(fixture, view, {}));
		expect(scene).toEqual(buildScene(fixture, view));
	});

	it('tells its owner, once, when its worker cannot run', async () => {
		// A worker whose script breaks as it starts, taken over as the head's would be once it holds a chart.
		const broken = new Blob(['throw new Error("broken");'], { type: 'text/javascript' });
		const { client, failures, scenes } = takenOver(
			new Worker(URL.createObjectURL(broken), { type: 'module' })
		);
		client.request(fixture, view, {});
		await expect.poll(() => failures).toHaveLength(1);
		expect(failures[0]).toMatch(/^fail: .*broken/);
		// Asked again, it says nothing more: the owner builds on the page from now on.
		client.request(fixture, { ...view, lang: 'zh' }, {});
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(failures).toHaveLength(1);
		expect(scenes).toEqual([]);
	});

	it('tells its owner when an answer could not be read, and ends the worker', async () => {
		const worker = new Worker(sceneWorkerUrl, { type: 'module' });
		const terminate = vi.spyOn(worker, 'terminate');
		const { failures, scenes } = takenOver(worker);
		// What the browser fires when a message cannot be deserialized: the answer is lost.
		worker.dispatchEvent(new MessageEvent('messageerror'));
		expect(failures).toEqual(['fail: An answer of the scene worker could not be read.']);
		expect(terminate).toHaveBeenCalledOnce();
		expect(scenes).toEqual([]);
	});

	it('sends a text of a Scene the same as in the one before once, and the client puts it back', async () => {
		const worker = new Worker(sceneWorkerUrl, { type: 'module' });
		const sent: SceneAnswer[] = [];
		worker.addEventListener('message', (event: MessageEvent<SceneAnswer>) => sent.push(event.data));
		const { client, failures, scenes } = takenOver(worker);
		const picked = { highlight: [fixture.nodes[2].id] };
		const zh = { ...view, lang: 'zh' as const };
		client.request(fixture, view, {});
		await expect.poll(() => scenes.length).toBe(1);
		// A selection: the same ids and labels.
		client.request(fixture, view, picked);
		await expect.poll(() => scenes.length).toBe(2);
		// Asked again before the first is answered: the first's texts count, though it is not shown.
		client.request(fixture, zh, {});
		client.request(fixture, zh, picked);
		await expect.poll(() => scenes.length).toBe(3);
		client.terminate();
		expect(failures).toEqual([]);
		const answers = sent.filter((answer) => answer.scene);
		expect(answers.map((answer) => answer.repeated ?? [])).toEqual([
			[],
			['nodeIds', 'lines', 'edgeIds'],
			['nodeIds', 'edgeIds'],
			['nodeIds', 'lines', 'edgeIds']
		]);
		expect(answers[1].scene!.lines.text).toBe('');
		expect(scenes.map(unpackScene)).toEqual([
			buildScene(fixture, view),
			buildScene(fixture, view, picked),
			buildScene(fixture, zh, picked)
		]);
	});

	it('downloads a chart for the head’s script, sends the bytes, then the outline the page draws with', async () => {
		const messages = async (chart: object | Uint8Array<ArrayBuffer>) => {
			const body = chart instanceof Uint8Array ? chart : JSON.stringify(chart);
			const src = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
			const worker = new Worker(sceneWorkerUrl, { type: 'module' });
			const got: SceneAnswer[] = [];
			worker.onmessage = (event: MessageEvent<SceneAnswer>) => got.push(event.data);
			worker.postMessage({ id: 0, fetch: src, address: '?src=x&lang=en&expand=all' } satisfies SceneRequest);
			await expect.poll(() => got.length).toBe(2);
			worker.terminate();
			return got;
		};
		const [bytes, outlined] = await messages(fixture);
		expect(new TextDecoder().decode(bytes.downloaded!)).toBe(JSON.stringify(fixture));
		expect(outlined.outline).toEqual(structuredClone(outlineOf(fixture)));
		// A chart the page will refuse has no outline: the page reads the bytes itself and says why.
		const [, refused] = await messages({ ...fixture, format: 'tiaokuai/0' });
		expect(refused).toEqual({ id: 0, outline: null });
		// Nor has a chart whose bytes are not UTF-8 (`中` in GBK in a label): read leniently, it
		// had been drawn with that label garbled.
		const text = JSON.stringify(fixture);
		const label = text.indexOf('"label":{"zh":"') + 15;
		const [at, rest] = [text.slice(0, label), text.slice(label)].map((part) =>
			new TextEncoder().encode(part)
		);
		const gbk = new Uint8Array([...at, 0xd6, 0xd0, ...rest]);
		const [sent, notUtf8] = await messages(gbk);
		expect(new Uint8Array(sent.downloaded!)).toEqual(gbk);
		expect(notUtf8).toEqual({ id: 0, outline: null });
	});
});
