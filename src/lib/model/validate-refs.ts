import type { Text } from './types.js';
import { isJson, itemName, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';

/** An item of a list that is an object, with its path; bad items were reported by the shape check. */
interface Entry {
	obj: Json;
	at: string;
}

/** The items of a list that are objects, with their paths. */
function entries(list: unknown, base: string): Entry[] {
	const found: Entry[] = [];
	itemsOf(list).forEach((item, index) => {
		if (isJson(item)) found.push({ obj: item, at: `${base}[${index}]` });
	});
	return found;
}

/** Reports ids used twice within one list and returns the first path of each id. */
function indexIds(list: Entry[], what: string, report: Report): Map<string, string> {
	const first = new Map<string, string>();
	for (const { obj, at } of list) {
		const id = stringOf(obj.id);
		if (id === undefined || id.trim() === '') continue;
		const earlier = first.get(id);
		if (earlier !== undefined)
			report(`${at}.id`, {
				zh: `${itemName(what).zh} id“${id}”重复（已在 ${earlier} 使用）`,
				en: `duplicate ${what} id "${id}" (already used at ${earlier})`
			});
		else first.set(id, at);
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
	const [source, clause, quote] = [stringOf(cite.source), stringOf(cite.clause), stringOf(cite.quote)];
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
 * quote it verbatim, and views that name existing nodes and relation kinds.
 */
export function checkReferences(input: Json, report: Report): void {
	const kinds = isJson(input.kinds) ? input.kinds : {};
	const nodeKinds = indexIds(entries(kinds.nodes, 'kinds.nodes'), 'node kind', report);
	const edgeKindList = entries(kinds.edges, 'kinds.edges');
	const edgeKinds = indexIds(edgeKindList, 'relation kind', report);
	const nodes = entries(input.nodes, 'nodes');
	const nodeIds = indexIds(nodes, 'node', report);
	const edges = entries(input.edges, 'edges');
	indexIds(edges, 'edge', report);
	const sources = entries(input.sources, 'sources');
	indexIds(sources, 'source', report);
	indexIds(entries(input.views, 'views'), 'view', report);

	const clauses: ClauseTexts = new Map();
	for (const { obj, at } of sources) {
		const list = entries(obj.clauses, `${at}.clauses`);
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

	for (const { obj, at } of nodes) {
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !nodeKinds.has(kind))
			report(`${at}.kind`, unknown(NODE_KIND, kind, nodeKinds.keys()));
		itemsOf(obj.cites).forEach((cite, i) => checkCitation(cite, `${at}.cites[${i}]`, clauses, report));
		itemsOf(obj.duties).forEach((duty, i) => {
			if (isJson(duty)) checkCitation(duty.cite, `${at}.duties[${i}].cite`, clauses, report);
		});
	}
	for (const { obj, at } of edges) {
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !edgeKinds.has(kind))
			report(`${at}.kind`, unknown(RELATION_KIND, kind, edgeKinds.keys()));
		for (const end of ['from', 'to'] as const) {
			const id = stringOf(obj[end]);
			if (id !== undefined && id !== '' && !nodeIds.has(id)) report(`${at}.${end}`, noNode(id));
		}
		if (stringOf(obj.from) !== undefined && obj.from === obj.to)
			report(at, {
				zh: `关系从“${String(obj.from)}”指向自身`,
				en: `the edge runs from "${String(obj.from)}" to itself`
			});
		itemsOf(obj.cites).forEach((cite, i) => checkCitation(cite, `${at}.cites[${i}]`, clauses, report));
	}
	checkViewRefs(input, nodeIds, edgeKindList, report);
}

function checkViewRefs(
	input: Json,
	nodeIds: Map<string, string>,
	edgeKindList: Entry[],
	report: Report
): void {
	const edgeKinds = new Map(edgeKindList.map(({ obj }) => [stringOf(obj.id) ?? '', obj]));
	for (const { obj, at } of entries(input.views, 'views')) {
		if (!isJson(obj.state)) continue;
		const state = obj.state;
		const path = `${at}.state`;
		const focus = stringOf(state.focus);
		if (focus !== undefined && !nodeIds.has(focus)) report(`${path}.focus`, noNode(focus));
		if (Array.isArray(state.expanded))
			state.expanded.forEach((id, i) => {
				if (typeof id === 'string' && !nodeIds.has(id)) report(`${path}.expanded[${i}]`, noNode(id));
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
