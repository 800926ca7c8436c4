import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { generateNational } from '#lib/data/generate-national.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { goldenCases, goldenOptions, sceneGoldenText } from '#lib/scene/__fixtures__/scene-goldens.js';
import { digests } from './__fixtures__/determinism.js';
import { spawnSupport } from '../../tests/support/ts-child.js';

/** The digests printed by a fresh Node process (tests/support/print-digests.ts). */
function childDigests(): Promise<Record<string, string>> {
	return new Promise((resolve, reject) => {
		const child = spawnSupport('print-digests.ts');
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`print-digests exited ${code}: ${err}`))
		);
	});
}

/** A seeded shuffle (a linear congruential generator), so a failure can be replayed. */
function shuffler(seed: number): <T>(items: Iterable<T>) => T[] {
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return (items) => {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	};
}

/** A value with every object's keys in reverse order: the same dataset, written differently. */
function keysReversed<T>(value: T): T {
	if (Array.isArray(value)) return value.map(keysReversed) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, keysReversed(v)])
		) as T;
	return value;
}

describe('determinism', { timeout: 180_000 }, () => {
	let here: Record<string, string>;
	let there: Record<string, string>;
	beforeAll(async () => {
		[there, here] = await Promise.all([childDigests(), digests()]);
	}, 180_000);

	test('Scenes, layouts, exported bytes and generated data are the same in a fresh process', () => {
		expect(Object.keys(here).length).toBeGreaterThan(15);
		expect(there).toEqual(here);
	});

	test.each(goldenCases().map((c) => [c.name, c] as const))(
		'a Scene does not hang on the order of the ids a view and its options hold (%s)',
		(_, c) => {
			const shuffle = shuffler(c.name.length);
			const options = goldenOptions(c);
			const view: ViewState = {
				...c.view,
				...(Array.isArray(c.view.expanded) && { expanded: shuffle(c.view.expanded) }),
				...(c.view.layers && { layers: shuffle(c.view.layers) })
			};
			const shuffled = {
				highlight: shuffle(options.highlight ?? []),
				highlightEdges: options.highlightEdges && shuffle(options.highlightEdges),
				dim: options.dim && shuffle(options.dim),
				dimOthers: options.dimOthers
			};
			expect(JSON.stringify(buildScene(c.dataset, view, shuffled))).toBe(
				JSON.stringify(buildScene(c.dataset, c.view, options))
			);
		}
	);

	test('a Scene does not hang on the order of the keys in the dataset’s records', () => {
		for (const c of goldenCases()) {
			const rewritten: Dataset = keysReversed(c.dataset);
			expect(JSON.stringify(buildScene(rewritten, c.view, goldenOptions(c)))).toBe(
				JSON.stringify(buildScene(c.dataset, c.view, goldenOptions(c)))
			);
		}
	});

	test('relations listed in any order give the same drawing when no two compete for a parent', () => {
		// Each generated node has one hierarchical relation arriving, so the order of relations
		// decides nothing: not the tree, not the bundles, not the lanes of lines between two boxes.
		const data = generateNational({ nodes: 300, seed: 3 });
		const shuffle = shuffler(11);
		const view: ViewState = { expanded: 'all' };
		for (const layout of ['tree-tb', 'tree-lr', 'radial'] as const) {
			const again = buildScene({ ...data, edges: shuffle(data.edges) }, { ...view, layout });
			expect(sceneGoldenText(again)).toBe(sceneGoldenText(buildScene(data, { ...view, layout })));
		}
	});
});
