import type { Dataset, Problem, Text } from '#lib/model/types.js';
import type { DiffSummary } from '#lib/model/dataset-diff.js';
import { apiErrorBody } from './error-body.js';

/** One entry of a chart's history. */
export interface RevisionInfo {
	rev: number;
	author: string;
	message: string;
	createdAt: string;
	summary?: DiffSummary;
}

/** A chart at one revision, as `GET /api/charts/:id` answers. */
export interface ChartRecord {
	id: string;
	title: string;
	rev: number;
	/** The newest revision; equals `rev` unless an older one was asked for. */
	headRev: number;
	/** True for built-in datasets, which nobody can change. */
	readOnly: boolean;
	revision?: RevisionInfo;
	dataset: Dataset;
}

/** What `POST /api/charts` answers: the new chart and its edit token, shown to the user once. */
export interface CreatedChart {
	id: string;
	title: string;
	rev: number;
	editToken: string;
	urls: { view: string; embed: string; api: string };
}

/** Nodes and edges added, removed and changed between two revisions. */
export interface RevisionDiff {
	from: number;
	to: number;
	summary: DiffSummary;
	diff: {
		nodes: {
			added: { id: string }[];
			removed: { id: string }[];
			changed: { id: string; fields: string[] }[];
		};
		edges: {
			added: { id: string }[];
			removed: { id: string }[];
			changed: { id: string; fields: string[] }[];
		};
	};
}

/** A problem an import found, located by file, row and column. */
export interface ImportProblem extends Problem {
	code: string;
	severity: 'error' | 'warning';
	sheet?: 'units' | 'relations';
	suggestion?: string;
	/** Values to offer, nearest first (the names nearest to an unknown parent). */
	suggestions?: string[];
	/** Every row the problem is about (both rows of a repeated name). */
	rows?: number[];
}

/** Which column header holds each field of a unit row or a relation row. */
export interface ColumnMapping {
	units: Partial<Record<string, string>>;
	relations: Partial<Record<string, string>>;
}

/** A user's correction of one cell in the import dialog. */
export interface CellFix {
	sheet: 'units' | 'relations';
	row: number;
	field: string;
	value: string;
}

/** What the user decided in the import dialog, sent back with the file to re-run the import. */
export interface ImportOptions {
	mapping?: ColumnMapping;
	skipRows?: { units?: number[]; relations?: number[] };
	fixes?: CellFix[];
	/** For a row named like an earlier one: merge it into that row, or keep both. */
	sameName?: { row: number; choice: 'merge' | 'keep' }[];
	title?: Text;
}

/** What `POST /api/import` answers. */
export interface ImportResult {
	dataset: Dataset;
	/** The first problems (at most 100). */
	problems: ImportProblem[];
	/** How many more were found than are listed. */
	moreProblems?: number;
	mapping: ColumnMapping;
	headers?: { units: string[]; relations: string[] };
	skipped?: { sheet: 'units' | 'relations'; row: number; reason: string; cells?: string[] }[];
	/** Each table's file, named once; a row left out names its table (`sheet`). */
	files?: { units?: string; relations?: string };
	complete?: boolean;
}

/** An error the API answered, with its code and (for invalid datasets) the first 100 problems. */
export class ApiFailure extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly problems: Problem[] = [],
		/** For a stale save: the revision the server has now. */
		readonly currentRev?: number,
		/** For a body too large: the server's limit in bytes. */
		readonly limitBytes?: number,
		/** The refusal in both languages, when the server words it so (busy, foreign origin, …). */
		readonly text?: Text
	) {
		super(message);
	}

	/** True when someone saved in between: the edit was made on an older revision. */
	get isConflict(): boolean {
		return this.status === 412 || this.status === 409;
	}
}

/** The ETag of a revision, as the server sends and expects it back in `If-Match`. */
export function etagOf(rev: number): string {
	return `"rev-${rev}"`;
}

