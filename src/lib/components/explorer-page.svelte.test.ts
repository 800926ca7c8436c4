import { describe, expect, it, vi } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { flushSync } from 'svelte';
import { ExplorerPage } from './explorer-page.svelte.js';
import type { AddressBar } from './view-address.js';
import { ExplorerState } from './explorer-state.svelte.js';
import type { ExplorerLink } from './explorer-link.js';
import { generateNational } from '#lib/data/generate-national.js';
import { packedFile } from '#lib/packed/packed-file.js';
import { outlineOf } from '#lib/io/deferred-dataset.js';
import { NO_CITES } from '#lib/model/share-repeats.js';
import { graphInSteps } from '#lib/model/graph.js';
import type { Dataset } from '#lib/model/types.js';
import { startEarlyLoad } from './early-chart.js';
import type { EarlyBoot } from './early-boot.js';

/** An address bar that keeps its history in a list, as the browser's would. */
class TestAddress implements AddressBar {
	entries: string[];
	at: number;
	constructor(search = '') {
		this.entries = [search];
		this.at = 0;
	}
	get search(): string {
		return this.entries[this.at];
	}
	write(search: string, entry: boolean): void {
		if (entry) this.entries.splice(++this.at, Infinity, search);
		else this.entries[this.at] = search;
	}
	back(): void {
		this.at--;
	}
}

