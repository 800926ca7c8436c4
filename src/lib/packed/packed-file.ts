import type { Dataset } from '#lib/model/types.js';
import { PackedDecoder } from './decode.js';
import { encodePacked, type EncodeOptions } from './encode.js';
import type { PackedMeta } from './format.js';
import { PackedAssembly } from './packed-assembly.js';

/**
 * A dataset as one `.tiaokuai` file: the header and every chunk in one byte array.
 * @example readPackedFile(packedFile(dataset)).dataset // equals dataset
 */
export function packedFile(dataset: Dataset, options: EncodeOptions = {}): Uint8Array<ArrayBuffer> {
	const parts = encodePacked(dataset, options);
	const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.byteLength;
	}
	return out;
}

/** Reads a whole `.tiaokuai` file; throws a PackedError saying where and why it cannot. */
export function readPackedFile(bytes: Uint8Array): { meta: PackedMeta; dataset: Dataset } {
	const decoder = new PackedDecoder();
	const chunks = decoder.push(bytes);
	decoder.finish();
	const assembly = new PackedAssembly(decoder.meta!);
	for (const chunk of chunks) assembly.add(chunk);
	return { meta: assembly.meta, dataset: assembly.dataset() };
}
