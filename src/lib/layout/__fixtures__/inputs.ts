/**
 * Layout inputs of several shapes for tests and benchmarks: national-chain hierarchies, random
 * trees, stars, chains and forests, with label-like box sizes. Deterministic from a seed.
 */
import { generateNational } from '#lib/data/generate-national.js';
import { STACKED, WRAPPED, type LayoutInput, type LayoutNode, type LayoutResult } from '#lib/layout/types.js';

/** A node as tests write it: its parent named by id (null for a root). */
export type NamedNode = Omit<LayoutNode, 'parent'> & { parent: string | null };

/** A layout input from nodes and links that name each other by id. */
export function inputOf(nodes: NamedNode[], links: [string, string][] = []): LayoutInput {
	const at = new Map(nodes.map((n, i) => [n.id, i]));
	return {
		nodes: nodes.map((n) => ({ ...n, parent: n.parent === null ? -1 : (at.get(n.parent) ?? -1) })),
		links: links.map(([from, to]) => ({ from: at.get(from) ?? -1, to: at.get(to) ?? -1 }))
	};
}

/** A layout's placements keyed by node id, as tests read them: the stacked and wrapped nodes' turns in maps, absent when none. */
export function placedById(input: LayoutInput, result: LayoutResult) {
	const turns = (kind: number) => {
		const t = result.turns;
		if (!t) return undefined;
		const map = new Map<string, { spine: number; turn: number; rowTurn?: number }>();
		t.how.forEach((how, i) => {
			const at = { spine: t.spine[i], turn: t.turn[i] };
			if (how === kind) map.set(input.nodes[i].id, kind === WRAPPED ? { ...at, rowTurn: t.rowTurn[i] } : at);
		});
		return map.size ? map : undefined;
	};
	return {
		positions: new Map(
			input.nodes.map((n, i) => [n.id, { x: result.positions[i * 2], y: result.positions[i * 2 + 1] }])
		),
		stacked: turns(STACKED),
		wrapped: turns(WRAPPED) as Map<string, { spine: number; turn: number; rowTurn: number }> | undefined
	};
}

/** A seedable PRNG (mulberry32). */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A box size like a wrapped label: 60–220 wide, one to three lines high. */
function size(random: () => number): Pick<LayoutNode, 'width' | 'height'> {
	return { width: Math.round(60 + random() * 160), height: 28 + 18 * Math.floor(random() * 3) };
}

/** The national-chain generator's backbone and cross-links as a layout input. */
export function nationalInput(nodes: number, seed = 1): LayoutInput {
	const random = prng(seed);
	const data = generateNational({ nodes, seed });
	const parent = new Map<string, string>();
	const links: [string, string][] = [];
	for (const e of data.edges) {
		if (e.kind === 'leads') parent.set(e.to, e.from);
		else links.push([e.from, e.to]);
	}
	return inputOf(
		data.nodes.map((n) => ({ id: n.id, parent: parent.get(n.id) ?? null, ...size(random) })),
		links
	);
}

/** A random tree: each node's parent is one of the earlier nodes, favouring recent ones when `deep`. */
export function randomTreeInput(nodes: number, seed = 1, deep = false): LayoutInput {
	const random = prng(seed);
	const list: LayoutNode[] = [];
	const links: LayoutInput['links'] = [];
	for (let i = 0; i < nodes; i++) {
		const parent =
			i === 0 ? -1 : deep ? Math.max(0, i - 1 - Math.floor(random() * 3)) : Math.floor(random() * i);
		list.push({ id: `n${i}`, parent, ...size(random) });
		if (i > 2 && random() < 0.1) links.push({ from: Math.floor(random() * i), to: i });
	}
	return { nodes: list, links };
}

/** One root with `nodes - 1` children. */
export function starInput(nodes: number, seed = 1): LayoutInput {
	const random = prng(seed);
	return {
		nodes: Array.from({ length: nodes }, (_, i) => ({
			id: `s${i}`,
			parent: i === 0 ? -1 : 0,
			...size(random)
		})),
		links: []
	};
}

/** Several independent small trees. */
export function forestInput(trees: number, perTree: number, seed = 1): LayoutInput {
	const random = prng(seed);
	const nodes: LayoutNode[] = [];
	for (let t = 0; t < trees; t++) {
		for (let i = 0; i < perTree; i++) {
			const parent = i === 0 ? -1 : nodes.length - i + Math.floor(random() * i);
			nodes.push({ id: `t${t}-${i}`, parent, ...size(random) });
		}
	}
	return { nodes, links: [] };
}

/** Sizes for {@link layoutShapes}: what a layout can place quickly enough for a unit test. */
export interface ShapeSizes {
	star: number;
	tree: number;
	deepTree: number;
	/** Trees, and nodes in each. */
	forest: [number, number];
	national: number[];
}

/** The shapes every layout is tried on: one node, a star, random trees, a forest, national chains. */
export function layoutShapes(sizes: ShapeSizes): [string, LayoutInput][] {
	const [trees, perTree] = sizes.forest;
	return [
		['single node', inputOf([{ id: 'a', parent: null, width: 120, height: 40 }])],
		[`star of ${sizes.star}`, starInput(sizes.star)],
		[`random tree of ${sizes.tree} with cross-links`, randomTreeInput(sizes.tree, 3)],
		[`deep random tree of ${sizes.deepTree}`, randomTreeInput(sizes.deepTree, 4, true)],
		[`forest of ${trees}×${perTree}`, forestInput(trees, perTree, 5)],
		...sizes.national.map((n, i): [string, LayoutInput] => [
			`national chain of ${n}`,
			nationalInput(n, i + 1)
		])
	];
}

/**
 * Pairs of placed boxes that intersect (touching edges do not count). A sweep over x keeps it
 * fast enough for tens of thousands of boxes.
 */
export function overlaps(input: LayoutInput, result: LayoutResult, limit = 10): [string, string][] {
	const boxes = input.nodes.map((n, i) => {
		const [x, y] = [result.positions[i * 2], result.positions[i * 2 + 1]];
		return { id: n.id, x0: x - n.width / 2, x1: x + n.width / 2, y0: y - n.height / 2, y1: y + n.height / 2 };
	});
	boxes.sort((a, b) => a.x0 - b.x0);
	const found: [string, string][] = [];
	const eps = 1e-6;
	for (let i = 0; i < boxes.length && found.length < limit; i++) {
		const a = boxes[i];
		for (let j = i + 1; j < boxes.length && boxes[j].x0 < a.x1 - eps; j++) {
			const b = boxes[j];
			if (b.y0 < a.y1 - eps && a.y0 < b.y1 - eps) found.push([a.id, b.id]);
		}
	}
	return found;
}
