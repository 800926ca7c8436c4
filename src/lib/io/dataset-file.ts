import type { Dataset, Text } from '#lib/model/types.js';
import { decodeJson } from './decode-text.js';
import { importLimits } from './import-limits.js';
import { parseJsonText } from './json-syntax.js';
import { ReadError } from './read-error.js';
import { checkDatasetShape } from './remote-dataset.js';

/** A dataset file read: the dataset and its text (for the full check), or why it cannot be opened. */
export type DatasetFileResult = { ok: true; dataset: Dataset; text: string } | { ok: false; error: Text };

/**
 * Reads a `tiaokuai/1` JSON dataset from a file on the reader's disk, with the quick shape check
 * an address's dataset gets; the full check follows the first frame. Every refusal names the file
 * and says why: a syntax error at its line and column, a missing part by its field.
 * @example readDatasetFile('a.json', bytesOf('{"a": 1,}')) → { ok: false, error: { zh: 'a.json：第 1 行第 8 列：最后一项后面多了一个逗号。…', … } }
 */
export function readDatasetFile(name: string, bytes: Uint8Array): DatasetFileResult {
	const refused = (error: Text): DatasetFileResult => ({
		ok: false,
		error: { zh: `${name}：${error.zh}`, en: `${name}: ${error.en}` }
	});
	let text: string;
	try {
		text = decodeJson(bytes).text;
	} catch (e) {
		if (e instanceof ReadError) return refused(e.text);
		throw e;
	}
	const parsed = parseJsonText(text, importLimits.jsonDepth);
	const checked = parsed.ok
		? checkDatasetShape(parsed.value)
		: { ok: false as const, error: parsed.error.message };
	if (!checked.ok) return refused(checked.error);
	return { ok: true, dataset: checked.dataset, text };
}
