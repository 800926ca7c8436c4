import { kindTable } from '#lib/model/kind-table.js';
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import type { EditError, EditResult } from './edit-command.js';

/** An edit refused, with why in both languages; nothing changed. */
export type Refusal = Extract<EditResult, { ok: false }>;

export function fail(code: EditError['code'], zh: string, en: string): Refusal {
	return { ok: false, error: { code, message: { zh, en } } };
}
export function unknownNode(id: string): Refusal {
	return fail('unknown-node', `没有编号为“${id}”的节点`, `There is no node "${id}"`);
}
export function unknownEdge(id: string): Refusal {
	return fail('unknown-edge', `没有编号为“${id}”的关系`, `There is no relation "${id}"`);
}
export function unknownKind(id: string): Refusal {
	return fail('unknown-kind', `没有类型“${id}”`, `There is no kind "${id}"`);
}
export function noBackbone(): Refusal {
	return fail('no-backbone', '本图没有构成主干的关系类型', 'This chart has no backbone relation kind');
}
export function cycle(id: string, parent: string): Refusal {
	return fail(
		'cycle',
		`不能把“${id}”移到“${parent}”之下：“${parent}”是它自己或它的下级，会形成循环`,
		`Cannot put "${id}" under "${parent}": that is the node itself or below it, which would make a cycle`
	);
}
export function inUse(id: string, count: number): Refusal {
	return fail(
		'kind-in-use',
		`类型“${id}”仍有 ${count} 处在用，先改用其他类型`,
		`The kind "${id}" is still used ${count} times; change those first`
	);
}

/**
 * A move the chart would not show: after it, another relation would still hang the node
 * somewhere else (or nowhere), so the parent named would not be the parent drawn.
 */
export function hangsElsewhere(dataset: Dataset, node: NodeDef, by: EdgeDef | undefined): Refusal {
	const parent = by && dataset.nodes.find((n) => n.id === by.from);
	const kind = by && kindTable(dataset.kinds).edge(by.kind);
	const name = (n: NodeDef | undefined, lang: 'zh' | 'en') => (n ? n.label[lang] || n.label.zh : '');
	const how = kind ? { zh: kind.label.zh, en: kind.label.en } : { zh: '', en: '' };
	return parent
		? fail(
				'hangs-elsewhere',
				`移动后图中“${name(node, 'zh')}”仍会由一条“${how.zh}”关系挂在“${name(parent, 'zh')}”之下，而不是所选之处：先在“关系”中删去那条关系`,
				`After this move the chart would still hang "${name(node, 'en')}" under "${name(parent, 'en')}" by a "${how.en}" relation, not where you chose: remove that relation under Relations first`
			)
		: fail(
				'hangs-elsewhere',
				`移动后图中“${name(node, 'zh')}”会成为顶层，而不是所选之处`,
				`After this move the chart would draw "${name(node, 'en')}" at the top level, not where you chose`
			);
}
