import type { Dataset, EdgeDef, EdgeKind, NodeDef, NodeKind } from '#lib/model/types.js';
import type { EditCommand, EditResult } from './edit-command.js';

/** The four id-keyed lists of a dataset that the exact commands insert into, delete from and replace in. */
interface Lists {
	Node: NodeDef;
	Edge: EdgeDef;
	NodeKind: NodeKind;
	EdgeKind: EdgeKind;
}
type ListName = keyof Lists;

const read: { [K in ListName]: (d: Dataset) => readonly Lists[K][] } = {
	Node: (d) => d.nodes,
	Edge: (d) => d.edges,
	NodeKind: (d) => d.kinds.nodes,
	EdgeKind: (d) => d.kinds.edges
};

const write: { [K in ListName]: (d: Dataset, list: Lists[K][]) => Dataset } = {
	Node: (d, nodes) => ({ ...d, nodes }),
	Edge: (d, edges) => ({ ...d, edges }),
	NodeKind: (d, nodes) => ({ ...d, kinds: { ...d.kinds, nodes } }),
	EdgeKind: (d, edges) => ({ ...d, kinds: { ...d.kinds, edges } })
};

/** Where each exact command keeps its item: `insertNode` has `node`, `insertNodeKind` has `kind`. */
const field: Record<ListName, 'node' | 'edge' | 'kind'> = {
	Node: 'node',
	Edge: 'edge',
	NodeKind: 'kind',
	EdgeKind: 'kind'
};

const WHAT: Record<ListName, { zh: string; en: string }> = {
	Node: { zh: '节点', en: 'node' },
	Edge: { zh: '关系', en: 'relation' },
	NodeKind: { zh: '类型', en: 'kind' },
	EdgeKind: { zh: '类型', en: 'kind' }
};

/** Splits `insertNodeKind` into its operation and list, or undefined for other commands. */
function parse(type: string): { op: 'insert' | 'delete' | 'replace'; list: ListName } | undefined {
	const m = /^(insert|delete|replace)(Node|Edge|NodeKind|EdgeKind)$/.exec(type);
	return m ? { op: m[1] as 'insert' | 'delete' | 'replace', list: m[2] as ListName } : undefined;
}

/**
 * Applies an exact list command (`insertNode`, `deleteEdge`, `replaceNodeKind`, …) and returns the
 * command that undoes it; undefined when the command is not one of them. Inserting keeps the
 * given index, and deleting remembers the index, so undo restores the order.
 *
 * @example
 * applyListCommand(d, { type: 'deleteEdge', id: 'x1' })?.inverse // { type: 'insertEdge', edge: …, index: 5 }
 */
export function applyListCommand(dataset: Dataset, command: EditCommand): EditResult | undefined {
	const parsed = parse(command.type);
	if (!parsed) return undefined;
	const { op, list } = parsed;
	const items = read[list](dataset) as readonly { id: string }[];
	const put = (next: { id: string }[]) => write[list](dataset, next as never);
	const c = command as unknown as Record<string, unknown>;
	const item = c[field[list]] as { id: string } | undefined;
	const id = op === 'delete' ? (c.id as string) : item!.id;
	const index = items.findIndex((x) => x.id === id);
	const what = WHAT[list];
	if (op === 'insert') {
		if (index >= 0)
			return refuse('duplicate-id', `${what.zh}编号“${id}”已被使用`, `The ${what.en} id "${id}" is taken`);
		const at = Math.max(0, Math.min((c.index as number | undefined) ?? items.length, items.length));
		const inverse = { type: `delete${list}`, id } as EditCommand;
		return { ok: true, dataset: put([...items.slice(0, at), item!, ...items.slice(at)]), inverse };
	}
	if (index < 0) {
		const code = list === 'Node' ? 'unknown-node' : list === 'Edge' ? 'unknown-edge' : 'unknown-kind';
		return refuse(code, `没有编号为“${id}”的${what.zh}`, `There is no ${what.en} "${id}"`);
	}
	const before = items[index];
	if (op === 'delete') {
		const inverse = { type: `insert${list}`, [field[list]]: before, index } as unknown as EditCommand;
		return { ok: true, dataset: put(items.filter((_, i) => i !== index)), inverse };
	}
	const inverse = { type: `replace${list}`, [field[list]]: before } as unknown as EditCommand;
	return { ok: true, dataset: put(items.map((x, i) => (i === index ? item! : x))), inverse };
}

function refuse(
	code: 'duplicate-id' | 'unknown-node' | 'unknown-edge' | 'unknown-kind',
	zh: string,
	en: string
): EditResult {
	return { ok: false, error: { code, message: { zh, en } } };
}
