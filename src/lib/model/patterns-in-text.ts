/**
 * Which of many patterns occur in a text, found in one pass over the text (Aho–Corasick). The
 * dataset check asks whether each citation's quote occurs verbatim in its clause: asked one quote
 * at a time, a clause of 2.5 MB quoted by 1,000 citations was read 1,000 times (12 s, on the
 * server's main thread). Here the text is read once whatever the number of patterns.
 *
 * Characters are UTF-16 code units, compared as `String.prototype.includes` compares them, so
 * `patternsIn(text, [p])[0] === text.includes(p)` for every string, surrogate halves included.
 *
 * Work, counted in {@link Work} steps (one look-up of a child in the trie, or one node visited):
 * with n the length of the text and m the total length of the patterns, at most 2n + 4m.
 * - Building the trie: one step per pattern character, m.
 * - Failure links: one step per node, at most m, plus one per link followed back; along the
 *   nodes a pattern adds to the trie, the depth of the link found grows by at most one per node
 *   and shrinks with each link followed, so these are at most the pattern's length: m in all.
 * - Reading the text: one step per character, n, plus one per link followed back, which likewise
 *   cannot exceed the characters read: n.
 * - Passing "occurs" down the failure links: one step per node, at most m.
 * Each step is a few reads of typed arrays and, at a node with more than one child, a look-up in
 * the map of its other children, keyed by a 16-bit character.
 */

/** A count of the matcher's steps, so that tests can bound its work without timing it. */
export interface Work {
	steps: number;
}

/**
 * The trie of the patterns as columns of numbers (the quotes of a 5 MB body can make millions of
 * nodes, too many for an object each). Node 0, the root, is the empty string; each other node is
 * its parent's string and one character more, a prefix of some pattern.
 */
class Trie {
	readonly parent: Int32Array;
	readonly char: Uint16Array;
	readonly depth: Int32Array;
	/**
	 * Each node's first child, 0 for none (no node's child is the root), and the character to it:
	 * most nodes of a long quote have only that one, so no map entry is spent on them.
	 */
	readonly firstChild: Int32Array;
	readonly firstChar: Uint16Array;
	/**
	 * The other children of a node that has more than one, by character: `branches[k - 1]` for a
	 * node whose `branch` is k, none for 0. Each pattern adds at most one such child (past its
	 * first new node, every node it adds is new), so there are fewer maps than patterns.
	 */
	readonly branch: Int32Array;
	readonly branches: Map<number, number>[] = [];
	size = 1;

	/** A trie with room for `capacity` nodes, the root included. */
	constructor(capacity: number) {
		this.parent = new Int32Array(capacity);
		this.char = new Uint16Array(capacity);
		this.depth = new Int32Array(capacity);
		this.firstChild = new Int32Array(capacity);
		this.firstChar = new Uint16Array(capacity);
		this.branch = new Int32Array(capacity);
	}

	/** The child of `node` along `char`, or 0 when there is none. */
	child(node: number, char: number): number {
		const first = this.firstChild[node];
		if (first === 0) return 0;
		if (this.firstChar[node] === char) return first;
		const branch = this.branch[node];
		return branch === 0 ? 0 : (this.branches[branch - 1].get(char) ?? 0);
	}

	/** Adds a child to `node` along `char`, which it does not have yet, and returns it. */
	addChild(node: number, char: number): number {
		const added = this.size++;
		this.parent[added] = node;
		this.char[added] = char;
		this.depth[added] = this.depth[node] + 1;
		if (this.firstChild[node] === 0) {
			this.firstChild[node] = added;
			this.firstChar[node] = char;
		} else {
			if (this.branch[node] === 0) this.branch[node] = this.branches.push(new Map());
			this.branches[this.branch[node] - 1].set(char, added);
		}
		return added;
	}
}

