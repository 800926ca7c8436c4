/**
 * Test-only Scene factory: a small tree with every Scene field filled, Chinese and English
 * labels, all node shapes and line styles, a bundled edge, a collapsed node, emphasis, and nasty
 * text (`<script>`, `&`, quotes, a spreadsheet formula, emoji). Never imported by shipped code.
 */
import type { Lang } from '#lib/model/types.js';
import type { Scene, SceneEdge, SceneNode, ThemeTokens } from '#lib/scene/types.js';

/** Light theme tokens as the Scene pipeline resolves them. */
export const LIGHT_THEME: ThemeTokens = {
	name: 'light',
	background: '#ffffff',
	text: '#1f2328',
	mutedText: '#59636e',
	panel: '#f6f8fa',
	border: '#d1d9e0',
	focus: '#d97706',
	fontFamily:
		"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
	fontSize: 13,
	lineHeight: 18
};

interface NodeSpec {
	id: string;
	kind: string;
	x: number;
	y: number;
	zh: string[];
	en: string[];
	shape: SceneNode['shape'];
	depth: number;
	extra?: Partial<SceneNode>;
}

const KINDS: Record<string, { zh: string; en: string; fill: string; stroke: string }> = {
	centre: { zh: '中央', en: 'Centre', fill: '#fde8e8', stroke: '#b91c1c' },
	dept: { zh: '职能部门', en: 'Department', fill: '#e8f0fe', stroke: '#1d4ed8' },
	body: { zh: '党建工作机构', en: 'Work body', fill: '#fef3c7', stroke: '#b45309' },
	org: { zh: '党组织', en: 'Party organisation', fill: '#dcfce7', stroke: '#15803d' }
};

const NODES: NodeSpec[] = [
	{
		id: 'centre',
		kind: 'centre',
		x: 400,
		y: 40,
		zh: ['党中央'],
		en: ['CPC Central', 'Committee'],
		shape: 'rounded',
		depth: 0
	},
	{
		id: 'org-dept',
		kind: 'dept',
		x: 160,
		y: 170,
		zh: ['中央组织部'],
		en: ['Organization', 'Department'],
		shape: 'hexagon',
		depth: 1
	},
	{
		id: 'civil',
		kind: 'dept',
		x: 640,
		y: 170,
		zh: ['民政部'],
		en: ['Ministry of', 'Civil Affairs'],
		shape: 'rect',
		depth: 1
	},
	{
		id: 'prov-body',
		kind: 'body',
		x: 400,
		y: 170,
		zh: ['省级社会组织', '党建工作机构'],
		en: ['Provincial', 'work body'],
		shape: 'pill',
		depth: 1
	},
	{
		id: 'nasty',
		kind: 'org',
		x: 250,
		y: 300,
		zh: ['<script>alert("x")</script>', '& "引号" \'单\''],
		en: ['<script>alert("x")</script>', '& "quotes" \'single\''],
		shape: 'ellipse',
		depth: 2
	},
	{
		id: 'formula',
		kind: 'org',
		x: 550,
		y: 300,
		zh: ['=SUM(1) 🚩 协会'],
		en: ['=SUM(1) 🚩 Association'],
		shape: 'rounded',
		depth: 2,
		extra: { collapsed: true, hidden: 12, hiddenByKind: { org: 12 }, hasChildren: true, emphasis: 'dim' }
	},
	{
		id: 'county',
		kind: 'body',
		x: 400,
		y: 430,
		zh: ['县级党建工作机构'],
		en: ['County work body'],
		shape: 'rounded',
		depth: 3,
		extra: { emphasis: 'highlight' }
	}
];

const EDGE_KINDS: Record<
	string,
	{ zh: string; en: string; color: string; style: SceneEdge['style']; dash: string; backbone: boolean }
> = {
	lead: { zh: '领导', en: 'Leads', color: '#b91c1c', style: 'solid', dash: '', backbone: true },
	guide: { zh: '指导', en: 'Guides', color: '#1d4ed8', style: 'dashed', dash: '8 5', backbone: false },
	rely: { zh: '依托', en: 'Relies on', color: '#15803d', style: 'dotted', dash: '2 4', backbone: false },
	supervise: {
		zh: '监督管理',
		en: 'Supervises',
		color: '#7c3aed',
		style: 'double',
		dash: '',
		backbone: false
	}
};

const EDGES: { id: string; kind: string; from: string; to: string; count?: number }[] = [
	{ id: 'e1', kind: 'lead', from: 'centre', to: 'org-dept' },
	{ id: 'e2', kind: 'lead', from: 'centre', to: 'civil' },
	{ id: 'e3', kind: 'lead', from: 'centre', to: 'prov-body' },
	{ id: 'e4', kind: 'lead', from: 'prov-body', to: 'nasty' },
	{ id: 'e5', kind: 'lead', from: 'prov-body', to: 'formula' },
	{ id: 'e6', kind: 'lead', from: 'nasty', to: 'county' },
	{ id: 'e7', kind: 'guide', from: 'org-dept', to: 'prov-body' },
	{ id: 'e8', kind: 'rely', from: 'prov-body', to: 'civil' },
	{ id: 'e9', kind: 'supervise', from: 'civil', to: 'formula', count: 3 }
];