/** A division to choose from when generating a regional chart. */
export interface DivisionChoice {
	code: string;
	name: string;
	nameEn: string;
	level: 'province' | 'prefecture' | 'county';
	functionalZone: boolean;
	/** How many divisions lie directly under it. */
	children: number;
}

/**
 * A typed client of the charts API. `fetch` is injected so it runs the same in the browser, in
 * SvelteKit's `load` (with its fetch) and in tests.
 */
export class ChartsClient {
	constructor(private readonly fetcher: typeof fetch = fetch) {}

	/** Reads a chart, at its newest revision or at `rev`. */
	get(id: string, rev?: number): Promise<ChartRecord> {
		const query = rev === undefined ? '' : `?rev=${rev}`;
		return this.#call<ChartRecord>(`/api/charts/${encodeURIComponent(id)}${query}`);
	}

	/** Creates a chart from a dataset, or a copy of a built-in dataset. */
	create(body: { dataset: Dataset; message?: string } | { from: string }): Promise<CreatedChart> {
		return this.#call<CreatedChart>('/api/charts', { method: 'POST', body: JSON.stringify(body) });
	}

	/** Creates a chart generated from the Opinions model for a division (`'CN'` for the whole country). */
	createRegional(code: string, samples: number): Promise<CreatedChart> {
		return this.#call<CreatedChart>('/api/charts/regional', {
			method: 'POST',
			body: JSON.stringify({ code, samples })
		});
	}

	/** The divisions under a province or prefecture code, or the provinces when none is given. */
	divisions(parent?: string): Promise<DivisionChoice[]> {
		const query = parent ? `?parent=${encodeURIComponent(parent)}` : '';
		return this.#call<{ divisions: DivisionChoice[] }>(`/api/divisions${query}`).then((b) => b.divisions);
	}

	/** Saves a new revision; fails with a conflict (412/409) when `baseRev` is no longer the newest. */
	save(
		id: string,
		token: string,
		baseRev: number,
		dataset: Dataset,
		message: string
	): Promise<{ rev: number }> {
		return this.#call<{ rev: number }>(`/api/charts/${encodeURIComponent(id)}`, {
			method: 'PUT',
			headers: { Authorization: `Bearer ${token}`, 'If-Match': etagOf(baseRev) },
			body: JSON.stringify({ dataset, message })
		});
	}

	/** The history, newest first. */
	async revisions(id: string): Promise<RevisionInfo[]> {
		const body = await this.#call<{ revisions: RevisionInfo[] }>(
			`/api/charts/${encodeURIComponent(id)}/revisions`
		);
		return body.revisions;
	}

	/** What changed from one revision to another. */
	diff(id: string, from: number, to: number): Promise<RevisionDiff> {
		return this.#call<RevisionDiff>(`/api/charts/${encodeURIComponent(id)}/diff?from=${from}&to=${to}`);
	}

	/** Converts and checks a spreadsheet or JSON file; nothing is stored. */
	importFile(file: File, options: ImportOptions = {}, relations?: File): Promise<ImportResult> {
		const form = new FormData();
		form.set('file', file);
		if (relations) form.set('relations', relations);
		form.set('options', JSON.stringify(options));
		return this.#call<ImportResult>('/api/import', { method: 'POST', body: form });
	}

	async #call<T>(url: string, init: RequestInit = {}): Promise<T> {
		const headers = new Headers(init.headers);
		if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
		headers.set('Accept', 'application/json');
		let response: Response;
		try {
			response = await this.fetcher(url, { ...init, headers });
		} catch (e) {
			throw new ApiFailure(0, 'network', e instanceof Error ? e.message : String(e));
		}
		const body = (await response.json().catch(() => null)) as unknown;
		if (response.ok) return body as T;
		const error = apiErrorBody(body);
		throw new ApiFailure(
			response.status,
			error?.code ?? 'http_' + response.status,
			error?.message ?? response.statusText,
			error?.problems ?? [],
			error?.currentRev,
			error?.limitBytes,
			error?.text
		);
	}
}
