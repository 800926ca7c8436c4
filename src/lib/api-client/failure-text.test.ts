import { describe, expect, it } from 'vitest';
import type { Problem } from '#lib/model/types.js';
import { ApiFailure } from './charts-client.js';
import { failureText } from './failure-text.js';

describe('failureText(e)', () => {
	it.each([
		[
			413,
			'body_too_large',
			'The body is larger than 5 MB.',
			'文件或数据太大，超过了服务器接受的大小上限。请拆分后再导入或保存。'
		],
		[
			429,
			'rate_limited',
			'More than 30 writes in a minute. Try again in 12 s.',
			'一分钟内的操作太多，请稍后再试。'
		],
		[403, 'wrong_token', 'This edit token does not belong to the chart.', '编辑密钥无效（可能已被更换）。']
	])('says what a %i %s means in Chinese', (status, code, message, zh) => {
		const text = failureText(new ApiFailure(status, code, message));
		expect(text.zh).toBe(zh);
		expect(text.en).not.toBe('');
	});

	it('gives the server’s size limit in Chinese when the answer carries it', () => {
		const failure = new ApiFailure(
			413,
			'body_too_large',
			'The body is larger than 5 MB.',
			[],
			undefined,
			5 * 2 ** 20
		);
		expect(failureText(failure).zh).toBe(
			'文件或数据太大，超过了服务器接受的大小上限（5 MB）。请拆分后再导入或保存。'
		);
	});

	it('keeps the server English with its figures, and lists the problems after the sentence in both languages', () => {
		const failure = new ApiFailure(422, 'invalid_dataset', 'The dataset has problems; nothing was saved.', [
			{
				path: 'edges[0].to',
				message: 'no node has the id "ghost"',
				text: { zh: '没有 id 为“ghost”的节点', en: 'no node has the id "ghost"' }
			},
			// From a server older than problems in both languages: the English stands in.
			{ path: 'nodes', message: 'more than 50000 nodes' } as Problem
		]);
		expect(failureText(failure)).toEqual({
			zh: '数据有问题，未保存任何内容。（edges[0].to：没有 id 为“ghost”的节点；nodes：more than 50000 nodes）',
			en: 'The dataset has problems; nothing was saved. (edges[0].to: no node has the id "ghost"; nodes: more than 50000 nodes)'
		});
	});

	it('leads with Chinese for a code it does not know, and names a network failure', () => {
		expect(failureText(new ApiFailure(400, 'odd_request', 'something unexpected')).zh).toBe(
			'服务器拒绝了请求（HTTP 400）：something unexpected'
		);
		expect(failureText(new ApiFailure(0, 'network', 'Failed to fetch')).zh).toBe(
			'无法连接服务器：Failed to fetch'
		);
	});

	it('takes the Chinese the server sent for refusals it words in both languages', () => {
		const busy = new ApiFailure(
			503,
			'server_busy',
			'The server is busy; try again in 3 s.',
			[],
			undefined,
			undefined,
			{
				zh: '服务器正忙，请 3 秒后再试。',
				en: 'The server is busy; try again in 3 s.'
			}
		);
		expect(failureText(busy)).toEqual({
			zh: '服务器正忙，请 3 秒后再试。',
			en: 'The server is busy; try again in 3 s.'
		});
	});
});
