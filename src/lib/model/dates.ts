import { factsOf } from './dataset-facts.js';
import type { Dataset, Lang, Validity } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into its parts. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
}

/**
 * Parses a `YYYY-MM-DD` string that names a real calendar date.
 * @example parseDate('2016-02-29') → { year: 2016, month: 2, day: 29 }; parseDate('2015-02-29') → undefined
 */
export function parseDate(value: string): DateParts | undefined {
	const match = ISO_DATE.exec(value);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1) return undefined;
	// Date.UTC rolls 31 April over to 1 May, so a round trip exposes days that do not exist.
	const probe = new Date(Date.UTC(year, month - 1, day));
	probe.setUTCFullYear(year);
	if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
	return { year, month, day };
}

/** True when `value` is a string naming a real calendar date as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
	return typeof value === 'string' && parseDate(value) !== undefined;
}

/**
 * True when an interval holds on `date`: `from` inclusive, `to` exclusive, open ends unbounded.
 * ISO dates compare correctly as strings, so no parsing is needed here.
 * @example isValidOn({ from: '2018-03-21' }, '2018-03-21') → true; isValidOn({ to: '2018-03-21' }, '2018-03-21') → false
 */
export function isValidOn(valid: Validity | undefined, date: string): boolean {
	if (!valid) return true;
	if (valid.from !== undefined && date < valid.from) return false;
	if (valid.to !== undefined && date >= valid.to) return false;
	return true;
}

/**
 * The intersection of intervals, or `undefined` when they share no date.
 * @example intersectValidity([{ from: '2015-01-01' }, { to: '2018-03-21' }]) → { from: '2015-01-01', to: '2018-03-21' }
 */
export function intersectValidity(intervals: readonly (Validity | undefined)[]): Validity | undefined {
	let from: string | undefined;
	let to: string | undefined;
	for (const valid of intervals) {
		if (valid?.from !== undefined && (from === undefined || valid.from > from)) from = valid.from;
		if (valid?.to !== undefined && (to === undefined || valid.to < to)) to = valid.to;
	}
	if (from !== undefined && to !== undefined && from >= to) return undefined;
	return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** The dates of each dataset already listed, since the explorer asks for them more than once while it opens. */
const datesOf = new WeakMap<Pick<Dataset, 'nodes' | 'edges'>, readonly string[]>();

/**
 * The sorted distinct boundary dates (`from` and `to`) of every node and edge: the stops of an
 * as-of slider. Read from the dataset's facts (see dataset-facts.ts), once per dataset object.
 */
export function datesIn(dataset: Pick<Dataset, 'nodes' | 'edges'>): readonly string[] {
	let found = datesOf.get(dataset);
	if (!found) datesOf.set(dataset, (found = factsOf(dataset).changes.map((c) => c.date)));
	return found;
}

/**
 * The date a view of `dataset` that names none opens on: `today` (undefined: none) for a dataset
 * whose structure changes over time; none for one without dates, which looks the same every day.
 */
export function openingDate(
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	today: string | undefined
): string | undefined {
	return datesIn(dataset).length ? today : undefined;
}

/**
 * The date shown only because a view names none: its opening date (see {@link openingDate}),
 * unless it asks for every date at once (`asof=all`). A link leaves it out, so a link opened
 * tomorrow shows tomorrow's structure.
 */
export function dateImpliedBy(
	view: { asOf?: string; allDates?: boolean },
	openOn: string | undefined
): string | undefined {
	return view.asOf === undefined && !view.allDates ? openOn : undefined;
}

/**
 * The date a view of `dataset` shows: the one it names, else its implied one on `today` (see
 * {@link dateImpliedBy}), as the explorer opens.
 * @example shownDate({}, opinions2015, '2026-12-07') → '2026-12-07'
 */
export function shownDate(
	view: { asOf?: string; allDates?: boolean },
	dataset: Pick<Dataset, 'nodes' | 'edges'>,
	today: string
): string | undefined {
	return view.asOf ?? dateImpliedBy(view, openingDate(dataset, today));
}

/**
 * One end of an interval for people: the date, marked 约 / about when it is approximate, or … when open.
 * @example dateOf({ from: '2024-03-27', approximate: ['from'] }, 'from', 'zh') → '约 2024-03-27'
 */
export function dateOf(valid: Validity | undefined, end: 'from' | 'to', lang: Lang): string {
	const date = valid?.[end];
	if (date === undefined) return '…';
	if (!valid?.approximate?.includes(end)) return date;
	return lang === 'zh' ? `约 ${date}` : `about ${date}`;
}

/**
 * Describes an interval for people, e.g. `2015-09-28 to 2018-03-21` or `from 2023-03-16`; in
 * Chinese as an adverbial phrase (`自 2023-03-16 起`) that a sentence can take as it is.
 */
export function describeValidity(valid: Validity | undefined, lang: Lang = 'en'): string {
	const { from, to } = valid ?? {};
	if (lang === 'zh') {
		if (from !== undefined && to !== undefined) return `在 ${from} 至 ${to} 期间`;
		if (from !== undefined) return `自 ${from} 起`;
		if (to !== undefined) return `在 ${to} 之前`;
		return '始终';
	}
	if (from !== undefined && to !== undefined) return `${from} to ${to}`;
	if (from !== undefined) return `from ${from}`;
	if (to !== undefined) return `until ${to}`;
	return 'always';
}
