/**
 * A CSS colour as the six upper-case hex digits OOXML wants. Accepts `#rgb`, `#rrggbb` and
 * `#rrggbbaa` (alpha dropped); anything else falls back to `fallback`.
 *
 * @example colorHex('#b91c1c') // 'B91C1C'   colorHex('#abc') // 'AABBCC'
 */
export function colorHex(color: string, fallback = '000000'): string {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
	if (!m) return fallback;
	const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1].slice(0, 6);
	return hex.toUpperCase();
}
