/**
 * A chart cut into pages a person can read, as one would build a briefing by hand: the whole
 * chart on one page when it fits at the readable size; otherwise an overview of its upper levels
 * (branches collapsed, with their counts), then the branches, each re-laid out for the page's
 * shape and scaled to fill it, small ones grouped on one page, big ones cut again the same way.
 * A collapsed box whose branch continues on another page names that page.
 */
import type { Dataset, Lang, ViewState } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { buildScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Scene } from '#lib/scene/types.js';
import { deckForest, pageDataset, shownKids, within, type DeckForest } from './deck-forest.js';
import { branchHeading } from './deck-text.js';
import { inRuns, MEND_TRIES, MIN_BOXES, numbered, rebalance, type Run } from './deck-runs.js';
import {
	drawnOn,
	numberLinks,
	offPageLinks,
	stubRoom,
	type OffPageLink,
	type PlannedLink
} from './deck-links.js';
import { drawingAspect, pageLayout, PAGE_MARGIN, titleFits } from './page-layout.js';
import { minScale, type PageSpec } from './readable.js';
import { singlePage } from './deck-single.js';

/** One page of a deck. */
export interface DeckPage {
	scene: Scene;
	/** The page's heading. */
	title: string;
	/** Node id → the number (from 1) of the page its branch continues on. */
	continued: Record<string, number>;
	/** Speaker notes (a story step's note). */
	notes?: string;
	/** Relations from its nodes to nodes drawn on other pages, drawn as stubs. */
	offPage?: OffPageLink[];
}

/** `readable` cuts only what does not fit; `single` keeps one page; `branches` always cuts. */
export type DeckMode = 'readable' | 'single' | 'branches';

/** What a deck is planned for. */
export interface DeckRequest {
	spec: PageSpec;
	mode?: DeckMode;
	/** Heading of the first page, and the stem of the others'. */
	title?: string;
	/** Options of every page's Scene (source line, highlight). */
	scene?: SceneOptions;
	/** Only these node ids are drawn: what a story step frames. */
	only?: ReadonlySet<string>;
}

/** A page before its number is known. */
interface Planned {
	roots: number[];
	scene: Scene;
	title: string;
	/** The nodes it draws. */
	drawn: number[];
	/** Drawn nodes whose branch goes on on other pages. */
	frontier: number[];
	/** Relations at its nodes whose other ends are on other pages. */
	links: PlannedLink[];
}

/** A page of some branches, with the tops it draws. */
type Group = Run<Planned>;

/** What the branches under some tops come to: a group's page, or the pages of a branch cut again. */
type Entry = Group | { pages: Planned[] };

/** The smallest area a box takes, in scene units squared, to rule pages out without laying them out. */
const MIN_BOX_AREA = 96 * 48;

/** Plans the pages of a dataset in a view for a page spec. */
export function planDeck(dataset: Dataset, view: ViewState, request: DeckRequest): DeckPage[] {
	if (request.mode === 'single' && !request.only) return [singlePage(dataset, view, request)];
	const data = view.asOf ? datasetAsOf(dataset, view.asOf) : dataset;
	const forest = deckForest(data, view, request.only);
	const planner = new Planner(forest, view, request);
	const planned = planner.plan(forest.roots, request.mode ?? 'readable');
	const pageOf = drawnOn(planned);
	return planned.map((p, at) => ({
		scene: p.scene,
		title: p.title,
		continued: Object.fromEntries(
			p.frontier
				.filter((f) => pageOf.get(f) !== at + 1 && pageOf.has(f))
				.map((f) => [forest.data.nodes[f].id, pageOf.get(f)!])
		),
		offPage: numberLinks(forest, p.links, (i) => pageOf.get(i)!, view)
	}));
}

class Planner {
	readonly #forest: DeckForest;
	readonly #view: ViewState;
	readonly #request: DeckRequest;
	readonly #lang: Lang;
	readonly #aspect: number;
	readonly #room: number;
	readonly #title: string;

