import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { ApiFailure, ChartsClient } from './charts-client.js';

/** A fetch that records the request and answers with a fixed response. */
function fakeFetch(status: number, body: unknown) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fetcher = (async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
	}) as typeof fetch;
	return { calls, fetcher };
}

describe('ChartsClient', () => {
	it('saves with the token and the ETag of the revision the edit was made on', async () => {
		const { calls, fetcher } = fakeFetch(200, { rev: 4 });
		const saved = await new ChartsClient(fetcher).save('abc', 'tok', 3, fixture, 'rename');
		expect(saved.rev).toBe(4);
		const headers = new Headers(calls[0].init.headers);
		expect(calls[0].url).toBe('/api/charts/abc');
		expect(calls[0].init.method).toBe('PUT');
		expect(headers.get('authorization')).toBe('Bearer tok');
		expect(headers.get('if-match')).toBe('"rev-3"');
		expect(JSON.parse(String(calls[0].init.body))).toEqual({ dataset: fixture, message: 'rename' });
	});

	it('turns a stale save into a conflict carrying the current revision', async () => {
		const { fetcher } = fakeFetch(412, {
			error: { code: 'stale_revision', message: 'Someone saved', currentRev: 5 }
		});
		const failure = await new ChartsClient(fetcher).save('abc', 'tok', 3, fixture, '').catch((e) => e);
		expect(failure).toBeInstanceOf(ApiFailure);
		expect([failure.isConflict, failure.code, failure.currentRev]).toEqual([true, 'stale_revision', 5]);
	});

	it('keeps every problem of an invalid dataset', async () => {
		const problems = [{ path: 'nodes[0].kind', message: 'unknown kind' }];
		const { fetcher } = fakeFetch(422, { error: { code: 'invalid_dataset', message: 'bad', problems } });
		const failure = await new ChartsClient(fetcher).create({ dataset: fixture }).catch((e) => e);
		expect(failure.problems).toEqual(problems);
		expect(failure.isConflict).toBe(false);
	});

	it('reads a given revision', async () => {
		const { calls, fetcher } = fakeFetch(200, { id: 'abc', rev: 2, dataset: fixture });
		await new ChartsClient(fetcher).get('abc', 2);
		expect(calls[0].url).toBe('/api/charts/abc?rev=2');
	});

	it('reports a network failure as status 0', async () => {
		const fetcher = (async () => {
			throw new TypeError('offline');
		}) as typeof fetch;
		const failure = await new ChartsClient(fetcher).revisions('abc').catch((e) => e);
		expect([failure.status, failure.code]).toEqual([0, 'network']);
	});
});
