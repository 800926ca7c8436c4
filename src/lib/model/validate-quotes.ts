/**
 * The verbatim checks of citations, made together: each clause's text (or translation) is read
 * once for all the quotes asked of it (patterns-in-text.ts), never once per citation. Asked one at
 * a time, a 2.5 MB clause quoted by 1,000 citations took 12 s, on the server's main thread; now
 * the check costs the length of the texts quoted plus the length of the quotes. Problems are held
 * in the order they are found until the quotes are judged, so the report reads as it did.
 */
import type { Text } from './types.js';
import { patternsIn, type Work } from './patterns-in-text.js';
import type { Report } from './validate-fields.js';

/** A text that citations quote, with the distinct quotes asked of it, judged all at once. */
export class QuotedText {
	/** Each distinct quote asked, with its place among them. */
	readonly #asked = new Map<string, number>();
	#occurs: boolean[] = [];
	readonly text: string;

	constructor(text: string) {
		this.text = text;
	}

	/** Whether any quote has been asked of the text. */
	get asked(): boolean {
		return this.#asked.size > 0;
	}

	/** Notes a quote to look for and returns its place among those asked. */
	ask(quote: string): number {
		let place = this.#asked.get(quote);
		if (place === undefined) this.#asked.set(quote, (place = this.#asked.size));
		return place;
	}

	/** Reads the text once, finding which of the quotes asked occur in it. */
	judge(work: Work): void {
		this.#occurs = patternsIn(this.text, [...this.#asked.keys()], work);
	}

	/** Whether the quote asked at `place` occurs in the text; only after {@link judge}. */
	occurs(place: number): boolean {
		return this.#occurs[place];
	}
}

/**
 * The problem of a citation whose quote does not occur verbatim in its text: its path and its
 * message, both written from the citation, and only when the problem stands.
 */
export interface QuoteProblem<Citation> {
	path(citation: Citation): string;
	message(citation: Citation): Text;
}

/**
 * A quote held until its text is judged, with its citation: no path or message is written yet,
 * since a chart of 50,000 nodes has 100,000 citations, nearly all quoting correctly.
 */
class HeldQuote<Citation> {
	readonly text: QuotedText;
	readonly place: number;
	readonly citation: Citation;
	readonly problem: QuoteProblem<Citation>;

	constructor(text: QuotedText, place: number, citation: Citation, problem: QuoteProblem<Citation>) {
		this.text = text;
		this.place = place;
		this.citation = citation;
		this.problem = problem;
	}

	/** Reports the problem unless the quote occurs in its text (judged by now). */
	reportUnlessFound(report: Report): void {
		if (this.text.occurs(this.place)) return;
		report(this.problem.path(this.citation), this.problem.message(this.citation));
	}
}

/** A problem found, held to be reported in its place among the quote problems. */
interface HeldProblem {
	path: string;
	message: Text;
}

/**
 * A report that holds problems, in order, while quotes are collected, then judges each text once
 * and reports what stands, in the order found.
 */
export class VerbatimChecks<Citation> {
	readonly #held: (HeldProblem | HeldQuote<Citation>)[] = [];
	readonly #texts: QuotedText[] = [];

	/** Holds a problem found, to be reported in its place among the quote problems. */
	readonly report: Report = (path, message) => {
		this.#held.push({ path, message });
	};

	/** Holds the problem of `citation` that stands unless `quote` occurs verbatim in `text`. */
	unlessQuoted(text: QuotedText, quote: string, citation: Citation, problem: QuoteProblem<Citation>): void {
		if (!text.asked) this.#texts.push(text);
		this.#held.push(new HeldQuote(text, text.ask(quote), citation, problem));
	}

	/** Reads each text quoted once, then reports every problem that stands, in the order found. */
	finish(report: Report, work: Work = { steps: 0 }): void {
		for (const text of this.#texts) text.judge(work);
		for (const held of this.#held)
			if (held instanceof HeldQuote) held.reportUnlessFound(report);
			else report(held.path, held.message);
	}
}
