import { FORMAT, type Problem, type Text } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { relationFields, unitFields } from './column-mapping.js';
import type { TableImportOptions } from './import-types.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const SHEETS = ['units', 'relations'] as const;

/** What an option should hold, as a sentence in both languages. */
const should = (zh: string, en: string): Text => ({ zh: `应为${zh}`, en: `must be ${en}` });

/** Checks the options one at a time, each problem at the option's path (`options.fixes[2].row`). */
class OptionCheck {
	readonly problems: Problem[] = [];

	report(at: string, text: Text): void {
		const path = at === '' ? 'options' : `options.${at.replace(/^\./, '')}`;
		this.problems.push({
			path,
			message: `${path} ${text.en}`,
			text: { zh: `${path} ${text.zh}`, en: `${path} ${text.en}` }
		});
	}

	object(path: string, v: unknown): v is Json {
		if (isObject(v)) return true;
		this.report(path, should('一个对象', 'an object'));
		return false;
	}

	text(path: string, v: unknown): void {
		if (typeof v !== 'string') this.report(path, should('文本', 'text'));
	}

	/** An object whose keys are among `allowed`, each value checked by `each`. */
	fields(
		path: string,
		v: unknown,
		allowed: readonly string[],
		each: (key: string, value: unknown) => void
	): void {
		if (!this.object(path, v)) return;
		for (const [key, value] of Object.entries(v)) {
			if (!allowed.includes(key)) {
				this.report(`${path}.${key}`, {
					zh: `不是可用的选项（可用：${allowed.join('、')}）`,
					en: `is not an option (known: ${allowed.join(', ')})`
				});
			} else each(key, value);
		}
	}

	rows(path: string, v: unknown): void {
		if (!Array.isArray(v) || !v.every((r) => Number.isInteger(r) && r >= 1)) {
			this.report(
				path,
				should('行号（1 或更大的整数）的列表', 'a list of row numbers (whole numbers from 1)')
			);
		}
	}

	fix(path: string, v: unknown): void {
		this.fields(path, v, ['sheet', 'row', 'field', 'value'], (key, value) => {
			if (key === 'sheet' && !SHEETS.includes(value as 'units'))
				this.report(`${path}.sheet`, should('“units”或“relations”', '"units" or "relations"'));
			if (key === 'row' && !(Number.isInteger(value) && (value as number) >= 1))
				this.report(`${path}.row`, should('1 或更大的整数', 'a whole number from 1'));
			if (key === 'field' || key === 'value') this.text(`${path}.${key}`, value);
		});
		if (!isObject(v)) return;
		for (const key of ['sheet', 'row', 'field', 'value'])
			if (!(key in v)) this.report(`${path}.${key}`, { zh: '缺失', en: 'is missing' });
		// A field its sheet's rows do not have would fix nothing.
		const fields: readonly string[] | undefined =
			v.sheet === 'units' ? unitFields : v.sheet === 'relations' ? relationFields : undefined;
		if (fields && typeof v.field === 'string' && !fields.includes(v.field))
			this.report(`${path}.field`, {
				zh: `不是${v.sheet === 'units' ? '单位表' : '关系表'}的字段（可用：${fields.join('、')}）`,
				en: `is not a field of the ${v.sheet} table (known: ${fields.join(', ')})`
			});
	}

	/** One merge-or-keep choice for a row named like an earlier one: `{ row, choice }`. */
	sameName(path: string, v: unknown): void {
		this.fields(path, v, ['row', 'choice'], (key, value) => {
			if (key === 'row' && !(Number.isInteger(value) && (value as number) >= 1))
				this.report(`${path}.row`, should('1 或更大的整数', 'a whole number from 1'));
			if (key === 'choice' && value !== 'merge' && value !== 'keep')
				this.report(`${path}.choice`, should('“merge”或“keep”', '"merge" or "keep"'));
		});
		if (isObject(v))
			for (const key of ['row', 'choice'])
				if (!(key in v)) this.report(`${path}.${key}`, { zh: '缺失', en: 'is missing' });
	}

	kinds(v: unknown): void {
		const probe = {
			format: FORMAT,
			id: 'options',
			title: { zh: '选项', en: 'options' },
			kinds: v,
			nodes: [],
			edges: [],
			sources: []
		};
		const result = validate(probe);
		if (result.ok) return;
		for (const p of result.problems) this.report(p.path, p.text);
	}
}

/**
 * Checks the options of a table import as sent to the API (parsed JSON): every option known, each
 * of the right type, so a wrong value is refused with the option's name instead of failing later
 * as an error blamed on the file.
 * @example checkImportOptions({ fixes: {} }) // → { ok: false, problems: [{ path: 'options.fixes', message: 'options.fixes must be a list …' }] }
 */
export function checkImportOptions(
	value: unknown
): { ok: true; options: TableImportOptions } | { ok: false; problems: Problem[] } {
	const check = new OptionCheck();
	const known = ['mapping', 'kinds', 'defaultKind', 'skipRows', 'fixes', 'sameName', 'files', 'id', 'title'];
	check.fields('', value, known, (key, v) => {
		if (key === 'mapping') {
			check.fields('mapping', v, SHEETS, (sheet, m) =>
				check.fields(
					`mapping.${sheet}`,
					m,
					sheet === 'units' ? unitFields : relationFields,
					(field, column) => check.text(`mapping.${sheet}.${field}`, column)
				)
			);
		} else if (key === 'skipRows')
			check.fields('skipRows', v, SHEETS, (sheet, rows) => check.rows(`skipRows.${sheet}`, rows));
		else if (key === 'fixes') {
			if (!Array.isArray(v)) check.report('fixes', should('更正的列表', 'a list of fixes'));
			else v.forEach((fix, i) => check.fix(`fixes[${i}]`, fix));
		} else if (key === 'sameName') {
			if (!Array.isArray(v))
				check.report('sameName', should('合并或保留的选择的列表', 'a list of merge-or-keep choices'));
			else v.forEach((choice, i) => check.sameName(`sameName[${i}]`, choice));
		} else if (key === 'files')
			check.fields('files', v, SHEETS, (sheet, name) => check.text(`files.${sheet}`, name));
		else if (key === 'title')
			check.fields('title', v, ['zh', 'en'], (lang, t) => check.text(`title.${lang}`, t));
		else if (key === 'kinds') check.kinds(v);
		else check.text(key, v);
	});
	return check.problems.length === 0
		? { ok: true, options: value as TableImportOptions }
		: { ok: false, problems: check.problems };
}
