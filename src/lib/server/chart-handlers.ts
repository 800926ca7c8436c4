import { json } from '@sveltejs/kit';
import type { Dataset, Problem } from '#lib/model/types.js';
import type { Validator } from '#lib/io/settle-dataset.js';
import type { RegionalOptions } from '#lib/data/regional.js';
import { diffDatasets, summariseDiff } from '#lib/model/dataset-diff.js';
import { ApiError } from './api-error.js';
import { ChartNotFoundError, StaleRevisionError, type ChartStore } from './chart-store.js';
import { hashToken } from './edit-token.js';
import { checkLimits, limits } from './limits.js';
import type { WriteLimiter } from './rate-limiter.js';
import { readJson } from './read-body.js';

/** What the chart handlers work with; tests pass a store on a temporary file. */
export interface ChartHandlerDeps {
	store: ChartStore;
	/** A built-in dataset by id (served read-only), or undefined. */
	builtin: (id: string) => Dataset | undefined;
	/** The built-in datasets, for the listing. */
	builtins: () => readonly Dataset[];
	check: Validator;
	limiter: WriteLimiter;
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
		const dataset = this.accept(input);
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

	/** `GET /api/charts/:id[?rev=N]`; 304 when `If-None-Match` already names the revision. */
	async read(id: string, url: URL, headers: Headers = new Headers()): Promise<Response> {
		const known = (headers.get('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
		// Answer from the chart's row alone when the client has the revision: no dataset is read.
		const tag = await this.currentTag(id, url);
		if (tag && known.includes(tag)) {
			return new Response(null, { status: 304, headers: { ETag: tag, 'Cache-Control': 'no-cache' } });
		}
		return this.readFresh(id, url);
	}

	/** The ETag `read` would answer with, when the chart and revision exist. */
	private async currentTag(id: string, url: URL): Promise<string | undefined> {
		const revParam = url.searchParams.get('rev');
		if (this.deps.builtin(id)) return revParam === null || revParam === '1' ? etag(1) : undefined;
		const meta = await this.deps.store.meta(id);
		const rev = Number(revParam ?? meta?.rev);
		return meta && Number.isInteger(rev) && rev >= 1 && rev <= meta.rev ? etag(rev) : undefined;
	}

	private async readFresh(id: string, url: URL): Promise<Response> {
		const revParam = url.searchParams.get('rev');
		const rev = revParam === null ? undefined : parseRev(revParam, 'rev');
		const builtin = this.deps.builtin(id);
		if (builtin) {
			if (rev !== undefined && rev !== 1) {
				throw new ApiError(404, 'revision_not_found', `Built-in "${id}" has only revision 1.`);
			}
			return json(
				{ id, title: builtin.title.zh, rev: 1, readOnly: true, dataset: builtin },
				{ headers: { ETag: etag(1), 'Cache-Control': 'no-cache' } }
			);
		}
		const found = await this.deps.store.get(id, rev);
		if (!found) {
			if (rev !== undefined && (await this.deps.store.meta(id))) {
				throw new ApiError(404, 'revision_not_found', `Chart "${id}" has no revision ${rev}.`);
			}
			throw notFound(id);
		}
		return json(
			{
				...found.chart,
				rev: found.revision.rev,
				headRev: found.chart.rev,
				readOnly: false,
				revision: found.revision,
				dataset: found.dataset
			},
			{ headers: { ETag: etag(found.revision.rev), 'Cache-Control': 'no-cache' } }
		);
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
		const dataset = this.accept(b.dataset);
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

	/** `DELETE /api/charts/:id`: the chart and its whole history. */
	async remove(id: string, request: Request): Promise<Response> {
		const token = await this.authorize(id, request);
		await this.throttle(`token:${hashToken(token)}`);
		if (!(await this.deps.store.delete(id))) throw notFound(id);
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

	/** `GET /api/charts/:id/diff?from=&to=`: nodes and edges added, removed and changed. */
	async diff(id: string, url: URL): Promise<Response> {
		const meta = await this.deps.store.meta(id);
		if (!meta) throw this.deps.builtin(id) ? noHistory(id) : notFound(id);
		const toParam = url.searchParams.get('to');
		const to = toParam === null ? meta.rev : parseRev(toParam, 'to');
		const fromParam = url.searchParams.get('from');
		const from = fromParam === null ? Math.max(1, to - 1) : parseRev(fromParam, 'from');
		const a = await this.deps.store.get(id, from);
		const b = await this.deps.store.get(id, to);
		for (const [rev, found] of [
			[from, a],
			[to, b]
		] as const) {
			if (!found) {
				throw new ApiError(404, 'revision_not_found', `Chart "${id}" has no revision ${rev}.`);
			}
		}
		const diff = diffDatasets(a!.dataset, b!.dataset);
		return json({ id, from, to, summary: summariseDiff(diff), diff });
	}

	/**
	 * Checks the limits and validates a dataset: 413 over a limit, 422 with every problem otherwise.
	 * The counts are checked first so an oversized chart is refused before it is validated.
	 */
	accept(input: unknown): Dataset {
		const overCount = checkLimits(input as Dataset, 'counts');
		if (overCount.length > 0) throw overLimit(overCount);
		const result = this.deps.check(input);
		if (!result.ok) {
			throw new ApiError(422, 'invalid_dataset', 'The dataset has problems; nothing was saved.', {
				problems: result.problems
			});
		}
		const over = checkLimits(result.dataset, 'all');
		if (over.length > 0) throw overLimit(over);
		return result.dataset;
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

function asObject(body: unknown): Record<string, unknown> {
	return (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<
		string,
		unknown
	>;
}

/** Reads `samples` and `functionalZones` from a query or a body, with 400 for bad values. */
export function regionalOptions(samples: unknown, zones: unknown): RegionalOptions {
	const n = samples === undefined || samples === null || samples === '' ? 0 : Number(samples);
	if (!Number.isInteger(n) || n < 0 || n > 20) {
		throw new ApiError(400, 'bad_samples', 'samples must be a whole number from 0 to 20.');
	}
	if (zones !== undefined && zones !== null && zones !== 'skip' && zones !== 'mark') {
		throw new ApiError(400, 'bad_functional_zones', 'functionalZones must be "skip" or "mark".');
	}
	return { samples: n, functionalZones: (zones ?? 'skip') as 'skip' | 'mark' };
}

/** The ETag of a revision. */
export function etag(rev: number): string {
	return `"rev-${rev}"`;
}

/** The revision an `If-Match` header names: 428 when missing, 400 when it names none. */
export function parseIfMatch(header: string | null): number {
	if (header === null || header.trim() === '') {
		throw new ApiError(
			428,
			'if_match_required',
			'Send "If-Match" with the ETag of the revision you edited (e.g. If-Match: "rev-3"), so a newer save is never overwritten.'
		);
	}
	const match = /^(?:W\/)?"rev-(\d+)"$/.exec(header.trim());
	if (!match) {
		throw new ApiError(
			400,
			'bad_if_match',
			`If-Match must be one ETag such as "rev-3"; got ${header.trim()}.`
		);
	}
	return Number(match[1]);
}

function pageParam(url: URL, name: 'limit' | 'offset', fallback: number, min: number, max: number): number {
	const value = url.searchParams.get(name);
	if (value === null) return fallback;
	const n = Number(value);
	if (!/^\d+$/.test(value) || n < min || n > max) {
		throw new ApiError(400, `bad_${name}`, `"${name}" must be a whole number from ${min} to ${max}.`);
	}
	return n;
}

function parseRev(value: string, name: string): number {
	if (!/^[1-9]\d{0,9}$/.test(value)) {
		throw new ApiError(400, 'bad_revision', `"${name}" must be a revision number (1, 2, …).`);
	}
	return Number(value);
}

function overLimit(problems: Problem[]): ApiError {
	return new ApiError(413, 'over_limit', 'The dataset is over the limits; nothing was saved.', {
		problems
	});
}

function notFound(id: string): ApiError {
	return new ApiError(404, 'not_found', `There is no chart "${id}".`);
}

function noHistory(id: string): ApiError {
	return new ApiError(404, 'no_history', `"${id}" is built in and has no revisions to compare.`);
}

function writeMessage(value: unknown, fallback: string): string {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value !== 'string') throw new ApiError(400, 'bad_message', 'The message must be text.');
	if ([...value].length > limits.messageChars) {
		throw new ApiError(
			413,
			'message_too_long',
			`The message is longer than ${limits.messageChars} characters.`
		);
	}
	return value;
}

function writeAuthor(value: unknown): string {
	if (value === undefined || value === null || value === '') return 'owner';
	if (typeof value !== 'string') throw new ApiError(400, 'bad_author', 'The author must be text.');
	if ([...value].length > limits.authorChars) {
		throw new ApiError(413, 'author_too_long', `The author is longer than ${limits.authorChars} characters.`);
	}
	return value;
}

/**
 * Where a chart can be seen, embedded and read over the API, as paths from the site's root:
 * behind a proxy the server cannot know the scheme and host the user sees (Kit 3 takes the origin
 * from `kit.paths.origin` only), so the client resolves them against the address it used.
 */
export function chartUrls(id: string): { view: string; embed: string; api: string } {
	return { view: `/charts/${id}`, embed: `/embed/${id}`, api: `/api/charts/${id}` };
}
