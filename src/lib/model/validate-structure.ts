import { describeValidity, intersectValidity, isIsoDate } from './dates.js';
import { firstEarlierOverlaps } from './earlier-overlaps.js';
import type { Text, Validity } from './types.js';
import { isJson, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';

/**
 * The well-formed edges of one hierarchical kind, in input order, as columns: each edge's index in
 * the input, its ends as node numbers, and the dates it holds together with both ends.
 */
interface Links {
	kind: string;
	edge: number[];
	from: number[];
	to: number[];
	valid: (Validity | undefined)[];
}

/**
 * The nodes by number (their place in `nodes`): the id and validity of each, and the number of
 * the first node with each id.
 */
interface NodeTable {
	ids: (string | undefined)[];
	valid: (Validity | undefined)[];
	index: Map<string, number>;
}

/** A validity interval read from input, or undefined when it is absent or malformed. */
function validityOf(value: unknown): Validity | undefined {
	if (!isJson(value)) return undefined;
	const from = isIsoDate(value.from) ? value.from : undefined;
	const to = isIsoDate(value.to) ? value.to : undefined;
	if (from !== undefined && to !== undefined && from >= to) return undefined;
	return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/**
 * Names the cycle that the search's path closes by coming back to `path[start]`: its nodes from
 * there, and that node again. A long one is shortened so the message stays readable, and only the
 * nodes named are read, so naming a cycle costs the same however long it is: 20,000 relations
 * closing one 15,000-node chain had each copied the chain (3.6 s).
 */
function describeLoop(path: readonly number[], start: number, ids: readonly (string | undefined)[]): Text {
	const length = path.length - start + 1;
	const nameAt = (k: number) => ids[path[k < length - 1 ? start + k : start]]!;
	const names = (ks: number[]) => ks.map(nameAt);
	if (length <= 12) {
		const all = names(Array.from({ length }, (_, k) => k)).join(' → ');
		return { zh: all, en: all };
	}
	const shown = [...names([0, 1, 2, 3, 4]), '…', ...names([length - 3, length - 2, length - 1])].join(' → ');
	return { zh: `${shown}（共 ${length - 1} 个节点）`, en: `${shown} (${length - 1} nodes)` };
}

/**
 * The links of each node by one end, in input order, as compressed rows: the links at `end` =
 * n are `order[start[n]]` … `order[start[n + 1] - 1]`.
 */
function rowsBy(end: number[], nodeCount: number): { start: Int32Array; order: Int32Array } {
	const start = new Int32Array(nodeCount + 1);
	for (const n of end) start[n + 1]++;
	for (let n = 0; n < nodeCount; n++) start[n + 1] += start[n];
	const fill = start.slice(0, nodeCount);
	const order = new Int32Array(end.length);
	end.forEach((n, link) => (order[fill[n]++] = link));
	return { start, order };
}

const OPEN = 1;
const DONE = 2;

/** Reports every cycle in one hierarchical kind, naming its nodes in order (A → B → A). */
function checkCycles(links: Links, nodes: NodeTable, report: Report): void {
	const { start, order } = rowsBy(links.from, nodes.ids.length);
	const state = new Uint8Array(nodes.ids.length);
	// Where each node open on the path stands on it, so a cycle is found without searching the path.
	const placeOnPath = new Int32Array(nodes.ids.length);
	for (const first of links.from) {
		if (state[first] !== 0) continue;
		// Iterative depth-first search: a long chain must not overflow the call stack.
		const path: number[] = [first];
		const cursor: number[] = [start[first]];
		state[first] = OPEN;
		placeOnPath[first] = 0;
		while (path.length > 0) {
			const node = path[path.length - 1];
			const at = cursor[cursor.length - 1]++;
			if (at >= start[node + 1]) {
				state[node] = DONE;
				path.pop();
				cursor.pop();
				continue;
			}
			const link = order[at];
			const next = links.to[link];
			if (state[next] === OPEN) {
				const named = describeLoop(path, placeOnPath[next], nodes.ids);
				report(`edges[${links.edge[link]}]`, {
					zh: `“${links.kind}”关系成环：${named.zh}`,
					en: `cycle in "${links.kind}" relations: ${named.en}`
				});
			} else if (state[next] === 0) {
				state[next] = OPEN;
				placeOnPath[next] = path.length;
				path.push(next);
				cursor.push(start[next]);
			}
		}
	}
}

/**
 * Reports a node with two parents of the backbone kind on a shared date: each parent relation
 * that shares a date with an earlier one from another parent, named with the first such. The
 * relations are not compared pair by pair (see earlier-overlaps.ts), so a node given thousands of
 * parent relations costs their number times its logarithm, not its square.
 */
function checkSingleParent(links: Links, nodes: NodeTable, report: Report): void {
	const { start, order } = rowsBy(links.to, nodes.ids.length);
	const seen = new Uint8Array(nodes.ids.length);
	for (const child of links.to) {
		if (seen[child] !== 0) continue;
		seen[child] = 1;
		// Most nodes have one parent relation: nothing to compare, and nothing allocated for them.
		if (start[child + 1] - start[child] < 2) continue;
		const row = order.subarray(start[child], start[child + 1]);
		const parents = Array.from(row, (link) => links.from[link]);
		const earlier = firstEarlierOverlaps(
			Array.from(row, (link) => links.valid[link]!),
			parents
		);
		earlier.forEach((i, j) => {
			if (i !== -1) reportTwoParents(links, nodes, child, row[i], row[j], report);
		});
	}
}

/** Reports relation `b` giving `child` a second parent while relation `a`, earlier in the input, holds. */
function reportTwoParents(
	links: Links,
	nodes: NodeTable,
	child: number,
	a: number,
	b: number,
	report: Report
): void {
	const shared = intersectValidity([links.valid[a], links.valid[b]])!;
	const [aFrom, bFrom] = [nodes.ids[links.from[a]]!, nodes.ids[links.from[b]]!];
	const [aAt, bAt] = [`edges[${links.edge[a]}]`, `edges[${links.edge[b]}]`];
	const id = nodes.ids[child]!;
	report(bAt, {
		zh: `节点“${id}”同时有两个“${links.kind}”上级：“${aFrom}”（${aAt}）和“${bFrom}”（${bAt}），两者${describeValidity(shared, 'zh')}都有效；主干关系在同一日期只允许一个上级`,
		en: `node "${id}" has two "${links.kind}" parents at the same time: "${aFrom}" (${aAt}) and "${bFrom}" (${bAt}), both valid ${describeValidity(shared)}; the backbone allows one parent per date`
	});
}

/** The nodes of the input by number, given the number of the first node with each id. */
function nodeTable(input: Json, index: Map<string, number>): NodeTable {
	const nodes = itemsOf(input.nodes);
	const table: NodeTable = { ids: new Array(nodes.length), valid: new Array(nodes.length), index };
	for (let n = 0; n < nodes.length; n++) {
		const node = nodes[n];
		if (!isJson(node)) continue;
		table.ids[n] = stringOf(node.id);
		table.valid[n] = validityOf(node.valid);
	}
	return table;
}

/** The edges of hierarchical kinds whose ends exist, by kind in order of first use. */
function hierarchicalLinks(input: Json, hierarchical: Set<string | undefined>, nodes: NodeTable): Links[] {
	const byKind = new Map<string, Links>();
	itemsOf(input.edges).forEach((edge, index) => {
		if (!isJson(edge)) return;
		const kind = stringOf(edge.kind);
		const from = stringOf(edge.from);
		const to = stringOf(edge.to);
		if (kind === undefined || from === undefined || to === undefined || !hierarchical.has(kind)) return;
		const f = nodes.index.get(from);
		const t = nodes.index.get(to);
		if (f === undefined || t === undefined) return;
		let links = byKind.get(kind);
		if (!links) byKind.set(kind, (links = { kind, edge: [], from: [], to: [], valid: [] }));
		links.edge.push(index);
		links.from.push(f);
		links.to.push(t);
		links.valid.push(intersectValidity([validityOf(edge.valid), nodes.valid[f], nodes.valid[t]]));
	});
	return [...byKind.values()];
}

/** The links whose edge holds on some date together with its ends. */
function everValid(links: Links): Links {
	const kept: Links = { kind: links.kind, edge: [], from: [], to: [], valid: [] };
	links.valid.forEach((valid, i) => {
		if (valid === undefined) return;
		kept.edge.push(links.edge[i]);
		kept.from.push(links.from[i]);
		kept.to.push(links.to[i]);
		kept.valid.push(valid);
	});
	return kept;
}

/**
 * Checks the structure the relations form: no cycles in any hierarchical kind, and at most one
 * backbone parent per node on any date. An edge counts only while it and both its ends are valid.
 * Nodes are numbered by their place in `nodes` (`nodeIds`, from the check of references: each
 * id's first place) and each kind's edges kept as columns, so a chart of 200,000 relations is
 * checked in a few tens of milliseconds.
 */
export function checkStructure(input: Json, nodeIds: Map<string, number>, report: Report): void {
	const kinds = isJson(input.kinds) ? itemsOf(input.kinds.edges).filter(isJson) : [];
	const hierarchical = new Set(kinds.filter((k) => k.hierarchical === true).map((k) => stringOf(k.id)));
	const backbone = new Set(kinds.filter((k) => k.backbone === true).map((k) => stringOf(k.id)));
	const nodes = nodeTable(input, nodeIds);
	for (const links of hierarchicalLinks(input, hierarchical, nodes)) {
		checkCycles(links, nodes, report);
		// An edge that is never valid together with its ends cannot give a node a second parent.
		if (backbone.has(links.kind)) checkSingleParent(everValid(links), nodes, report);
	}
}
