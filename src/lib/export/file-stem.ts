/** A chart's file name, the same whether the server or the page writes the file. */

/**
 * The name an export downloads under: the title it is drawn with, then the date it is as of.
 * @example exportFileName('社会组织党建', '2024-01-01', 'svg') // '社会组织党建-2024-01-01.svg'
 */
export function exportFileName(title: string, asOf: string | undefined, extension: string): string {
	return `${fileStem(title)}${asOf ? `-${asOf}` : ''}.${extension}`;
}

/** Longest file name stem, in UTF-8 bytes: file systems allow 255 for the whole name. */
const STEM_BYTES = 150;

/**
 * A file name from a chart's title, as shown: characters file systems refuse become spaces,
 * invisible format characters go (a right-to-left override would make `‮gvs.exe-….svg` read as
 * `…svg.exe`), and a long title is cut (at a word where it has words), so a user's charts
 * download under their names.
 * @example fileStem('社会组织党建 / 2024') // '社会组织党建 2024'
 */
export function fileStem(title: string): string {
	const clean = title
		.replace(/\p{Cf}+/gu, '')
		.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const utf8 = new TextEncoder();
	let stem = '';
	let bytes = 0;
	for (const c of clean) {
		bytes += utf8.encode(c).length;
		if (bytes > STEM_BYTES) {
			const space = stem.lastIndexOf(' ');
			if (space > 0 && space > stem.length - 24) stem = stem.slice(0, space);
			break;
		}
		stem += c;
	}
	return stem.trim() || 'chart';
}
