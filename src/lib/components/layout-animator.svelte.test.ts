import { describe, expect, it } from 'vitest';
import { buildScene } from '#lib/scene/build-scene.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { LayoutAnimator } from './layout-animator.svelte.js';

const before = buildScene(fixture, { expanded: 'all', layout: 'tree-tb' });
const after = buildScene(fixture, { expanded: 'all', layout: 'tree-lr' });

describe('LayoutAnimator', () => {
	it('glides the nodes from where they were to where the new layout puts them, then rests', async () => {
		const animator = new LayoutAnimator();
		animator.update(before);
		// Nothing to glide from on the first Scene.
		expect(animator.frame).toBeNull();
		animator.update(after);
		const start = animator.frame!;
		for (const n of before.nodes) {
			expect(start[n.id].x).toBeCloseTo(n.x);
			expect(start[n.id].y).toBeCloseTo(n.y);
		}
		await expect.poll(() => animator.frame, { timeout: 5_000 }).toBeNull();
	});

	it('does not move for a Scene whose positions are unchanged, and stops when asked', () => {
		const animator = new LayoutAnimator();
		animator.update(before);
		// The same layout built again: a new Scene, every node where it was.
		animator.update(buildScene(fixture, { expanded: 'all', layout: 'tree-tb' }));
		expect(animator.frame).toBeNull();
		animator.update(after);
		expect(animator.frame).not.toBeNull();
		animator.stop();
		expect(animator.frame).toBeNull();
	});
});
