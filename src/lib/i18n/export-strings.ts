import type { Lang } from '#lib/model/types.js';
import { fillIn } from './fill-in.js';

/** UI strings of the Export dialog. */
export const EXPORT_STRINGS = {
	export: { zh: '导出', en: 'Export' },
	exportTitle: { zh: '导出图表', en: 'Export the chart' },
	layeredAsTree: {
		zh: '此图太大，分层网络排不下，导出的是自上而下的树形（与屏幕上一样）。',
		en: 'This chart is too large for the layered layout: it is exported as a top-down tree, as on screen.'
	},
	format: { zh: '格式', en: 'Format' },
	svg: { zh: 'SVG 矢量图', en: 'SVG vector image' },
	png: { zh: 'PNG 图片', en: 'PNG image' },
	pdf: { zh: 'PDF 文档（可选中文字）', en: 'PDF document (selectable text)' },
	pptx: { zh: 'PowerPoint（可编辑）', en: 'PowerPoint (editable)' },
	html: { zh: '独立网页（可交互，离线可用）', en: 'Standalone web page (interactive, offline)' },
	json: { zh: '数据 JSON（tiaokuai/1）', en: 'Data as JSON (tiaokuai/1)' },
	csvNodes: { zh: '节点表 CSV（Excel 可打开）', en: 'Nodes as CSV (opens in Excel)' },
	csvEdges: { zh: '关系表 CSV（Excel 可打开）', en: 'Relations as CSV (opens in Excel)' },
	graphml: { zh: 'GraphML（图分析软件）', en: 'GraphML (graph tools)' },
	jsonld: { zh: 'JSON-LD（关联数据）', en: 'JSON-LD (linked data)' },
	tiaokuai: {
		zh: '条块打包文件 .tiaokuai（大图表快速打开）',
		en: 'Packed .tiaokuai (opens large charts fast)'
	},
	scope: { zh: '范围', en: 'Scope' },
	currentView: { zh: '当前视图', en: 'Current view' },
	wholeGraph: { zh: '完整图（全部展开、全部关系）', en: 'Whole graph (all expanded, all relations)' },
	heading: { zh: '标题', en: 'Title' },
	sourceLine: { zh: '来源说明', en: 'Source line' },
	addDate: { zh: '来源说明后附导出日期', en: "Add today's date to the source line" },
	exportedOn: { zh: '导出于', en: 'exported' },
	margin: { zh: '边距（像素）', en: 'Margin (px)' },
	scale: { zh: '倍率', en: 'Scale' },
	custom: { zh: '自定义', en: 'Custom' },
	background: { zh: '背景', en: 'Background' },
	themed: { zh: '按主题着色', en: 'Theme colour' },
	transparent: { zh: '透明', en: 'Transparent' },
	paper: { zh: '纸张', en: 'Paper' },
	a4: { zh: 'A4', en: 'A4' },
	a3: { zh: 'A3', en: 'A3' },
	slide: { zh: '16:9 幻灯片', en: '16:9 slide' },
	orientation: { zh: '方向', en: 'Orientation' },
	landscape: { zh: '横向', en: 'Landscape' },
	portrait: { zh: '纵向', en: 'Portrait' },
	tiling: { zh: '大图处理', en: 'Large charts' },
	fit: { zh: '缩放到一页', en: 'Shrink to one page' },
	tile: { zh: '分页拼接（带重叠标记）', en: 'Tile across pages (with overlap marks)' },
	slides: { zh: '幻灯片', en: 'Slides' },
	readable: {
		zh: '可读的分页：放不下时分为概览和各分支',
		en: 'Readable: an overview and its branches when one page is too small'
	},
	single: { zh: '一张幻灯片', en: 'One slide' },
	branches: { zh: '概览加每个分支', en: 'An overview, then each branch' },
	useReadable: { zh: '改用可读的分页', en: 'Use the readable sequence' },
	pictureSize: { zh: '图片尺寸', en: 'Picture size' },
	chartSize: { zh: '按图表大小（乘以倍率）', en: "The chart's own size (times the scale)" },
	fullHd: { zh: '1920 × 1080（16:9 幻灯片大小）', en: '1920 × 1080 (a 16:9 slide)' },
	uhd: { zh: '3840 × 2160（4K）', en: '3840 × 2160 (4K)' },
	pictures: { zh: '图片张数', en: 'Pictures' },
	picturesReadable: {
		zh: '可读：一张看不清时分为多张，打包为 ZIP',
		en: 'Readable: several in a ZIP when one is too small'
	},
	onePicture: { zh: '一张图片', en: 'One picture' },
	zipInstead: {
		zh: '将下载为 ZIP，每张幻灯片一张图片；也可改为导出：',
		en: 'It downloads as a ZIP of slide pictures, one a slide; or export instead as'
	},
	deckInstead: { zh: '请改为导出：', en: 'Export it instead as' },
	asPptx: { zh: 'PowerPoint', en: 'PowerPoint' },
	asPdf: { zh: 'PDF（16:9 页面）', en: 'PDF (16:9 pages)' },
	preview: { zh: '预览', en: 'Preview' },
	noPreview: { zh: '数据格式无图形预览。', en: 'Data formats have no picture to preview.' },
	dataAsOf: {
		zh: '数据只含 {date} 当天有效的节点和关系，即图上显示的这一天；文件名带此日期。要导出全部时间的数据，请在“{control}”中选“{all}”。',
		en: 'The data holds only the nodes and relations in force on {date}, the day the chart shows; the file name carries the date. For every date, choose “{all}” under “{control}”.'
	},
	dataAllDates: {
		zh: '数据包含全部时间的节点和关系，与图上一致。',
		en: 'The data holds the nodes and relations of every date, as the chart shows.'
	},
	largePreview: {
		zh: '这张图较大，预览要几秒钟才能画好；不看预览也可以直接下载。',
		en: 'This chart is large: its preview takes a few seconds to draw. The download does not need it.'
	},
	drawPreview: { zh: '生成预览', en: 'Draw the preview' },
	previewTooLarge: {
		zh: '这张图太大，无法在浏览器里画出预览。',
		en: 'This chart is too large to draw a preview of in the browser.'
	},
	slides16x9: {
		zh: '共 {count} 张幻灯片（16:9），下图为第 1 张。',
		en: '{count} slides (16:9); the first is shown.'
	},
	oneSlide: { zh: '1 张幻灯片（16:9）。', en: 'One slide (16:9).' },
	pagesOf: {
		zh: '共 {count} 页（{paper}），下图为第 1 页。',
		en: '{count} pages ({paper}); the first is shown.'
	},
	onePage: { zh: '1 页（{paper}）。', en: 'One page ({paper}).' },
	picturesOf: {
		zh: '共 {count} 张图片（{size}），打包为 ZIP，下图为第 1 张。',
		en: '{count} pictures ({size}) in a ZIP; the first is shown.'
	},
	onePictureOf: { zh: '1 张图片（{size}）。', en: 'One picture ({size}).' },
	tilesOf: {
		zh: '共 {count} 页（{paper}）：图表按原大小拼接在这些页上，下图为整张图。',
		en: '{count} pages ({paper}): the chart is tiled across them at its size; shown whole.'
	},
	planning: { zh: '正在排版…', en: 'Laying out the pages…' },
	previewFailed: { zh: '预览未能生成：{reason}', en: 'The preview could not be made: {reason}' },
	marksNotExported: {
		zh: '对比标记（新增、移出、变更）只在浏览器中显示，不会导出：文件中的图表不带这些标记。',
		en: 'The compare marks (added, removed, changed) are shown in the browser only and are not exported: the chart in the file is drawn without them.'
	},
	download: { zh: '下载', en: 'Download' },
	cancel: { zh: '取消', en: 'Cancel' },
	close: { zh: '关闭', en: 'Close' },
	working: { zh: '正在生成…', en: 'Preparing…' },
	received: { zh: '已接收', en: 'received' },
	failed: { zh: '导出失败', en: 'Export failed' },
	overLimits: {
		zh: '此图表不在服务器上，导出时须随请求发送；它有 {nodes} 个节点、{edges} 条关系，超过了服务器一次可收的上限（{maxNodes} 个节点、{maxEdges} 条关系、{mb} MB），故无法导出 PNG、PDF 和 PPTX。SVG、HTML 和各数据格式在浏览器中生成，不受此限。',
		en: 'This chart is not on the server, so an export has to send it along; with {nodes} nodes and {edges} relations it is past what the server takes in one request ({maxNodes} nodes, {maxEdges} relations, {mb} MB), so PNG, PDF and PPTX cannot be made of it. SVG, HTML and the data formats are written in the browser, without that limit.'
	},
	bodyTooLarge: {
		zh: '此图表的数据有 {size} MB，超过了服务器一次可收的 {mb} MB，故无法导出 PNG、PDF 和 PPTX。SVG、HTML 和各数据格式在浏览器中生成，不受此限。',
		en: 'This chart’s data is {size} MB, past the {mb} MB the server takes in one request, so PNG, PDF and PPTX cannot be made of it. SVG, HTML and the data formats are written in the browser, without that limit.'
	},
	pngTooLarge: {
		zh: '按此倍数，PNG 将有 {width} × {height} 像素，超过上限（每边 {side} 像素、共 {pixels} 亿像素）。请选 {largest}× 或更小的倍数、幻灯片尺寸，或改用 SVG、PDF。',
		en: 'At this scale the PNG would be {width} × {height} px, past the limit ({side} px a side, {millions} million pixels). Choose {largest}× or less, a slide size, or SVG or PDF.'
	},
	pngTooLargeAtAll: {
		zh: '此图表按图表大小的 PNG 超过上限（每边 {side} 像素、共 {pixels} 亿像素），任何倍数都放不下。请选幻灯片尺寸，或改用 SVG、PDF。',
		en: 'A PNG of this chart at its own size is past the limit ({side} px a side, {millions} million pixels) at any scale. Choose a slide size, or SVG or PDF.'
	},
	pdfTooManyPages: {
		zh: '分页拼接的 PDF 将有 {pages} 页，超过上限（{max} 页）。请选可读的分页、缩放到一页或更大的纸张；用 HTTP API 时，scale={largest} 或更小的比例可以拼接。',
		en: 'Tiled, the PDF would have {pages} pages, past the limit ({max}). Choose readable pages, one page or a larger paper; through the HTTP API, scale={largest} or less tiles it.'
	},
	pdfTooManyPagesAtAll: {
		zh: '分页拼接的 PDF 将有 {pages} 页，超过上限（{max} 页），任何比例都放不下。请选可读的分页、缩放到一页或更大的纸张。',
		en: 'Tiled, the PDF would have {pages} pages, past the limit ({max}) at any scale. Choose readable pages, one page or a larger paper.'
	},
	textTooLong: {
		zh: '{field}有 {count} 个字符，超过上限（{max} 个）。请删短一些。',
		en: 'The {field} is {count} characters long, past the limit ({max}). Please shorten it.'
	},
	apiLink: { zh: '脚本用链接（HTTP API）', en: 'Link for scripts (HTTP API)' },
	apiPost: {
		zh: '脚本用地址（HTTP API，以 POST 发送数据集）',
		en: 'Address for scripts (HTTP API, POST the dataset)'
	}
} satisfies Record<string, Record<Lang, string>>;

