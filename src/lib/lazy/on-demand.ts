/**
 * A library the page loads when it first needs it, not with its first script: the loading is
 * asynchronous, the use synchronous (a layout, a search index), so callers on the page await
 * {@link OnDemand.load} before the synchronous code runs. In Node (the server, its worker
 * threads, the unit tests) the module that makes one loads the library at once, before its
 * importers run, and their synchronous code runs as before; a Web Worker that needs one imports
 * it statically and hands it over with {@link OnDemand.provide}.
 */
export class OnDemand<T> {
	#value: T | undefined;
	#loading: Promise<T> | undefined;
	readonly #name: string;
	readonly #importer: () => Promise<T>;

	constructor(name: string, importer: () => Promise<T>) {
		this.#name = name;
		this.#importer = importer;
	}

	/** Loads the library once; later calls get the same promise. */
	load(): Promise<T> {
		this.#loading ??= this.#importer().then((value) => (this.#value = value));
		return this.#loading;
	}

	/** Hands over the library where it was imported statically (a Web Worker's entry). */
	provide(value: T): void {
		this.#value = value;
		this.#loading = Promise.resolve(value);
	}

	/** True once the library has arrived. */
	get loaded(): boolean {
		return this.#value !== undefined;
	}

	/** The library; throws when called before it has arrived, which is a bug of the caller. */
	get(): T {
		if (this.#value === undefined) throw new Error(`${this.#name} is used before it was loaded.`);
		return this.#value;
	}
}

/** True in Node, where there is no first paint to keep light. */
export const IN_NODE =
	typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';
