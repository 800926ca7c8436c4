/**
 * The `tiaokuai/1` data format: a dataset carries its own registry of node and relation kinds,
 * the nodes and edges, the source documents they cite, and named views (story steps).
 * Dates are ISO calendar dates (`YYYY-MM-DD`); a validity interval includes `from` and excludes `to`.
 */

/** The format tag every dataset carries. */
export const FORMAT = 'tiaokuai/1';

/** The two languages every label exists in: Chinese first, English always. */
export type Lang = 'zh' | 'en';

/** A bilingual string. */
export interface Text {
	zh: string;
	en: string;
}

/**
 * Where a fact comes from: the primary text, another named source, a reading of a text that the
 * text does not state in so many words (`interpretive`, e.g. a pairwise relation read out of a list
 * of roles), or the user.
 */
export type Provenance = 'primary' | 'secondary' | 'interpretive' | 'user';

/** Every provenance, in the order legends and filters list them. */
export const PROVENANCES: readonly Provenance[] = ['primary', 'secondary', 'interpretive', 'user'];

/**
 * When a node or edge is part of the structure: `from` inclusive, `to` exclusive; open ends are
 * unbounded. `approximate` names the ends whose date is a representative or reported date rather
 * than a settled one (e.g. local reforms that took place over months, place by place).
 */
export interface Validity {
	from?: string;
	to?: string;
	approximate?: ('from' | 'to')[];
}

/**
 * A pointer into a source document, with a short verbatim quote from the cited clause. For a source
 * whose clauses carry a `translation`, `translation` is the same passage quoted verbatim from it.
 */
export interface Citation {
	source: string;
	clause: string;
	quote: string;
	translation?: string;
}

/** Shapes a node kind can be drawn with. */
export type NodeShape = 'rect' | 'rounded' | 'pill' | 'hexagon' | 'ellipse';

/** Line styles a relation kind can be drawn with. */
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double';

/** A kind of node: its place in the hierarchy and how it looks. */
export interface NodeKind {
	id: string;
	label: Text;
	/** 0 = the centre; larger numbers are further down the chain. */
	tier?: number;
	color: string;
	shape: NodeShape;
	description?: Text;
}

/** The name of one level of the hierarchy, e.g. 0 = 中央 / Central. */
export interface TierDef {
	tier: number;
	label: Text;
}

/** A kind of relation. Edges run from the leading / guiding / relied-on side (`from`) to the other (`to`). */
export interface EdgeKind {
	id: string;
	/** A noun for the legend, e.g. 统一领导和管理 / Leadership and management. */
	label: Text;
	/** The verb as the source text says it, e.g. 指导 / guides. */
	verb: Text;
	style: LineStyle;
	color: string;
	/** True for the one kind that forms the default backbone tree: at most one parent per node per date. */
	backbone: boolean;
	/** True for kinds that can serve as the backbone when the user switches it (parent → child relations). */
	hierarchical: boolean;
}

/** A duty a node carries, optionally with the citation that establishes it. */
export interface Duty {
	text: Text;
	cite?: Citation;
}

/** A region a node belongs to: an administrative division code and its name. */
export interface Region {
	code: string;
	name: Text;
}

/** Free key/values a user attaches to a node. */
export type Attrs = Record<string, string | number | boolean>;

/** A unit in the chain. */
export interface NodeDef {
	id: string;
	kind: string;
	label: Text;
	tier?: number;
	region?: Region;
	duties?: Duty[];
	attrs?: Attrs;
	cites: Citation[];
	valid?: Validity;
	provenance: Provenance;
	/** Marks generated example data (sample grassroots organisations). */
	sample?: boolean;
}

/** A typed relation between two nodes. */
export interface EdgeDef {
	id: string;
	kind: string;
	from: string;
	to: string;
	label?: Text;
	cites: Citation[];
	valid?: Validity;
	provenance: Provenance;
}

/**
 * One clause of a source document. `text` is verbatim in the document's language. A secondary
 * source's clauses are our summaries: `translation` gives the same summary in the other language,
 * so each page shows it in its own language.
 */
export interface Clause {
	id: string;
	heading: Text;
	text: string;
	translation?: string;
}

/** A document the dataset cites, split into clauses. */
export interface Source {
	id: string;
	title: Text;
	kind: 'primary' | 'secondary';
	issuer?: Text;
	date?: string;
	/** A note shown with the text, e.g. that the available copy ends inside clause 6. */
	note?: Text;
	lang: Lang;
	clauses: Clause[];
}

/** How the chart is laid out. */
export type LayoutKind = 'tree-tb' | 'tree-lr' | 'radial' | 'layered';

/** The part of the explorer's state a view (story step, URL, embed) reproduces. */
export interface ViewState {
	focus?: string;
	/** Ids of expanded nodes; `'all'` expands everything. */
	expanded?: string[] | 'all';
	/** Relation kinds shown; absent means all. */
	layers?: string[];
	backbone?: string;
	layout?: LayoutKind;
	asOf?: string;
	lang?: Lang;
	theme?: 'light' | 'dark';
	camera?: { x: number; y: number; k: number };
}

/** A named view: a step of a story. */
export interface View {
	id: string;
	title: Text;
	note?: Text;
	state: ViewState;
}

/** The kinds registry. */
export interface Kinds {
	nodes: NodeKind[];
	edges: EdgeKind[];
	/** Names of the levels, so no screen says "level 3"; a tier without a name falls back to its number. */
	tiers?: TierDef[];
}

/** A whole dataset in the `tiaokuai/1` format. */
export interface Dataset {
	format: typeof FORMAT;
	id: string;
	title: Text;
	description?: Text;
	kinds: Kinds;
	nodes: NodeDef[];
	edges: EdgeDef[];
	sources: Source[];
	views?: View[];
}

/** One thing wrong with an input, located by a path such as `nodes[12].kind` or `line 40, column parent`. */
export interface Problem {
	path: string;
	/** What is wrong, in English (for logs, scripts and the command line). */
	message: string;
	/** The same in both languages, for people (the page shows the reader's). */
	text: Text;
	/** Set by importers: the file the problem is in. */
	file?: string;
	/** Set by importers: 1-based line or row. */
	line?: number;
	/** Set by importers: the column or field name. */
	field?: string;
}
