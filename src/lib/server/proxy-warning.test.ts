import { describe, expect, it } from 'vitest';
import { proxyWarning } from '../../../scripts/proxy-warning.js';

/** What `proxyWarning(env, …)` said at start and over `requests`. */
function said(env: Record<string, string>, requests: Record<string, string>[]) {
	const lines: string[] = [];
	const check = proxyWarning(env, (m) => lines.push(m));
	const atStart = lines.length;
	for (const headers of requests) check(headers);
	return { atStart, lines };
}

describe('proxyWarning(env, warn)', () => {
	it('says once, Chinese first, that the per-client limits are the site’s when a proxy forwards for its users', () => {
		const { atStart, lines } = said({}, [
			{},
			{ 'x-forwarded-for': '203.0.113.7' },
			{ 'x-forwarded-for': '203.0.113.8' }
		]);
		expect(atStart).toBe(0);
		expect(lines).toHaveLength(1);
		const [zh, en] = lines[0].split('\n');
		expect(zh).toMatch(/^提示：请求带有代理加上的 x-forwarded-for 头，但没有设置 ADDRESS_HEADER.*由全站共用/);
		expect(en).toMatch(/^Warning: .*ADDRESS_HEADER is not set.*whole site's.*ADDRESS_HEADER=x-forwarded-for/);
	});

	it('says it at start when HOST_HEADER names a proxy’s header', () => {
		const { atStart, lines } = said({ HOST_HEADER: 'x-forwarded-host' }, [{ forwarded: 'for=203.0.113.7' }]);
		expect([atStart, lines.length]).toEqual([1, 1]);
		expect(lines[0]).toContain('HOST_HEADER 指明了代理的 x-forwarded-host 头');
	});

	it('says nothing with ADDRESS_HEADER set, or without a proxy', () => {
		expect(said({ ADDRESS_HEADER: 'x-forwarded-for' }, [{ 'x-forwarded-for': '203.0.113.7' }]).lines).toEqual(
			[]
		);
		expect(said({}, [{ host: 'localhost:3000' }]).lines).toEqual([]);
	});
});
