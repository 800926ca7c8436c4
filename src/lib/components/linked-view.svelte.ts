import type { ViewState } from '#lib/model/types.js';
import type { Camera } from '#lib/scene/camera.js';
import type { NodeFilter } from '#lib/scene/filter.js';
import { nearestDateIn } from '#lib/model/date-stops.js';
import { dateImpliedBy } from '#lib/model/dates.js';
import { drawnView, linkToShare, sameView, type ExplorerLink } from './explorer-link.js';

/**
 * The explorer's view as one piece of state, the link (see ExplorerLink), and everything read
 * from it: the view the Scene is drawn from, the date shown, the selection, the camera, trace
 * and compare mode, the filter, and the link an address reproduces. The address, stories and
 * controls set the link; nothing else holds a part of the view.
 */
export abstract class LinkedView {
	/**
	 * The view whole, as a link decodes it (see ExplorerLink): the one piece of state that the
	 * address, stories and controls set. The drawn view, the selection, the camera, the filter,
	 * trace and compare mode and the date shown are all read from it.
	 */
	link = $state.raw<ExplorerLink>({});
	/**
	 * The date shown when a view names none (today, on the explorer page): "all dates" is then a
	 * choice a link spells out. Undefined where all dates are the default (the editor).
	 */
	readonly openOn: string | undefined;
	/** The date shown only because the link names none (see dateImpliedBy). */
	impliedDate: string | undefined = $derived.by(() => dateImpliedBy(this.link, this.openOn));
	/** Said once after a jump to a node that did not exist on the date shown: where the date went. */
	dateMove = $state.raw<{ id: string; from: string; to: string } | null>(null);
	/**
	 * The expanded set the explorer chose for the opening frame (see StageFraming), shown while
	 * the link names none and left out of the address as a camera the explorer chose is: the same
	 * link opens readably on any screen.
	 */
	opening = $state.raw<string[] | undefined>(undefined);
	/** The last view drawn, kept so a change of the link elsewhere (camera, focus) draws nothing again. */
	#drawn: ViewState | undefined;
	/** The view state the Scene is drawn from (see drawnView); the same object while it names the same things. */
	view: ViewState = $derived.by(() => {
		const next = drawnView(this.link, this.impliedDate, this.opening);
		if (!sameView(this.#drawn, next)) this.#drawn = next;
		return this.#drawn!;
	});
	/** The link's focus while the dataset has that node: an editor's step may remove it. */
	#focus = $derived(
		this.link.focus !== undefined && this.nodeOf(this.link.focus) !== undefined ? this.link.focus : null
	);
	#filter = $derived(this.link.filter ?? NO_FILTER);
	/**
	 * The link as an address reproduces it (see linkToShare): what the page writes to the address.
	 * A camera is a place in the drawing it was taken in, so with it goes the opening's expanded
	 * set, which the address otherwise leaves out: without it the link reopened on another drawing.
	 */
	shared: ExplorerLink = $derived.by(() => {
		const shared = linkToShare(this.link, this.selected, this.openOn);
		if (shared.camera && shared.expanded === undefined && this.opening) shared.expanded = this.opening;
		return shared;
	});

	/**
	 * The view as the reader sees it, spelled out where the address leaves it implied: the date
	 * shown and the expanded set drawn, which another page (a copy's editor, without today's date
	 * to open on or this screen's opening) would not choose alike. Without the camera, a place in
	 * this stage: the other page frames the selection or the chart in its own.
	 */
	get seen(): ExplorerLink {
		const { camera: _camera, ...seen } = this.shared;
		const { asOf, expanded } = this.view;
		if (asOf !== undefined) seen.asOf = asOf;
		if (expanded !== undefined) seen.expanded = expanded;
		return seen;
	}

	/** The selected node: the link's focus. */
	get selected(): string | null {
		return this.#focus;
	}
	set selected(id: string | null) {
		this.update({ focus: id ?? undefined });
	}
	/**
	 * Where the reader has moved the chart, as the address keeps it; undefined while the chart
	 * is framed automatically (fitted, or on a link's focus), so such a link fits any screen.
	 */
	get camera(): Camera | undefined {
		return this.link.camera;
	}
	set camera(camera: Camera | undefined) {
		this.update({ camera });
	}
	/** Trace mode: the selected node's chains are highlighted and the rest dimmed. */
	get tracing(): boolean {
		return this.link.trace === true;
	}
	set tracing(on: boolean) {
		this.update({ trace: on || undefined });
	}
	/** The filter by node kind, tier and provenance. */
	get filter(): NodeFilter {
		return this.#filter;
	}
	set filter(filter: NodeFilter) {
		this.update({ filter });
	}
	/** In compare mode, the other date the view's as-of date is compared with, earlier or later. */
	get compare(): string | undefined {
		return this.link.compare;
	}
	set compare(date: string | undefined) {
		this.update({ compare: date });
	}

	/** @param openOn the date shown when a link names none (see {@link openOn}). */
	constructor(openOn: string | undefined) {
		this.openOn = openOn;
	}

	/** A node of the dataset, with the dates it exists on; undefined for an id it lacks. */
	protected abstract nodeOf(id: string): { valid?: { from?: string; to?: string } } | undefined;

	/**
	 * Shows the structure on `date` as the reader chose it (a link will carry it), or on all dates.
	 */
	chooseDate(date: string | undefined): void {
		this.dateMove = null;
		this.update({ asOf: date, allDates: date === undefined || undefined });
	}

	/**
	 * Shows a link's view whole. A link that names no date but focuses a node that does not
	 * exist on the opening date opens on the nearest date it does, and says so.
	 */
	showLink(link: ExplorerLink): void {
		this.dateMove = null;
		const implied = dateImpliedBy(link, this.openOn);
		const valid = link.focus === undefined ? undefined : this.nodeOf(link.focus)?.valid;
		const near = implied === undefined ? undefined : nearestDateIn(valid, implied);
		if (implied !== undefined && near !== implied) {
			this.dateMove = { id: link.focus!, from: implied, to: near! };
			link = { ...link, asOf: near };
		}
		this.link = link;
	}

	/**
	 * Shows a view state, as a story step does: language and theme stay unless it sets them,
	 * and so do compare mode, the filter, trace mode and the camera. Its date is its own, chosen:
	 * all dates when it names none.
	 */
	showView({ camera: _camera, ...view }: ViewState): void {
		const { lang, theme, compare, filter, trace, camera } = this.link;
		this.link = {
			lang,
			theme,
			...view,
			compare,
			filter,
			trace,
			camera,
			allDates: view.asOf === undefined || undefined
		};
	}

	/** Replaces part of the link. */
	update(patch: Partial<ExplorerLink>): void {
		this.link = { ...this.link, ...patch };
	}
}

/** No filter: every node kept. */
const NO_FILTER: NodeFilter = {};
