import { describe, expect, it } from 'vitest';
import { fixtureScene } from './__fixtures__/scene.js';
import { pageLayout } from './page-layout.js';
import { SLIDE_SPEC } from './readable.js';

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
