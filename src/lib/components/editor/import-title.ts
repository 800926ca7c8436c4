import type { Lang, Text } from '#lib/model/types.js';

/**
 * The title the import dialog offers for the chart: the file's own, or the importer's
 * (导入的组织图 / Imported chart), in the page's language; else the file's name.
 * @example offeredTitle({ zh: '导入的组织图', en: 'Imported chart' }, 'units.csv', 'en') // 'Imported chart'
 */
export function offeredTitle(own: Text, fileName: string, lang: Lang): string {
	return own[lang] || own.zh || fileName.replace(/\.[^.]+$/, '');
}

/**
 * The chart's title from the dialog's field: the file's own, in both languages, while the field
 * holds what was offered (or nothing); else what was typed, in both — the other language keeping
 * the file's title would name the chart as it was before the reader renamed it.
 * @example chosenTitle({ zh: '导入的组织图', en: 'Imported chart' }, 'Imported chart', 'Imported chart') // the file's own
 * @example chosenTitle({ zh: '导入的组织图', en: 'Imported chart' }, '导入的组织图', '示范县') // { zh: '示范县', en: '示范县' }
 */
export function chosenTitle(own: Text, offered: string, typed: string): Text {
	const name = typed.trim();
	return name === '' || name === offered ? own : { zh: name, en: name };
}
