/**
 * Loading a `tiaokuai/1` dataset from another address (`?src=`): fetch, parse and a structural
 * check, with every failure turned into a message a user can act on, in both languages.
 */
import { FORMAT, type Dataset, type Text } from '#lib/model/types.js';
import { apiErrorBody } from '#lib/api-client/error-body.js';
import { importLimits } from './import-limits.js';
import { jsonDepthError } from './json-syntax.js';
import { notUtf8Error, strictUtf8 } from './decode-text.js';
import { DOWNLOAD_LIMITS, ERROR_BODY_LIMITS, readLimited, type LimitedRead } from './read-limited.js';

/** The outcome of a load: a dataset, or why there is none. */
export type RemoteResult = { ok: true; dataset: Dataset } | { ok: false; error: Text };

/**
 * Checks that parsed JSON has the shape of a dataset: the format tag, an id, kinds, and arrays of
 * nodes, edges and sources whose items carry ids. Full validation belongs to the model's validator.
 */
export function checkDatasetShape(value: unknown): RemoteResult {
	const fail = (zh: string, en: string): RemoteResult => ({ ok: false, error: { zh, en } });
	if (typeof value !== 'object' || value === null)
		return fail('内容不是 JSON 对象。', 'The content is not a JSON object.');
	const d = value as Partial<Dataset> & { dataset?: { format?: unknown } };
	if (d.format === undefined && d.dataset?.format === FORMAT)
		return fail(
			'这是一条图表记录（如本站的 /api/charts/…），数据集在它的 dataset 字段里：请打开图表页，或导出的 JSON。',
			'This is a chart record (such as this site’s /api/charts/…), with the dataset in its dataset field: open the chart’s page, or its JSON export.'
		);
	if (d.format === undefined)
		return fail(
			`内容没有 format 字段，不是 ${FORMAT} 数据集。`,
			`The content has no format field: it is not a ${FORMAT} dataset.`
		);
	const got = typeof d.format === 'string' ? d.format : JSON.stringify(d.format);
	if (d.format !== FORMAT)
		return fail(`格式应为 ${FORMAT}，实际为 ${got}。`, `The format should be ${FORMAT}, not ${got}.`);
	if (typeof d.id !== 'string' || !d.id) return fail('缺少数据集标识 id。', 'The dataset has no id.');
	if (!d.kinds || !Array.isArray(d.kinds.nodes) || !Array.isArray(d.kinds.edges))
		return fail(
			'缺少类型注册表 kinds.nodes / kinds.edges。',
			'The kinds registry (kinds.nodes, kinds.edges) is missing.'
		);
	for (const key of ['nodes', 'edges', 'sources'] as const) {
		const list = d[key];
		if (!Array.isArray(list)) return fail(`缺少 ${key} 数组。`, `The ${key} array is missing.`);
		const bad = list.findIndex(
			(item) => typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string'
		);
		if (bad >= 0) return fail(`${key}[${bad}] 缺少 id。`, `${key}[${bad}] has no id.`);
	}
	return { ok: true, dataset: value as Dataset };
}

/**
 * Why a download of `src` gave no dataset, in both languages: no answer (a network error, or a
 * site that does not let this one read it), an HTTP error, or an answer that is not JSON.
 */
export const remoteFailure = {
	refused: (src: string): RemoteResult => ({
		ok: false,
		error: webAddress(src)
			? {
					zh: `无法从 ${src} 读取数据：网络错误，或对方服务器不允许跨域访问（CORS）。`,
					en: `Could not read ${src}: a network error, or the server does not allow cross-origin requests (CORS).`
				}
			: {
					zh: `只能打开 http 或 https 地址（或本站路径）上的图表，${src} 不是。`,
					en: `Only charts at http or https addresses (or a path on this site) can be opened; ${src} is not one.`
				}
	}),
	status: (src: string, status: number, said?: string): RemoteResult => {
		const why = serverReason(said);
		return {
			ok: false,
			error: {
				zh: `${src} 返回 HTTP ${status}。${why ? `服务器说明：${why.zh}` : ''}`,
				en: `${src} answered HTTP ${status}.${why ? ` The server says: ${why.en}` : ''}`
			}
		};
	},
	notJson: (src: string): RemoteResult => ({
		ok: false,
		error: { zh: `${src} 的内容不是有效的 JSON。`, en: `${src} did not return valid JSON.` }
	}),
	/** Nesting past the import's depth, `why` saying where (see jsonDepthError). */
	tooDeep: (src: string, why: Text): RemoteResult => located(src, why),
	/**
	 * `bytes`, which the UTF-8 decoder refused, are not UTF-8: said at the line and byte of the
	 * first bad sequence, as an imported JSON file is (see notUtf8Error).
	 */
	notUtf8: (src: string, bytes: ArrayBuffer): RemoteResult =>
		located(src, notUtf8Error(new Uint8Array(bytes)).text),
	tooLarge: (src: string): RemoteResult => {
		const mb = Math.round(DOWNLOAD_LIMITS.bytes / 2 ** 20);
		return {
			ok: false,
			error: {
				zh: `${src} 的内容超过了 ${mb} MB 的上限，已停止下载。`,
				en: `${src} sent more than the ${mb} MB limit; the download was stopped.`
			}
		};
	},
	stalled: (src: string): RemoteResult => {
		const s = Math.round(DOWNLOAD_LIMITS.idleMs / 1000);
		return {
			ok: false,
			error: {
				zh: `${src} 已有 ${s} 秒没有发送数据，已停止下载。`,
				en: `${src} sent nothing for ${s} s; the download was stopped.`
			}
		};
	}
};

