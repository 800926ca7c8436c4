/**
 * A column of numbers written one after another into a typed array that doubles as it fills:
 * the packed Scene's lines and their points, whose count is known only once they are written.
 * At 100,000 nodes, pushing a million coordinates onto plain arrays and copying them into typed
 * arrays at the end took about twice as long as writing them here.
 */

/** The typed arrays a column can be made of. */
type NumberArray = Float64Array | Uint32Array | Uint16Array;

/** A typed array of one kind, made with a length. */
type Make<T extends NumberArray> = new (length: number) => T;

export class NumberColumn<T extends NumberArray> {
	#values: T;
	#length = 0;
	readonly #make: Make<T>;

	constructor(make: Make<T>, capacity = 1024) {
		this.#make = make;
		this.#values = new make(capacity);
	}

	/** How many numbers are written. */
	get length(): number {
		return this.#length;
	}

	/** The array written into: its first `length` numbers are those written, the rest not yet. */
	get array(): T {
		return this.#values;
	}

	/** Makes room for `more` numbers beyond those written, and gives the array to write them into. */
	reserve(more: number): T {
		const need = this.#length + more;
		if (need > this.#values.length) {
			const grown = new this.#make(Math.max(need, this.#values.length * 2, 16));
			grown.set(this.#values.subarray(0, this.#length) as never);
			this.#values = grown;
		}
		return this.#values;
	}

	/** Writes one number. */
	push(value: number): void {
		if (this.#length === this.#values.length) this.reserve(1);
		this.#values[this.#length++] = value;
	}

	/** Writes two numbers (a point's x and y). */
	push2(a: number, b: number): void {
		if (this.#length + 2 > this.#values.length) this.reserve(2);
		const values = this.#values;
		values[this.#length] = a;
		values[this.#length + 1] = b;
		this.#length += 2;
	}

	/** Writes the numbers of `values` from `from` up to `to`. */
	pushRange(values: ArrayLike<number>, from: number, to: number): void {
		const into = this.reserve(to - from);
		let at = this.#length;
		for (let i = from; i < to; i++) into[at++] = values[i];
		this.#length = at;
	}

	/** The numbers written from `from` up to `to`, as a view that later writes may leave behind. */
	view(from: number, to: number): T {
		return this.#values.subarray(from, to) as T;
	}

	/** The numbers written, in an array of their own exact length: the one written into when they fill it. */
	finish(): T {
		const values = this.#values;
		return values.length === this.#length ? values : (values.slice(0, this.#length) as T);
	}
}

/** Whether two columns of numbers (typed arrays or lists) have the same length and values. */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
