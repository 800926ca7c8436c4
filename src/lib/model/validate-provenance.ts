import { isIsoDate } from './dates.js';
import { isJson, itemsOf, stringOf, type Json, type Report } from './validate-fields.js';

/** Primary sources with a full date: source id → the date it was issued. */
function primaryDates(input: Json): Map<string, string> {
	const dates = new Map<string, string>();
	for (const source of itemsOf(input.sources))
		if (
			isJson(source) &&
			source.kind === 'primary' &&
			isIsoDate(source.date) &&
			typeof source.id === 'string'
		)
			dates.set(source.id, source.date);
	return dates;
}

/**
 * Checks that nothing marked `primary` begins after the primary text it cites was issued: a body
 * set up later cannot be attested by that text, however its first citation reads (e.g. a 2023
 * department cited for a 2015 notice's working pattern). Sources dated only by year are not judged.
 */
export function checkProvenance(input: Json, report: Report): void {
	const dates = primaryDates(input);
	if (dates.size === 0) return;
	for (const section of ['nodes', 'edges'] as const)
		itemsOf(input[section]).forEach((item, index) => {
			if (!isJson(item) || item.provenance !== 'primary' || !isJson(item.valid)) return;
			const from = item.valid.from;
			if (!isIsoDate(from)) return;
			for (const cite of itemsOf(item.cites)) {
				const source = isJson(cite) ? stringOf(cite.source) : undefined;
				const issued = source === undefined ? undefined : dates.get(source);
				if (issued === undefined || from <= issued) continue;
				report(`${section}[${index}].provenance`, {
					zh: `标为“primary”（原始文件），但自 ${from} 起才有效，晚于所引原始文件“${source}”的日期 ${issued}；请改为“secondary”或“interpretive”`,
					en: `marked "primary" but valid only from ${from}, after the primary source "${source}" it cites was issued (${issued}); mark it "secondary" or "interpretive"`
				});
				return;
			}
		});
}
