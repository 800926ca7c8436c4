import type { Lang } from '#lib/model/types.js';

/**
 * Punctuation that joins the parts of a reading: full-width in Chinese, ASCII with spaces in
 * English, so a screen reader does not run words together or read brackets out.
 * @example `${label}${PUNCTUATION.en.open}${kind}${PUNCTUATION.en.close}` // → 'General Office (Issuing office)'
 */
export const PUNCTUATION = {
	zh: { open: '（', close: '）', comma: '，', colon: '：', semicolon: '；' },
	en: { open: ' (', close: ')', comma: ', ', colon: ': ', semicolon: '; ' }
} satisfies Record<Lang, Record<string, string>>;
