import type { Text } from './types.js';
import { isJson, itemName, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';

/**
 * An item of a list that is an object, with its path; bad items were reported by the shape check.
 * The path is written only when a problem is found there: a chart of a million nodes has as many
 * items, and none of their paths is needed when nothing is wrong.
 */
interface Entry {
	obj: Json;
	index: number;
	base: string;
}

/** The path of an entry, such as `nodes[3]`. */
const pathOf = ({ base, index }: Entry): string => `${base}[${index}]`;

/** The items of a list that are objects, with where they are. */
function entries(list: unknown, base: string): Entry[] {
	const found: Entry[] = [];
	const items = itemsOf(list);
	for (let index = 0; index < items.length; index++) {
		const obj = items[index];
		if (isJson(obj)) found.push({ obj, index, base });
	}
	return found;
}

/**
 * Reports ids used twice within one list and returns, for each id, the index in the list of the
 * first item with it. A blank id (reported as empty by the shape check) is neither a duplicate
 * nor in the map, unless `blanks`: the check of the structure numbers every node with an id.
 */
function indexIds(list: Entry[], what: string, report: Report, blanks = false): Map<string, number> {
	const first = new Map<string, number>();
	for (const entry of list) {
		const id = stringOf(entry.obj.id);
		if (id === undefined) continue;
		if (id.trim() === '') {
			if (blanks && !first.has(id)) first.set(id, entry.index);
			continue;
		}
		const earlier = first.get(id);
		if (earlier !== undefined) {
			const at = `${entry.base}[${earlier}]`;
			report(`${pathOf(entry)}.id`, {
				zh: `${itemName(what).zh} id“${id}”重复（已在 ${at} 使用）`,
				en: `duplicate ${what} id "${id}" (already used at ${at})`
			});
		} else first.set(id, entry.index);
	}
	return first;
}

/** Lists known ids for a message, shortened when there are many. */
function known(ids: Iterable<string>): Text {
	const all = [...ids];
	if (all.length === 0) return { zh: '无', en: 'none' };
	const [zh, en] = [all.slice(0, 8).join('、'), all.slice(0, 8).join(', ')];
	if (all.length <= 8) return { zh, en };
	return { zh: `${zh} 等，另有 ${all.length - 8} 个`, en: `${en}, … ${all.length - 8} more` };
}

/** An id that names nothing of its kind, with the ids that exist. */
function unknown(what: Text, id: string, ids: Iterable<string>): Text {
	const list = known(ids);
	return {
		zh: `未知${what.zh}“${id}”（已有：${list.zh}）`,
		en: `unknown ${what.en} "${id}" (known: ${list.en})`
	};
}

/** A relation end or view item naming a node that does not exist. */
function noNode(id: string): Text {
	return { zh: `没有 id 为“${id}”的节点`, en: `no node has the id "${id}"` };
}

const SOURCE: Text = { zh: '来源', en: 'source' };
const NODE_KIND: Text = { zh: '节点类型', en: 'node kind' };
const RELATION_KIND: Text = { zh: '关系类型', en: 'relation kind' };

/** A clause's text and, for a summary kept in both languages, its translation. */
interface ClauseText {
	text: string | undefined;
	translation: string | undefined;
}

/** Source id → clause id → clause text, for resolving citations. */
type ClauseTexts = Map<string, Map<string, ClauseText>>;

function checkCitation(cite: unknown, at: string, clauses: ClauseTexts, report: Report): void {
	if (!isJson(cite)) return;
	const source = stringOf(cite.source);
	const clause = stringOf(cite.clause);
	const quote = stringOf(cite.quote);
	if (source === undefined || source === '') return;
	const texts = clauses.get(source);
	if (!texts) {
		report(`${at}.source`, unknown(SOURCE, source, clauses.keys()));
		return;
	}
	if (clause === undefined || clause === '') return;
	if (!texts.has(clause)) {
		const list = known(texts.keys());
		report(`${at}.clause`, {
			zh: `来源“${source}”中没有条款“${clause}”（条款：${list.zh}）`,
			en: `source "${source}" has no clause "${clause}" (clauses: ${list.en})`
		});
		return;
	}
	// A clause without text was reported by the shape check; its quotes cannot be judged.
	const { text, translation } = texts.get(clause)!;
	if (text !== undefined && quote !== undefined && quote !== '' && !text.includes(quote))
		report(`${at}.quote`, {
			zh: `引文“${quote}”并未逐字出现在来源“${source}”的条款“${clause}”中`,
			en: `the quote "${quote}" does not occur verbatim in clause "${clause}" of source "${source}"`
		});
	const quoted = stringOf(cite.translation);
	if (quoted === undefined || quoted === '') return;
	if (translation === undefined)
		report(`${at}.translation`, {
			zh: `来源“${source}”的条款“${clause}”没有译文，引文不能带译文`,
			en: `clause "${clause}" of source "${source}" has no translation to quote from`
		});
	else if (!translation.includes(quoted))
		report(`${at}.translation`, {
			zh: `译文引文“${quoted}”并未逐字出现在来源“${source}”条款“${clause}”的译文中`,
			en: `the quoted translation "${quoted}" does not occur verbatim in the translation of clause "${clause}" of source "${source}"`
		});
}

/**
 * Checks everything that refers to something else: duplicate ids in every list, node and
 * relation kinds that exist, edges whose ends exist, citations that resolve to a clause and
 * quote it verbatim, and views that name existing nodes and relation kinds. Returns each node
 * id's first place in `nodes` (blank ids too), which the check of the structure numbers the
 * nodes by.
 */
export function checkReferences(input: Json, report: Report): Map<string, number> {
	const kinds = isJson(input.kinds) ? input.kinds : {};
	const nodeKinds = indexIds(entries(kinds.nodes, 'kinds.nodes'), 'node kind', report);
	const edgeKindList = entries(kinds.edges, 'kinds.edges');
	const edgeKinds = indexIds(edgeKindList, 'relation kind', report);
	const nodes = entries(input.nodes, 'nodes');
	const nodeIds = indexIds(nodes, 'node', report, true);
	// A blank id names no node here, though the structure check follows the relations through it.
	const isNode = (id: string) => id.trim() !== '' && nodeIds.has(id);
	const edges = entries(input.edges, 'edges');
	indexIds(edges, 'edge', report);
	const sources = entries(input.sources, 'sources');
	indexIds(sources, 'source', report);
	indexIds(entries(input.views, 'views'), 'view', report);

	const clauses: ClauseTexts = new Map();
	for (const source of sources) {
		const obj = source.obj;
		const list = entries(obj.clauses, `${pathOf(source)}.clauses`);
		indexIds(list, 'clause', report);
		const id = stringOf(obj.id);
		if (id === undefined || clauses.has(id)) continue;
		const texts = new Map<string, ClauseText>();
		// The first clause with an id wins, as with every other duplicate.
		for (const { obj: clause } of list) {
			const clauseId = stringOf(clause.id);
			if (clauseId !== undefined && !texts.has(clauseId))
				texts.set(clauseId, { text: stringOf(clause.text), translation: stringOf(clause.translation) });
		}
		clauses.set(id, texts);
	}

	for (const node of nodes) {
		const obj = node.obj;
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !nodeKinds.has(kind))
			report(`${pathOf(node)}.kind`, unknown(NODE_KIND, kind, nodeKinds.keys()));
		checkCitations(obj.cites, node, 'cites', clauses, report);
		itemsOf(obj.duties).forEach((duty, i) => {
			if (isJson(duty)) checkCitation(duty.cite, `${pathOf(node)}.duties[${i}].cite`, clauses, report);
		});
	}
	for (const edge of edges) {
		const obj = edge.obj;
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !edgeKinds.has(kind))
			report(`${pathOf(edge)}.kind`, unknown(RELATION_KIND, kind, edgeKinds.keys()));
		for (const end of ENDS) {
			const id = stringOf(obj[end]);
			if (id !== undefined && id !== '' && !isNode(id)) report(`${pathOf(edge)}.${end}`, noNode(id));
		}
		if (stringOf(obj.from) !== undefined && obj.from === obj.to)
			report(pathOf(edge), {
				zh: `关系从“${String(obj.from)}”指向自身`,
				en: `the edge runs from "${String(obj.from)}" to itself`
			});
		checkCitations(obj.cites, edge, 'cites', clauses, report);
	}
	checkViewRefs(input, isNode, edgeKindList, report);
	return nodeIds;
}

