/**
 * Test- and bench-only: a synthetic Scene of `n` nodes in a wide tree (a root, branches of 50),
 * for size and speed checks. Never imported by shipped code.
 */
import type { Scene, SceneEdge, SceneNode } from '#lib/scene/types.js';
import { LIGHT_THEME } from './scene.js';

const W = 150;
const H = 56;

/** A Scene with `n` nodes laid out `perRow` to a row, each linked to the node of the row above. */
export function syntheticScene(n: number, perRow = 100): Scene {
	const nodes: SceneNode[] = [];
	const edges: SceneEdge[] = [];
	for (let i = 0; i < n; i++) {
		const row = Math.floor(i / perRow);
		const col = i % perRow;
		const x = col * (W + 30) + W / 2;
		const y = row * (H + 60) + H / 2;
		nodes.push({
			id: `n${i}`,
			kind: row === 0 ? 'body' : 'org',
			x,
			y,
			width: W,
			height: H,
			shape: i % 3 === 0 ? 'rounded' : i % 3 === 1 ? 'rect' : 'pill',
			fill: row % 2 ? '#dcfce7' : '#fef3c7',
			stroke: row % 2 ? '#15803d' : '#b45309',
			textColor: '#1f2328',
			lines: [`第${i}号社会组织`, `Org ${i}`],
			kindLabel: '党组织',
			fontSize: 13,
			provenance: 'secondary',
			hasChildren: row > 0,
			collapsed: false,
			hidden: 0,
			hiddenByKind: {},
			depth: row,
			emphasis: 'normal'
		});
		if (row > 0) {
			const parent = i - perRow;
			const py = y - H - 60 + H / 2;
			edges.push({
				id: `e${i}`,
				kind: 'lead',
				from: `n${parent}`,
				to: `n${i}`,
				points: [x, py, x, y - H / 2],
				color: '#b91c1c',
				style: i % 7 === 0 ? 'dashed' : 'solid',
				dash: i % 7 === 0 ? '6 4' : '',
				width: 1.25,
				backbone: true,
				count: 1,
				rerouted: '',
				label: '',
				labelX: x,
				labelY: y - H,
				emphasis: 'normal'
			});
		}
	}
	const cols = Math.min(n, perRow);
	const rows = Math.ceil(n / perRow);
	const bounds = { x: 0, y: 0, width: cols * (W + 30) - 30, height: rows * (H + 60) - 60 };
	return {
		lang: 'zh',
		title: `合成图 ${n} 个节点`,
		sourceLine: '来源：合成数据',
		theme: LIGHT_THEME,
		bounds,
		nodes,
		edges,
		legend: {
			box: { x: 0, y: bounds.height + 40, width: 600, height: 80 },
			title: '图例',
			nodes: [
				{ kind: 'org', label: '党组织', fill: '#dcfce7', stroke: '#15803d', shape: 'rounded', count: n }
			],
			edges: [
				{
					kind: 'lead',
					label: '领导',
					color: '#b91c1c',
					style: 'solid',
					dash: '',
					count: edges.length,
					visible: true
				}
			],
			provenance: []
		}
	};
}
