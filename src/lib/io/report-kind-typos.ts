import type { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import type { SheetRole } from './import-types.js';
import { findKindTypos, type BuiltInNames, type KindCell } from './kind-typos.js';

/**
 * Warns at each row of a kind value that looks like a slip for a kind used more (党组识 beside
 * 党组织), offering that kind as the cell's fix. A warning, not an error: the row is imported with
 * the kind as written unless the user takes the offer.
 */
export function reportKindTypos(
	sheet: SheetRole,
	cells: Iterable<KindCell>,
	builtIn: BuiltInNames,
	log: ImportLog,
	column: string | undefined
): void {
	for (const { value, rows, likely } of findKindTypos(cells, builtIn)) {
		const text = importMessages.kindTypo(value, rows, likely, sheet === 'relations');
		const offered = likely.map((k) => k.value);
		for (const row of rows) {
			log.problem(sheet, 'kind_typo', text, {
				row,
				column,
				severity: 'warning',
				suggestion: offered[0],
				suggestions: offered
			});
		}
	}
}
