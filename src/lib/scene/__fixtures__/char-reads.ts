/**
 * How many characters some work reads by code, for tests that hold text measuring to linear
 * time without timing it: textWidth and every wrapping and fitting helper measure a character
 * through `String.prototype.charCodeAt` or `codePointAt`, so counting their calls counts the
 * measuring, whatever the helpers are called.
 */

/**
 * The calls of `charCodeAt` and `codePointAt` while `work` runs; past `budget` the work is
 * stopped with an error, so that a quadratic measure fails at once rather than run for minutes.
 */
export function charReads(work: () => void, budget = Infinity): number {
	const proto = String.prototype;
	const { charCodeAt, codePointAt } = proto;
	let reads = 0;
	const count = () => {
		if (++reads > budget) throw new Error(`more than ${budget} characters read`);
	};
	proto.charCodeAt = function (this: string, at: number) {
		count();
		return charCodeAt.call(this, at);
	};
	proto.codePointAt = function (this: string, at: number) {
		count();
		return codePointAt.call(this, at);
	};
	try {
		work();
	} finally {
		proto.charCodeAt = charCodeAt;
		proto.codePointAt = codePointAt;
	}
	return reads;
}
