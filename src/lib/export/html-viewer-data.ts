/**
 * The data a standalone HTML file carries for its viewer (`<script id="tk-data">`): written by
 * `exportHtml`, read by the viewer (`src/lib/standalone/html-viewer.ts`), so both agree on it.
 */

/** The viewer's words in one language. */
export interface ViewerWords {
	zoomIn: string;
	zoomOut: string;
	reset: string;
	close: string;
	id: string;
	provenance: string;
	hidden: string;
	relations: string;
	collapse: string;
	expand: string;
	hint: string;
	provenances: Record<string, string>;
}

/** A node as the viewer needs it; `x`, `y` its centre in the drawing's viewBox. */
export interface ViewerNode {
	id: string;
	kind: string;
	kindLabel: string;
	x: number;
	y: number;
	lines: string[];
	provenance: string;
	hidden: number;
	hiddenByKind?: unknown;
}

/** A drawn relation; backbone relations make the branches the viewer folds. */
export interface ViewerEdge {
	id: string;
	kind: string;
	from: string;
	to: string;
	label?: string;
	count: number;
	backbone: boolean;
	/** What the ring on a rerouted end says ('（经下级）', ' (via sub-units)'); '' for other lines. */
	via: string;
}

/** Everything the viewer reads. */
export interface ViewerData {
	ui: ViewerWords;
	nodes: ViewerNode[];
	edges: ViewerEdge[];
	/** Relation kind → its label in the file's language. */
	edgeKinds: Record<string, string>;
}
