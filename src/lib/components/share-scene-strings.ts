import type { Scene } from '#lib/scene/types.js';

const NOTHING_HIDDEN: Record<string, number> = Object.freeze({}) as Record<string, number>;

/**
 * Makes the repeated strings of a Scene that has just crossed from the worker share one copy
 * each. A structured clone gives every node its own copy of its kind, shape, colours and
 * provenance, and every line its own kind, colour, style and dash: at 100,000 nodes that is
 * over a million small strings, tens of megabytes of heap for a few dozen distinct values.
 * Nodes that hide nothing share one empty count. Rewrites the Scene in place: it was deserialised a moment ago and nothing else holds it yet.
 */
export function shareSceneStrings(scene: Scene): Scene {
	const seen = new Map<string, string>();
	const one = <T extends string>(value: T): T => {
		const kept = seen.get(value);
		if (kept !== undefined) return kept as T;
		seen.set(value, value);
		return value;
	};
	for (const n of scene.nodes) {
		n.kind = one(n.kind);
		n.shape = one(n.shape);
		n.fill = one(n.fill);
		n.stroke = one(n.stroke);
		n.textColor = one(n.textColor);
		n.kindLabel = one(n.kindLabel);
		n.provenance = one(n.provenance);
		n.emphasis = one(n.emphasis);
		if (n.hidden === 0) n.hiddenByKind = NOTHING_HIDDEN;
	}
	for (const e of scene.edges) {
		e.kind = one(e.kind);
		e.color = one(e.color);
		e.style = one(e.style);
		e.dash = one(e.dash);
		e.label = one(e.label);
		e.emphasis = one(e.emphasis);
	}
	return scene;
}
