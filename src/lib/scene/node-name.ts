import type { Lang } from '#lib/model/types.js';
import { PUNCTUATION } from '#lib/i18n/punctuation.js';

/**
 * A node's drawn label lines as text to put in the page: a line that the wrapping broke at a
 * space gets that space back, so the lines read together are the label (what a screen reader and
 * a check of names against visible text see), while Chinese broken inside a word stays unspaced.
 *
 * @example spokenLines(['General Office of the', 'CPC Central Committee'], 'General Office of the CPC Central Committee')
 * // → ['General Office of the ', 'CPC Central Committee']
 * @example spokenLines(['中共中央办公', '厅'], '中共中央办公厅') // → ['中共中央办公', '厅']
 */
export function spokenLines(lines: readonly string[], whole: string): string[] {
	let at = 0;
	return lines.map((line, i) => {
		const found = whole.indexOf(line, at);
		if (found < 0) return line;
		at = found + line.length;
		return i < lines.length - 1 && whole[at] === ' ' ? `${line} ` : line;
	});
}

/**
 * The accessible name of a chart node: its whole label, its kind, and on a collapsed node the
 * count its badge shows and what the branch hides. It reads in the order the box is written
 * (label, kind, badge), so the name contains the visible text, as WCAG 2.5.3 asks; a label the
 * box cuts short is read as shown first, then whole.
 *
 * @example nodeName({ label: '县委', kind: '地方党委' }, 'zh') // → '县委，地方党委'
 * @example nodeName({ label: 'County', kind: 'Committee', badge: '+3', hidden: 'Hidden below: 3' }, 'en')
 * // → 'County, Committee +3, Hidden below: 3'
 * @example nodeName({ label: '很长的名字', shown: '很长…', kind: '部门' }, 'zh') // → '很长… 部门，很长的名字'
 */
export function nodeName(
	node: { label: string; shown?: string; kind: string; badge?: string; hidden?: string },
	lang: Lang
): string {
	const { comma } = PUNCTUATION[lang];
	const cut = node.shown !== undefined && node.shown !== node.label;
	const name = cut ? `${node.shown} ${node.kind}${comma}${node.label}` : `${node.label}${comma}${node.kind}`;
	return node.badge && node.hidden ? `${name} ${node.badge}${comma}${node.hidden}` : name;
}
