import { describe, expect, it } from 'vitest';
import { fixtureScene } from './__fixtures__/scene.js';
import { pageLayout } from './page-layout.js';
import { SLIDE_SPEC } from './readable.js';
import { FOOTER_LINES } from './page-frame.js';
import { textWidth } from '#lib/scene/text-metrics.js';
import { charReads } from '#lib/scene/__fixtures__/char-reads.js';

describe('pageLayout(scene, spec, title, footer)', () => {
	it('wraps the footer whole, no line ending on opening punctuation nor starting on closing (禁则)', () => {
		const sources = Array.from({ length: 9 }, (_, i) => `《社会组织党建工作文件第${i + 1}号（试行）》`).join(
			'、'
		);
		for (let cut = 0; cut < 12; cut++) {
			const footer = `${'来源：'.padEnd(3 + cut, '某')}${sources} · 全部时间 · 第 1/11 页`;
			const lines = pageLayout(fixtureScene('zh'), SLIDE_SPEC, '标题', footer).footer.map((l) => l.text);
			expect(lines.length).toBeGreaterThan(1);
			expect(lines.join('').replace(/\s/g, '')).toBe(footer.replace(/\s/g, ''));
			for (const line of lines.slice(0, -1)) expect('（《“', line).not.toContain(line.at(-1));
			for (const line of lines.slice(1)) expect('，、）》”', line).not.toContain(line[0]);
		}
	});

	it('cuts a title too long for the page with an ellipsis, keeping its page number in a run', () => {
		const long = 'Party building in social organisations: the management system of the 2015 Opinions, again';
		const title = pageLayout(fixtureScene('en'), SLIDE_SPEC, `${long} (1/2)`, '').title!.text;
		expect(title).toMatch(/^Party building in social organisations.*… \(1\/2\)$/);
		expect(pageLayout(fixtureScene('en'), SLIDE_SPEC, long, '').title!.text).toMatch(/^Party building.*…$/);
	});
});

describe('what a page draws of a long title and footer', () => {
	const scene = fixtureScene('zh');
	const sources = Array.from(
		{ length: 60 },
		(_, i) => `《关于加强社会组织党的建设工作的第${i + 1}号文件》`
	).join('、');

	it('wraps the footer to at most six lines, the last ending in an ellipsis, the date shown and the page number', () => {
		const footer = `来源：${sources} · 全部时间 · 第 3/11 页`;
		const layout = pageLayout(scene, SLIDE_SPEC, '标题', footer);
		const lines = layout.footer.map((l) => l.text);
		expect(lines).toHaveLength(FOOTER_LINES);
		expect(lines.at(-1)).toMatch(/… · 全部时间 · 第 3\/11 页$/);
		for (const line of layout.footer)
			expect(textWidth(line.text, line.size)).toBeLessThanOrEqual(SLIDE_SPEC.width);
		// The drawing keeps most of the page.
		expect(layout.area.height).toBeGreaterThan(SLIDE_SPEC.height / 2);
	});

	it('cuts a title of 2,000 characters reading each character a few times', () => {
		const read = (title: string) => charReads(() => pageLayout(scene, SLIDE_SPEC, title, ''));
		const short = read('标题');
		const title = '社会组织党建工作管理体制'.repeat(167);
		// Measuring every shorter title whole again, as it had, read millions.
		const reads = charReads(() => pageLayout(scene, SLIDE_SPEC, title, ''), short + 5 * title.length);
		expect(reads - short).toBeLessThanOrEqual(5 * title.length);
		expect(pageLayout(scene, SLIDE_SPEC, title, '').title!.text).toMatch(/^社会组织.*…$/);
	});
});
