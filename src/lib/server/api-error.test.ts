import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, errorResponse, shortProblem } from './api-error.js';

describe('errorResponse(e)', () => {
	afterEach(() => vi.restoreAllMocks());

	it('answers a refusal as its own JSON body, and logs nothing', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const response = errorResponse(new ApiError(404, 'not_found', 'There is no chart "x".'));
		expect(response.status).toBe(404);
		expect((await response.json()).error).toMatchObject({ code: 'not_found' });
		expect(log).not.toHaveBeenCalled();
	});

	it('answers a request its client closed without logging it as the server’s failure', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const closed = new AbortController();
		closed.abort();
		const response = errorResponse(closed.signal.reason);
		expect(response.status).toBe(499);
		expect((await response.json()).error.code).toBe('client_closed');
		expect(log).not.toHaveBeenCalled();
	});

	it('cuts each problem it lists to a readable length, so no answer grows with an id quoted in it', async () => {
		const id = 'x'.repeat(600_000);
		const problem = {
			path: `nodes[0].kind`,
			message: `unknown kind "${id}"`,
			text: { zh: `未知类型「${id}」`, en: `unknown kind "${id}"` }
		};
		const response = errorResponse(
			new ApiError(422, 'invalid_dataset', 'The dataset has problems.', { problems: [problem] })
		);
		const [shown] = (await response.json()).error.problems;
		expect(shown.message).toHaveLength(500);
		expect(shown.message.endsWith('…')).toBe(true);
		expect(shown.text.zh).toHaveLength(500);
		expect(shown.path).toBe('nodes[0].kind');
	});

	it('cuts the values a problem offers too, and never inside a character of two code units', () => {
		const long = '𠀀'.repeat(400);
		const short = shortProblem({
			path: 'units.csv, row 2, column 上级',
			message: long,
			text: { zh: long, en: long },
			suggestion: long,
			suggestions: [long, 'B01']
		});
		expect(short.message.length).toBeLessThanOrEqual(500);
		expect(short.message.endsWith('𠀀…')).toBe(true);
		expect(short.suggestion!.endsWith('𠀀…')).toBe(true);
		expect(short.suggestions![1]).toBe('B01');
	});

	it('logs anything else and answers 500 without saying what broke', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const response = errorResponse(new TypeError('x is undefined'));
		expect(response.status).toBe(500);
		expect(JSON.stringify(await response.json())).not.toContain('x is undefined');
		expect(log).toHaveBeenCalledOnce();
	});
});
