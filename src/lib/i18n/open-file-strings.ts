import type { Lang } from '#lib/model/types.js';
import { fillIn } from './fill-in.js';

/** UI strings of opening a file on the explorer (dropped or chosen), in Chinese and English. */
export const OPEN_FILE_STRINGS = {
	openFile: { zh: '打开文件…', en: 'Open file…' },
	openFileHint: {
		zh: '打开条块打包文件、JSON 数据集或表格（Ctrl+O），也可以把文件拖到图上',
		en: 'Open a packed Tiaokuai file, a JSON dataset or a table (Ctrl+O), or drop the file on the chart'
	},
	dropHere: { zh: '松开鼠标，打开文件', en: 'Drop to open the file' },
	dropKinds: {
		zh: '.tiaokuai 打包文件和 .json 数据集在此打开；CSV、TSV、XLSX 表格转到导入向导。',
		en: 'A .tiaokuai packed file or a .json dataset opens here; a CSV, TSV or XLSX table goes to the import wizard.'
	},
	replaceTitle: { zh: '替换当前图表？', en: 'Replace the chart on screen?' },
	replaceBody: {
		zh: '你在本页改动了故事步骤，这些改动没有保存。打开「{name}」会替换当前图表，改动将丢失。要保留它们，请取消，先用“复制并编辑”保存一份。',
		en: 'You changed the story steps on this page, and the changes are not saved. Opening {name} replaces the chart on screen and loses them. To keep them, cancel and save a copy with “Edit a copy” first.'
	},
	replaceConfirm: { zh: '打开（放弃我的修改）', en: 'Open it (discard my edits)' },
	cancel: { zh: '取消', en: 'Cancel' },
	importing: { zh: '要导入的文件：{name}', en: 'File to import: {name}' },
	fileError: { zh: '无法打开文件', en: 'Could not open the file' },
	wizardUnreachable: {
		zh: '无法打开导入向导来导入「{name}」，请重试。',
		en: 'Could not open the import wizard for {name}. Try again.'
	},
	dismiss: { zh: '关闭提示', en: 'Dismiss' }
} satisfies Record<string, Record<Lang, string>>;

/** A key of the open-file strings. */
export type OpenFileKey = keyof typeof OPEN_FILE_STRINGS;

/**
 * The open-file UI string for a key in a language, with `{name}` placeholders filled in.
 * @example to('replaceBody', 'en', { name: 'a.json' }) // → '… Opening a.json replaces the chart …'
 */
export function to(key: OpenFileKey, lang: Lang, values: Record<string, string> = {}): string {
	return fillIn(OPEN_FILE_STRINGS[key][lang], values);
}
