/** Characters that XML and HTML text and attribute values must not carry raw. */
const XML_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/**
 * Escapes user text for XML (SVG, OOXML, GraphML) and HTML text or attributes, and drops the
 * control characters XML 1.0 forbids (a stray U+0001 would make the whole file unreadable).
 *
 * @example escapeXml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeXml(text: string): string {
	return (
		text
			// Control characters are exactly what this strips; XML 1.0 cannot carry them even escaped.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[&<>"']/g, (c) => XML_ENTITIES[c])
	);
}
