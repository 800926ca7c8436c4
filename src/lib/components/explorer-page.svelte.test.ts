import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import type { ViewState } from '#lib/model/types.js';
import { ExplorerPage, type AddressBar } from './explorer-page.svelte.js';
import type { ViewExtras } from './explorer-link.js';

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
		page.onviewchange({ layout: 'radial' }, {});
		expect(address.entries).toEqual(['?d=opinions-2015&layout=radial']);
		page.onviewchange({ layout: 'radial', focus: 'central-social-work' }, {});
		page.onviewchange({ layout: 'radial', focus: 'central-social-work', lang: 'en' }, { trace: true });
		expect(address.entries).toEqual([
			'?d=opinions-2015&layout=radial',
			'?d=opinions-2015&focus=central-social-work&layout=radial&trace=1&lang=en'
		]);
		expect(page.lang).toBe('en');
	});

	it('shows the address’s view when the browser goes back, but not on its own writes', () => {
		const address = new TestAddress('');
		const page = new ExplorerPage(builtin, address);
		const applied: [ViewState, ViewExtras][] = [];
		page.explorer = { applyView: (view, extras) => applied.push([view, extras]), storyEdited: () => false };
		page.onviewchange({ layout: 'radial', focus: 'central-social-work' }, {});
		// A popstate for the entry just written (as the router may fire) changes nothing.
		page.onpopstate();
		expect(applied).toEqual([]);
		address.back();
		page.onpopstate();
		expect(applied).toEqual([
			[{}, { compare: undefined, filter: undefined, trace: undefined, allDates: undefined }]
		]);
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
});
