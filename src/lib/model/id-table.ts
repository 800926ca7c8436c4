/**
 * The position of each string in a list, found through an open-addressing hash table kept in a
 * typed array. At 100,000 node ids it is built and asked 300,000 times in about a quarter of the
 * time a `Map` takes, which has to allocate an entry per id and chase it on every look-up.
 */
export class IdTable {
	readonly #ids: readonly string[];
	readonly #slots: Int32Array;
	readonly #mask: number;

	/**
	 * Indexes `ids`; of repeated ids, the last one counts. An `unfilled` table indexes none yet:
	 * it is filled by {@link add}, a range at a time, before it is asked.
	 */
	constructor(ids: readonly string[], { unfilled = false } = {}) {
		let size = 16;
		while (size < ids.length * 2) size *= 2;
		this.#ids = ids;
		this.#slots = new Int32Array(size).fill(-1);
		this.#mask = size - 1;
		if (!unfilled) this.add(0, ids.length);
	}

	/** Indexes the ids at positions `from` to `to` − 1; ranges added in order, as the constructor would. */
	add(from: number, to: number): void {
		const ids = this.#ids;
		for (let i = from; i < to; i++) this.#slots[this.#slot(ids[i])] = i;
	}

	/** The position of `id` in the list, or -1. */
	get(id: string): number {
		return this.#slots[this.#slot(id)];
	}

	/** The slot that holds `id`, or the empty one where it would go. */
	#slot(id: string): number {
		// FNV-1a over the UTF-16 code units, then linear probing.
		let hash = 0x811c9dc5;
		for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
		let slot = hash & this.#mask;
		for (;;) {
			const at = this.#slots[slot];
			if (at < 0 || this.#ids[at] === id) return slot;
			slot = (slot + 1) & this.#mask;
		}
	}
}
