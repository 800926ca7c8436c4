/** The HTML a user pastes to embed a chart, built as text with every attribute escaped. */

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** What an iframe snippet needs. */
export interface SnippetOptions {
	src: string;
	width: number;
	height: number;
	/** The frame's accessible name, read out by screen readers. */
	title: string;
}

/**
 * The `<iframe>` element that embeds a chart: sized, titled for screen readers, loaded lazily,
 * allowed to go full screen.
 * @example iframeSnippet({ src: 'https://x/embed/a', width: 800, height: 500, title: 'A' })
 * // → '<iframe src="https://x/embed/a" width="800" height="500" title="A" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>'
 */
export function iframeSnippet({ src, width, height, title }: SnippetOptions): string {
	return (
		`<iframe src="${escapeAttribute(src)}" width="${Math.round(width)}" height="${Math.round(height)}"` +
		` title="${escapeAttribute(title)}" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>`
	);
}
