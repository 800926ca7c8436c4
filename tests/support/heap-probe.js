// Loaded into a test's own server with NODE_OPTIONS="--expose-gc --import …/heap-probe.js": on
// SIGUSR2 it collects garbage and writes the bytes still live on the heap (and outside it, in
// buffers) to HEAP_PROBE_FILE, so a test can tell memory kept from memory not yet collected.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
	/** @type {() => void} */ (globalThis.gc)();
	const { heapUsed, external } = process.memoryUsage();
	writeFileSync(String(process.env.HEAP_PROBE_FILE), JSON.stringify({ heapUsed, external }));
});