/** A relation's two ends. */
const ENDS = ['from', 'to'] as const;

/** Checks each citation of a list under an entry, such as `nodes[3].cites`. */
function checkCitations(
	list: unknown,
	entry: Entry,
	key: string,
	clauses: ClauseTexts,
	report: Report
): void {
	const cites = itemsOf(list);
	for (let i = 0; i < cites.length; i++)
		checkCitation(cites[i], `${pathOf(entry)}.${key}[${i}]`, clauses, report);
}

function checkViewRefs(
	input: Json,
	isNode: (id: string) => boolean,
	edgeKindList: Entry[],
	report: Report
): void {
	const edgeKinds = new Map(edgeKindList.map(({ obj }) => [stringOf(obj.id) ?? '', obj]));
	for (const view of entries(input.views, 'views')) {
		const state = view.obj.state;
		if (!isJson(state)) continue;
		const path = `${pathOf(view)}.state`;
		const focus = stringOf(state.focus);
		if (focus !== undefined && !isNode(focus)) report(`${path}.focus`, noNode(focus));
		if (Array.isArray(state.expanded))
			state.expanded.forEach((id, i) => {
				if (typeof id === 'string' && !isNode(id)) report(`${path}.expanded[${i}]`, noNode(id));
			});
		itemsOf(state.layers).forEach((id, i) => {
			if (typeof id === 'string' && !edgeKinds.has(id))
				report(`${path}.layers[${i}]`, unknown(RELATION_KIND, id, edgeKinds.keys()));
		});
		const backbone = stringOf(state.backbone);
		if (backbone === undefined) continue;
		const kind = edgeKinds.get(backbone);
		if (!kind) report(`${path}.backbone`, unknown(RELATION_KIND, backbone, edgeKinds.keys()));
		else if (kind.hierarchical !== true)
			report(`${path}.backbone`, {
				zh: `关系类型“${backbone}”不是层级关系，不能作为主干`,
				en: `relation kind "${backbone}" is not hierarchical, so it cannot be the backbone`
			});
	}
}
