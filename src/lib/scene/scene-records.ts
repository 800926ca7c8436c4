/**
 * Writes a Scene as records, node by node and line by line (see write-scene.ts): the form the SVG
 * view, the exporters and the server read. Each record is a copy of the reused one it is given,
 * with its fields in the same order as the packed Scene's records (pack-scene.ts `unpackScene`),
 * so both forms of one Scene are equal and serialise alike.
 */
import type { Scene, SceneEdge, SceneHead, SceneNode } from './types.js';
import type { RouteColumn } from './route-column.js';
import type { LineRecord, SceneSink } from './write-scene.js';

/** A {@link SceneSink} that makes the records of a Scene. */
export class SceneRecords implements SceneSink<Scene> {
	readonly #nodes: SceneNode[];
	readonly #edges: SceneEdge[] = [];
	#count = 0;

	/** @param nodes how many nodes will be written */
	constructor(nodes: number) {
		this.#nodes = new Array<SceneNode>(nodes);
	}

	node(n: SceneNode): void {
		this.#nodes[this.#count++] = {
			id: n.id,
			kind: n.kind,
			x: n.x,
			y: n.y,
			width: n.width,
			height: n.height,
			shape: n.shape,
			fill: n.fill,
			stroke: n.stroke,
			textColor: n.textColor,
			lines: n.lines,
			kindLabel: n.kindLabel,
			fontSize: n.fontSize,
			provenance: n.provenance,
			hasChildren: n.hasChildren,
			collapsed: n.collapsed,
			hidden: n.hidden,
			hiddenByKind: n.hiddenByKind,
			depth: n.depth,
			emphasis: n.emphasis
		};
	}

	edge(e: LineRecord, from: number, to: number, routes: RouteColumn, line: number): void {
		const control = routes.controlOf(line);
		this.#edges.push({
			id: e.id,
			kind: e.kind,
			from: this.#nodes[from].id,
			to: this.#nodes[to].id,
			points: Array.from(routes.points(line)),
			...(control && { control }),
			color: e.color,
			style: e.style,
			dash: e.dash,
			width: e.width,
			backbone: e.backbone,
			count: e.count,
			rerouted: e.rerouted,
			label: e.label,
			labelX: e.labelX,
			labelY: e.labelY,
			emphasis: e.emphasis
		});
	}

	finish(head: SceneHead): Scene {
		return { ...head, nodes: this.#nodes, edges: this.#edges };
	}
}
