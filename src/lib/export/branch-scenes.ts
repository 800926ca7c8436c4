import type { Scene } from '#lib/scene/types.js';
import { partScene } from './part-scene.js';

/**
 * Splits a Scene into one Scene per top-level branch: the backbone children of the single root
 * (or each root, when the view has several), each drawn on its own (see {@link partScene}).
 */
export function branchScenes(scene: Scene): Scene[] {
	const children = new Map<string, string[]>();
	const hasParent = new Set<string>();
	for (const e of scene.edges) {
		if (!e.backbone) continue;
		children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
		hasParent.add(e.to);
	}
	const roots = scene.nodes.filter((n) => !hasParent.has(n.id)).map((n) => n.id);
	const tops = roots.length === 1 ? (children.get(roots[0]) ?? []) : roots;
	return tops.map((top) => {
		const ids = new Set<string>();
		const stack = [top];
		while (stack.length) {
			const id = stack.pop()!;
			if (ids.has(id)) continue;
			ids.add(id);
			stack.push(...(children.get(id) ?? []));
		}
		const nodes = scene.nodes.filter((n) => ids.has(n.id));
		// Wrapped lines break between words in English and between characters in Chinese.
		const label = nodes.find((n) => n.id === top)!.lines.join(scene.lang === 'en' ? ' ' : '');
		return partScene(scene, nodes, `${scene.title} · ${label}`);
	});
}