/** An Export dialog string in a language, with `{name}` placeholders filled. */
export function te(
	key: keyof typeof EXPORT_STRINGS,
	lang: Lang,
	values: Readonly<Record<string, string | number>> = {}
): string {
	return fillIn(EXPORT_STRINGS[key][lang], values);
}

/**
 * What the Export dialog says of one slide, page or slide-sized picture before download: how
 * large its names and captions come out (points, and pixels for a picture given `pxPerPt`), and
 * whether that is readable.
 * @example textSizeNote('zh', { name: 3.6, caption: 2.8, readable: false }, { minName: 12, minCaption: 10 }, 'slide')
 * // '放在一张幻灯片上，名称约 3.6 磅、说明约 2.8 磅，小于可读的 12 磅和 10 磅。'
 */
export function textSizeNote(
	lang: Lang,
	sizes: { name: number; caption: number; readable: boolean },
	min: { minName: number; minCaption: number },
	unit: 'slide' | 'page' | 'picture',
	pxPerPt?: number
): string {
	const pt = (v: number) => v.toFixed(1);
	// A picture's sizes are those of the slide it is as large as, and its pixels.
	const px = (v: number) =>
		pxPerPt
			? lang === 'zh'
				? `（${Math.round(v * pxPerPt)} 像素）`
				: ` (${Math.round(v * pxPerPt)} px)`
			: '';
	if (lang === 'zh') {
		const where = { slide: '放在一张幻灯片上', page: '放在一页上', picture: '放在一张幻灯片大小的图片上' }[
			unit
		];
		const verdict = sizes.readable ? '清晰可读。' : `小于可读的 ${min.minName} 磅和 ${min.minCaption} 磅。`;
		return `${where}，名称约 ${pt(sizes.name)} 磅${px(sizes.name)}、说明约 ${pt(sizes.caption)} 磅${px(sizes.caption)}，${verdict}`;
	}
	const where = { slide: 'On one slide', page: 'On one page', picture: 'On one slide-sized picture' }[unit];
	const verdict = sizes.readable
		? 'readable.'
		: `below the readable ${min.minName} pt and ${min.minCaption} pt.`;
	return `${where}, names come out at about ${pt(sizes.name)} pt${px(sizes.name)} and captions ${pt(sizes.caption)} pt${px(sizes.caption)}: ${verdict}`;
}

/** What a file of pages is said to hold before download: how many, of what shape. */
export function pageCount(
	lang: Lang,
	unit: 'slide' | 'page' | 'picture' | 'tile',
	count: number,
	shape: { paper?: string; size?: string } = {}
): string {
	const values = { count, paper: shape.paper ?? '', size: shape.size ?? '' };
	if (unit === 'tile') return te('tilesOf', lang, values);
	const one = { slide: 'oneSlide', page: 'onePage', picture: 'onePictureOf' } as const;
	const many = { slide: 'slides16x9', page: 'pagesOf', picture: 'picturesOf' } as const;
	return te(count === 1 ? one[unit] : many[unit], lang, values);
}
