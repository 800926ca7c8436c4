import { importLimits } from '#lib/io/import-limits.js';
import { parseJsonText } from '#lib/io/json-syntax.js';
import { ApiError } from './api-error.js';

/**
 * A request body's JSON text as a value, or a 400 that says where it stops being JSON (line and
 * column, like the import API) or where it nests too deep, before anything recursive meets it.
 * `what` names the text in the problem's path: `body`, `options`.
 */
export function parseJsonBody(text: string, what: 'body' | 'options' = 'body'): unknown {
	const parsed = parseJsonText(text, importLimits.jsonDepth);
	if (parsed.ok) return parsed.value;
	const { line, column, message } = parsed.error;
	throw new ApiError(
		400,
		what === 'body' ? 'invalid_json' : `bad_${what}`,
		`The ${what} is not valid JSON. ${message.en}`,
		{
			line,
			column,
			problems: [{ path: what, message: message.en, text: message, line, field: `column ${column}` }]
		}
	);
}
