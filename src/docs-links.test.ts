import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative link of the README and the documents in docs/ must reach a file, and a link to a
// heading (#anchor) must name one that exists, as GitHub spells heading anchors.

const DOCUMENTS = [
	'README.md',
	...readdirSync('docs')
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`)
];

/** The text outside fenced code blocks and inline code, where Markdown links live. */
function prose(markdown: string): string {
	return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/**
 * A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens.
 * @example slug('开始使用 · Quick start') // → '开始使用--quick-start'
 */
function slug(heading: string): string {
	return heading
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`/g, '')
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Every anchor of a Markdown file's headings, repeated headings numbered as GitHub numbers them. */
function anchors(markdown: string): Set<string> {
	const seen = new Map<string, number>();
	const out = new Set<string>();
	for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
		const base = slug(text);
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		out.add(n === 0 ? base : `${base}-${n}`);
	}
	return out;
}

/** The relative link targets of a document: `[text](target)`, `![alt](target)`. */
function relativeLinks(markdown: string): string[] {
	return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
		.map((m) => m[1])
		.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** What is wrong with one link of a document, or null when it resolves. */
function brokenLink(document: string, target: string): string | null {
	const [path, anchor] = target.split('#', 2);
	const file = path === '' ? document : normalize(join(dirname(document), decodeURI(path)));
	if (!existsSync(file)) return `${document}: ${target} — no file ${file}`;
	if (anchor === undefined || !file.endsWith('.md')) return null;
	const wanted = decodeURIComponent(anchor);
	return anchors(readFileSync(file, 'utf8')).has(wanted)
		? null
		: `${document}: ${target} — no heading #${wanted}`;
}

describe('links in README.md and docs/', () => {
	it('finds the documents and their links', () => {
		expect(DOCUMENTS).toContain('docs/guide.zh.md');
		expect(relativeLinks(readFileSync('README.md', 'utf8')).length).toBeGreaterThan(20);
	});

	it.each(DOCUMENTS)('%s links only to files and headings that exist', (document) => {
		const markdown = readFileSync(document, 'utf8');
		const broken = relativeLinks(markdown)
			.map((target) => brokenLink(document, target))
			.filter((problem) => problem !== null);
		expect(broken).toEqual([]);
	});
});

describe('slug', () => {
	it.each([
		['Quick start', 'quick-start'],
		['开始使用 · Quick start', '开始使用--quick-start'],
		['导入 Excel 表格', '导入-excel-表格'],
		['Presenting (stories)', 'presenting-stories'],
		['`postMessage` API', 'postmessage-api']
	])('%s → %s', (heading, anchor) => {
		expect(slug(heading)).toBe(anchor);
	});
});
