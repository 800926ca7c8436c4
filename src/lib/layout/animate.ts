/**
 * Transitions between two layouts as pure interpolation: nodes that stay move from old to new
 * positions; entering nodes grow out of their parent's old position; leaving nodes shrink into
 * their parent's new position. Svelte drives `t` from 0 to 1 (requestAnimationFrame or
 * svelte/motion) and draws each frame.
 */

/** A centre position. */
export interface Point {
	x: number;
	y: number;
}

/** One node in one frame: where it is, how large (0–1) and how opaque (0–1). */
export interface AnimatedNode {
	x: number;
	y: number;
	scale: number;
	opacity: number;
}

/** What a transition needs: both position maps and each side's parent of every node. */
export interface TransitionInput {
	from: Readonly<Record<string, Point>>;
	to: Readonly<Record<string, Point>>;
	fromParents: Readonly<Record<string, string | null>>;
	toParents: Readonly<Record<string, string | null>>;
}

/** A planned transition: start and end of every node that appears in either layout. */
export interface Transition {
	ids: string[];
	start: Point[];
	end: Point[];
	/** 1 entering, -1 leaving, 0 staying. */
	change: Int8Array;
}

/**
 * Plans a transition once; {@link frameAt} then costs one pass per frame.
 *
 * @example planTransition({ from: { a: {x:0,y:0} }, to: { a: {x:0,y:0}, b: {x:10,y:50} }, fromParents: {}, toParents: { b: 'a' } }).start[1]
 * // { x: 0, y: 0 } — b grows out of a
 */
export function planTransition({ from, to, fromParents, toParents }: TransitionInput): Transition {
	const ids: string[] = [];
	const start: Point[] = [];
	const end: Point[] = [];
	const change: number[] = [];
	for (const id of Object.keys(to)) {
		ids.push(id);
		end.push(to[id]);
		if (from[id]) {
			start.push(from[id]);
			change.push(0);
		} else {
			start.push(anchor(id, toParents, from) ?? to[id]);
			change.push(1);
		}
	}
	for (const id of Object.keys(from)) {
		if (to[id]) continue;
		ids.push(id);
		start.push(from[id]);
		end.push(anchor(id, fromParents, to) ?? from[id]);
		change.push(-1);
	}
	return { ids, start, end, change: Int8Array.from(change) };
}

/** The position, in `positions`, of the nearest ancestor that has one; cycle-safe. */
function anchor(
	id: string,
	parents: Readonly<Record<string, string | null>>,
	positions: Readonly<Record<string, Point>>
): Point | undefined {
	const seen = new Set([id]);
	let current = parents[id];
	while (current !== null && current !== undefined && !seen.has(current)) {
		if (positions[current]) return positions[current];
		seen.add(current);
		current = parents[current];
	}
	return undefined;
}

/** Slow in, slow out: the usual easing for layout changes. */
export function easeCubicInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The frame at time `t` (0–1, clamped) after easing.
 *
 * @example frameAt(plan, 1) // every node at its new position; leaving nodes at scale 0
 */
export function frameAt(
	plan: Transition,
	t: number,
	ease: (t: number) => number = easeCubicInOut
): Record<string, AnimatedNode> {
	const e = ease(Math.min(1, Math.max(0, t)));
	const frame: Record<string, AnimatedNode> = {};
	for (let i = 0; i < plan.ids.length; i++) {
		const a = plan.start[i];
		const b = plan.end[i];
		const c = plan.change[i];
		const scale = c === 1 ? e : c === -1 ? 1 - e : 1;
		frame[plan.ids[i]] = { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e, scale, opacity: scale };
	}
	return frame;
}
