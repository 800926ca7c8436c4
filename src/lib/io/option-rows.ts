import type { Text } from '#lib/model/types.js';
import type { ImportLog } from './import-log.js';
import { importMessages } from './import-messages.js';
import type { SheetRole, TableImportOptions } from './import-types.js';
import type { Table } from './parse-csv.js';

/** What is not done for an option that names no row of the tables. */
const notDone = {
	fix: { zh: '这项更正没有用上', en: 'the fix was not applied' },
	skip: { zh: '没有跳过任何行', en: 'nothing was skipped' },
	choice: { zh: '这项选择没有用上', en: 'the choice was not applied' }
} satisfies Record<string, Text>;

/**
 * Reports each fix, row to skip and same-name choice that names a row the tables do not have, or
 * the relations table of an import without one, as an error at the option's path: such an option
 * had been ignored without a word, and the caller took the fix for made.
 * @example a fix of row 40 where the data is on rows 2–11 → at `options.fixes[0].row`: 'options.fixes[0]
 *   names row 40, but units.csv has no data on row 40 (its data is on rows 2–11): the fix was not applied.'
 */
export function reportUnknownRows(
	options: TableImportOptions,
	tables: Partial<Record<SheetRole, Table>>,
	files: Record<SheetRole, string>,
	log: ImportLog
): void {
	/** Checks the row an option names: `item` is the option, `at` the paths of its sheet and row. */
	const check = (
		item: string,
		at: { sheet: string; row: string },
		sheet: SheetRole,
		row: number,
		what: Text
	) => {
		const table = tables[sheet];
		// The units table is always there; the relations table may not be.
		if (!table) {
			log.problem(sheet, 'unknown_row', importMessages.noRelationsForOption(item, what), {
				option: at.sheet
			});
			return;
		}
		if (log.hasRow(sheet, row)) return;
		const span: [number, number] | undefined = table.rows.length
			? [table.rows[0].row, table.rows.at(-1)!.row]
			: undefined;
		log.problem(sheet, 'unknown_row', importMessages.noRowForOption(item, row, files[sheet], span, what), {
			option: at.row
		});
	};
	options.fixes?.forEach((fix, i) => {
		const item = `options.fixes[${i}]`;
		check(item, { sheet: `${item}.sheet`, row: `${item}.row` }, fix.sheet, fix.row, notDone.fix);
	});
	for (const sheet of ['units', 'relations'] as const)
		options.skipRows?.[sheet]?.forEach((row, i) => {
			const item = `options.skipRows.${sheet}[${i}]`;
			check(item, { sheet: `options.skipRows.${sheet}`, row: item }, sheet, row, notDone.skip);
		});
	options.sameName?.forEach((choice, i) => {
		const item = `options.sameName[${i}]`;
		check(item, { sheet: item, row: `${item}.row` }, 'units', choice.row, notDone.choice);
	});
}
