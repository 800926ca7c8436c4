/** The backbone branches of the standalone HTML file: which nodes fold away under which. */
import type { ViewerEdge } from '#lib/export/html-viewer-data.js';

/** Children and parent of every node along the backbone, and which branches are folded. */
export interface ViewerBranches {
	children: Map<string, string[]>;
	parent: Map<string, string>;
	collapsed: Set<string>;
}

/** The branches the backbone relations among `edges` make, none folded. */
export function viewerBranches(edges: readonly ViewerEdge[]): ViewerBranches {
	const children = new Map<string, string[]>();
	const parent = new Map<string, string>();
	for (const e of edges) {
		if (!e.backbone) continue;
		const list = children.get(e.from);
		if (list) list.push(e.to);
		else children.set(e.from, [e.to]);
		parent.set(e.to, e.from);
	}
	return { children, parent, collapsed: new Set() };
}

/** Folds or unfolds the branch under `id`; true when it is folded now. */
export function toggleBranch(b: ViewerBranches, id: string): boolean {
	if (b.collapsed.has(id)) b.collapsed.delete(id);
	else b.collapsed.add(id);
	return b.collapsed.has(id);
}

/** Unfolds every branch `id` sits in, so it can be shown. */
export function unfoldAbove(b: ViewerBranches, id: string): void {
	for (let a = b.parent.get(id); a; a = b.parent.get(a)) b.collapsed.delete(a);
}

/** The nodes inside folded branches. */
export function hiddenNodes(b: ViewerBranches): Set<string> {
	const hidden = new Set<string>();
	const hide = (id: string) => {
		for (const c of b.children.get(id) ?? []) {
			if (hidden.has(c)) continue;
			hidden.add(c);
			hide(c);
		}
	};
	b.collapsed.forEach(hide);
	return hidden;
}
