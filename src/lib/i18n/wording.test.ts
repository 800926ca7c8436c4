import { describe, expect, it } from 'vitest';
import type { Lang } from '#lib/model/types.js';
import { STRINGS } from './strings.js';
import { EXPLORE_STRINGS, tx } from './explore-strings.js';
import { EDITOR_STRINGS, revisionByline, te } from './editor-strings.js';
import { EXPORT_STRINGS } from './export-strings.js';
import { STORY_STRINGS, stepCounter } from './story-strings.js';
import { OPEN_FILE_STRINGS } from './open-file-strings.js';
import { opinions2015Kinds as opinionsKinds } from '#lib/data/opinions-2015-kinds.js';

const TABLES = {
	STRINGS,
	EXPLORE_STRINGS,
	EDITOR_STRINGS,
	EXPORT_STRINGS,
	STORY_STRINGS,
	OPEN_FILE_STRINGS
} as Record<string, Record<string, Record<Lang, string>>>;

/** ASCII punctuation a Chinese sentence should not carry; a colon between digits (16:9) is a ratio. */
function asciiPunctuation(text: string): string[] {
	const plain = text.replace(/\{\w+\}/g, '').replace(/\d:\d/g, '');
	return plain.match(/[,:;!?()]/g) ?? [];
}

describe('Chinese UI strings', () => {
	it('use Chinese punctuation throughout', () => {
		const offending = Object.entries(TABLES).flatMap(([table, strings]) =>
			Object.entries(strings)
				.filter(([, text]) => asciiPunctuation(text.zh).length > 0)
				.map(([key, text]) => `${table}.${key}: ${text.zh}`)
		);
		expect(offending).toEqual([]);
	});
});

describe('revisionByline', () => {
	it('names the chart’s owner in words rather than the store’s placeholder', () => {
		expect(revisionByline('owner', 'zh')).toBe('保存者：图表所有者');
		expect(revisionByline('owner', 'en')).toBe('saved by the chart’s owner');
	});

	it('gives any other author as written', () => {
		expect(revisionByline('县委社会工作部', 'zh')).toBe('保存者：县委社会工作部');
		expect(revisionByline('Li Hua', 'en')).toBe('saved by Li Hua');
	});

	it('gives an author with a dollar sign as written too, never as a replacement pattern', () => {
		expect(revisionByline('A$&B', 'en')).toBe('saved by A$&B');
		expect(revisionByline("$'部", 'zh')).toBe("保存者：$'部");
	});
});

describe('te(key, lang, values): the editor’s strings filled as every table’s are', () => {
	it('puts the date field’s name in the sentence in both languages', () => {
		expect(te('approximateOf', 'zh', { date: te('validFrom', 'zh') })).toBe('生效日期为约数');
		expect(te('approximateOf', 'en', { date: te('validFrom', 'en') })).toBe('Valid from is approximate');
	});
});

describe('the trace bar’s count of what lies below', () => {
	it('puts the number in the sentence in both languages', () => {
		expect(tx('below', 'zh', { n: 1 })).toBe('下辖 1 个');
		expect(tx('below', 'en', { n: 1 })).toBe('Below it: 1');
	});
});

describe('stepCounter', () => {
	it('says how many steps there are before any is shown', () => {
		expect(stepCounter(-1, 4, 'zh')).toBe('共 4 步');
		expect(stepCounter(-1, 4, 'en')).toBe('4 steps');
	});

	it('counts the step shown from 1', () => {
		expect(stepCounter(0, 4, 'zh')).toBe('1/4');
		expect(stepCounter(3, 4, 'en')).toBe('4/4');
	});
});

describe('relation kinds of the built-in chart', () => {
	it('are named in English by nouns, not by the verb’s -ing form', () => {
		const gerunds = opinionsKinds.edges.map((k) => k.label.en).filter((label) => /ing$/.test(label));
		expect(gerunds).toEqual([]);
	});
});