/** Adds a pattern to the trie and returns the node that spells it (the root for ''). */
function insert(trie: Trie, pattern: string, work: Work): number {
	let node = 0;
	for (let i = 0; i < pattern.length; i++) {
		const char = pattern.charCodeAt(i);
		work.steps++;
		node = trie.child(node, char) || trie.addChild(node, char);
	}
	return node;
}

/**
 * The nodes by depth, the root first (a counting sort): failure links are found in this order,
 * since a node's link is a shorter string than the node, and "occurs" is passed down in the reverse.
 */
function byDepth(trie: Trie): Int32Array {
	let deepest = 0;
	for (let node = 0; node < trie.size; node++) deepest = Math.max(deepest, trie.depth[node]);
	const next = new Int32Array(deepest + 2);
	for (let node = 0; node < trie.size; node++) next[trie.depth[node] + 1]++;
	for (let depth = 1; depth <= deepest; depth++) next[depth] += next[depth - 1];
	const order = new Int32Array(trie.size);
	for (let node = 0; node < trie.size; node++) order[next[trie.depth[node]]++] = node;
	return order;
}

/**
 * Each node's failure link: the node of its longest proper suffix that is in the trie (the root
 * when none is). Where the text has no way on from a node, the search goes on from its link
 * without reading any character again.
 */
function failureLinks(trie: Trie, order: Int32Array, work: Work): Int32Array {
	const link = new Int32Array(trie.size);
	for (let k = 1; k < order.length; k++) {
		const node = order[k];
		const parent = trie.parent[node];
		// A node one character long has only the empty string as a proper suffix: the root, 0.
		if (parent === 0) continue;
		const char = trie.char[node];
		let from = link[parent];
		work.steps++;
		let found = trie.child(from, char);
		while (found === 0 && from !== 0) {
			from = link[from];
			work.steps++;
			found = trie.child(from, char);
		}
		link[node] = found;
	}
	return link;
}

/**
 * Marks, for each position of the text, the longest suffix of the text read so far that is a
 * node of the trie: every node that occurs in the text is that node or on its failure links.
 */
function readText(trie: Trie, link: Int32Array, text: string, work: Work): Uint8Array {
	const occurs = new Uint8Array(trie.size);
	occurs[0] = 1;
	let node = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		work.steps++;
		let next = trie.child(node, char);
		while (next === 0 && node !== 0) {
			node = link[node];
			work.steps++;
			next = trie.child(node, char);
		}
		node = next;
		occurs[node] = 1;
	}
	return occurs;
}

/** Marks as occurring every suffix (failure link) of a node that occurs, deepest nodes first. */
function passToSuffixes(order: Int32Array, link: Int32Array, occurs: Uint8Array, work: Work): void {
	for (let k = order.length - 1; k > 0; k--) {
		const node = order[k];
		work.steps++;
		if (occurs[node] === 1) occurs[link[node]] = 1;
	}
}

/**
 * For each pattern, in order, whether it occurs in `text` as `text.includes(pattern)` would say,
 * reading the text once: a repeated pattern costs no more than one, and '' occurs in any text.
 * A pattern longer than the text cannot occur in it and is not put in the trie.
 * @example patternsIn('上级统一领导下级', ['统一领导', '领导上级', '']) → [true, false, true]
 */
export function patternsIn(text: string, patterns: readonly string[], work: Work = { steps: 0 }): boolean[] {
	const fits = (pattern: string) => pattern.length <= text.length;
	let capacity = 1;
	for (const pattern of patterns) if (fits(pattern)) capacity += pattern.length;
	const trie = new Trie(capacity);
	const ends = patterns.map((pattern) => (fits(pattern) ? insert(trie, pattern, work) : -1));
	const order = byDepth(trie);
	const link = failureLinks(trie, order, work);
	const occurs = readText(trie, link, text, work);
	passToSuffixes(order, link, occurs, work);
	return ends.map((end) => end !== -1 && occurs[end] === 1);
}
