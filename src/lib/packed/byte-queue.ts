/**
 * Bytes that arrive in pieces of any size, read from the front. Each piece is kept as it came and
 * copied once, when it is read: reading n bytes costs O(n + pieces crossed), so a file fed one
 * byte at a time reads in time linear in its length.
 */
export class ByteQueue {
	#pieces: Uint8Array[] = [];
	/** The first piece not wholly read, and how many of its bytes are. */
	#head = 0;
	#skip = 0;
	/** Bytes arrived and not yet taken. */
	length = 0;

	/** Adds bytes at the back. The queue keeps the array: the caller must not change it later. */
	push(bytes: Uint8Array): void {
		if (bytes.byteLength === 0) return;
		this.#pieces.push(bytes);
		this.length += bytes.byteLength;
	}

	/** A copy of the first `n` bytes, left in the queue, or null while fewer have arrived. */
	peek(n: number): Uint8Array<ArrayBuffer> | null {
		return this.length < n ? null : this.#copy(n, false);
	}

	/** The little-endian u32 `at` bytes from the front, left in the queue, or null while it has not arrived. */
	u32(at: number): number | null {
		if (this.length < at + 4) return null;
		let [head, skip, value] = [this.#head, this.#skip + at, 0];
		for (let k = 0; k < 4;) {
			const piece = this.#pieces[head];
			if (skip >= piece.byteLength) [head, skip] = [head + 1, skip - piece.byteLength];
			else value += piece[skip++] * 2 ** (8 * k++);
		}
		return value;
	}

	/** The first `n` bytes, removed, in a fresh buffer (so typed arrays view it aligned), or null. */
	take(n: number): ArrayBuffer | null {
		return this.length < n ? null : this.#copy(n, true).buffer;
	}

	#copy(n: number, consume: boolean): Uint8Array<ArrayBuffer> {
		const out = new Uint8Array(n);
		let [head, skip, filled] = [this.#head, this.#skip, 0];
		while (filled < n) {
			const piece = this.#pieces[head];
			const want = Math.min(piece.byteLength - skip, n - filled);
			out.set(piece.subarray(skip, skip + want), filled);
			filled += want;
			skip += want;
			if (skip === piece.byteLength) [head, skip] = [head + 1, 0];
		}
		if (consume) this.#consume(head, skip, n);
		return out;
	}

	#consume(head: number, skip: number, n: number): void {
		this.length -= n;
		[this.#head, this.#skip] = [head, skip];
		// Dropping the read pieces once they are half the list costs each piece O(1) over its life
		// (an Array.shift per piece would move the whole list every time) and lets them be freed.
		if (this.#head * 2 >= this.#pieces.length) {
			this.#pieces = this.#pieces.slice(this.#head);
			this.#head = 0;
		}
	}
}
