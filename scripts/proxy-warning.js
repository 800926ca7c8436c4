// Behind a reverse proxy every request comes from the proxy's address; without ADDRESS_HEADER the
// server counts all users as that one client, so each per-client limit (bodies in flight, tasks,
// writes) is the whole site's: a fifth upload anywhere on the site is refused 429.

/** Headers a proxy adds with the address it forwards for. */
const FORWARDED = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * The warning, in Chinese then English, after why the server thinks a proxy is in front.
 * @param {{ zh: string, en: string }} why
 */
export const proxyWarningText = ({ zh, en }) =>
	`提示：${zh}，但没有设置 ADDRESS_HEADER：所有用户都被算作代理这一个客户端，按客户端计的限制` +
	'（同时上传的请求体、任务、写入次数）由全站共用。请在代理后设置 ADDRESS_HEADER=x-forwarded-for ' +
	'XFF_DEPTH=1（见 docs/deployment.md）。\n' +
	`Warning: ${en} but ADDRESS_HEADER is not set: every user counts as the proxy, one client, so ` +
	"the per-client limits (bodies being sent, tasks, writes) are the whole site's. Behind a proxy " +
	'set ADDRESS_HEADER=x-forwarded-for XFF_DEPTH=1 (see docs/deployment.md).';

/**
 * Warns through `warn` that the per-client limits are the whole site's when `ADDRESS_HEADER` is
 * not set and a proxy is in front: at once when `HOST_HEADER` or `PROTOCOL_HEADER` names a
 * proxy's header, else from the first request carrying one a proxy adds (`X-Forwarded-For`,
 * `Forwarded`, `X-Real-IP`). Returns the check to run on each request's headers; it warns once.
 * @param {Record<string, string | undefined>} env The environment as the operator set it.
 * @param {(message: string) => void} warn
 * @returns {(headers: import('node:http').IncomingHttpHeaders) => void}
 */
export function proxyWarning(env, warn) {
	if (env.ADDRESS_HEADER) return () => {};
	const named = env.HOST_HEADER || env.PROTOCOL_HEADER;
	if (named) {
		const setting = env.HOST_HEADER ? 'HOST_HEADER' : 'PROTOCOL_HEADER';
		warn(
			proxyWarningText({
				zh: `${setting} 指明了代理的 ${named} 头`,
				en: `${setting} names a proxy's ${named} header`
			})
		);
		return () => {};
	}
	let said = false;
	return (headers) => {
		if (said) return;
		const header = FORWARDED.find((name) => headers[name] !== undefined);
		if (!header) return;
		said = true;
		warn(
			proxyWarningText({
				zh: `请求带有代理加上的 ${header} 头`,
				en: `requests carry a proxy's ${header} header`
			})
		);
	};
}
