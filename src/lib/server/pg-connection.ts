import pg from 'pg';
import { StoreUnavailableError } from './store-unavailable.js';

/** Where a `DATABASE_URL` points, without its password: what messages may show. */
export function describeTarget(url: string): string {
	try {
		const u = new URL(url);
		const db = decodeURIComponent(u.pathname.slice(1)) || u.username || 'postgres';
		const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
		return `${user}${u.hostname || 'localhost'}:${u.port || 5432}/${db}`;
	} catch {
		return 'an address that is not a URL';
	}
}

/**
 * A pool of connections to `url`. A request waits at most 5 s for a connection and 30 s for an
 * answer, so a database that has gone away turns into a 503 instead of a request that hangs.
 */
export function openPool(url: string, max = 10): pg.Pool {
	if (!/^postgres(ql)?:\/\//.test(url)) {
		throw new Error(
			`DATABASE_URL must start with postgres:// or postgresql:// (got ${url.split(':')[0]}:…). DATABASE_URL 应以 postgres:// 或 postgresql:// 开头。`
		);
	}
	const pool = new pg.Pool({
		connectionString: url,
		max,
		connectionTimeoutMillis: 5_000,
		query_timeout: 30_000,
		keepAlive: true
	});
	// A connection the server drops (a restart, a failover) is an event, not a crash: the query on
	// it fails (a 503), the pool discards it, and the next request opens a new one. The driver also
	// emits the loss as an 'error' event, which kills the process where nothing listens.
	pool.on('error', () => {});
	pool.on('connect', (client) => client.on('error', () => {}));
	return pool;
}

const networkCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN'
]);

/**
 * True when `e` says the database could not be reached or dropped the connection (as opposed to
 * refusing a statement): SQLSTATE classes 08 (connection), 57P (shut down), 53 (out of
 * resources), socket errors, and the driver's own time-outs and lost connections.
 */
export function isUnavailable(e: unknown): boolean {
	if (!(e instanceof Error)) return false;
	const code = (e as { code?: string }).code ?? '';
	if (networkCodes.has(code) || /^(08|57P|53)/.test(code)) return true;
	return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|not queryable/i.test(
		e.message
	);
}

/** Runs `work`, turning a lost database into {@link StoreUnavailableError}. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (isUnavailable(e)) throw new StoreUnavailableError(reasonOf(e));
		throw e;
	}
}

/** Why a connection failed, in words an operator can act on (English, then Chinese). */
export function reasonOf(e: unknown): string {
	if (e instanceof StoreUnavailableError) return e.reason;
	const code = (e as { code?: string }).code ?? '';
	const reasons: Record<string, string> = {
		ECONNREFUSED: 'connection refused: nothing listens on that port / 连接被拒绝：该端口无服务监听',
		ENOTFOUND: 'host name not found / 找不到该主机名',
		EAI_AGAIN: 'host name lookup failed / 主机名解析失败',
		ETIMEDOUT: 'connection timed out / 连接超时',
		EHOSTUNREACH: 'host unreachable / 主机不可达',
		'28P01': 'password authentication failed / 密码认证失败',
		'28000': 'the server refused this user / 服务器拒绝该用户',
		'3D000': 'the database does not exist / 数据库不存在',
		'57P03': 'the server is starting up or shutting down / 服务器正在启动或关闭'
	};
	const message = e instanceof Error ? e.message : String(e);
	return reasons[code] ? `${reasons[code]} (${code})` : message;
}
