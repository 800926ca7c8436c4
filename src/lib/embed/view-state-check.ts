import type { LayoutKind, ViewState } from '#lib/model/types.js';

const LAYOUTS: readonly LayoutKind[] = ['tree-tb', 'tree-lr', 'radial', 'layered'];
const ID = /^[\w.:-]{1,200}$/u;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for a string that can be a node, relation or view id. */
export function isId(value: unknown): value is string {
	return typeof value === 'string' && ID.test(value);
}

function isIdList(value: unknown): value is string[] {
	return Array.isArray(value) && value.length <= 10_000 && value.every(isId);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Checks a value that claims to be a view state (from a message, a URL or a stored story) and
 * returns a clean copy with only the known fields, or `null` when any known field is malformed.
 * Unknown fields are dropped, so a newer host cannot smuggle data into the view.
 * @example checkViewState({ lang: 'en', expanded: 'all', x: 1 }) // → { lang: 'en', expanded: 'all' }
 * @example checkViewState({ lang: 'fr' }) // → null
 */
export function checkViewState(value: unknown): ViewState | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const v = value as Record<string, unknown>;
	const out: ViewState = {};
	if (v.focus !== undefined) {
		if (!isId(v.focus)) return null;
		out.focus = v.focus;
	}
	if (v.expanded !== undefined) {
		if (v.expanded !== 'all' && !isIdList(v.expanded)) return null;
		out.expanded = v.expanded === 'all' ? 'all' : [...v.expanded];
	}
	if (v.layers !== undefined) {
		if (!isIdList(v.layers)) return null;
		out.layers = [...v.layers];
	}
	if (v.backbone !== undefined) {
		if (!isId(v.backbone)) return null;
		out.backbone = v.backbone;
	}
	if (v.layout !== undefined) {
		if (!LAYOUTS.includes(v.layout as LayoutKind)) return null;
		out.layout = v.layout as LayoutKind;
	}
	if (v.asOf !== undefined) {
		if (!isIsoDate(v.asOf)) return null;
		out.asOf = v.asOf;
	}
	if (v.lang !== undefined) {
		if (v.lang !== 'zh' && v.lang !== 'en') return null;
		out.lang = v.lang;
	}
	if (v.theme !== undefined) {
		if (v.theme !== 'light' && v.theme !== 'dark') return null;
		out.theme = v.theme;
	}
	if (v.camera !== undefined) {
		const c = v.camera as Record<string, unknown> | null;
		if (typeof c !== 'object' || c === null || ![c.x, c.y, c.k].every(isFiniteNumber) || (c.k as number) <= 0)
			return null;
		out.camera = { x: c.x as number, y: c.y as number, k: c.k as number };
	}
	return out;
}
