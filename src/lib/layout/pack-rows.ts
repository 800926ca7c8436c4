/** A box to pack: its size along the row and its depth across rows. */
export interface PackItem {
	size: number;
	depth: number;
}

/** Options of row packing. */
export interface PackOptions {
	/** The wanted ratio of the packed width (along rows) to its height (across rows). */
	target: number;
	/** Space between boxes in a row. */
	gap: number;
	/** Space between rows. */
	rowGap: number;
}

/**
 * Greedy rows no wider than `limit`: the packed width and height, the narrowest limit that would
 * pack differently (every limit from `limit` up to it gives these same rows), and each box's
 * offset when `offsets` is given (trial packings only measure).
 */
function pack(
	items: readonly PackItem[],
	limit: number,
	gap: number,
	rowGap: number,
	offsets?: { along: number; down: number }[]
): { width: number; height: number; changesAt: number } {
	let along = 0;
	let down = 0;
	let rowDepth = 0;
	let width = 0;
	let changesAt = Infinity;
	for (const item of items) {
		if (along > 0 && along + item.size > limit) {
			// From a limit this wide on, the item would stay in the row.
			changesAt = Math.min(changesAt, along + item.size);
			down += rowDepth + rowGap;
			along = 0;
			rowDepth = 0;
		}
		offsets?.push({ along, down });
		width = Math.max(width, along + item.size);
		along += item.size + gap;
		rowDepth = Math.max(rowDepth, item.depth);
	}
	return { width, height: down + rowDepth, changesAt };
}

/**
 * Packs boxes into rows in their order (reading order is kept), choosing the row width whose
 * result comes closest to the target ratio. A single box, or boxes that fit the target in one
 * row, stay in one row.
 * @example packRows([{size: 100, depth: 100}, {size: 100, depth: 100}], {target: 0.5, gap: 0, rowGap: 0})
 * // [{along: 0, down: 0}, {along: 0, down: 100}]
 */
export function packRows(
	items: readonly PackItem[],
	options: PackOptions
): { along: number; down: number }[] {
	const { target, gap, rowGap } = options;
	if (items.length < 2) return items.map(() => ({ along: 0, down: 0 }));
	let widest = 0;
	let total = -gap;
	for (const item of items) {
		widest = Math.max(widest, item.size);
		total += item.size + gap;
	}
	const misfit = ({ width, height }: { width: number; height: number }) =>
		Math.abs(Math.log(width / height / target));
	let best = total;
	let bestError = misfit(pack(items, total, gap, rowGap));
	// Try row widths from the widest box to one long row, on a geometric scale; a width that
	// packs the rows as the last one tried did needs no second look.
	const steps = 48;
	let same = -Infinity;
	for (let s = 0; s < steps; s++) {
		const limit = widest * Math.pow(total / widest, s / steps);
		if (limit < same) continue;
		const packed = pack(items, limit, gap, rowGap);
		same = packed.changesAt;
		const error = misfit(packed);
		if (error < bestError - 1e-9) {
			best = limit;
			bestError = error;
		}
	}
	const offsets: { along: number; down: number }[] = [];
	pack(items, best, gap, rowGap, offsets);
	return offsets;
}
