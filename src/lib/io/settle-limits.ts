import { checkLimits } from '#lib/model/limits.js';
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import type { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import type { SheetRole } from './import-types.js';
import type { Locate } from './settle-dataset.js';

/** Where the values of a table import came from, for the limits' problems. */
export interface LimitPlaces {
	/** The row a node or relation was made from. */
	locate: Locate;
	/** The column a unit's label in `lang` was read from (the English name falls back to the name). */
	labelColumn: (node: NodeDef, lang: 'zh' | 'en') => string | undefined;
	/** The column the kinds of a list were read from. */
	kindColumn: (list: 'nodes' | 'edges') => string | undefined;
	/** The column of a unit's parent. */
	parentColumn: string | undefined;
}

/** Where a limit's problem is in the tables; `node` is the unit to leave out, when it is one. */
interface LimitPlace {
	sheet: SheetRole;
	row: number;
	column?: string;
	node?: NodeDef;
}

/**
 * Runs the limits a save runs (`checkLimits`, what `POST /api/charts` answers `413 over_limit`
 * with) on a table import's dataset: an import called complete must be one the save takes. A
 * unit whose name is over the label length is reported at its row and column and left out
 * (listed in `skipped`, as the dataset check's refusals are; its children stay, without a parent,
 * with a warning), so the dataset answered can be saved, and the user fixes the cell or skips the
 * row. A kind's name over it is reported at the first row of that kind, and the counts at their
 * table: either leaves the import incomplete.
 */
export function settleLimits(dataset: Dataset, places: LimitPlaces, log: ImportLog): Dataset {
	const drop = new Map<string, { node: NodeDef; row: number }>();
	const reported = new Set<string>();
	for (const p of checkLimits(dataset)) {
		const at = placeOf(dataset, p.path, places);
		if (!at) {
			const sheet = p.path === 'edges' ? 'relations' : 'units';
			log.problem(sheet, 'over_limit', { zh: `${p.path}：${p.text.zh}`, en: `${p.path}: ${p.text.en}` });
			continue;
		}
		// A name too long in both languages is one cell when the English name falls back to it.
		const key = `${at.sheet}\n${at.row}\n${at.column ?? ''}`;
		if (!reported.has(key)) log.problem(at.sheet, 'over_limit', p.text, { row: at.row, column: at.column });
		reported.add(key);
		if (!at.node || drop.has(at.node.id)) continue;
		drop.set(at.node.id, { node: at.node, row: at.row });
		log.skip(at.sheet, at.row, 'problem', ['over_limit']);
	}
	return drop.size === 0 ? dataset : without(dataset, drop, places, log);
}

/**
 * The dataset without the units left out and their relations. A unit whose parent was left out
 * is told so at its row, as when a row with an error is; a row of the relations table naming a
 * unit left out is listed in `skipped` too, so nothing leaves unseen.
 */
function without(
	dataset: Dataset,
	drop: Map<string, { node: NodeDef; row: number }>,
	places: LimitPlaces,
	log: ImportLog
): Dataset {
	const edges = dataset.edges.filter((e) => {
		if (!drop.has(e.from) && !drop.has(e.to)) return true;
		const at = places.locate(e, 'edges');
		const parent = drop.get(e.from);
		if (at?.sheet === 'relations') log.skip('relations', at.row, 'problem', ['over_limit']);
		else if (at && parent && !drop.has(e.to)) {
			const name = parent.node.label.zh || parent.node.id;
			log.problem('units', 'parent_left_out', importMessages.parentLeftOut(name, parent.row), {
				row: at.row,
				column: places.parentColumn,
				severity: 'warning'
			});
		}
		return false;
	});
	return { ...dataset, nodes: dataset.nodes.filter((n) => !drop.has(n.id)), edges };
}

/**
 * The row and column of a limit's problem, from its path: `nodes[3].label.zh` is the name of the
 * unit made from some row, `kinds.nodes[1].label.en` the kind cell of the first row of that kind.
 * Undefined for what no row explains (the counts, the title).
 */
function placeOf(dataset: Dataset, path: string, places: LimitPlaces): LimitPlace | undefined {
	const m = /^(kinds\.)?(nodes|edges)\[(\d+)\]\.label\.(zh|en)$/.exec(path);
	if (!m) return undefined;
	const list = m[2] as 'nodes' | 'edges';
	const records: (NodeDef | EdgeDef)[] = dataset[list];
	if (m[1]) {
		const kind = dataset.kinds[list][Number(m[3])]?.id;
		const first = records.find((r) => r.kind === kind);
		const at = first && places.locate(first, list);
		return at && { ...at, column: places.kindColumn(list) };
	}
	const item = records[Number(m[3])];
	const at = item && places.locate(item, list);
	if (!at || list === 'edges') return at;
	const node = item as NodeDef;
	return { ...at, column: places.labelColumn(node, m[4] as 'zh' | 'en'), node };
}
