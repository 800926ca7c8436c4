// The bench's regional line: the whole country's regional instance over the API, as issue 21's
// "within 300 ms" means it — the server's answer, from the first request the server gets for it.
// Each request is timed to the last byte of the answer as a browser takes it (gzipped, 0.8 MB),
// apart from what the bench's own client then spends inflating and parsing the 15.6 MB of JSON.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { median } from './loads.js';

const PATH = '/api/regional?code=CN&samples=1';

/**
 * One GET of `url` accepting gzip: ms to the last byte, and the bytes as sent.
 * @param {string} url
 * @returns {Promise<{ ms: number, body: Buffer, gzip: boolean }>}
 */
function timedGet(url) {
	const start = performance.now();
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
				/** @type {Buffer[]} */ const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					if (response.statusCode !== 200)
						return reject(new Error(`${url} answered ${response.statusCode}.`));
					const gzip = response.headers['content-encoding'] === 'gzip';
					resolve({ ms: performance.now() - start, body: Buffer.concat(chunks), gzip });
				});
			})
			.on('error', reject);
	});
}

/**
 * Three requests for the whole country's instance from the app at `base`; the line to print.
 * @param {string} base
 */
export async function regionalLine(base) {
	/** @type {number[]} */ const answers = [];
	/** @type {number[]} */ const parses = [];
	for (let i = 0; i < 3; i++) {
		const { ms, body, gzip } = await timedGet(`${base}${PATH}`);
		answers.push(ms);
		const start = performance.now();
		const dataset = JSON.parse((gzip ? gunzipSync(body) : body).toString('utf8'));
		parses.push(performance.now() - start);
		if (!dataset.nodes?.length) throw new Error('The regional API answered without nodes.');
	}
	return `\nRegional instance of the whole country (GET ${PATH}), to the answer's last byte: first ${answers[0].toFixed(0)} ms, median ${median(answers).toFixed(0)} ms of 3 (target 300 ms); inflating and parsing it in the bench's client took ${median(parses).toFixed(0)} ms more (median).`;
}
