/**
 * A 500 whose body would never end: it sends `chunkBytes` of text at a time, and `pulled()` says
 * how many bytes it sent. After `giveUpBytes` it breaks off, so that a reader without a limit
 * fails the test rather than filling the machine.
 */
export function endlessError(chunkBytes = 16 * 2 ** 10, giveUpBytes = 4 * 2 ** 20) {
	let sent = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent >= giveUpBytes) return controller.error(new TypeError('gave up'));
			sent += chunkBytes;
			controller.enqueue(new Uint8Array(chunkBytes).fill(0x78));
		}
	});
	return { response: new Response(body, { status: 500 }), pulled: () => sent };
}
