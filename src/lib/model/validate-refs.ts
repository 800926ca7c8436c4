import type { Work } from './patterns-in-text.js';
import type { Text } from './types.js';
import { isJson, itemName, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';
import { QuotedText, VerbatimChecks, type QuoteProblem } from './validate-quotes.js';

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

/** How many known ids a message names. */
const NAMED = 8;

/**
 * Lists known ids for a message, shortened when there are many. Only the ids named are read, so
 * a message costs the same however many there are: copying them all for each bad citation made
 * 40,000 citations of a missing clause among 40,000 clauses take 9 s.
 */
function known(ids: ReadonlyMap<string, unknown>): Text {
	if (ids.size === 0) return { zh: '无', en: 'none' };
	const named: string[] = [];
	for (const id of ids.keys()) {
		if (named.length === NAMED) break;
		named.push(id);
	}
	const [zh, en] = [named.join('、'), named.join(', ')];
	if (ids.size <= NAMED) return { zh, en };
	const more = ids.size - NAMED;
	return { zh: `${zh} 等，另有 ${more} 个`, en: `${en}, … ${more} more` };
}

/** An id that names nothing of its kind, with the ids that exist (the keys of `ids`). */
function unknown(what: Text, id: string, ids: ReadonlyMap<string, unknown>): Text {
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

/** A clause's text and, for a summary kept in both languages, its translation, as citations quote them. */
interface ClauseText {
	text: QuotedText | undefined;
	translation: QuotedText | undefined;
}

/** A text to judge quotes against, or undefined for a field that is not text. */
function quotedText(value: unknown): QuotedText | undefined {
	const text = stringOf(value);
	return text === undefined ? undefined : new QuotedText(text);
}

/**
 * A citation and where it is: the item holding it, which of the item's lists (`cites`, or `duties`
 * for the citation of a duty) and its index there. Its path is written only for a problem: a chart
 * of 50,000 nodes has 100,000 citations.
 */
interface CitationAt {
	cite: Json;
	item: Entry;
	list: 'cites' | 'duties';
	index: number;
}

/** The path of a citation, such as `nodes[3].cites[0]` or `nodes[3].duties[1].cite`. */
function citationPath({ item, list, index }: CitationAt): string {
	return list === 'cites' ? `${pathOf(item)}.cites[${index}]` : `${pathOf(item)}.duties[${index}].cite`;
}

/** A quote that does not occur verbatim in its clause. */
const NOT_IN_CLAUSE: QuoteProblem<CitationAt> = {
	path: (at) => `${citationPath(at)}.quote`,
	message: ({ cite: { quote, source, clause } }) => ({
		zh: `引文“${String(quote)}”并未逐字出现在来源“${String(source)}”的条款“${String(clause)}”中`,
		en: `the quote "${String(quote)}" does not occur verbatim in clause "${String(clause)}" of source "${String(source)}"`
	})
};

/** A quoted translation that does not occur verbatim in its clause's translation. */
const NOT_IN_TRANSLATION: QuoteProblem<CitationAt> = {
	path: (at) => `${citationPath(at)}.translation`,
	message: ({ cite: { translation, source, clause } }) => ({
		zh: `译文引文“${String(translation)}”并未逐字出现在来源“${String(source)}”条款“${String(clause)}”的译文中`,
		en: `the quoted translation "${String(translation)}" does not occur verbatim in the translation of clause "${String(clause)}" of source "${String(source)}"`
	})
};

/** Source id → clause id → clause text, for resolving citations. */
type ClauseTexts = Map<string, Map<string, ClauseText>>;

/**
 * Checks that a citation names a source and a clause that exist, and quotes the clause (and its
 * translation) verbatim; the quotes are judged later, all of a clause's at once.
 */
function checkCitation(at: CitationAt, clauses: ClauseTexts, checks: VerbatimChecks<CitationAt>): void {
	const report = checks.report;
	const cite = at.cite;
	const source = stringOf(cite.source);
	const clause = stringOf(cite.clause);
	const quote = stringOf(cite.quote);
	if (source === undefined || source === '') return;
	const texts = clauses.get(source);
	if (!texts) {
		report(`${citationPath(at)}.source`, unknown(SOURCE, source, clauses));
		return;
	}
	if (clause === undefined || clause === '') return;
	if (!texts.has(clause)) {
		const list = known(texts);
		report(`${citationPath(at)}.clause`, {
			zh: `来源“${source}”中没有条款“${clause}”（条款：${list.zh}）`,
			en: `source "${source}" has no clause "${clause}" (clauses: ${list.en})`
		});
		return;
	}
	// A clause without text was reported by the shape check; its quotes cannot be judged.
	const { text, translation } = texts.get(clause)!;
	if (text !== undefined && quote !== undefined && quote !== '')
		checks.unlessQuoted(text, quote, at, NOT_IN_CLAUSE);
	const quoted = stringOf(cite.translation);
	if (quoted === undefined || quoted === '') return;
	if (translation === undefined)
		report(`${citationPath(at)}.translation`, {
			zh: `来源“${source}”的条款“${clause}”没有译文，引文不能带译文`,
			en: `clause "${clause}" of source "${source}" has no translation to quote from`
		});
	else checks.unlessQuoted(translation, quoted, at, NOT_IN_TRANSLATION);
}

/**
 * Checks everything that refers to something else: duplicate ids in every list, node and
 * relation kinds that exist, edges whose ends exist, citations that resolve to a clause and
 * quote it verbatim, and views that name existing nodes and relation kinds. Returns each node
 * id's first place in `nodes` (blank ids too), which the check of the structure numbers the
 * nodes by. Every quote of a clause is judged in one reading of the clause, so the check costs
 * the length of the input whatever the number of citations; `work` counts the steps of those
 * readings (see patterns-in-text.ts), for the test that bounds them.
 */
export function checkReferences(input: Json, report: Report, work?: Work): Map<string, number> {
	const checks = new VerbatimChecks<CitationAt>();
	const nodeIds = checkAllReferences(input, checks);
	checks.finish(report, work);
	return nodeIds;
}

/** {@link checkReferences}, its problems held by `checks` until the quotes are judged. */
function checkAllReferences(input: Json, checks: VerbatimChecks<CitationAt>): Map<string, number> {
	const report = checks.report;
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
				texts.set(clauseId, {
					text: quotedText(clause.text),
					translation: quotedText(clause.translation)
				});
		}
		clauses.set(id, texts);
	}

	for (const node of nodes) {
		const obj = node.obj;
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !nodeKinds.has(kind))
			report(`${pathOf(node)}.kind`, unknown(NODE_KIND, kind, nodeKinds));
		checkCitations(obj.cites, node, clauses, checks);
		itemsOf(obj.duties).forEach((duty, index) => {
			if (isJson(duty) && isJson(duty.cite))
				checkCitation({ cite: duty.cite, item: node, list: 'duties', index }, clauses, checks);
		});
	}
	for (const edge of edges) {
		const obj = edge.obj;
		const kind = stringOf(obj.kind);
		if (kind !== undefined && kind !== '' && !edgeKinds.has(kind))
			report(`${pathOf(edge)}.kind`, unknown(RELATION_KIND, kind, edgeKinds));
		for (const end of ENDS) {
			const id = stringOf(obj[end]);
			if (id !== undefined && id !== '' && !isNode(id)) report(`${pathOf(edge)}.${end}`, noNode(id));
		}
		if (stringOf(obj.from) !== undefined && obj.from === obj.to)
			report(pathOf(edge), {
				zh: `关系从“${String(obj.from)}”指向自身`,
				en: `the edge runs from "${String(obj.from)}" to itself`
			});
		checkCitations(obj.cites, edge, clauses, checks);
	}
	checkViewRefs(input, isNode, edgeKindList, report);
	return nodeIds;
}

/** A relation's two ends. */
const ENDS = ['from', 'to'] as const;

/** Checks each citation of an entry's `cites`, such as `nodes[3].cites`. */
function checkCitations(
	list: unknown,
	item: Entry,
	clauses: ClauseTexts,
	checks: VerbatimChecks<CitationAt>
): void {
	const cites = itemsOf(list);
	for (let index = 0; index < cites.length; index++) {
		const cite = cites[index];
		if (isJson(cite)) checkCitation({ cite, item, list: 'cites', index }, clauses, checks);
	}
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
				report(`${path}.layers[${i}]`, unknown(RELATION_KIND, id, edgeKinds));
		});
		const backbone = stringOf(state.backbone);
		if (backbone === undefined) continue;
		const kind = edgeKinds.get(backbone);
		if (!kind) report(`${path}.backbone`, unknown(RELATION_KIND, backbone, edgeKinds));
		else if (kind.hierarchical !== true)
			report(`${path}.backbone`, {
				zh: `关系类型“${backbone}”不是层级关系，不能作为主干`,
				en: `relation kind "${backbone}" is not hierarchical, so it cannot be the backbone`
			});
	}
}
