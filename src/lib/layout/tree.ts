import { hierarchy, tree, type HierarchyPointNode } from 'd3';
import type { LayoutInput, LayoutNode, LayoutResult } from './types.js';

/** Options of the tidy tree. */
export interface TreeOptions {
	/** 'tb' grows downward, 'lr' grows to the right. */
	direction?: 'tb' | 'lr';
	/** Space between siblings and cousins, px. */
	siblingGap?: number;
	/** Space between levels, px. */
	levelGap?: number;
}

const ROOT = '\u0000root';

interface Datum {
	node: LayoutNode;
	children: Datum[];
}

/** Builds the forest under one virtual root, keeping the input's sibling order. */
function forest(nodes: LayoutNode[]): Datum {
	const byId = new Map<string, Datum>();
	for (const node of nodes) byId.set(node.id, { node, children: [] });
	const root: Datum = { node: { id: ROOT, width: 0, height: 0, parent: null }, children: [] };
	for (const node of nodes) {
		const parent = node.parent === null ? undefined : byId.get(node.parent);
		(parent ?? root).children.push(byId.get(node.id)!);
	}
	return root;
}

/**
 * A tidy tree (Reingold–Tilford, via d3-hierarchy) for nodes of different sizes: siblings are
 * separated by their actual breadths, and each level is as deep as its deepest box.
 * Several roots are laid out side by side as one forest. Positions are box centres.
 */
export function treeLayout(input: LayoutInput, options: TreeOptions = {}): LayoutResult {
	const { direction = 'tb', siblingGap = 24, levelGap = 56 } = options;
	const breadth = (n: LayoutNode) => (direction === 'tb' ? n.width : n.height);
	const depthSize = (n: LayoutNode) => (direction === 'tb' ? n.height : n.width);

	const root = hierarchy(forest(input.nodes), (d) => d.children);
	const laid = tree<Datum>()
		.nodeSize([1, 1])
		.separation(
			(a, b) =>
				(breadth(a.data.node) + breadth(b.data.node)) / 2 + siblingGap * (a.parent === b.parent ? 1 : 1.5)
		)(root);

	// Level offsets from the deepest box of each level, so long labels never overlap the next level.
	const levelSize: number[] = [];
	laid.each((d) => {
		if (d.depth > 0) levelSize[d.depth] = Math.max(levelSize[d.depth] ?? 0, depthSize(d.data.node));
	});
	const levelCentre: number[] = [0, (levelSize[1] ?? 0) / 2];
	for (let depth = 2; depth < levelSize.length; depth++)
		levelCentre[depth] = levelCentre[depth - 1] + (levelSize[depth - 1] + levelSize[depth]) / 2 + levelGap;

	const positions: LayoutResult['positions'] = {};
	laid.each((d: HierarchyPointNode<Datum>) => {
		if (d.depth === 0) return;
		const along = d.x;
		const down = levelCentre[d.depth];
		positions[d.data.node.id] = direction === 'tb' ? { x: along, y: down } : { x: down, y: along };
	});
	return { orientation: direction, positions };
}
