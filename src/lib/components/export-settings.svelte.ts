import type { Background, Orientation, Paper, PngSize, SlideMode, Tiling } from '#lib/export/options.js';
import { EXPORT_CHOICES, type ExportChoice } from './export-request.js';

/** What the Export dialog starts from: the chart's own heading, source line and theme. */
export interface ExportSettingsStart {
	title: string;
	/** The source line of what is drawn, read as it changes (drawing the whole chart may add sources). */
	sourceLine: string | (() => string);
	theme: 'light' | 'dark';
}

/**
 * What the user has set in the Export dialog, one field per control, so the dialog and its
 * option fields bind to the same values. The dialog turns them into a view and export options.
 */
export class ExportSettings {
	/** The format, and for CSV which table. */
	choice: ExportChoice = $state(EXPORT_CHOICES[0]);
	/** Everything expanded with all relations, rather than the view on screen. */
	whole = $state(false);
	title = $state('');
	/** The source line the reader wrote; null while it follows the drawing's. */
	#ownSourceLine = $state<string | null>(null);
	readonly #drawnSourceLine: () => string;
	margin = $state(32);
	// Files are byte-identical for the same view unless the user asks for the day's date.
	withDate = $state(false);
	/** '1', '2', '4', or 'custom' for {@link customScale}. */
	scalePick = $state('2');
	customScale = $state(3);
	background: Background = $state('theme');
	paper: Paper = $state('a4');
	orientation: Orientation = $state('landscape');
	tiling: Tiling = $state('readable');
	slides: SlideMode = $state('readable');
	/** A PNG at the chart's own size times the scale, or slide-sized. */
	pngSize: 'chart' | PngSize = $state('chart');
	/** Slide-sized PNG: readable (a ZIP of several when one is too small) or one picture. */
	pictures: 'readable' | 'single' = $state('readable');
	theme: 'light' | 'dark' = $state('light');

	/** Settings for a chart, its heading, source line and theme filled in. */
	constructor({ title, sourceLine, theme }: ExportSettingsStart) {
		this.title = title;
		this.#drawnSourceLine = typeof sourceLine === 'function' ? sourceLine : () => sourceLine;
		this.theme = theme;
	}

	/** The source line: the drawing's (it names the sources of what is drawn) until the reader writes their own. */
	get sourceLine(): string {
		return this.#ownSourceLine ?? this.#drawnSourceLine();
	}
	set sourceLine(line: string) {
		this.#ownSourceLine = line;
	}

	/** Whether the reader has written the source line, rather than it following the drawing's. */
	get sourceLineWritten(): boolean {
		return this.#ownSourceLine !== null;
	}
}
