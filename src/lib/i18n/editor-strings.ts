import type { Lang } from '#lib/model/types.js';
import { fillIn } from './fill-in.js';

/** The UI strings of the editor, the chart pages and the new-chart flow, in Chinese and English. */
export const EDITOR_STRINGS = {
	edit: { zh: '编辑', en: 'Edit' },
	readOnly: { zh: '只读', en: 'Read-only' },
	readOnlyHint: {
		zh: '任何拿到链接的人都可以查看。只有持有编辑密钥的浏览器才能修改。',
		en: 'Anyone with the link can view this chart. Only a browser holding its edit token can change it.'
	},
	enterToken: { zh: '输入编辑密钥', en: 'Enter edit token' },
	useToken: { zh: '使用密钥', en: 'Use token' },
	undo: { zh: '撤销', en: 'Undo' },
	redo: { zh: '重做', en: 'Redo' },
	unsaved: { zh: '有未保存的修改', en: 'Unsaved changes' },
	allSaved: { zh: '已保存', en: 'All saved' },
	save: { zh: '保存', en: 'Save' },
	saving: { zh: '正在保存…', en: 'Saving…' },
	saveMessage: { zh: '修改说明', en: 'What changed' },
	saveMessagePlaceholder: { zh: '例如：新增两个党支部', en: 'e.g. Added two Party branches' },
	cancel: { zh: '取消', en: 'Cancel' },
	close: { zh: '关闭', en: 'Close' },
	apply: { zh: '应用', en: 'Apply' },
	revision: { zh: '版本', en: 'Revision' },
	tabNode: { zh: '节点', en: 'Node' },
	tabKinds: { zh: '类型', en: 'Kinds' },
	tabHistory: { zh: '历史', en: 'History' },
	tabProblems: { zh: '问题', en: 'Problems' },
	selectNode: {
		zh: '在图中点选一个节点来编辑它，或把节点拖到新的上级上。',
		en: 'Click a node in the chart to edit it, or drag a node onto its new parent.'
	},
	addRoot: { zh: '添加顶层节点', en: 'Add top-level node' },
	addChild: { zh: '添加下级', en: 'Add child' },
	newNodeName: { zh: '新节点', en: 'New node' },
	nameZh: { zh: '中文名称', en: 'Chinese name' },
	nameEn: { zh: '英文名称', en: 'English name' },
	kind: { zh: '类型', en: 'Kind' },
	provenance: { zh: '来源性质', en: 'Provenance' },
	parent: { zh: '上级', en: 'Parent' },
	noParent: { zh: '（无，顶层）', en: '(none, top level)' },
	move: { zh: '移动到…', en: 'Move to…' },
	/** What a move changes when the parent shown hangs the node by a relation: that relation, by its kind. */
	moveRepoints: {
		zh: '移动改的是图中把它挂在上级之下的这条“{kind}”关系：改挂到所选节点；选“无”则删去它。',
		en: 'A move changes the "{kind}" relation that hangs it under its parent in the chart: it is re-pointed to the node you pick, or deleted for "none".'
	},
	/** What a move changes when the node is at the top: a new backbone relation. */
	moveAdds: {
		zh: '它在图中没有上级：移动会新加一条“{kind}”关系。',
		en: 'It has no parent in the chart: a move adds a "{kind}" relation.'
	},
	searchNodes: { zh: '搜索节点', en: 'Search nodes' },
	delete: { zh: '删除', en: 'Delete' },
	deleteTitle: { zh: '删除节点', en: 'Delete node' },
	deleteAsk: { zh: '它的下级怎么办？', en: 'What happens to its children?' },
	deleteReattach: { zh: '移到它的上级之下', en: 'Move them up to its parent' },
	deleteSubtree: { zh: '一并删除整个分支', en: 'Delete the whole branch with it' },
	deleteCount: { zh: '将删除的节点数', en: 'Nodes to be deleted' },
	validFrom: { zh: '生效日期', en: 'Valid from' },
	validTo: { zh: '失效日期', en: 'Valid until' },
	validHint: { zh: '留空表示不限', en: 'Leave empty for no limit' },
	approximate: { zh: '约数', en: 'approximate' },
	/** The name of a date's approximate box for a screen reader, which hears it apart from the date. */
	approximateOf: { zh: '{date}为约数', en: '{date} is approximate' },
	attributes: { zh: '属性', en: 'Attributes' },
	key: { zh: '名称', en: 'Key' },
	value: { zh: '值', en: 'Value' },
	addRow: { zh: '添加一行', en: 'Add row' },
	remove: { zh: '移除', en: 'Remove' },
	relations: { zh: '关系', en: 'Relations' },
	addRelation: { zh: '添加关系', en: 'Add relation' },
	relationKind: { zh: '关系类型', en: 'Relation kind' },
	direction: { zh: '方向', en: 'Direction' },
	thisLeads: { zh: '本节点为发出方', en: 'This node leads' },
	otherLeads: { zh: '对方为发出方', en: 'The other node leads' },
	target: { zh: '对方节点', en: 'Other node' },
	citations: { zh: '出处', en: 'Citations' },
	addCitation: { zh: '添加出处', en: 'Add citation' },
	source: { zh: '文件', en: 'Source' },
	clause: { zh: '条款', en: 'Clause' },
	quote: { zh: '引文', en: 'Quote' },
	quoteFound: { zh: '引文与条款原文一致', en: 'Quote matches the clause text' },
	quoteNotFound: { zh: '条款原文中找不到这段引文', en: 'This quote is not in the clause text' },
	quoteEmpty: { zh: '请填写引文', en: 'Enter a quote' },
	noSources: { zh: '本图没有可引用的文件', en: 'This chart has no source documents to cite' },
	kindsTitle: { zh: '类型登记', en: 'Kinds registry' },
	nodeKinds: { zh: '节点类型', en: 'Node kinds' },
	edgeKinds: { zh: '关系类型', en: 'Relation kinds' },
	colour: { zh: '颜色', en: 'Colour' },
	shape: { zh: '形状', en: 'Shape' },
	style: { zh: '线型', en: 'Line style' },
	labelZh: { zh: '中文名', en: 'Chinese label' },
	labelEn: { zh: '英文名', en: 'English label' },
	verbZh: { zh: '中文动词', en: 'Chinese verb' },
	verbEn: { zh: '英文动词', en: 'English verb' },
	tier: { zh: '层级', en: 'Tier' },
	backbone: { zh: '主干', en: 'Backbone' },
	addKind: { zh: '添加类型', en: 'Add kind' },
	shape_rect: { zh: '矩形', en: 'Rectangle' },
	shape_rounded: { zh: '圆角矩形', en: 'Rounded' },
	shape_pill: { zh: '胶囊', en: 'Pill' },
	shape_hexagon: { zh: '六边形', en: 'Hexagon' },
	shape_ellipse: { zh: '椭圆', en: 'Ellipse' },
	style_solid: { zh: '实线', en: 'Solid' },
	style_dashed: { zh: '虚线', en: 'Dashed' },
	style_dotted: { zh: '点线', en: 'Dotted' },
	style_double: { zh: '双线', en: 'Double' },
	newKind: { zh: '新类型', en: 'New kind' },
	inUse: { zh: '处使用', en: 'in use' },
	history: { zh: '修改历史', en: 'Revision history' },
	view: { zh: '查看', en: 'View' },
	restore: { zh: '恢复为新版本', en: 'Restore as new revision' },
	compare: { zh: '与上一版比较', en: 'Compare with previous' },
	compareWith: { zh: '比较', en: 'Compare' },
	viewing: { zh: '正在查看旧版本（只读）', en: 'Viewing an old revision (read-only)' },
	backToCurrent: { zh: '回到当前版本', en: 'Back to the current revision' },
	diffTitle: { zh: '版本比较', en: 'Comparing revisions' },
	added: { zh: '新增', en: 'Added' },
	removed: { zh: '删除', en: 'Removed' },
	changed: { zh: '修改', en: 'Changed' },
	noHistory: { zh: '还没有修改记录', en: 'No revisions yet' },
	savedBy: { zh: '保存者：{author}', en: 'saved by {author}' },
	theOwner: { zh: '图表所有者', en: 'the chart’s owner' },
	problems: { zh: '数据问题', en: 'Problems in the data' },
	noProblems: { zh: '没有发现问题', en: 'No problems found' },
	problemsBlockSave: {
		zh: '数据有问题时服务器可能拒绝保存，建议先修正。',
		en: 'The server may refuse to save data with problems; fix them first.'
	},
	conflictTitle: { zh: '其他人已保存了新版本', en: 'Someone else saved a newer revision' },
	conflictBody: {
		zh: '你的修改基于旧版本。不会覆盖别人的修改：请选择如何处理。',
		en: 'Your edits were made on an older revision. Nothing will overwrite their work: choose what to do.'
	},
	conflictReload: { zh: '载入他们的版本（放弃我的修改）', en: 'Load their revision (discard my edits)' },
	conflictReview: { zh: '比较后保留我的修改', en: 'Review, then keep mine' },
	conflictReviewHint: {
		zh: '图中标出了你的版本与最新版本的差异。确认后，你的版本将作为新的版本保存。',
		en: 'The chart marks how your version differs from the newest revision. Confirm to save yours as a new revision.'
	},
	conflictKeep: { zh: '保存我的版本为新版本', en: 'Save mine as a new revision' },
	draftFound: { zh: '发现未保存的修改', en: 'Unsaved edits found' },
	draftBody: {
		zh: '这个浏览器里保存着你上次未保存的修改',
		en: 'This browser kept edits you had not saved'
	},
	draftStale: {
		zh: '注意：之后有人保存了新版本，恢复后保存时需要处理冲突。',
		en: 'Note: a newer revision was saved since; saving the restored edits will need a conflict review.'
	},
	draftRestore: { zh: '恢复修改', en: 'Restore edits' },
	draftDiscard: { zh: '丢弃', en: 'Discard' },
	tokenTitle: { zh: '请保存编辑密钥', en: 'Keep your edit token' },
	tokenWarning: {
		zh: '密钥只显示这一次。没有它就无法修改这张图。它已存入本浏览器；换电脑或清除浏览器数据前请另行保存。',
		en: 'The token is shown only this once. Without it nobody can change this chart. This browser keeps it; save it elsewhere before you switch computers or clear browser data.'
	},
	copy: { zh: '复制', en: 'Copy' },
	copied: { zh: '已复制', en: 'Copied' },
	gotIt: { zh: '我已保存', en: 'I have saved it' },
	shareLink: { zh: '分享链接（只读）', en: 'Share link (read-only)' },
	myCharts: { zh: '我的图表', en: 'My charts' },
	noCharts: { zh: '这个浏览器还没有创建过图表。', en: 'This browser has not created any charts yet.' },
	newChart: { zh: '新建图表', en: 'New chart' },
	editCopy: { zh: '复制并编辑', en: 'Edit a copy' },
	fromBuiltin: { zh: '复制内置的《意见》图表', en: 'Copy the built-in Opinions chart' },
	fromBuiltinHint: {
		zh: '从2015年《意见》的完整结构开始，再改成你自己的。',
		en: 'Start from the full structure of the 2015 Opinions and make it your own.'
	},
	fromEmpty: { zh: '空白图表', en: 'Empty chart' },
	fromEmptyHint: {
		zh: '只有一个顶层节点和常用类型。',
		en: 'One top-level node and the usual kinds.'
	},
	fromFile: { zh: '导入文件', en: 'Import a file' },
	fromFileHint: {
		zh: 'CSV、Excel（.xlsx）或 tiaokuai/1 JSON：每行一个单位，含名称、上级、类型等列。',
		en: 'CSV, Excel (.xlsx) or tiaokuai/1 JSON: one row per unit with name, parent, kind and other columns.'
	},
	chooseFile: { zh: '选择文件', en: 'Choose file' },
	relationsFile: { zh: '另附关系表（可选）', en: 'Extra relations file (optional)' },
	chartTitle: { zh: '图表标题', en: 'Chart title' },
	create: { zh: '创建图表', en: 'Create chart' },
	creating: { zh: '正在创建…', en: 'Creating…' },
	mapping: { zh: '列对应关系', en: 'Column mapping' },
	mappingHint: {
		zh: '系统猜测了每一列的含义，请核对或修改。未对应的列作为属性保留。',
		en: "Each column's meaning was guessed; check or change it. Columns not mapped are kept as attributes."
	},
	field: { zh: '字段', en: 'Field' },
	column: { zh: '列', en: 'Column' },
	notMapped: { zh: '（不对应）', en: '(not mapped)' },
	recheck: { zh: '重新检查', en: 'Check again' },
	importProblems: { zh: '导入问题', en: 'Import problems' },
	moreProblems: {
		zh: '以上只列出前面的问题；未列出的问题数：',
		en: 'Only the first problems are listed; problems not listed: '
	},
	file: { zh: '文件', en: 'File' },
	row: { zh: '行', en: 'Row' },
	message: { zh: '说明', en: 'Message' },
	fix: { zh: '修改为', en: 'Fix' },
	skipRow: { zh: '跳过此行', en: 'Skip row' },
	skipped: { zh: '已跳过', en: 'Skipped' },
	error: { zh: '错误', en: 'Error' },
	warning: { zh: '提醒', en: 'Warning' },
	importSummary: { zh: '将导入', en: 'Will import' },
	nodesWord: { zh: '个节点', en: 'nodes' },
	nodeWord: { zh: '个节点', en: 'node' },
	edgesWord: { zh: '条关系', en: 'relations' },
	edgeWord: { zh: '条关系', en: 'relation' },
	rowsLeftOut: { zh: '以下行不会导入', en: 'These rows will not be imported' },
	mergedRow: { zh: '已合并', en: 'Merged' },
	didYouMean: { zh: '是否是：', en: 'Did you mean:' },
	mergeRows: { zh: '合并为一个单位', en: 'Merge into one unit' },
	keepBoth: { zh: '保留两个单位', en: 'Keep both' },
	templates: { zh: '从模板开始：', en: 'Start from a template:' },
	templateCsv: { zh: 'CSV 模板', en: 'CSV template' },
	templateXlsx: { zh: 'Excel 模板（含各列说明）', en: 'Excel template (with a guide to the columns)' },
	templateColumns: { zh: '模板各列的说明', en: 'What each column of the template is for' },
	required: { zh: '必填', en: 'required' },
	createAnyway: { zh: '确认并创建', en: 'Confirm and create' },
	importBlockedFile: {
		zh: '文件有错误，无法创建。请按上面的说明修改文件，再重新选择。',
		en: 'The file has errors, so no chart can be made of it. Fix the file as said above and choose it again.'
	},
	importBlocked: {
		zh: '仍有错误。请修改或跳过相应的行后再创建。',
		en: 'There are still errors. Fix or skip those rows before creating the chart.'
	},
	loadFailed: { zh: '加载失败', en: 'Could not load' },
	saveFailed: { zh: '保存失败', en: 'Could not save' },
	wrongToken: {
		zh: '编辑密钥无效（可能已被更换）。',
		en: 'The edit token is not valid (it may have been rotated).'
	},
	sheetUnits: { zh: '单位表', en: 'Units' },
	sheetRelations: { zh: '关系表', en: 'Relations' },
	fieldId: { zh: '编号', en: 'Id' },
	fieldName: { zh: '名称', en: 'Name' },
	fieldNameEn: { zh: '英文名称', en: 'English name' },
	fieldParent: { zh: '上级', en: 'Parent' },
	fieldKind: { zh: '类型', en: 'Kind' },
	fieldRegion: { zh: '地区', en: 'Region' },
	fieldRegionCode: { zh: '地区代码', en: 'Region code' },
	fieldFrom: { zh: '发出方', en: 'From' },
	fieldTo: { zh: '接收方', en: 'To' },
	backToExplorer: { zh: '返回浏览', en: 'Back to the explorer' },
	open: { zh: '打开', en: 'Open' },
	fromRegion: { zh: '按地区生成', en: 'Generate for a region' },
	fromRegionHint: {
		zh: '按《意见》的模型，用真实的行政区划名称和代码生成某省、市、县（或全国）的党建工作机构图。',
		en: 'The Opinions model made concrete for a province, prefecture or county (or the whole country), with real division names and codes.'
	},
	province: { zh: '省级', en: 'Province' },
	prefecture: { zh: '市级', en: 'Prefecture' },
	county: { zh: '县级', en: 'County' },
	wholeCountry: { zh: '全国', en: 'Whole country' },
	allOfIt: { zh: '（整个）', en: '(all of it)' },
	samples: { zh: '每个机构的示例党组织数', en: 'Sample Party organisations per work body' },
	generate: { zh: '生成', en: 'Generate' }
} satisfies Record<string, Record<Lang, string>>;

/** An editor UI string key. */
export type EditorStringKey = keyof typeof EDITOR_STRINGS;

/**
 * The editor UI string for a key in a language, with `{name}` placeholders filled.
 * @example te('approximateOf', 'en', { date: 'Valid from' }) // → 'Valid from is approximate'
 */
export function te(
	key: EditorStringKey,
	lang: Lang,
	values: Readonly<Record<string, string | number>> = {}
): string {
	return fillIn(EDITOR_STRINGS[key][lang], values);
}

/**
 * Who saved a revision, as the history shows it. The server records `owner` when a save names no
 * author, which is the edit token's holder, so that reads as the chart's owner in either language.
 * @example revisionByline('owner', 'zh') // → '保存者：图表所有者'
 * @example revisionByline('县委社会工作部', 'zh') // → '保存者：县委社会工作部'
 */
export function revisionByline(author: string, lang: Lang): string {
	const who = author === 'owner' ? EDITOR_STRINGS.theOwner[lang] : author;
	return te('savedBy', lang, { author: who });
}
