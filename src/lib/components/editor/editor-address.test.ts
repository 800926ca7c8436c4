import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { encodeView } from '#lib/scene/view-url.js';
import type { AddressBar } from '../view-address.js';
import { EditorAddress } from './editor-address.js';

/** An address bar that records its writes: the query string and whether each made a history entry. */
class TestAddress implements AddressBar {
	writes: { search: string; entry: boolean }[] = [];
	constructor(public search: string) {}
	write(search: string, entry: boolean): void {
		this.search = search;
		this.writes.push({ search, entry });
	}
}

const [first, second] = opinions2015.nodes.map((n) => n.id);

describe('EditorAddress', () => {
	it('writes the expanded set as ids, readable against an edited chart', () => {
		const bar = new TestAddress('');
		new EditorAddress(bar, () => opinions2015).write({ asOf: '2018-03-21', expanded: [first, second] });
		expect(new URLSearchParams(bar.search).get('x')).toBe(`${first},${second}`);
		expect(encodeView({ expanded: [first, second] }).get('x')).toBe(`${first},${second}`);
	});

	it('reads the view a copy opens with, without the ids the chart lacks', () => {
		const bar = new TestAddress(`?asof=2018-03-21&focus=${first}&x=${second},nope&lang=en`);
		const view = new EditorAddress(bar, () => opinions2015).read();
		expect(view).toMatchObject({ asOf: '2018-03-21', focus: first, expanded: [second], lang: 'en' });
	});

	it('makes a history entry when the selection moves, replaces the address otherwise', () => {
		const bar = new TestAddress('');
		const address = new EditorAddress(bar, () => opinions2015);
		address.write({ asOf: '2018-03-21' });
		address.write({ asOf: '2018-03-21', focus: first });
		address.write({ asOf: '2018-03-21', focus: first });
		address.write({ asOf: '2018-03-21', focus: first, layout: 'radial' });
		expect(bar.writes.map((w) => w.entry)).toEqual([false, true, false]);
	});

	it('takes back or forward to another address for a view to show, its own writes not', () => {
		const bar = new TestAddress('');
		const address = new EditorAddress(bar, () => opinions2015);
		address.write({ focus: first });
		expect(address.popped()).toBeNull();
		bar.search = `?focus=${second}`;
		expect(address.popped()).toMatchObject({ focus: second });
	});
});
