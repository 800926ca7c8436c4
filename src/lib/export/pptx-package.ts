import { zipSync, type Zippable } from 'fflate';
import { escapeXml } from './escape-xml.js';

/** Namespaces every PresentationML part declares. */
export const NS =
	'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
	'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
	'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** Slide size: 16:9 at 13.333 in × 7.5 in, in EMU (914,400 per inch). */
export const SLIDE_WIDTH = 12_192_000;
export const SLIDE_HEIGHT = 6_858_000;

/** A relationships part listing `[id, type, target]`. */
function rels(list: [string, string, string][]): string {
	return (
		`${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		list
			.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
			.join('') +
		'</Relationships>'
	);
}

/** An empty shape tree, as masters and layouts carry. */
const EMPTY_TREE =
	'<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
	'<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree>';

/** The theme: Office-like colours, and fonts that cover Chinese on Windows, macOS and Linux. */
function theme(font: string): string {
	const clr = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
	const fonts = `<a:latin typeface="${escapeXml(font)}"/><a:ea typeface="${escapeXml(font)}"/><a:cs typeface=""/>`;
	const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
	return (
		`${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Tiaokuai"><a:themeElements>` +
		'<a:clrScheme name="Tiaokuai"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
		clr('dk2', '1F2328') +
		clr('lt2', 'F6F8FA') +
		clr('accent1', 'B91C1C') +
		clr('accent2', '1D4ED8') +
		clr('accent3', '15803D') +
		clr('accent4', 'B45309') +
		clr('accent5', '7C3AED') +
		clr('accent6', '0E7490') +
		clr('hlink', '1D4ED8') +
		clr('folHlink', '7C3AED') +
		'</a:clrScheme>' +
		`<a:fontScheme name="Tiaokuai"><a:majorFont>${fonts}</a:majorFont><a:minorFont>${fonts}</a:minorFont></a:fontScheme>` +
		'<a:fmtScheme name="Tiaokuai">' +
		`<a:fillStyleLst>${solid}${solid}${solid}</a:fillStyleLst>` +
		`<a:lnStyleLst>${[6350, 12700, 19050].map((w) => `<a:ln w="${w}">${solid}</a:ln>`).join('')}</a:lnStyleLst>` +
		'<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
		`<a:bgFillStyleLst>${solid}${solid}${solid}</a:bgFillStyleLst>` +
		'</a:fmtScheme></a:themeElements></a:theme>'
	);
}

/** Fixed zip entry time: 1980-01-01 00:00 local, the DOS epoch, so every run gives the same bytes. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** A notes page placeholder: the slide's picture or the notes' text body. */
function placeholder(id: number, type: 'sldImg' | 'body', text?: string, lang = 'zh-CN'): string {
	const body =
		text === undefined
			? ''
			: '<p:txBody><a:bodyPr/><a:lstStyle/>' +
				text
					.split('\n')
					.map(
						(line) => `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`
					)
					.join('') +
				'</p:txBody>';
	return (
		`<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${type}"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}"${type === 'body' ? ' idx="1"' : ''}/></p:nvPr></p:nvSpPr><p:spPr/>` +
		`${body}</p:sp>`
	);
}

/** A tree holding a notes page's two placeholders. */
function notesTree(text?: string, lang?: string): string {
	return (
		'<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
		'<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
		placeholder(2, 'sldImg') +
		placeholder(3, 'body', text, lang) +
		'</p:spTree>'
	);
}

/**
 * Adds speaker notes: a notes master (with its own copy of the theme) and a notes page for each
 * slide that has a note. Returns the content types and the slide relationships to add.
 */
function addNotes(
	files: Record<string, string>,
	notes: string[],
	font: string,
	lang: string
): { types: string; slideRels: ([string, string, string] | undefined)[] } {
	files['ppt/theme/theme2.xml'] = theme(font);
	files['ppt/notesMasters/notesMaster1.xml'] =
		`${XML_HEAD}<p:notesMaster ${NS}><p:cSld>${notesTree()}</p:cSld>` +
		'<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>';
	files['ppt/notesMasters/_rels/notesMaster1.xml.rels'] = rels([
		['rId1', `${REL}/theme`, '../theme/theme2.xml']
	]);
	let types =
		`<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="${CT}.presentationml.notesMaster+xml"/>` +
		`<Override PartName="/ppt/theme/theme2.xml" ContentType="${CT}.theme+xml"/>`;
	const slideRels = notes.map((note, i): [string, string, string] | undefined => {
		if (!note) return undefined;
		const n = i + 1;
		files[`ppt/notesSlides/notesSlide${n}.xml`] =
			`${XML_HEAD}<p:notes ${NS}><p:cSld>${notesTree(note, lang)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;
		files[`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`] = rels([
			['rId1', `${REL}/notesMaster`, '../notesMasters/notesMaster1.xml'],
			['rId2', `${REL}/slide`, `../slides/slide${n}.xml`]
		]);
		types += `<Override PartName="/ppt/notesSlides/notesSlide${n}.xml" ContentType="${CT}.presentationml.notesSlide+xml"/>`;
		return ['rId2', `${REL}/notesSlide`, `../notesSlides/notesSlide${n}.xml`];
	});
	return { types, slideRels };
}

/** The content types of a package of `count` slides, with those the notes add. */
function contentTypes(count: number, notesTypes: string): string {
	const slides = Array.from(
		{ length: count },
		(_, i) =>
			`<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="${CT}.presentationml.slide+xml"/>`
	).join('');
	return (
		`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
		`<Override PartName="/ppt/presentation.xml" ContentType="${CT}.presentationml.presentation.main+xml"/>` +
		`<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${CT}.presentationml.slideMaster+xml"/>` +
		`<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="${CT}.presentationml.slideLayout+xml"/>` +
		slides +
		`<Override PartName="/ppt/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
		notesTypes +
		`<Override PartName="/ppt/presProps.xml" ContentType="${CT}.presentationml.presProps+xml"/>` +
		`<Override PartName="/ppt/viewProps.xml" ContentType="${CT}.presentationml.viewProps+xml"/>` +
		`<Override PartName="/ppt/tableStyles.xml" ContentType="${CT}.presentationml.tableStyles+xml"/>` +
		'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
		`<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
		'</Types>'
	);
}

/** The package's own relationships and its document properties: title, creator, slide count. */
function addDocumentParts(files: Record<string, string>, title: string, count: number): void {
	files['_rels/.rels'] = rels([
		['rId1', `${REL}/officeDocument`, 'ppt/presentation.xml'],
		[
			'rId2',
			'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
			'docProps/core.xml'
		],
		['rId3', `${REL}/extended-properties`, 'docProps/app.xml']
	]);
	files['docProps/core.xml'] =
		`${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:title>${escapeXml(title)}</dc:title><dc:creator>Tiaokuai</dc:creator></cp:coreProperties>`;
	files['docProps/app.xml'] =
		`${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Tiaokuai</Application><Slides>${count}</Slides></Properties>`;
}

/** The presentation part listing `n` slides (and the notes master), with its relationships. */
function addPresentation(files: Record<string, string>, n: number, withNotes: boolean): void {
	files['ppt/presentation.xml'] =
		`${XML_HEAD}<p:presentation ${NS} saveSubsetFonts="1">` +
		'<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
		(withNotes ? `<p:notesMasterIdLst><p:notesMasterId r:id="rId${n + 6}"/></p:notesMasterIdLst>` : '') +
		`<p:sldIdLst>${Array.from({ length: n }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`).join('')}</p:sldIdLst>` +
		`<p:sldSz cx="${SLIDE_WIDTH}" cy="${SLIDE_HEIGHT}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`;
	files['ppt/_rels/presentation.xml.rels'] = rels([
		['rId1', `${REL}/slideMaster`, 'slideMasters/slideMaster1.xml'],
		...Array.from(
			{ length: n },
			(_, i) => [`rId${i + 2}`, `${REL}/slide`, `slides/slide${i + 1}.xml`] as [string, string, string]
		),
		[`rId${n + 2}`, `${REL}/presProps`, 'presProps.xml'],
		[`rId${n + 3}`, `${REL}/viewProps`, 'viewProps.xml'],
		[`rId${n + 4}`, `${REL}/theme`, 'theme/theme1.xml'],
		[`rId${n + 5}`, `${REL}/tableStyles`, 'tableStyles.xml'],
		...(withNotes
			? [[`rId${n + 6}`, `${REL}/notesMaster`, 'notesMasters/notesMaster1.xml'] as [string, string, string]]
			: [])
	]);
}