/** A fetch that answers every request with `body` and `status`. */
function answering(body: string, status = 200): typeof fetch {
	return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

const builtin = { kind: 'builtin', dataset: opinions2015 } as const;

/** Gives the page an explorer that records the views applied to it, and that list. */
function viewsApplied(page: ExplorerPage): ExplorerLink[] {
	const applied: ExplorerLink[] = [];
	page.explorer = {
		shared: () => ({}),
		seen: () => ({}),
		applyView: (link) => void applied.push(link),
		storyEdited: () => false
	};
	return applied;
}

/**
 * Whether a dataset's Graph is built and kept already (one step is all it takes to tell); asked
 * of a dataset still outlined, it would parse its nodes: ask it once the chart is kept.
 */
const indexed = (dataset: Dataset) => graphInSteps(dataset, 1).next().done === true;

describe('ExplorerPage on a built-in chart', () => {
	it('shows the chart at once with the view its address asks for, and warns of what the chart lacks', () => {
		const page = new ExplorerPage(builtin, new TestAddress('?lang=en&layout=radial&expand=no-such-node'));
		expect(page.dataset).toBe(opinions2015);
		expect(page.lang).toBe('en');
		expect(page.opening.view.layout).toBe('radial');
		expect(page.title).toBe(opinions2015.title.en);
		expect(page.warnings.map((w) => w.param)).toEqual(['expand']);
	});

	it('keeps compare, filter, trace and "all dates" apart from the view the explorer opens with', () => {
		const page = new ExplorerPage(builtin, new TestAddress('?asof=all&trace=1&compare=2018-03-20'));
		expect(page.opening.extras).toEqual({
			compare: '2018-03-20',
			filter: undefined,
			trace: true,
			allDates: true
		});
		expect(page.opening.view).not.toHaveProperty('trace');
		expect(page.opening.view).not.toHaveProperty('compare');
	});

	it('writes a new history entry when the focus moves, and replaces the entry for other changes', () => {
		const address = new TestAddress('?d=opinions-2015');
		const page = new ExplorerPage(builtin, address);
		page.writeAddress({ layout: 'radial' });
		expect(address.entries).toEqual(['?d=opinions-2015&layout=radial']);
		page.writeAddress({ layout: 'radial', focus: 'central-social-work' });
		page.writeAddress({ layout: 'radial', focus: 'central-social-work', lang: 'en', trace: true });
		expect(address.entries).toEqual([
			'?d=opinions-2015&layout=radial',
			'?d=opinions-2015&focus=central-social-work&layout=radial&trace=1&lang=en'
		]);
	});

	it('shows the address’s view when the browser goes back, but not on its own writes', () => {
		const address = new TestAddress('');
		const page = new ExplorerPage(builtin, address);
		const applied = viewsApplied(page);
		page.writeAddress({ layout: 'radial', focus: 'central-social-work' });
		// A popstate for the entry just written (as the router may fire) changes nothing.
		page.onpopstate();
		expect(applied).toEqual([]);
		address.back();
		page.onpopstate();
		expect(applied).toEqual([{}]);
	});

	it('leaves an address naming another chart to the router, neither applying it nor writing over it', () => {
		// Back and Forward between two charts opened in the page: the router opens the other one.
		for (const [shown, other] of [
			[builtin, '?src=https%3A%2F%2Fcharts.example%2Fb.json'],
			[{ kind: 'remote', src: 'https://charts.example/a.json' } as const, '?d=opinions-2015']
		] as const) {
			const address = new TestAddress(other);
			const page = new ExplorerPage(shown, address);
			const applied = viewsApplied(page);
			page.onpopstate();
			expect(applied).toEqual([]);
			expect(address.entries).toEqual([other]);
		}
	});
});

describe('ExplorerPage kept in step with its explorer', () => {
	/** A page on the built-in chart, with an explorer opened on the address's view as the page component opens it. */
	function linked(search: string) {
		const address = new TestAddress(search);
		const page = new ExplorerPage(builtin, address);
		const { view, extras } = page.opening;
		const explorer = new ExplorerState(page.dataset!, { ...view, ...extras }, { openOn: page.today });
		page.explorer = {
			shared: () => explorer.shared,
			seen: () => explorer.seen,
			applyView: (link) => explorer.showLink(link),
			storyEdited: () => false
		};
		const stop = $effect.root(() => {
			$effect(page.syncAddress);
		});
		flushSync();
		return { address, page, explorer, stop };
	}

	it('writes the address from the explorer’s view as it changes: URL, view and chart one way round', () => {
		const { address, page, explorer, stop } = linked('?d=opinions-2015&lang=en');
		expect(address.entries).toEqual(['?d=opinions-2015&lang=en']);
		explorer.update({ layout: 'radial' });
		flushSync();
		expect(address.entries).toEqual(['?d=opinions-2015&layout=radial&lang=en']);
		explorer.selected = 'central-social-work';
		explorer.tracing = true;
		flushSync();
		expect(address.entries).toEqual([
			'?d=opinions-2015&layout=radial&lang=en',
			'?d=opinions-2015&focus=central-social-work&layout=radial&trace=1&lang=en'
		]);
		// The page's language is the explorer's, read, not told.
		explorer.update({ lang: 'zh' });
		expect(page.lang).toBe('zh');
		stop();
	});

	it('shows the earlier address’s view whole when the browser goes back, and writes nothing for it', () => {
		const { address, page, explorer, stop } = linked('?d=opinions-2015&asof=2019-06-01&compare=2016-06-01');
		const scene = explorer.scene;
		explorer.selected = 'central-social-work';
		explorer.filter = { tiers: [0, 1] };
		explorer.update({ layout: 'radial' });
		flushSync();
		expect(address.entries).toHaveLength(2);
		address.back();
		page.onpopstate();
		flushSync();
		expect(explorer.selected).toBeNull();
		expect(explorer.filter).toEqual({});
		expect(explorer.view).toEqual({ asOf: '2019-06-01' });
		expect(explorer.compare).toBe('2016-06-01');
		expect(explorer.scene.nodes.map((n) => n.id)).toEqual(scene.nodes.map((n) => n.id));
		expect(address.entries[0]).toBe('?d=opinions-2015&asof=2019-06-01&compare=2016-06-01');
		stop();
	});
});

describe('ExplorerPage.load(source)', () => {
	const remote = { kind: 'remote', src: 'https://charts.example/chain.json' } as const;

	it('downloads a chart from elsewhere, then shows it with the address’s view', async () => {
		const page = new ExplorerPage(remote, new TestAddress(`?src=x&focus=o1&lang=en`));
		expect(page.dataset).toBeNull();
		page.load(remote, answering(JSON.stringify(fixture)));
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		expect(page.opening.view.focus).toBe('o1');
		expect(page.src).toBe(remote.src);
		expect(page.loadError).toBeNull();
	});

	it('says why a chart from elsewhere could not be read', async () => {
		const page = new ExplorerPage(remote, new TestAddress(''));
		page.load(remote, answering('not found', 404));
		await expect.poll(() => page.loadError?.en).toContain('HTTP 404');
		expect(page.dataset).toBeNull();
		expect(page.title).toBe(new ExplorerPage(remote, new TestAddress('')).title);
	});

	it('drops a download that was abandoned before it arrived', async () => {
		const page = new ExplorerPage(remote, new TestAddress(''));
		let arrive = () => {};
		const slow: typeof fetch = () =>
			new Promise((resolve) => (arrive = () => resolve(new Response(JSON.stringify(fixture)))));
		const abandon = page.load(remote, slow);
		abandon();
		arrive();
		// Another load, answered at once, shows its chart: the first one never does.
		const other = { ...fixture, id: 'other' };
		page.load(remote, answering(JSON.stringify(other)));
		await expect.poll(() => page.dataset?.id).toBe('other');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(page.dataset?.id).toBe('other');
	});

	it('runs the full check of a downloaded chart after its first frame and says what it found', async () => {
		// Shaped right (the quick check passes), but an edge names a node that does not exist.
		const broken = {
			...fixture,
			edges: [...fixture.edges, { ...fixture.edges[0], id: 'e-x', to: 'nobody' }]
		};
		const page = new ExplorerPage(remote, new TestAddress(''));
		page.load(remote, answering(JSON.stringify(broken)));
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		expect(page.checked).toBeNull();
		page.onfirstframe();
		await expect.poll(() => page.checked?.total ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
	});

	it('still runs the full check when keeping the chart fails', async () => {
		const broken = {
			...fixture,
			edges: [...fixture.edges, { ...fixture.edges[0], id: 'e-x', to: 'nobody' }]
		};
		const mark = performance.mark.bind(performance);
		vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
			if (name === 'tiaokuai:repeats-shared') throw new Error('keeping failed');
			return mark(name, options);
		});
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const page = new ExplorerPage(remote, new TestAddress(''));
		page.load(remote, answering(JSON.stringify(broken)));
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		page.onfirstframe();
		await expect.poll(() => page.checked?.total ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
		expect(logged).toHaveBeenCalled();
		vi.restoreAllMocks();
	});

	it('shares what a chart read from JSON repeats once its first frame is drawn, not before', async () => {
		const uncited = structuredClone(fixture);
		uncited.edges[0].cites = [];
		const page = new ExplorerPage(remote, new TestAddress(''));
		page.load(remote, answering(JSON.stringify(uncited)));
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		expect(page.dataset!.edges[0].cites).not.toBe(NO_CITES);
		page.onfirstframe();
		await expect.poll(() => page.dataset!.edges[0].cites).toBe(NO_CITES);
		expect(page.dataset).toEqual(uncited);
		// Then indexed, a slice per task, so that the first node picked need not wait for it.
		await expect.poll(() => indexed(page.dataset!)).toBe(true);
	});

	it('neither checks nor parses a chart drawn from its outline and replaced before its copy is read', async () => {
		/** A page opening the chart the head's script downloaded and the worker outlined (early-boot.ts). */
		const outlined = async () => {
			const bytes = new TextEncoder().encode(JSON.stringify(fixture)).buffer as ArrayBuffer;
			const boot: EarlyBoot = {
				src: remote.src,
				worker: null,
				downloaded: Promise.resolve({ bytes, outline: structuredClone(outlineOf(fixture)) })
			};
			(globalThis as { __tiaokuaiEarly?: EarlyBoot }).__tiaokuaiEarly = boot;
			startEarlyLoad(remote.src, '');
			const page = new ExplorerPage(remote, new TestAddress(''));
			page.load(remote, answering('downloaded again', 500));
			await expect.poll(() => page.dataset?.id).toBe(fixture.id);
			return page;
		};
		const parsed = (page: ExplorerPage) => !Object.getOwnPropertyDescriptor(page.dataset, 'nodes')?.get;
		const kept = await outlined();
		const replaced = await outlined();
		const dataset = replaced.dataset!;
		expect([parsed(kept), parsed(replaced)]).toEqual([false, false]);
		kept.onfirstframe();
		replaced.onfirstframe();
		replaced.load(builtin);
		await expect.poll(() => parsed(kept)).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(Object.getOwnPropertyDescriptor(dataset, 'nodes')?.get).toBeDefined();
		expect(replaced.dataset).toBe(opinions2015);
	});
});

describe('ExplorerPage on a packed chart', () => {
	const data = generateNational({ nodes: 9000, seed: 3 });
	const bytes = packedFile(data, { chunkNodes: 1000 });
	const packed = { kind: 'remote', src: '/api/charts/c1/packed' } as const;
	/** Streams the file in pieces as they are asked for; `sent` counts the bytes asked for so far. */
	const sent = { bytes: 0 };
	const streamed: typeof fetch = async () =>
		new Response(
			new ReadableStream<Uint8Array>(
				{
					pull(controller) {
						if (sent.bytes >= bytes.byteLength) return controller.close();
						controller.enqueue(bytes.slice(sent.bytes, (sent.bytes += 4096)));
					}
				},
				{ highWaterMark: 0 }
			)
		);

	it('shows the upper levels, and reads the rest only once they have drawn', async () => {
		const page = new ExplorerPage(packed, new TestAddress(''));
		page.load(packed, streamed);
		await expect.poll(() => page.dataset?.nodes.length, { timeout: 20_000 }).toBe(3211);
		const held = sent.bytes;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(sent.bytes).toBe(held);
		expect(page.arrival).toEqual({ loaded: 3211, total: 9000 });
		page.onfirstframe();
		await expect.poll(() => page.dataset?.nodes.length, { timeout: 20_000 }).toBe(9000);
		expect(page.arrival).toBeNull();
		// The whole chart is indexed once in.
		await expect.poll(() => indexed(page.dataset!)).toBe(true);
	});
});
