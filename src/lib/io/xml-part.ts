import { SaxesParser } from 'saxes';
import { inflateEntry, type ZipEntry } from './zip-entries.js';

/** What a reader of one XML part listens to; element names come without their namespace prefix. */
export interface XmlHandlers {
	open(name: string, attributes: Record<string, string>): void;
	close(name: string): void;
	text(text: string): void;
}

/** The name without its namespace prefix: `x:row` → `row`. */
export function localName(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

/**
 * Streams one XML part of a zip through a strict SAX parser (saxes): the part is unzipped and
 * parsed a piece at a time, so neither the text nor a tree of it is ever whole in memory, and
 * the time is linear in its size whatever the markup (unclosed tags, endless attributes). At
 * most `budget` bytes are unzipped; returns how many were. A malformed part throws what
 * `malformed` makes of the parser's message; the handlers' own errors pass through unchanged.
 */
export function streamXmlPart(
	zip: Uint8Array,
	entry: ZipEntry,
	budget: number,
	handlers: XmlHandlers,
	errors: { malformed: (detail: string) => Error; over: () => Error }
): number {
	const parser = new SaxesParser({ position: false });
	parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
	parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
	parser.on('text', handlers.text);
	parser.on('cdata', handlers.text);
	parser.on('error', (e) => {
		throw errors.malformed(e.message);
	});
	const decoder = new TextDecoder();
	const size = inflateEntry(
		zip,
		entry,
		budget,
		(chunk) => parser.write(decoder.decode(chunk, { stream: true })),
		errors.over
	);
	parser.write(decoder.decode()).close();
	return size;
}