/** Presentation and view properties, table styles, the theme, the master and its blank layout. */
function addMasterParts(files: Record<string, string>, font: string): void {
	files['ppt/presProps.xml'] = `${XML_HEAD}<p:presentationPr ${NS}/>`;
	files['ppt/viewProps.xml'] =
		`${XML_HEAD}<p:viewPr ${NS}><p:normalViewPr/><p:slideViewPr><p:cSldViewPr><p:cViewPr><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale><p:origin x="0" y="0"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`;
	files['ppt/tableStyles.xml'] =
		`${XML_HEAD}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`;
	files['ppt/theme/theme1.xml'] = theme(font);
	files['ppt/slideMasters/slideMaster1.xml'] =
		`${XML_HEAD}<p:sldMaster ${NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>${EMPTY_TREE}</p:cSld>` +
		'<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
		'<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>' +
		'<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>';
	files['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = rels([
		['rId1', `${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml'],
		['rId2', `${REL}/theme`, '../theme/theme1.xml']
	]);
	files['ppt/slideLayouts/slideLayout1.xml'] =
		`${XML_HEAD}<p:sldLayout ${NS} type="blank" preserve="1"><p:cSld name="Blank">${EMPTY_TREE}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;
	files['ppt/slideLayouts/_rels/slideLayout1.xml.rels'] = rels([
		['rId1', `${REL}/slideMaster`, '../slideMasters/slideMaster1.xml']
	]);
}

/**
 * Packs slide bodies (each a complete `p:sld` part) into a PowerPoint file with one master, one
 * blank layout and a theme, and the speaker notes of slides that have them (`notes[i]`, '' for
 * none; with no notes at all there is no notes master). Everything else PowerPoint expects is
 * here and no part carries a date, so the same slides always zip to the same bytes.
 */
export function packPptx(
	slides: string[],
	title: string,
	font: string,
	notes: string[] = [],
	lang = 'zh-CN'
): Uint8Array {
	const files: Record<string, string> = {};
	const withNotes = notes.some(Boolean);
	const noted = withNotes ? addNotes(files, notes, font, lang) : { types: '', slideRels: [] };
	files['[Content_Types].xml'] = contentTypes(slides.length, noted.types);
	addDocumentParts(files, title, slides.length);
	addPresentation(files, slides.length, withNotes);
	addMasterParts(files, font);
	slides.forEach((body, i) => {
		files[`ppt/slides/slide${i + 1}.xml`] = body;
		const note = noted.slideRels[i];
		files[`ppt/slides/_rels/slide${i + 1}.xml.rels`] = rels([
			['rId1', `${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml'],
			...(note ? [note] : [])
		]);
	});
	const enc = new TextEncoder();
	const zippable: Zippable = {};
	for (const [name, text] of Object.entries(files))
		zippable[name] = [enc.encode(text), { mtime: ZIP_TIME, level: 6 }];
	return zipSync(zippable);
}

/** The XML declaration parts start with. */
export { XML_HEAD };