const WIDTH = 170;

/** Box height as the pipeline's `nodeBox` sizes it: padding, the kind line, 18 per label line. */
const height = (lines: number) => 8 * 2 + 14 + lines * 18;

/** A node of the fixture at its place. */
function sceneNode(spec: NodeSpec, lang: Lang): SceneNode {
	const kind = KINDS[spec.kind];
	return {
		id: spec.id,
		kind: spec.kind,
		x: spec.x,
		y: spec.y,
		width: WIDTH,
		height: height(Math.max(spec.zh.length, spec.en.length)),
		shape: spec.shape,
		fill: kind.fill,
		stroke: kind.stroke,
		textColor: '#1f2328',
		lines: lang === 'zh' ? spec.zh : spec.en,
		kindLabel: kind[lang],
		fontSize: 13,
		provenance: spec.id === 'nasty' ? 'user' : 'primary',
		hasChildren: NODES.some((n) => n.depth > spec.depth),
		collapsed: false,
		hidden: 0,
		hiddenByKind: {},
		depth: spec.depth,
		emphasis: 'normal',
		...spec.extra
	};
}

/** A routed edge: a vertical elbow between box edges for tree links, a straight line otherwise. */
function sceneEdge(e: (typeof EDGES)[number], nodes: SceneNode[], lang: Lang): SceneEdge {
	const a = nodes.find((n) => n.id === e.from)!;
	const b = nodes.find((n) => n.id === e.to)!;
	const kind = EDGE_KINDS[e.kind];
	const count = e.count ?? 1;
	let points: [number, number][];
	if (b.y > a.y) {
		const y0 = a.y + a.height / 2;
		const y1 = b.y - b.height / 2;
		const ym = (y0 + y1) / 2;
		points = [
			[a.x, y0],
			[a.x, ym],
			[b.x, ym],
			[b.x, y1]
		];
	} else {
		const dir = Math.sign(b.x - a.x);
		points = [
			[a.x + (dir * a.width) / 2, a.y],
			[b.x - (dir * b.width) / 2, b.y]
		];
	}
	const mid = points[Math.floor(points.length / 2)];
	const prev = points[Math.floor(points.length / 2) - 1];
	return {
		id: e.id,
		kind: e.kind,
		from: e.from,
		to: e.to,
		points: points.flat(),
		color: kind.color,
		style: kind.style,
		dash: kind.dash,
		width: kind.backbone ? 1.5 : 1.25,
		backbone: kind.backbone,
		count,
		rerouted: count > 1 ? 'to' : '',
		label: count > 1 ? `${kind[lang]} ×${count}` : kind.backbone ? '' : kind[lang],
		labelX: (mid[0] + prev[0]) / 2,
		labelY: (mid[1] + prev[1]) / 2,
		emphasis: e.id === 'e6' ? 'highlight' : 'normal'
	};
}

/**
 * The fixture Scene in a language: seven nodes in four tiers, nine edges in four relation kinds,
 * and a legend below the drawing.
 */
export function fixtureScene(lang: Lang = 'zh'): Scene {
	const nodes = NODES.map((n) => sceneNode(n, lang));
	const edges = EDGES.map((e) => sceneEdge(e, nodes, lang));
	const xs = nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
	const ys = nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2]);
	const bounds = {
		x: Math.min(...xs),
		y: Math.min(...ys),
		width: Math.max(...xs) - Math.min(...xs),
		height: Math.max(...ys) - Math.min(...ys)
	};
	return {
		lang,
		title: lang === 'zh' ? '社会组织党建工作管理链条' : 'Party building in social organisations',
		sourceLine:
			lang === 'zh'
				? '来源：《关于加强社会组织党的建设工作的意见（试行）》（2015）'
				: 'Source: Opinions on Party building in social organisations (trial, 2015)',
		asOf: '2016-01-01',
		theme: LIGHT_THEME,
		bounds,
		nodes,
		edges,
		legend: {
			box: { x: bounds.x, y: bounds.y + bounds.height + 40, width: bounds.width, height: 110 },
			title: lang === 'zh' ? '图例' : 'Legend',
			nodes: Object.entries(KINDS).map(([kind, k]) => ({
				kind,
				label: k[lang],
				fill: k.fill,
				stroke: k.stroke,
				shape: NODES.find((n) => n.kind === kind)!.shape,
				count: NODES.filter((n) => n.kind === kind).length
			})),
			edges: Object.entries(EDGE_KINDS).map(([kind, k]) => ({
				kind,
				label: k[lang],
				color: k.color,
				style: k.style,
				dash: k.dash,
				count: EDGES.filter((e) => e.kind === kind).reduce((s, e) => s + (e.count ?? 1), 0),
				visible: true
			})),
			provenance: []
		}
	};
}

/** Every label line of the fixture in a language, for "the labels come back" checks. */
export function fixtureLabels(lang: Lang): string[] {
	return NODES.flatMap((n) => (lang === 'zh' ? n.zh : n.en));
}
