import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { generateCountry } from '#lib/data/generate-country.js';
import { packedFile } from '#lib/packed/packed-file.js';
import { ExplorerPage } from './explorer-page.svelte.js';
import type { AddressBar } from './view-address.js';

/** An address bar that records what is written to it. */
class TestAddress implements AddressBar {
	writes: [string, boolean][] = [];
	constructor(public search = '') {}
	write(search: string, entry: boolean): void {
		this.writes.push([search, entry]);
		this.search = search;
	}
}

const builtin = { kind: 'builtin', dataset: opinions2015 } as const;
/** Several chunks: the first is the 3,211 work bodies of the country. */
const country = generateCountry({ nodes: 20_000 });
const jsonFile = (value: unknown, name = 'chain.json') => new File([JSON.stringify(value)], name);

describe('ExplorerPage opening a file from the reader’s disk', () => {
	it('shows a JSON dataset in place of the chart, with an address that keeps only the language', async () => {
		const address = new TestAddress('?d=opinions-2015&focus=central-social-work&lang=en');
		const page = new ExplorerPage(builtin, address);
		page.load({ kind: 'file', file: jsonFile(fixture), packed: false });
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		expect(page.file).toBe('chain.json');
		expect(page.src).toBeNull();
		expect(address.writes).toEqual([['?lang=en', false]]);
		expect(page.opening.view).toEqual({ lang: 'en' });
		// A file has no address: the view is not written to one.
		page.writeAddress({ layout: 'radial', lang: 'en' });
		expect(address.writes).toHaveLength(1);
	});

	it('streams a packed file through the packed loader: the upper levels first, then the whole', async () => {
		const file = new File([packedFile(country)], 'country.tiaokuai');
		const page = new ExplorerPage(builtin, new TestAddress());
		page.load({ kind: 'file', file, packed: true });
		// The rest is read once the explorer has drawn the first part, as the canvas would say.
		await expect.poll(() => page.streamed).not.toBeNull();
		page.onfirstframe();
		await expect.poll(() => page.dataset?.nodes.length, { timeout: 20_000 }).toBe(country.nodes.length);
		// The explorer opened on the first part, which had only the upper levels.
		expect(page.streamed!.nodes.length).toBeLessThan(country.nodes.length);
		expect(page.arrival).toBeNull();
		expect(page.file).toBe('country.tiaokuai');
	});

	it('keeps the chart on screen and names the file and the byte when a packed file is damaged', async () => {
		const bytes = packedFile(fixture);
		bytes[4] = 9;
		const page = new ExplorerPage(builtin, new TestAddress());
		page.load({ kind: 'file', file: new File([bytes], 'broken.tiaokuai'), packed: true });
		await expect.poll(() => page.fileError?.zh).toContain('broken.tiaokuai：字节 4：打包格式版本为 9');
		expect(page.fileError?.en).toContain('broken.tiaokuai: Byte 4: the packed format is version 9');
		expect(page.dataset).toBe(opinions2015);
		expect(page.loadError).toBeNull();
		expect(page.file).toBeNull();
	});

	it('names the line and column of a JSON file’s syntax error, and clears it when a good file opens', async () => {
		const page = new ExplorerPage(builtin, new TestAddress());
		page.load({ kind: 'file', file: new File(['{"format": "tiaokuai/1",}'], 'bad.json'), packed: false });
		await expect
			.poll(() => page.fileError?.en)
			.toBe(
				'bad.json: Line 1, column 24: a comma after the last item. JSON allows no trailing comma; remove it.'
			);
		page.load({ kind: 'file', file: jsonFile(fixture), packed: false });
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		expect(page.fileError).toBeNull();
	});

	it('says why in place of the chart when a damaged file breaks off after its first part was shown', async () => {
		const whole = packedFile(country);
		const file = new File([whole.subarray(0, whole.byteLength - 10)], 'cut.tiaokuai');
		const page = new ExplorerPage(builtin, new TestAddress());
		page.load({ kind: 'file', file, packed: true });
		await expect.poll(() => page.streamed).not.toBeNull();
		page.onfirstframe();
		await expect
			.poll(() => page.loadError?.en, { timeout: 20_000 })
			.toContain('cut.tiaokuai: The file ends early');
		expect(page.streamed).not.toBeNull();
	});

	it('runs the full check of a JSON file after its first frame, naming the file', async () => {
		const broken = {
			...fixture,
			edges: [...fixture.edges, { ...fixture.edges[0], id: 'e-x', to: 'nobody' }]
		};
		const page = new ExplorerPage(builtin, new TestAddress());
		page.load({ kind: 'file', file: jsonFile(broken, 'broken.json'), packed: false });
		await expect.poll(() => page.dataset?.id).toBe(fixture.id);
		page.onfirstframe();
		await expect.poll(() => page.checked?.problems[0]?.file, { timeout: 20_000 }).toBe('broken.json');
	});

	it('writes the view to the address again once a chart with an address replaces the file’s', async () => {
		const address = new TestAddress();
		const page = new ExplorerPage(builtin, address);
		page.load({ kind: 'file', file: jsonFile(fixture), packed: false });
		await expect.poll(() => page.file).toBe('chain.json');
		page.load(builtin);
		expect(page.file).toBeNull();
		page.writeAddress({ layout: 'radial' });
		expect(address.search).toBe('?layout=radial');
	});
});
