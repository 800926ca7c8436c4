import type { Lang } from '#lib/model/types.js';
import { apiErrorBody } from '#lib/api-client/error-body.js';
/** A downloaded export: its bytes and the name the server gave it, if any. */
export interface ExportFile {
	blob: Blob;
	/** The file name from Content-Disposition (the UTF-8 one when both are given), or null. */
	name: string | null;
}

/** How to fetch an export. */
export interface FetchExportOptions {
	/** Posted as JSON when set (a chart's, UTF-8): a chart the server does not hold travels with the request. */
	body?: Uint8Array<ArrayBuffer>;
	signal?: AbortSignal;
	/** Called with the bytes received so far, after every chunk. */
	onprogress?: (received: number) => void;
	/** The reader's language, for the API's error (which says it in both). */
	lang?: Lang;
}

/**
 * Fetches an export file from the export API, reporting progress as the body streams in.
 * Rejects with the server's error message (JSON `error.message` or `message`, else the body's
 * text, else `HTTP <status>`), or with an `AbortError` when `signal` aborts.
 *
 * @example await fetchExport('/api/charts/opinions-2015/export.pdf?lang=en') // { blob, name: 'Party building….pdf' }
 */
export async function fetchExport(
	url: string,
	{ body, signal, onprogress, lang = 'en' }: FetchExportOptions = {}
): Promise<ExportFile> {
	const response = await fetch(
		url,
		body !== undefined
			? { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal }
			: { signal }
	);
	if (!response.ok) {
		const body = await response.text();
		throw new Error(messageOf(body, lang) || `HTTP ${response.status}`);
	}
	const reader = response.body!.getReader();
	const parts: Uint8Array<ArrayBuffer>[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		parts.push(value);
		received += value.byteLength;
		onprogress?.(received);
	}
	// The UTF-8 name (a Chinese title) before the ASCII stand-in beside it.
	const disposition = response.headers.get('content-disposition') ?? '';
	const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
	return {
		blob: new Blob(parts, { type: response.headers.get('content-type') ?? '' }),
		name: name ? decodeURIComponent(name[1]) : null
	};
}

/**
 * The message of a JSON or plain-text error body: the API's in the reader's language, in Chinese
 * followed by its English sentence, which may say more (the Chinese one may name only the kind
 * of error).
 *
 * @example messageOf('{"error":{"message":"Unknown chart"}}', 'en') // 'Unknown chart'
 * @example messageOf('{"error":{"message":"Scale 0","text":{"zh":"查询参数有误。","en":"Scale 0"}}}', 'zh') // '查询参数有误。（Scale 0）'
 * @example messageOf('Bad Gateway', 'zh') // 'Bad Gateway'
 */
function messageOf(body: string, lang: Lang): string {
	try {
		const json: unknown = JSON.parse(body);
		const error = apiErrorBody(json);
		const message = error?.message ?? (json as { message?: string } | null)?.message;
		const said = error?.text?.[lang];
		if (typeof said !== 'string') return message ?? body;
		return lang === 'zh' && typeof message === 'string' && message !== said ? `${said}（${message}）` : said;
	} catch {
		return body;
	}
}
