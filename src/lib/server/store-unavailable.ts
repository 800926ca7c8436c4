import { ApiError } from './api-error.js';

/** Seconds a client is asked to wait before trying again while the database is away. */
export const STORE_RETRY_SECONDS = 5;

/**
 * The database could not be reached or dropped the connection: nothing of the request was written
 * (its transaction rolled back), and the same request may be sent again. Answered as 503 with
 * `Retry-After`.
 */
export class StoreUnavailableError extends ApiError {
	constructor(readonly reason: string) {
		const en = `The database is not reachable (${reason}); nothing was saved. Try again in ${STORE_RETRY_SECONDS} s.`;
		super(503, 'store_unavailable', en, {
			text: {
				zh: `数据库暂时无法连接（${reason}），未保存任何内容。请 ${STORE_RETRY_SECONDS} 秒后重试。`,
				en
			},
			retryAfterSeconds: STORE_RETRY_SECONDS,
			headers: { 'Retry-After': String(STORE_RETRY_SECONDS) }
		});
	}
}
