/**
 * Cuts the lists at the top level of a JSON object into slices of whole items, read from its
 * UTF-8 bytes a part at a time, so that a chart of a million nodes can be parsed a slice per task
 * instead of in one call that holds the page for seconds (see deferred-dataset.ts). Only the
 * structure is read: quotes, backslashes, brackets, braces, colons and commas, which in UTF-8 are
 * never part of another character. Each slice, wrapped in `[` and `]`, is a JSON list of the
 * items it holds, which `JSON.parse` reads as it would have read them in the whole text.
 */

/** Some whole items of a list: its key, the bytes from the first item's start to the last's end, and whether the list ends with them. */
export interface ListSlice<K extends string = string> {
	key: K;
	items: Uint8Array;
	last: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** The index of the quote that closes the string opening at `at`, or -1 when there is none. */
function closingQuote(bytes: Uint8Array, at: number): number {
	let close = at;
	for (;;) {
		close = bytes.indexOf(QUOTE, close + 1);
		if (close < 0) return -1;
		// Escaped when an odd number of backslashes comes before it.
		let slashes = 0;
		while (bytes[close - 1 - slashes] === BACKSLASH) slashes++;
		if (slashes % 2 === 0) return close;
	}
}

/** True for the bytes JSON allows between tokens. */
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Reads the bytes of a JSON object (one `JSON.parse` has read already) a part at a time and
 * gives, as it finds them, slices of the lists under `keys` at its top level, each about
 * `sliceBytes` long. When the text is not as expected (a key met twice, a key written with
 * escapes, a key's value not a list, a key missing), {@link sure} turns false: read it whole.
 */
export class ListSlicer<K extends string> {
	/** False once the text is found not to be sliceable; true while it may be. */
	sure = true;
	readonly #bytes: Uint8Array;
	readonly #keys: ReadonlySet<string>;
	/** The length of the longest key sliced: a longer key is none of them. */
	readonly #longest: number;
	readonly #seen = new Set<string>();
	readonly #sliceBytes: number;
	#at = 0;
	#depth = 0;
	/** Where the last string at the object's top level started and ended (quotes excluded). */
	#stringFrom = -1;
	#stringTo = -1;
	/** The key whose value comes next, when it is one of `keys`. */
	#pending: K | null = null;
	/** The key of the list being read, and where its current slice starts. */
	#list: K | null = null;
	#sliceFrom = 0;

	constructor(bytes: Uint8Array, keys: readonly K[], sliceBytes = 4 << 20) {
		this.#bytes = bytes;
		this.#keys = new Set(keys);
		this.#longest = Math.max(...keys.map((key) => key.length));
		this.#sliceBytes = sliceBytes;
	}

	/** True once every byte is read, or the text was found not to be sliceable. */
	get done(): boolean {
		return !this.sure || this.#at >= this.#bytes.length;
	}

	/** Reads about `budget` more bytes; returns the slices completed in them. */
	scan(budget: number): ListSlice<K>[] {
		const bytes = this.#bytes;
		const end = Math.min(bytes.length, this.#at + budget);
		const out: ListSlice<K>[] = [];
		// The state in locals while the loop runs: it reads every byte outside strings.
		let at = this.#at;
		let depth = this.#depth;
		while (at < end && this.sure) {
			const b = bytes[at];
			if (b === QUOTE) {
				const close = closingQuote(bytes, at);
				if (close < 0) {
					this.sure = false;
					break;
				}
				if (depth === 1) {
					this.#stringFrom = at + 1;
					this.#stringTo = close;
				}
				at = close + 1;
				continue;
			}
			if (this.#pending !== null && !isSpace(b) && b !== COLON) {
				// The value of a key sliced: it must be a list.
				if (b !== OPEN_LIST || depth !== 1) this.sure = false;
				else {
					this.#list = this.#pending;
					this.#sliceFrom = at + 1;
				}
				this.#pending = null;
			}
			if (b === OPEN_LIST || b === OPEN_OBJECT) depth++;
			else if (b === CLOSE_LIST || b === CLOSE_OBJECT) {
				if (depth === 2 && this.#list !== null) {
					out.push(this.#slice(at, true));
					this.#list = null;
				}
				depth--;
			} else if (b === COMMA) {
				if (depth === 2 && this.#list !== null && at - this.#sliceFrom >= this.#sliceBytes) {
					out.push(this.#slice(at, false));
					this.#sliceFrom = at + 1;
				}
			} else if (b === COLON && depth === 1) this.#key();
			at++;
		}
		this.#at = at;
		this.#depth = depth;
		if (at >= bytes.length && this.#seen.size < this.#keys.size) this.sure = false;
		return out;
	}

	/** A colon at the top level: the last string read was a key. */
	#key(): void {
		const raw = this.#bytes.subarray(this.#stringFrom, this.#stringTo);
		if (raw.includes(BACKSLASH)) {
			// A key written with escapes could name a list sliced: read the text whole instead.
			this.sure = false;
			return;
		}
		if (raw.length > this.#longest) return;
		const key = String.fromCharCode(...raw);
		if (!this.#keys.has(key)) return;
		if (this.#seen.has(key)) this.sure = false;
		this.#seen.add(key);
		this.#pending = key as K;
	}

	#slice(to: number, last: boolean): ListSlice<K> {
		return { key: this.#list!, items: this.#bytes.subarray(this.#sliceFrom, to), last };
	}
}
