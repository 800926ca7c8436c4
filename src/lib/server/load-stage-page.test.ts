import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { readEmbedOptions, type ReadPageOptions } from '#lib/embed/embed-options.js';
import { loadStagePage } from './load-stage-page.js';

const params = (query: string) => new URLSearchParams(query);
const noHeaders = () => {};

async function failure(query: string, id = 'opinions-2015') {
	const answer = await loadStagePage(id, params(query), noHeaders, readEmbedOptions).catch((e: unknown) => e);
	return isHttpError(answer) ? { status: answer.status, message: answer.body.message } : answer;
}

describe('loadStagePage(id, params, setHeaders, read): the load of embed, present and notes pages', () => {
	it.each([
		['?rev=9', { status: 404, message: '没有这个图表版本。' }],
		['?rev=9&lang=en', { status: 404, message: 'No such chart revision.' }],
		['?lang=en', { status: 404, message: 'No such chart.' }, 'nope']
	])('says what is missing, in the address’s language: %s', async (query, answer, id = 'opinions-2015') => {
		expect(await failure(query, id)).toEqual(answer);
	});

	it('reads the options as the page reads them, against the chart it sends', async () => {
		const seen: string[] = [];
		const read: ReadPageOptions = (p, dataset) => {
			seen.push(`${p.get('step')}:${dataset.id}`);
			return { ...readEmbedOptions(p, dataset), controls: 'full' };
		};
		const page = await loadStagePage('opinions-2015', params('step=2&lang=en'), noHeaders, read);
		expect(seen).toEqual(['2:opinions-2015']);
		expect(page.options).toMatchObject({ step: 2, controls: 'full', view: { lang: 'en' } });
		expect(page.dataset?.id).toBe('opinions-2015');
	});

	it('reads them without the chart when the page is to read a large chart itself', async () => {
		const large = async (id: string) => ({
			id,
			title: { zh: id, en: id },
			rev: 3,
			readOnly: false
		});
		const never: ReadPageOptions = () => {
			throw new Error('read against a chart the server does not have');
		};
		const page = await loadStagePage('big', params('step=2&controls=none'), noHeaders, never, large);
		expect(page).toEqual({
			id: 'big',
			title: { zh: 'big', en: 'big' },
			rev: 3,
			readOnly: false,
			options: { view: {}, controls: 'none', interactive: true, step: 2 }
		});
	});
});
