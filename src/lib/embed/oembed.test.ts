import { describe, expect, it } from 'vitest';
import { chartOfUrl, oembedDiscoveryHref, oembedResponse } from './oembed.js';
import { escapeAttribute, iframeSnippet } from './snippet.js';

const host = 't.example';

describe('chartOfUrl(url, host)', () => {
	it.each([
		['https://t.example/', 'opinions-2015'],
		['https://t.example/charts/abc-123', 'abc-123'],
		['https://t.example/present/opinions-2015?step=2', 'opinions-2015'],
		['https://t.example/embed/opinions-2015', 'opinions-2015']
	])('%s shows %s', (url, id) => {
		expect(chartOfUrl(url, host)?.id).toBe(id);
	});
	it.each([
		'https://evil.example/charts/abc',
		'ftp://t.example/charts/abc',
		'https://t.example/api/charts/abc',
		'https://t.example/charts/',
		'not a url'
	])('rejects %s', (url) => {
		expect(chartOfUrl(url, host)).toBeNull();
	});
});

describe('oembedResponse(input)', () => {
	const chart = chartOfUrl('https://t.example/present/opinions-2015?lang=en&step=2', host)!;
	it('answers type rich with an iframe of the embed that keeps the view parameters', () => {
		const r = oembedResponse({ chart, title: 'Opinions' });
		expect(r).toMatchObject({ type: 'rich', version: '1.0', width: 800, height: 600, title: 'Opinions' });
		expect(r.html).toBe(
			'<iframe src="https://t.example/embed/opinions-2015?lang=en&amp;step=2" width="800" height="600" title="Opinions" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>'
		);
	});
	it('fits within maxwidth and maxheight', () => {
		const r = oembedResponse({ chart, title: 'x', maxwidth: 400, maxheight: 300 });
		expect([r.width, r.height]).toEqual([400, 300]);
		expect(r.html).toContain('width="400" height="300"');
		// However small: oEmbed says a provider must respect the bounds.
		const tiny = oembedResponse({ chart, title: 'x', maxwidth: 100, maxheight: 80 });
		expect([tiny.width, tiny.height]).toEqual([100, 80]);
	});
	it('escapes the title', () => {
		const r = oembedResponse({ chart, title: '"><script>' });
		expect(r.html).toContain('title="&quot;&gt;&lt;script&gt;"');
	});
	it('discovery href encodes the page URL', () => {
		expect(oembedDiscoveryHref('https://t.example', 'https://t.example/?lang=en')).toBe(
			'https://t.example/api/oembed?format=json&url=https%3A%2F%2Ft.example%2F%3Flang%3Den'
		);
	});
});

describe('iframeSnippet / escapeAttribute', () => {
	it('escapes quotes and angle brackets', () => {
		expect(escapeAttribute('a"<b>&')).toBe('a&quot;&lt;b&gt;&amp;');
	});
	it('rounds sizes', () => {
		expect(iframeSnippet({ src: 'x', width: 10.6, height: 5.2, title: 't' })).toContain(
			'width="11" height="5"'
		);
	});
});
