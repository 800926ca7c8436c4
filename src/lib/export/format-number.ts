/**
 * Formats a coordinate with at most two decimals and no trailing zeros, so exported files are
 * small, stable across platforms, and free of `-0`.
 *
 * @example formatNumber(1.005) // '1'   formatNumber(-0.001) // '0'   formatNumber(12.5) // '12.5'
 */
export function formatNumber(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
