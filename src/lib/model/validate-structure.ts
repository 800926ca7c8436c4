import { describeValidity, intersectValidity, isIsoDate } from './dates.js';
import type { Text, Validity } from './types.js';
import { isJson, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';

/** An edge that is well-formed enough to take part in structural checks. */
interface Link {
	at: string;
	kind: string;
	from: string;
	to: string;
	valid: Validity | undefined;
}

/** Groups links by a key, keeping input order. */
function groupBy(links: Link[], key: (link: Link) => string): Map<string, Link[]> {
	const groups = new Map<string, Link[]>();
	for (const link of links) {
		const list = groups.get(key(link));
		if (list) list.push(link);
		else groups.set(key(link), [link]);
	}
	return groups;
}

/** A validity interval read from input, or undefined when it is absent or malformed. */
function validityOf(value: unknown): Validity | undefined {
	if (!isJson(value)) return undefined;
	const from = isIsoDate(value.from) ? value.from : undefined;
	const to = isIsoDate(value.to) ? value.to : undefined;
	if (from !== undefined && to !== undefined && from >= to) return undefined;
	return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** Names a cycle's nodes; a long one is shortened so the message stays readable. */
function describeLoop(loop: string[]): Text {
	if (loop.length <= 12) return { zh: loop.join(' → '), en: loop.join(' → ') };
	const shown = [...loop.slice(0, 5), '…', ...loop.slice(-3)].join(' → ');
	return { zh: `${shown}（共 ${loop.length - 1} 个节点）`, en: `${shown} (${loop.length - 1} nodes)` };
}

/** Reports every cycle in one hierarchical kind, naming its nodes in order (A → B → A). */
function checkCycles(kind: string, links: Link[], report: Report): void {
	const out = groupBy(links, (link) => link.from);
	const state = new Map<string, 'open' | 'done'>();
	for (const start of out.keys()) {
		if (state.has(start)) continue;
		// Iterative depth-first search: a long chain must not overflow the call stack.
		const path: string[] = [start];
		const cursor: number[] = [0];
		state.set(start, 'open');
		while (path.length > 0) {
			const node = path[path.length - 1];
			const next = (out.get(node) ?? [])[cursor[cursor.length - 1]++];
			if (!next) {
				state.set(node, 'done');
				path.pop();
				cursor.pop();
				continue;
			}
			const seen = state.get(next.to);
			if (seen === 'open') {
				const loop = [...path.slice(path.indexOf(next.to)), next.to];
				const named = describeLoop(loop);
				report(next.at, {
					zh: `“${kind}”关系成环：${named.zh}`,
					en: `cycle in "${kind}" relations: ${named.en}`
				});
			} else if (seen === undefined) {
				state.set(next.to, 'open');
				path.push(next.to);
				cursor.push(0);
			}
		}
	}
}

/** Reports a node with two parents of the backbone kind on a shared date. */
function checkSingleParent(kind: string, links: Link[], report: Report): void {
	const byChild = groupBy(links, (link) => link.to);
	for (const [child, parents] of byChild)
		for (let j = 1; j < parents.length; j++)
			for (let i = 0; i < j; i++) {
				const [a, b] = [parents[i], parents[j]];
				if (a.from === b.from) continue;
				const shared = intersectValidity([a.valid, b.valid]);
				if (!shared) continue;
				report(b.at, {
					zh: `节点“${child}”同时有两个“${kind}”上级：“${a.from}”（${a.at}）和“${b.from}”（${b.at}），两者${describeValidity(shared, 'zh')}都有效；主干关系在同一日期只允许一个上级`,
					en: `node "${child}" has two "${kind}" parents at the same time: "${a.from}" (${a.at}) and "${b.from}" (${b.at}), both valid ${describeValidity(shared)}; the backbone allows one parent per date`
				});
				break;
			}
}

/**
 * Checks the structure the relations form: no cycles in any hierarchical kind, and at most one
 * backbone parent per node on any date. An edge counts only while it and both its ends are valid.
 */
export function checkStructure(input: Json, report: Report): void {
	const kinds = isJson(input.kinds) ? itemsOf(input.kinds.edges).filter(isJson) : [];
	const hierarchical = new Set(kinds.filter((k) => k.hierarchical === true).map((k) => stringOf(k.id)));
	const backbone = new Set(kinds.filter((k) => k.backbone === true).map((k) => stringOf(k.id)));
	const nodeValidity = new Map<string, Validity | undefined>();
	for (const node of itemsOf(input.nodes))
		if (isJson(node) && typeof node.id === 'string' && !nodeValidity.has(node.id))
			nodeValidity.set(node.id, validityOf(node.valid));

	const links: Link[] = [];
	itemsOf(input.edges).forEach((edge, index) => {
		if (!isJson(edge)) return;
		const [kind, from, to] = [stringOf(edge.kind), stringOf(edge.from), stringOf(edge.to)];
		if (kind === undefined || from === undefined || to === undefined) return;
		if (!hierarchical.has(kind) || !nodeValidity.has(from) || !nodeValidity.has(to)) return;
		const valid = intersectValidity([validityOf(edge.valid), nodeValidity.get(from), nodeValidity.get(to)]);
		links.push({ at: `edges[${index}]`, kind, from, to, valid });
	});
	for (const [kind, ofKind] of groupBy(links, (link) => link.kind)) {
		checkCycles(kind, ofKind, report);
		// An edge that is never valid together with its ends cannot give a node a second parent.
		if (backbone.has(kind))
			checkSingleParent(
				kind,
				ofKind.filter((link) => link.valid !== undefined),
				report
			);
	}
}
