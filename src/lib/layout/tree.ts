import { hierarchy, tree, type HierarchyPointNode } from 'd3';
import type { LayoutInput, LayoutNode, LayoutResult } from './types.js';
import { packRows, type PackItem } from './pack-rows.js';

/** Options of the tidy tree. */
export interface TreeOptions {
	/** 'tb' grows downward, 'lr' grows to the right. */
	direction?: 'tb' | 'lr';
	/** Space between siblings and cousins, px. */
	siblingGap?: number;
	/** Space between levels, px. */
	levelGap?: number;
	/** Width : height the whole forest should come close to when it has several roots. */
	aspect?: number;
}

interface Datum {
	node: LayoutNode;
	children: Datum[];
}

/** The roots of the forest, each with its children in input order. */
function forestRoots(nodes: LayoutNode[]): Datum[] {
	const byId = new Map<string, Datum>();
	for (const node of nodes) byId.set(node.id, { node, children: [] });
	const roots: Datum[] = [];
	for (const node of nodes) {
		const parent = node.parent === null ? undefined : byId.get(node.parent);
		(parent ?? { children: roots }).children.push(byId.get(node.id)!);
	}
	return roots;
}

/** One tree laid out on its own: positions along the breadth axis and down the depth axis, and its extent. */
interface LaidTree extends PackItem {
	/** Offsets of the tree's box from its own origin. */
	alongMin: number;
	positions: Map<string, { along: number; down: number }>;
}

/**
 * A tidy tree (Reingold–Tilford, via d3-hierarchy) of one root, for nodes of different sizes:
 * siblings are separated by their actual breadths, and each level is as deep as its deepest box.
 */
function layTree(root: Datum, direction: 'tb' | 'lr', siblingGap: number, levelGap: number): LaidTree {
	const breadth = (n: LayoutNode) => (direction === 'tb' ? n.width : n.height);
	const depthSize = (n: LayoutNode) => (direction === 'tb' ? n.height : n.width);
	const laid = tree<Datum>()
		.nodeSize([1, 1])
		.separation(
			(a, b) =>
				(breadth(a.data.node) + breadth(b.data.node)) / 2 + siblingGap * (a.parent === b.parent ? 1 : 1.5)
		)(hierarchy(root, (d) => d.children));

	// Level offsets from the deepest box of each level, so long labels never overlap the next level.
	const levelSize: number[] = [];
	laid.each((d) => {
		levelSize[d.depth] = Math.max(levelSize[d.depth] ?? 0, depthSize(d.data.node));
	});
	const levelCentre: number[] = [levelSize[0] / 2];
	for (let depth = 1; depth < levelSize.length; depth++)
		levelCentre[depth] = levelCentre[depth - 1] + (levelSize[depth - 1] + levelSize[depth]) / 2 + levelGap;

	const positions = new Map<string, { along: number; down: number }>();
	let alongMin = Infinity;
	let alongMax = -Infinity;
	laid.each((d: HierarchyPointNode<Datum>) => {
		positions.set(d.data.node.id, { along: d.x, down: levelCentre[d.depth] });
		alongMin = Math.min(alongMin, d.x - breadth(d.data.node) / 2);
		alongMax = Math.max(alongMax, d.x + breadth(d.data.node) / 2);
	});
	const last = levelSize.length - 1;
	return { alongMin, positions, size: alongMax - alongMin, depth: levelCentre[last] + levelSize[last] / 2 };
}

/**
 * A tidy top-down or left-right tree. A forest is not strung out in one long line: each root's
 * tree is laid out on its own and the trees are packed into rows (columns for left-right) in
 * input order, so that the whole comes close to the `aspect` of a screen or slide. Positions
 * are box centres.
 */
export function treeLayout(input: LayoutInput, options: TreeOptions = {}): LayoutResult {
	const { direction = 'tb', siblingGap = 24, levelGap = 56, aspect = 16 / 10 } = options;
	const trees = forestRoots(input.nodes).map((root) => layTree(root, direction, siblingGap, levelGap));
	// Along the breadth axis : down the depth axis; for left-right trees the screen's width is depth.
	const target = direction === 'tb' ? aspect : 1 / aspect;
	const offsets = packRows(trees, { target, gap: siblingGap * 3, rowGap: levelGap * 1.5 });

	const positions: LayoutResult['positions'] = {};
	trees.forEach((laid, i) => {
		const { along: a0, down: d0 } = offsets[i];
		for (const [id, { along, down }] of laid.positions) {
			const a = a0 + along - laid.alongMin;
			const d = d0 + down;
			positions[id] = direction === 'tb' ? { x: a, y: d } : { x: d, y: a };
		}
	});
	return { orientation: direction, positions };
}