/**
 * A downloaded text as a dataset, given what `JSON.parse` made of it (null when it threw),
 * or why it is none. Nesting deeper than the import reads (`importLimits.jsonDepth`) is said as
 * such, at its line and column: V8 parses a list nested two million deep, which had then been
 * reported as having "no format field". The text is scanned only when it gives no dataset, so a
 * chart that opens pays nothing; the full check refuses deep nesting inside one.
 */
export function datasetOfText(src: string, text: string, parsed: { json: unknown } | null): RemoteResult {
	const shaped = parsed && checkDatasetShape(parsed.json);
	if (shaped?.ok) return shaped;
	const deep = jsonDepthError(text, importLimits.jsonDepth);
	if (deep) return remoteFailure.tooDeep(src, deep.message);
	return shaped ?? remoteFailure.notJson(src);
}

/** Why a limited read of `src` gave no bytes, as a failure to show (see readLimited). */
export function unreadFailure(src: string, read: Exclude<LimitedRead, { bytes: ArrayBuffer }>): RemoteResult {
	return 'tooLarge' in read
		? remoteFailure.tooLarge(src)
		: 'stalled' in read
			? remoteFailure.stalled(src)
			: remoteFailure.notJson(src);
}

/** A failure of `src` at a place in its text that `why` names. */
function located(src: string, why: Text): RemoteResult {
	return { ok: false, error: { zh: `${src}：${why.zh}`, en: `${src}: ${why.en}` } };
}

/** What the server said of an error, short: its JSON error's text or message, or a line of plain text. */
function serverReason(said: string | undefined): Text | null {
	const body = said?.trim();
	if (!body) return null;
	try {
		const json: unknown = JSON.parse(body);
		const error = apiErrorBody(json);
		const text = error?.text;
		const message = error?.message ?? (json as { message?: unknown } | null)?.message;
		if (typeof text?.zh === 'string' && typeof text.en === 'string') return { zh: text.zh, en: text.en };
		return typeof message === 'string' ? { zh: message, en: message } : null;
	} catch {
		// Plain text, not a page of markup, and short enough to read in a sentence.
		return body.startsWith('<') || body.length > 300 ? null : { zh: body, en: body };
	}
}

/** Whether `src` is an http or https address, or a path (on the page's site). */
function webAddress(src: string): boolean {
	try {
		return /^https?:$/.test(new URL(src, 'http://page.invalid/').protocol);
	} catch {
		return false;
	}
}

/**
 * Fetches and checks a dataset. Network and CORS failures, HTTP errors, a body past the limits
 * of readLimited, bytes that are not UTF-8 (at their line and byte), non-JSON bodies and wrong
 * shapes each get their own message naming the address. `onbytes` gets the downloaded bytes and
 * their text before the text is parsed; the bytes are not read again, so it may hand them to a
 * worker without a copy.
 */
export async function loadRemoteDataset(
	src: string,
	fetcher: typeof fetch,
	onbytes?: (bytes: ArrayBuffer, text: string) => void
): Promise<RemoteResult> {
	let response: Response;
	try {
		response = await fetcher(src, { headers: { accept: 'application/json' } });
	} catch {
		return remoteFailure.refused(src);
	}
	if (!response.ok) return remoteFailure.status(src, response.status, await errorText(response));
	const read = await readLimited(response);
	if (!('bytes' in read)) return unreadFailure(src, read);
	const bytes = read.bytes;
	const text = strictUtf8(bytes);
	if (text === null) return remoteFailure.notUtf8(src, bytes);
	onbytes?.(bytes, text);
	let parsed: { json: unknown } | null = null;
	try {
		parsed = { json: JSON.parse(text) };
	} catch {
		// Said by datasetOfText: too deep, or not JSON.
	}
	return datasetOfText(src, text, parsed);
}

/** The first 2,000 characters of a failed response's body, read within {@link ERROR_BODY_LIMITS}: '' past them. */
async function errorText(response: Response): Promise<string> {
	const read = await readLimited(response, ERROR_BODY_LIMITS);
	return 'bytes' in read ? new TextDecoder().decode(read.bytes).slice(0, 2000) : '';
}
