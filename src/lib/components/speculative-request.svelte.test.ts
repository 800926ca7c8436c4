import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import type { Dataset } from '#lib/model/types.js';
import { ExplorerPage } from './explorer-page.svelte.js';
import type { AddressBar } from './view-address.js';
import { ExplorerState } from './explorer-state.svelte.js';
import { askKey, speculativeRequest } from './speculative-request.js';
import { screenAspect } from '#lib/layout/screen-aspect.js';

/** An address bar that never changes. */
const at = (search: string): AddressBar => ({ search, write: () => {} });

/**
 * The first request the explorer page's explorer makes for a dataset at an address: the page
 * reads the address, and the explorer is made from what it read as Explorer.svelte makes it.
 */
function explorersFirst(dataset: Dataset, search: string, aspect?: number) {
	const page = new ExplorerPage({ kind: 'builtin', dataset }, at(search));
	const { view, extras } = page.opening;
	const explorer = new ExplorerState(
		() => dataset,
		{ ...view, compare: extras.compare, filter: extras.filter, trace: extras.trace || undefined },
		{ openOn: page.today, allDates: extras.allDates, aspect }
	);
	return { ask: { view: explorer.sceneView(), options: explorer.sceneOptions() }, today: page.today };
}

describe('the Scene request worked out ahead of the explorer', () => {
	const same = [
		'',
		'?expand=all',
		'?src=https%3A%2F%2Fcharts.example%2Fa.json&expand=all',
		'?lang=en&layout=radial&expand=all',
		'?layout=tree-lr&backbone=guides&expand=all',
		'?asof=all&expand=all',
		'?asof=2016-05-01&expand=c,p1',
		'?focus=o1&expand=all&theme=dark',
		'?layers=secondary&cam=1.5,10,20',
		'?expand=no-such-node&backbone=no-such-kind&layout=sideways',
		'?compare=2016-01-01&asof=2019-01-01'
	];
	for (const search of same)
		it(`is the explorer's own for ${search || 'an empty address'}, on a wide screen and an upright one`, () => {
			for (const dataset of [fixture, opinions2015])
				for (const [width, height] of [
					[1280, 800],
					[390, 844]
				]) {
					const aspect = screenAspect(width, height);
					const { ask, today } = explorersFirst(dataset, search, aspect);
					const ahead = speculativeRequest(dataset, search, today, aspect);
					expect(ahead).not.toBeNull();
					expect(askKey(ahead!)).toBe(askKey(ask));
					// Built ahead for another screen's shape, it is not the explorer's; but a link with a
					// camera keeps a wide screen's layout on any screen.
					const other = speculativeRequest(dataset, search, today, aspect ? undefined : 0.5);
					if (search.includes('cam=')) expect(askKey(other!)).toBe(askKey(ask));
					else expect(askKey(other!)).not.toBe(askKey(ask));
				}
		});

	it('is left to the explorer when the request depends on more than the address (filter, trace, a date moved to the focus)', () => {
		const today = explorersFirst(fixture, '').today;
		expect(speculativeRequest(fixture, '?kinds=org&expand=all', today)).toBeNull();
		expect(speculativeRequest(fixture, '?focus=o1&trace=1', today)).toBeNull();
		// p2 ended in 2018: a link to it without a date opens on its last day, not today.
		expect(explorersFirst(fixture, '?focus=p2').ask.view.asOf).not.toBe(today);
		expect(speculativeRequest(fixture, '?focus=p2', today)).toBeNull();
	});

	it('has one key whatever order the request was written in, and apart from unset options', () => {
		const view = { lang: 'en' as const, expanded: 'all' as const };
		expect(askKey({ view, options: { highlight: [], dim: undefined } })).toBe(
			askKey({ view: { expanded: 'all', lang: 'en' }, options: { highlight: [] } })
		);
		expect(askKey({ view, options: { highlight: ['a'] } })).not.toBe(
			askKey({ view, options: { highlight: [] } })
		);
		expect(askKey({ view, options: {} })).not.toBe(askKey({ view: { ...view, theme: 'dark' }, options: {} }));
	});
});