	constructor(forest: DeckForest, view: ViewState, request: DeckRequest) {
		this.#forest = forest;
		this.#view = { ...view, camera: undefined };
		this.#request = request;
		this.#lang = view.lang ?? 'zh';
		this.#aspect = drawingAspect(request.spec);
		const { width, height } = request.spec;
		this.#room = (width - 2 * PAGE_MARGIN) * (height - 2 * PAGE_MARGIN) * 0.6;
		this.#title = request.title ?? forest.data.title[this.#lang];
	}

	/** The pages of the branches under `roots`, in reading order. */
	plan(roots: number[], mode: DeckMode): Planned[] {
		const whole = within(this.#forest, roots);
		if (mode === 'single') return [this.#page(roots, whole, this.#title, false)!];
		if (mode === 'readable') {
			const page = this.#page(roots, whole, this.#title);
			if (page) return [page];
		}
		return this.#cut(roots, this.#title, mode === 'branches' ? 1 : Infinity);
	}

	/** An overview of `roots` and the pages of the branches it leaves collapsed. */
	#cut(roots: number[], title: string, maxDepth = Infinity): Planned[] {
		const overview = this.#overview(roots, title, maxDepth);
		const frontier = overview.flatMap((p) => p.frontier);
		return [...overview, ...this.#branches(overview.length ? frontier : roots)];
	}

	/**
	 * The deepest view of the upper levels (to `maxDepth`) that fits one page; a single root with
	 * more children than fit shows them over several pages.
	 */
	#overview(roots: number[], title: string, maxDepth: number): Planned[] {
		let best: Planned | undefined;
		for (let depth = roots.length > 1 ? 0 : 1; depth <= maxDepth; depth++) {
			const drawn = within(this.#forest, roots, depth);
			if (depth > 0 && drawn.length === within(this.#forest, roots, depth - 1).length) break;
			const page = this.#page(roots, drawn, title);
			if (!page) break;
			best = page;
		}
		if (best) return [maxDepth === Infinity ? this.#absorb(best, title) : best];
		if (roots.length > 1) return this.#topRuns(roots, title);
		return this.#chunks(roots[0], title);
	}

	/**
	 * An overview with the small branches at its edge (fewer than {@link MIN_BOXES} boxes) opened
	 * on it as far as they fit, rather than left for pages of two or three boxes.
	 */
	#absorb(overview: Planned, title: string): Planned {
		let best = overview;
		for (const f of overview.frontier) {
			const branch = within(this.#forest, [f]);
			if (branch.length >= MIN_BOXES) continue;
			const page = this.#page(best.roots, [...best.drawn, ...branch.slice(1)], title);
			if (page) best = page;
		}
		return best;
	}

	/**
	 * A root with its children split over as many pages as they need; a last page left with fewer
	 * than {@link MIN_BOXES} boxes takes children from the page before.
	 */
	#chunks(root: number, title: string): Planned[] {
		const chunk = (kids: number[], readable = true) => this.#page([root], [root, ...kids], title, readable);
		return numbered(
			inRuns(shownKids(this.#forest, root), chunk, (k) => k.length + 1),
			title,
			this.#lang
		);
	}

	/**
	 * Tops too many to stand side by side on one page (the English names of the built-in chart's
	 * six): as many a page as fit, in order, so that the deck still opens on the whole chart and
	 * under its title.
	 */
	#topRuns(tops: number[], title: string): Planned[] {
		const run = (items: number[], readable = true) => this.#page(items, items, title, readable);
		return numbered(
			inRuns(tops, run, (t) => t.length),
			title,
			this.#lang
		);
	}

	/**
	 * The pages of branches: small ones grouped while they fit together, big ones cut again. Lone
	 * boxes (tops without branches) come last. Groups left with fewer than {@link MIN_BOXES}
	 * boxes are mended (see {@link #mend}).
	 */
	#branches(tops: number[]): Planned[] {
		const lone = (t: number) => shownKids(this.#forest, t).length === 0;
		const entries: Entry[] = [];
		let open: Group | undefined;
		for (const top of [...tops.filter((t) => !lone(t)), ...tops.filter(lone)]) {
			const both = open && this.#group([...open.items, top]);
			if (both) {
				open = { items: [...open!.items, top], page: both };
				continue;
			}
			if (open) entries.push(open);
			const alone = this.#group([top]);
			open = alone && { items: [top], page: alone };
			if (!alone) entries.push({ pages: this.#cut([top], this.#headingOf([top])) });
		}
		if (open) entries.push(open);
		this.#mend(entries);
		return entries.flatMap((e) => ('page' in e ? [e.page] : e.pages));
	}

	/**
	 * Each group of fewer than {@link MIN_BOXES} boxes joins the nearest group it fits with, or
	 * else takes branches from the group before it.
	 */
	#mend(entries: Entry[]): void {
		const groups = (e: Entry): e is Group => 'page' in e;
		for (let i = 0; i < entries.length; i++) {
			const small = entries[i];
			if (!groups(small) || this.#boxes(small.items) >= MIN_BOXES) continue;
			const near = entries
				.map((e, j) => ({ e, j }))
				.filter(({ e, j }) => j !== i && groups(e))
				.sort((a, b) => Math.abs(a.j - i) - Math.abs(b.j - i))
				.slice(0, MEND_TRIES);
			const join = near.find(({ e, j }) => {
				const items =
					j < i ? [...(e as Group).items, ...small.items] : [...small.items, ...(e as Group).items];
				const page = this.#group(items);
				if (page) entries[j] = { items, page };
				return page;
			});
			if (join) {
				entries.splice(i--, 1);
				continue;
			}
			const prev = entries[i - 1];
			const mended =
				prev && groups(prev)
					? rebalance(
							prev.items,
							small.items,
							(t) => this.#group(t),
							(t) => this.#boxes(t)
						)
					: undefined;
			if (mended) entries.splice(i - 1, 2, ...mended);
		}
	}

	/** The page of whole branches under `tops`, or undefined when they do not fit it readably. */
	#group(tops: number[]): Planned | undefined {
		return this.#page(tops, within(this.#forest, tops));
	}

	/** How many boxes the branches under `tops` draw. */
	#boxes(tops: number[]): number {
		return within(this.#forest, tops).length;
	}

	/** The heading of the page of some branches (see {@link branchHeading}). */
	#headingOf(roots: number[]): string {
		const names = roots.map((r) => {
			const label = this.#forest.data.nodes[r].label;
			return label[this.#lang] || label.zh;
		});
		return branchHeading(names, this.#title, this.#lang, (text) => titleFits(text, this.#request.spec));
	}

	/**
	 * The page drawing `drawn` under `roots`, or undefined when it cannot be read at the spec's
	 * sizes (unless `readable` is false).
	 */
	#page(roots: number[], drawn: number[], title?: string, readable = true): Planned | undefined {
		const { spec } = this.#request;
		const probe = minScale(SIZE_PROBE, spec);
		if (readable && drawn.length * MIN_BOX_AREA * probe * probe > this.#room) return undefined;
		const set = new Set(drawn);
		const { dataset, expanded } = pageDataset(this.#forest, roots, set);
		const heading = title ?? this.#headingOf(roots);
		const frontier = drawn.filter((i) => {
			const kids = shownKids(this.#forest, i);
			return kids.length > 0 && !kids.some((k) => set.has(k));
		});
		const links = offPageLinks(this.#forest, drawn, frontier);
		const reserve = links.length ? stubRoom(this.#forest, drawn, links, this.#lang) : undefined;
		const scene = buildScene(
			dataset,
			{ ...this.#view, expanded },
			{ ...this.#request.scene, title: heading, aspect: this.#aspect, compact: true, reserve }
		);
		if (readable && pageLayout(scene, spec, heading, 'x').s < minScale(scene, spec) - 1e-9) return undefined;
		return { roots, scene, title: heading, drawn, frontier, links };
	}
}

/** A stand-in Scene for the default theme's sizes, to rule out pages before building them. */
const SIZE_PROBE = { theme: { fontSize: 13 } } as Scene;
