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

/** Greedy rows no wider than `limit`, as offsets, with the packed extent. */
function pack(items: PackItem[], limit: number, gap: number, rowGap: number) {
	const offsets: { along: number; down: number }[] = [];
	let along = 0;
	let down = 0;
	let rowDepth = 0;
	let width = 0;
	for (const item of items) {
		if (along > 0 && along + item.size > limit) {
			down += rowDepth + rowGap;
			along = 0;
			rowDepth = 0;
		}
		offsets.push({ along, down });
		width = Math.max(width, along + item.size);
		along += item.size + gap;
		rowDepth = Math.max(rowDepth, item.depth);
	}
	return { offsets, width, height: down + rowDepth };
}

/**
 * Packs boxes into rows in their order (reading order is kept), choosing the row width whose
 * result comes closest to the target ratio. A single box, or boxes that fit the target in one
 * row, stay in one row.
 * @example packRows([{size: 100, depth: 100}, {size: 100, depth: 100}], {target: 0.5, gap: 0, rowGap: 0})
 * // [{along: 0, down: 0}, {along: 0, down: 100}]
 */
export function packRows(items: PackItem[], options: PackOptions): { along: number; down: number }[] {
	const { target, gap, rowGap } = options;
	if (items.length < 2) return items.map(() => ({ along: 0, down: 0 }));
	const widest = Math.max(...items.map((i) => i.size));
	const total = items.reduce((sum, i) => sum + i.size + gap, -gap);
	let best = pack(items, total, gap, rowGap);
	let bestError = Math.abs(Math.log(best.width / best.height / target));
	// Try row widths from the widest box to one long row, on a geometric scale.
	const steps = 48;
	for (let s = 0; s < steps; s++) {
		const limit = widest * Math.pow(total / widest, s / steps);
		const packed = pack(items, limit, gap, rowGap);
		const error = Math.abs(Math.log(packed.width / packed.height / target));
		if (error < bestError - 1e-9) {
			best = packed;
			bestError = error;
		}
	}
	return best.offsets;
}
