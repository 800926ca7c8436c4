/**
 * Where words meet in Chinese text, so that a label broken inside a run of ideographs breaks
 * between words (县级归口管理的社会组织 / 党组织, not …社会组织党 / 组织). The words come from ICU's
 * dictionary through `Intl.Segmenter`, built into Node and the browsers: the Scene is built in
 * both, and their answers for the built-in labels were compared and found the same. Where it is
 * missing, every position counts as a word's edge and labels break as they did before.
 */

/**
 * Compounds of this domain that ICU's dictionary splits (归|口, 党|组织, 党|建, 国|资|委,
 * 委员|会, 共产|党, 社会|组织: the chart's own subject, which read …新社会 / 组织… and, in the
 * narrowest ellipse, 省级归口管理的社会 / 组织党组织; 中央|和|国家机关, a body's name the ellipse
 * of its Party organisations read as …（归口中央 / 和国家机关工委）) and a label must not be
 * broken inside.
 * Leaving a position out only takes away a place to prefer, so a compound matched across two
 * real words does no harm.
 */
const COMPOUNDS = ['归口', '党组织', '党建', '国资委', '委员会', '共产党', '社会组织', '中央和国家机关'];

let segmenter: Intl.Segmenter | null | undefined;

/** One segmenter for every label; null where the runtime has none. */
function wordSegmenter(): Intl.Segmenter | null {
	if (segmenter === undefined)
		segmenter =
			typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
	return segmenter;
}

/**
 * Loads the segmenter's dictionary now (some 9 ms of CPU the first time, in each process): a
 * worker does it while a download runs, so that the first build does not.
 */
export function warmWordBreaks(): void {
	wordSegmenter()?.segment('社会组织').containing(0);
}

/** True when position `at` of `text` lies inside one of the {@link COMPOUNDS}. */
function insideCompound(text: string, at: number): boolean {
	for (const word of COMPOUNDS)
		for (let k = 1; k < word.length; k++) if (text.startsWith(word, at - k)) return true;
	return false;
}

/**
 * How many characters either side of a position are segmented to tell whether words meet there:
 * Chinese words are rarely longer, and the same few characters around a break recur in many
 * labels (…社会组织党建工 / 作机构), so the answers are kept by them rather than by label.
 */
const REACH = 4;
/** Answers by the characters around the position; started over past a bound, as a server draws many charts. */
const edges = new Map<string, boolean>();
const EDGES_KEPT = 10_000;

/**
 * True when two words meet at position `at` of `text` (between two of its code units), as ICU
 * segments the {@link REACH} characters either side, a compound of this domain kept whole.
 * @example isWordEdge('归口管理', 2) // true; isWordEdge('归口管理', 1) // false
 */
export function isWordEdge(text: string, at: number): boolean {
	// Asked of the whole text, not of the characters around: a compound may be longer than they.
	if (insideCompound(text, at)) return false;
	const start = Math.max(0, at - REACH);
	const near = text.slice(start, at + REACH);
	// The position goes into the key: near the text's start it is not in the middle.
	const key = `${at - start}${near}`;
	let edge = edges.get(key);
	if (edge === undefined) {
		if (edges.size >= EDGES_KEPT) edges.clear();
		const segmenter = wordSegmenter();
		edge = !segmenter || segmenter.segment(near).containing(at - start)?.index === at - start;
		edges.set(key, edge);
	}
	return edge;
}
