import { json } from '@sveltejs/kit';
import type { Dataset } from '#lib/model/types.js';
import type { RegionalOptions } from '#lib/data/regional.js';
import { ApiError } from './api-error.js';
import { asObject, pageParam, regionalOptions, writeAuthor, writeMessage } from './chart-request-fields.js';
import { ChartNotFoundError, StaleRevisionError, type ChartStore } from './chart-store.js';
import { hashToken } from './edit-token.js';
import {
	chartMissing,
	findChartText,
	foundRevision,
	revisionParam,
	type ChartSources
} from './find-chart.js';
import { limits } from '#lib/model/limits.js';
import { savedDataset } from './posted-dataset.js';
import type { WriteLimiter } from './rate-limiter.js';
import { readJson } from './read-body.js';
import { revisionDiff, type RevisionPair } from './revision-diff.js';
import { etag, namesRevision, parseIfMatch } from './revision-etag.js';

/** What the chart handlers work with; tests pass a store on a temporary file. */
export interface ChartHandlerDeps extends ChartSources {
	/** The built-in datasets, for the listing. */
	builtins: () => readonly Dataset[];
	limiter: WriteLimiter;
	/** Removes what a deleted chart left beside the store: its packed files (packed-files.ts). */
	removeFiles: (id: string) => void;
}

/**
 * The HTTP handlers of `/api/charts`: plain functions of a `Request` that answer a `Response`, so
 * they run the same under SvelteKit and in tests. Errors are thrown as {@link ApiError}.
 */
export class ChartHandlers {
	private readonly deps: ChartHandlerDeps;

	constructor(deps: ChartHandlerDeps) {
		this.deps = deps;
	}

	/** The store the handlers work on. */
	get store(): ChartStore {
		return this.deps.store;
	}

