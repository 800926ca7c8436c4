/**
 * The dates a reader is offered to see the structure on: the date of each primary document the
 * dataset follows (the Opinions' 2015-09-28), every date on which something starts or ends, and
 * today, each with a label saying why it is there.
 */
import type { Dataset, Text } from './types.js';
import { isIsoDate } from './dates.js';
import { factsOf } from './dataset-facts.js';

/** Why a date is offered. */
export type DateStopKind = 'document' | 'before' | 'change' | 'today';

/** A date offered by the date control, with what happened on it. */
export interface DateStop {
	date: string;
	kind: DateStopKind;
	/** What the date is, in both languages: a document's title, the changes counted, or "today". */
	label: Text;
}

/**
 * Today's calendar date where the reader is, as `YYYY-MM-DD`.
 * @example todayIso(new Date(2026, 11, 6, 23, 30)) → '2026-12-06'
 */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The calendar day before an ISO date: the last day of the structure before a change.
 * @example dayBefore('2018-03-01') → '2018-02-28'
 */
export function dayBefore(date: string): string {
	const d = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000);
	return d.toISOString().slice(0, 10);
}

/** "《A》、《B》" / "A; B": the titles of the documents dated `date`. */
function titlesOn(dataset: Pick<Dataset, 'sources'>, date: string): Text | undefined {
	const titles = dataset.sources.filter((s) => s.date === date).map((s) => s.title);
	if (!titles.length) return undefined;
	return {
		zh: titles.map((t) => `《${t.zh || t.en}》`).join('、'),
		en: titles.map((t) => t.en || t.zh).join('; ')
	};
}

/** "3 项开始、2 项结束" / "3 begin, 2 end", leaving out a count of none. */
function countLabel({ begin, end }: { begin: number; end: number }): Text {
	const zh = [begin && `${begin} 项开始`, end && `${end} 项结束`].filter(Boolean).join('、');
	const en = [begin && `${begin} begin`, end && `${end} end`].filter(Boolean).join(', ');
	return { zh, en };
}

/**
 * Every date the date control offers, ascending and distinct: the full dates of the primary
 * documents, the day before the first change when no document stands on or before it (the structure as
 * it first was), every date on which a node or relation begins or ends, and `today`. A change
 * on a document's own date is labelled with that document; so is a change on the date of any
 * source that set it (the 2023 plan), with the counts after it.
 *
 * @example dateStops(opinions2015, '2026-12-06').map((s) => s.date) → ['2015-09-28', '2018-03-21', '2023-03-16', '2026-12-06']
 */
export function dateStops(dataset: Pick<Dataset, 'nodes' | 'edges' | 'sources'>, today?: string): DateStop[] {
	const { changes } = factsOf(dataset);
	const stops = new Map<string, DateStop>();
	for (const source of dataset.sources)
		if (source.kind === 'primary' && isIsoDate(source.date))
			stops.set(source.date, { date: source.date, kind: 'document', label: titlesOn(dataset, source.date)! });
	const first = changes[0]?.date;
	// A document dated on the first change itself is where the structure begins: nothing before it.
	if (first !== undefined && ![...stops.keys()].some((d) => d <= first))
		stops.set(dayBefore(first), {
			date: dayBefore(first),
			kind: 'before',
			label: { zh: '首次变化之前', en: 'before the first change' }
		});
	for (const change of changes) {
		const { date } = change;
		if (stops.has(date)) continue;
		const counted = countLabel(change);
		const titled = titlesOn(dataset, date);
		const label = titled
			? { zh: `${titled.zh}（${counted.zh}）`, en: `${titled.en} (${counted.en})` }
			: counted;
		stops.set(date, { date, kind: 'change', label });
	}
	if (today !== undefined && !stops.has(today))
		stops.set(today, { date: today, kind: 'today', label: { zh: '今天', en: 'today' } });
	return [...stops.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The date nearest `date` on which an interval holds: `date` itself when it does, else its first
 * day when it starts later, else its last day. Where the explorer moves when a reader goes to a
 * node that does not exist on the date shown.
 * @example nearestDateIn({ to: '2023-03-16' }, '2024-12-31') → '2023-03-15'
 */
export function nearestDateIn(valid: { from?: string; to?: string } | undefined, date: string): string {
	if (valid?.from !== undefined && date < valid.from) return valid.from;
	if (valid?.to !== undefined && date >= valid.to) return dayBefore(valid.to);
	return date;
}
