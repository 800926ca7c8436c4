import type { Dataset, Problem } from '#lib/model/types.js';
import type { ImportLog } from './import-log.js';
import type { SheetRole } from './import-types.js';

/** A validator with the model's `validate` signature: the checked dataset, or every problem. */
export type Validator = (
	input: unknown
) => { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** The row a node or edge was made from. */
export type Locate = (
	item: { id: string },
	list: 'nodes' | 'edges'
) => { sheet: SheetRole; row: number } | undefined;

/**
 * Runs the full dataset check on an import's result and takes out what it still refuses (a
 * relation that closes a cycle, a second backbone parent, a relation from a unit to itself),
 * reporting each at the row it came from. Problems that no row explains stay in the log as
 * errors, so the import is never called complete while the dataset would be refused.
 */
export function settleDataset(dataset: Dataset, check: Validator, locate: Locate, log: ImportLog): Dataset {
	let current = dataset;
	// Each round removes at least one item; a handful of rounds covers cascades.
	for (let round = 0; round < 5; round++) {
		const result = check(current);
		if (result.ok) return current;
		const dropNodes = new Set<string>();
		const dropEdges = new Set<string>();
		const unexplained: Problem[] = [];
		for (const p of result.problems) {
			const m = /^(nodes|edges)\[(\d+)\]/.exec(p.path);
			const list = m?.[1] as 'nodes' | 'edges' | undefined;
			const item = list ? current[list][Number(m![2])] : undefined;
			const at = item && list ? locate(item, list) : undefined;
			if (!item || !list || !at) {
				unexplained.push(p);
				continue;
			}
			(list === 'nodes' ? dropNodes : dropEdges).add(item.id);
			log.problem(at.sheet, 'invalid_dataset', p.text, { row: at.row });
			log.skip(at.sheet, at.row, 'problem', ['invalid_dataset']);
		}
		if (dropNodes.size === 0 && dropEdges.size === 0) {
			for (const p of unexplained)
				log.problem('units', 'invalid_dataset', {
					zh: `${p.path}：${p.text.zh}`,
					en: `${p.path}: ${p.text.en}`
				});
			return current;
		}
		current = {
			...current,
			nodes: current.nodes.filter((n) => !dropNodes.has(n.id)),
			edges: current.edges.filter(
				(e) => !dropEdges.has(e.id) && !dropNodes.has(e.from) && !dropNodes.has(e.to)
			)
		};
	}
	return current;
}