	/** `GET /api/charts?limit=&offset=`: a page of the stored charts (no tokens) and the built-in datasets. */
	async list(url: URL): Promise<Response> {
		const limit = pageParam(url, 'limit', 100, 1, 1000);
		const offset = pageParam(url, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
		const { charts, total } = await this.deps.store.list(limit, offset);
		return json({
			charts,
			total,
			limit,
			offset,
			builtins: this.deps.builtins().map((d) => ({ id: d.id, title: d.title, readOnly: true }))
		});
	}

	/** `POST /api/charts`: a new chart from a dataset, or from `{from: builtinId}`. */
	async create(request: Request, client: string): Promise<Response> {
		await this.throttle(`client:${client}`);
		const body = await readJson(request, limits.bodyBytes);
		const { dataset, message, author } = this.unpackCreate(body);
		return this.storeNew(dataset, { message, author });
	}

	/**
	 * `POST /api/charts/regional`: a new chart holding the regional instance `{code, samples,
	 * functionalZones}` builds (see `regionalInstance`).
	 */
	async createRegional(
		request: Request,
		client: string,
		build: (code: string, options: RegionalOptions) => Dataset | Promise<Dataset>
	): Promise<Response> {
		await this.throttle(`client:${client}`);
		const b = asObject(await readJson(request, limits.bodyBytes));
		if (typeof b.code !== 'string') {
			throw new ApiError(400, 'missing_code', 'Send {"code": "420222"} (a division code) or {"code": "CN"}.');
		}
		const dataset = await build(b.code, regionalOptions(b.samples, b.functionalZones));
		return this.storeNew(dataset, { message: b.message ?? `Generated for ${b.code}`, author: b.author });
	}

	private async storeNew(input: unknown, meta: { message?: unknown; author?: unknown }): Promise<Response> {
		const dataset = savedDataset(input);
		const { chart, token } = await this.deps.store.create(dataset, {
			author: writeAuthor(meta.author),
			message: writeMessage(meta.message, 'Created')
		});
		return json(
			{ ...chart, editToken: token, urls: chartUrls(chart.id) },
			{ status: 201, headers: { ETag: etag(chart.rev), Location: `/api/charts/${chart.id}` } }
		);
	}

	/** Turns a dataset, `{dataset, message}` or `{from}` body into what to store. */
	unpackCreate(body: unknown): { dataset: unknown; message?: unknown; author?: unknown } {
		const b = asObject(body);
		if (typeof b.from === 'string') {
			const source = this.deps.builtin(b.from);
			if (!source) {
				throw new ApiError(404, 'unknown_builtin', `There is no built-in dataset "${b.from}".`);
			}
			return { dataset: source, message: b.message ?? `Copied from ${b.from}`, author: b.author };
		}
		if ('dataset' in b) return { dataset: b.dataset, message: b.message, author: b.author };
		return { dataset: body };
	}

	/**
	 * `GET /api/charts/:id[?rev=N]`, by the one rule of find-chart.ts that pages and exports load
	 * by; 304 when `If-None-Match` already names the revision.
	 */
	async read(id: string, url: URL, headers: Headers = new Headers()): Promise<Response> {
		const rev = revisionParam(url);
		const tag = headers.get('if-none-match');
		// Answer from the chart's row alone when the client has the revision: no dataset is read.
		const known = tag === null ? undefined : await foundRevision(this.deps, id, rev);
		if (known !== undefined && namesRevision(tag, known)) {
			return new Response(null, { status: 304, headers: { ETag: etag(known), 'Cache-Control': 'no-cache' } });
		}
		// One read of the store: the chart's row, the revision's and its dataset, in one query.
		const found = await findChartText(this.deps, id, known ?? rev);
		if (!found) throw await chartMissing(this.deps, id, rev);
		const cache = { ETag: etag(found.rev), 'Cache-Control': 'no-cache' };
		if (found.kind === 'builtin') {
			const { dataset } = found;
			return json({ id, title: dataset.title.zh, rev: 1, readOnly: true, dataset }, { headers: cache });
		}
		// The stored text goes out as it is: parsed and written again, a 30,000-node chart took
		// 0.7 s of the thread that answers everyone.
		const { chart, revision, text } = found;
		const head = JSON.stringify({ ...chart, rev: found.rev, headRev: chart.rev, readOnly: false, revision });
		return new Response(`${head.slice(0, -1)},"dataset":${text}}`, {
			headers: { ...cache, 'content-type': 'application/json' }
		});
	}

	/** `PUT /api/charts/:id` with `Authorization: Bearer` and `If-Match`; body `{dataset, message}`. */
	async update(id: string, request: Request): Promise<Response> {
		const token = await this.authorize(id, request);
		const expected = parseIfMatch(request.headers.get('if-match'));
		await this.throttle(`token:${hashToken(token)}`);
		const body = await readJson(request, limits.bodyBytes);
		const b = asObject(body);
		if (!('dataset' in b)) {
			throw new ApiError(400, 'missing_dataset', 'The body must be {"dataset": …, "message": …}.');
		}
		const dataset = savedDataset(b.dataset);
		try {
			const chart = await this.deps.store.update(id, expected, dataset, {
				author: writeAuthor(b.author),
				message: writeMessage(b.message, 'Saved')
			});
			return json(chart, { headers: { ETag: etag(chart.rev) } });
		} catch (e) {
			if (e instanceof StaleRevisionError) {
				throw new ApiError(
					412,
					'stale_revision',
					`Someone saved revision ${e.current} after the revision ${e.expected} you edited. Load revision ${e.current}, reapply your changes and save again.`,
					{ currentRev: e.current, yourRev: e.expected, headers: { ETag: etag(e.current) } }
				);
			}
			if (e instanceof ChartNotFoundError) throw notFound(id);
			throw e;
		}
	}

	/** `DELETE /api/charts/:id`: the chart and its whole history, and its packed files from the disk. */
	async remove(id: string, request: Request): Promise<Response> {
		const token = await this.authorize(id, request);
		await this.throttle(`token:${hashToken(token)}`);
		if (!(await this.deps.store.delete(id))) throw notFound(id);
		this.deps.removeFiles(id);
		return new Response(null, { status: 204 });
	}

	/** `POST /api/charts/:id/token`: a new edit token; the old one stops working. */
	async rotateToken(id: string, request: Request): Promise<Response> {
		const token = await this.authorize(id, request);
		await this.throttle(`token:${hashToken(token)}`);
		return json({ id, editToken: await this.deps.store.rotateToken(id) });
	}

	/** `GET /api/charts/:id/revisions`: the history, newest first. */
	async revisions(id: string): Promise<Response> {
		const builtin = this.deps.builtin(id);
		if (builtin) return json({ id, readOnly: true, revisions: [] });
		if (!(await this.deps.store.meta(id))) throw notFound(id);
		return json({ id, revisions: await this.deps.store.revisions(id) });
	}

	/**
	 * `GET /api/charts/:id/diff?from=&to=`: nodes and edges added, removed and changed, answered
	 * by `answer` (the server's runs on a worker and keeps it, diff-answers.ts) once both
	 * revisions are known to exist; here, on the request's thread.
	 */
	async diff(
		id: string,
		url: URL,
		answer: (pair: RevisionPair) => Promise<Response> = async (pair) => revisionDiff(pair, await pair.texts())
	): Promise<Response> {
		const meta = await this.deps.store.meta(id);
		if (!meta) throw this.deps.builtin(id) ? noHistory(id) : notFound(id);
		const to = revisionParam(url, 'to') ?? meta.rev;
		const from = revisionParam(url, 'from') ?? Math.max(1, to - 1);
		// Revisions are never removed one by one: a chart has every revision up to its head.
		for (const rev of [from, to]) {
			if (rev > meta.rev)
				throw new ApiError(404, 'revision_not_found', `Chart "${id}" has no revision ${rev}.`);
		}
		const text = async (rev: number) => {
			const found = await this.deps.store.datasetText(id, rev);
			if (found === undefined) throw notFound(id);
			return found;
		};
		return answer({ id, from, to, texts: () => Promise.all([text(from), text(to)]) });
	}

	private async authorize(id: string, request: Request): Promise<string> {
		if (this.deps.builtin(id)) {
			throw new ApiError(
				403,
				'read_only',
				`"${id}" is a built-in dataset and cannot be changed. Copy it with POST /api/charts {"from": "${id}"}.`
			);
		}
		if (!(await this.deps.store.meta(id))) throw notFound(id);
		const header = request.headers.get('authorization') ?? '';
		const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
		if (!match) {
			throw new ApiError(401, 'missing_token', 'Send the edit token as "Authorization: Bearer <token>".', {
				headers: { 'WWW-Authenticate': 'Bearer' }
			});
		}
		if (!(await this.deps.store.authorize(id, match[1]))) {
			throw new ApiError(403, 'wrong_token', 'This edit token does not belong to the chart.');
		}
		return match[1];
	}

	private async throttle(key: string): Promise<void> {
		const wait = await this.deps.limiter.take(key);
		if (wait > 0) {
			throw new ApiError(
				429,
				'rate_limited',
				`More than ${this.deps.limiter.limit} writes in a minute. Try again in ${wait} s.`,
				{ retryAfterSeconds: wait, headers: { 'Retry-After': String(wait) } }
			);
		}
	}
}

function notFound(id: string): ApiError {
	return new ApiError(404, 'not_found', `There is no chart "${id}".`);
}

function noHistory(id: string): ApiError {
	return new ApiError(404, 'no_history', `"${id}" is built in and has no revisions to compare.`);
}

/**
 * Where a chart can be seen, embedded and read over the API, as paths from the site's root:
 * behind a proxy the server cannot know the scheme and host the user sees (Kit 3 takes the origin
 * from `kit.paths.origin` only), so the client resolves them against the address it used.
 */
export function chartUrls(id: string): { view: string; embed: string; api: string } {
	return { view: `/charts/${id}`, embed: `/embed/${id}`, api: `/api/charts/${id}` };
}
