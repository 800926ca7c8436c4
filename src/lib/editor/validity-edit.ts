import type { Validity } from '#lib/model/types.js';

type End = 'from' | 'to';

/**
 * The interval with one end's date set, or cleared when `date` is empty; undefined when both ends
 * are then open. A changed date keeps its 约 / approximate mark (the editor shows it beside the
 * date, to clear there); a cleared date drops it, as no date is left to be approximate.
 * @example withDate({ to: '2024-05-17', approximate: ['to'] }, 'to', '2024-05-20') → { to: '2024-05-20', approximate: ['to'] }
 */
export function withDate(valid: Validity | undefined, end: End, date: string): Validity | undefined {
	return tidy({ ...valid, [end]: date }, valid?.approximate ?? []);
}

/**
 * The interval with one end's date marked approximate or not.
 * @example withApproximate({ from: '2024-03-27' }, 'from', true) → { from: '2024-03-27', approximate: ['from'] }
 */
export function withApproximate(
	valid: Validity | undefined,
	end: End,
	approximate: boolean
): Validity | undefined {
	const marked = new Set(valid?.approximate);
	if (approximate) marked.add(end);
	else marked.delete(end);
	return tidy({ ...valid }, [...marked]);
}

/** Keeps the ends that have a date, and marks only those, in the order from, to; undefined when both are open. */
function tidy(valid: Validity, marked: readonly End[]): Validity | undefined {
	const approximate = (['from', 'to'] as const).filter((end) => valid[end] && marked.includes(end));
	const { from, to } = valid;
	if (!from && !to) return undefined;
	return { ...(from && { from }), ...(to && { to }), ...(approximate.length > 0 && { approximate }) };
}
