import { frameAt, planTransition, type AnimatedNode, type Point } from '#lib/layout/animate.js';
import type { Scene } from '#lib/scene/types.js';

/** Above this many nodes a change of layout jumps: animating would cost more than it shows. */
const ANIMATE_LIMIT = 1500;
const DURATION = 450;

/**
 * Drives layout transitions: when the scene's positions change, nodes glide from where they
 * were (entering ones grow out of their parent, leaving ones shrink into it) over 450 ms.
 * `frame` is null when nothing moves, so renderers draw straight from the Scene.
 */
export class LayoutAnimator {
	frame = $state.raw<Record<string, AnimatedNode> | null>(null);
	#positions: Record<string, Point> = {};
	#parents: Record<string, string | null> = {};
	#raf = 0;

	/** Takes the next scene; starts a transition from the last one when positions changed. */
	update(scene: Scene): void {
		const positions: Record<string, Point> = {};
		for (const n of scene.nodes) positions[n.id] = { x: n.x, y: n.y };
		const parents: Record<string, string | null> = {};
		for (const e of scene.edges) if (e.backbone) parents[e.to] = e.from;
		const from = this.#positions;
		const moved =
			Object.keys(from).length > 0 &&
			scene.nodes.some((n) => !from[n.id] || from[n.id].x !== n.x || from[n.id].y !== n.y);
		const plan = planTransition({ from, to: positions, fromParents: this.#parents, toParents: parents });
		this.#positions = positions;
		this.#parents = parents;
		cancelAnimationFrame(this.#raf);
		const reduced =
			typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		if (!moved || reduced || scene.nodes.length > ANIMATE_LIMIT) {
			this.frame = null;
			return;
		}
		const start = performance.now();
		const step = (now: number) => {
			const t = (now - start) / DURATION;
			if (t >= 1) {
				this.frame = null;
				return;
			}
			this.frame = frameAt(plan, t);
			this.#raf = requestAnimationFrame(step);
		};
		this.frame = frameAt(plan, 0);
		this.#raf = requestAnimationFrame(step);
	}

	/** Stops any running transition. */
	stop(): void {
		cancelAnimationFrame(this.#raf);
		this.frame = null;
	}
}
