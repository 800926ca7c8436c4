import type { Lang } from '#lib/model/types.js';
import { fillIn } from './fill-in.js';

/** UI strings of embedding and presenting, in Chinese and English. */
export const STORY_STRINGS = {
	embed: { zh: '嵌入', en: 'Embed' },
	embedTitle: { zh: '嵌入此图', en: 'Embed this chart' },
	saveFirst: {
		zh: '此图从其他地址或本机文件打开，本站没有保存。请先用“复制并编辑”保存一份，再嵌入或演示。',
		en: 'This chart was opened from another address or a file and is not saved on this site. Save a copy with “Edit a copy” first, then embed or present it.'
	},
	stepsNotKept: {
		zh: '这里添加的步骤只保留到离开本页；要保存，请先用“复制并编辑”保存一份图表。',
		en: 'Steps added here last until you leave the page; to keep them, save a copy of the chart with “Edit a copy”.'
	},
	width: { zh: '宽度', en: 'Width' },
	height: { zh: '高度', en: 'Height' },
	frameTitle: { zh: '框架标题（供读屏软件朗读）', en: 'Frame title (read by screen readers)' },
	controls: { zh: '控件', en: 'Controls' },
	controlsNone: { zh: '无', en: 'None' },
	controlsMinimal: { zh: '简洁', en: 'Minimal' },
	controlsFull: { zh: '完整', en: 'Full' },
	interactive: { zh: '允许缩放和点击', en: 'Allow zoom and clicks' },
	pinRevision: { zh: '固定为当前版本', en: 'Pin this revision' },
	startStep: { zh: '起始步骤', en: 'Start at step' },
	noStep: { zh: '当前视图', en: 'Current view' },
	snippet: { zh: 'HTML 代码', en: 'HTML code' },
	link: { zh: '链接', en: 'Link' },
	preview: { zh: '预览', en: 'Preview' },
	copy: { zh: '复制', en: 'Copy' },
	copied: { zh: '已复制', en: 'Copied' },
	story: { zh: '故事', en: 'Story' },
	storySteps: { zh: '故事步骤', en: 'Story steps' },
	addStep: { zh: '添加当前视图为步骤', en: 'Add current view as step' },
	stepTitle: { zh: '标题', en: 'Title' },
	stepNote: { zh: '备注', en: 'Note' },
	add: { zh: '添加', en: 'Add' },
	added: { zh: '已添加：{name}', en: 'Added: {name}' },
	copyFailed: { zh: '无法复制，请手动选择文本', en: 'Could not copy; select the text by hand' },
	moveUp: { zh: '上移', en: 'Move up' },
	moveDown: { zh: '下移', en: 'Move down' },
	deleteStep: { zh: '删除', en: 'Delete' },
	gotoStep: { zh: '转到此步', en: 'Go to step' },
	noSteps: { zh: '还没有步骤。调整视图后点“添加”。', en: 'No steps yet. Set up a view, then press Add.' },
	present: { zh: '演示', en: 'Present' },
	previous: { zh: '上一步', en: 'Previous step' },
	next: { zh: '下一步', en: 'Next step' },
	speakerNotes: { zh: '演讲者备注', en: 'Speaker notes' },
	fullscreen: { zh: '全屏', en: 'Full screen' },
	laser: { zh: '激光笔', en: 'Laser pointer' },
	stepOf: { zh: '第 {n} 步，共 {m} 步', en: 'Step {n} of {m}' },
	noStepOf: { zh: '共 {m} 步，尚未开始', en: '{m} steps, none shown yet' },
	stepCount: { zh: '共 {m} 步', en: '{m} steps' },
	nextUp: { zh: '下一步', en: 'Next' },
	lastStep: { zh: '已是最后一步', en: 'This is the last step' },
	elapsed: { zh: '用时', en: 'Elapsed' },
	openInApp: { zh: '在条块中打开', en: 'Open in Tiaokuai' },
	downloadPptx: { zh: '下载 PPTX（每步一页）', en: 'Download PPTX (a slide per step)' },
	downloadPdf: { zh: '下载 PDF（每步一页）', en: 'Download PDF (a page per step)' },
	keysHelp: {
		zh: '←/→、PageUp/PageDown 或滑动切换步骤；L 激光笔；N 备注窗口；F 全屏',
		en: '←/→, PageUp/PageDown or swipe to step; L laser; N notes window; F full screen'
	},
	notesWaiting: { zh: '等待演示窗口……', en: 'Waiting for the presentation window…' },
	noSuchChart: { zh: '没有这个图表。', en: 'No such chart.' },
	noSuchRevision: { zh: '没有这个图表版本。', en: 'No such chart revision.' },
	chartLoading: { zh: '正在载入图表…', en: 'Loading the chart…' },
	chartReadFailed: {
		zh: '图表没能载入，请刷新重试。',
		en: 'The chart could not be loaded; reload to try again.'
	}
} satisfies Record<string, Record<Lang, string>>;

/** A key of the embedding and presenting strings. */
export type StoryStringKey = keyof typeof STORY_STRINGS;

/**
 * The string for a key in a language, with `{name}` placeholders filled in.
 * @example ts('stepOf', 'en', { n: 2, m: 5 }) // → 'Step 2 of 5'
 */
export function ts(key: StoryStringKey, lang: Lang, values: Record<string, string | number> = {}): string {
	return fillIn(STORY_STRINGS[key][lang], values);
}

/**
 * The step counter beside the step buttons: `n/m` once a step is shown, and before that the number
 * of steps in words, never a dash that reads as a missing value.
 * @example stepCounter(-1, 4, 'zh') // → '共 4 步'
 * @example stepCounter(1, 4, 'en') // → '2/4'
 */
export function stepCounter(index: number, count: number, lang: Lang): string {
	return index < 0 ? ts('stepCount', lang, { m: count }) : `${index + 1}/${count}`;
}
