import type { Dataset, EdgeDef, EdgeKind, NodeDef, NodeKind, Text, View } from '#lib/model/types.js';

/**
 * Edits of a dataset, as plain data: they can be stored with a draft, sent to a worker and
 * replayed. Each one applies immutably and yields its inverse (see `applyCommand`).
 *
 * The low-level commands (`insert*`, `delete*`, `replace*`, `batch`) are exact and are what
 * inverses are made of; the high-level ones say what the user meant and are checked against the
 * dataset (a move that would create a cycle, a kind still in use) before anything changes.
 */
export type EditCommand =
	// Exact, low-level operations. `index` keeps the item's place so undo restores the order.
	| { type: 'insertNode'; node: NodeDef; index?: number }
	| { type: 'deleteNode'; id: string }
	| { type: 'replaceNode'; node: NodeDef }
	| { type: 'insertEdge'; edge: EdgeDef; index?: number }
	| { type: 'deleteEdge'; id: string }
	| { type: 'replaceEdge'; edge: EdgeDef }
	| { type: 'insertNodeKind'; kind: NodeKind; index?: number }
	| { type: 'deleteNodeKind'; id: string }
	| { type: 'replaceNodeKind'; kind: NodeKind }
	| { type: 'insertEdgeKind'; kind: EdgeKind; index?: number }
	| { type: 'deleteEdgeKind'; id: string }
	| { type: 'replaceEdgeKind'; kind: EdgeKind }
	| { type: 'setTitle'; title: Text }
	/** The story: the dataset's ordered views, replaced whole (undefined: none). */
	| { type: 'setStory'; views: View[] | undefined }
	/** The whole dataset at once: restoring an old revision is one undoable step. */
	| { type: 'replaceDataset'; dataset: Dataset; label: Text }
	| { type: 'batch'; label: Text; commands: EditCommand[] }
	// What the user meant.
	| { type: 'addChild'; parent: string | null; node: NodeDef; edgeId?: string }
	| { type: 'updateNode'; id: string; patch: NodePatch }
	| { type: 'updateEdge'; id: string; patch: EdgePatch }
	| { type: 'move'; id: string; parent: string | null; tree?: DrawnTree }
	| { type: 'removeNode'; id: string; children: 'reattach' | 'subtree'; tree?: DrawnTree }
	| { type: 'addRelation'; edge: EdgeDef }
	| { type: 'removeRelation'; id: string }
	| { type: 'addNodeKind'; kind: NodeKind }
	| { type: 'updateNodeKind'; id: string; patch: Partial<Omit<NodeKind, 'id'>> }
	| { type: 'removeNodeKind'; id: string }
	| { type: 'addEdgeKind'; kind: EdgeKind }
	| { type: 'updateEdgeKind'; id: string; patch: Partial<Omit<EdgeKind, 'id'>> }
	| { type: 'removeEdgeKind'; id: string };

/**
 * The tree a chart draws, which a move or a delete acts on as the user sees it: the relation
 * kinds a node may hang by, in order (the view's `treeKinds`), and the date shown, if one. A move
 * then re-points the relation that hangs the node in that tree, whatever its kind, and a delete
 * moves the children drawn under the node up to the parent drawn above it. Without it both act on
 * the backbone kind alone, on the relations of today.
 */
export interface DrawnTree {
	kinds: string[];
	asOf?: string;
}

/**
 * Fields of a node an edit may replace. A key present with `undefined` removes an optional
 * field (e.g. `{valid: undefined}` clears the validity dates).
 */
export type NodePatch = Partial<Omit<NodeDef, 'id'>>;

/** Fields of a relation an edit may replace; `from`/`to` change through remove and add instead. */
export type EdgePatch = Partial<Omit<EdgeDef, 'id' | 'from' | 'to'>>;

/** Why an edit was refused; nothing changed. */
export interface EditError {
	code:
		| 'unknown-node'
		| 'unknown-edge'
		| 'unknown-kind'
		| 'duplicate-id'
		| 'cycle'
		| 'kind-in-use'
		| 'self-relation'
		| 'no-backbone'
		| 'hangs-elsewhere';
	message: Text;
}

/** The outcome of an edit: the new dataset and the command that undoes it, or why it was refused. */
export type EditResult =
	{ ok: true; dataset: Dataset; inverse: EditCommand } | { ok: false; error: EditError };
