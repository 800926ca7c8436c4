import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';
import { PAGE_CONNECT_SOURCES } from './scripts/edge.js';

// SvelteKit 3 reads its configuration here; a svelte.config.js would stop it from starting.
export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter(),
			// Kit's CSRF check would refuse multipart uploads and bodiless DELETEs from scripts (no
			// Origin header) to the token-authenticated API; hooks.server.ts keeps it for the pages.
			csrf: { trustedOrigins: ['*'] },
			// Scripts run only from this origin or inline with the page's nonce: SvelteKit's own
			// start-up script and the head's first script (src/app.html, early-boot.ts). Every page
			// is rendered per request: the nonce in app.html rules out prerendering. An injected
			// <script> or on* attribute does not run. Everything else comes from this origin too, but
			// for: images and fonts drawn from data: and blob: URLs (export previews), style
			// attributes (Svelte's style: directives), and data a reader loads from another site
			// with ?src= (connect-src). frame-ancestors is set per route in hooks.server.ts.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'img-src': ['self', 'data:', 'blob:'],
					'style-src': ['self', 'unsafe-inline'],
					'font-src': ['self', 'data:'],
					'connect-src': PAGE_CONNECT_SOURCES,
					'worker-src': ['self'],
					'script-src': ['self'],
					'script-src-attr': ['none'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	// The scene and check workers are module workers ({ type: 'module' }); as ES modules they may
	// load a library at their start with a top-level await (src/lib/lazy/). Each is one file, with
	// what it would load later inlined: a `?src=` page's head asks for the scene worker's script
	// ahead of the page's own (early-boot.ts), while a chunk it imported would queue behind them.
	worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false } } },
	build: {
		// Rolldown's note on how long plugins took is for whoever tunes the build, not for every build.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	environments: {
		client: {
			build: {
				// Every module two or more pages load at their start goes into one file. Left to
				// itself the bundler gave each set of pages sharing modules a file of its own, and the
				// explorer's page asked for two dozen: each request costs the browser CPU time a chart
				// opened on a two-core machine waits for (5–10 % of a 10k chart's first frame in the
				// A/B runs of docs/benchmarks.md, "Fewer files"). The pages that draw no chart (the
				// chart list, a new chart) now load the chart's code too, once, from the cache after
				// that; what a page loads on demand (import()) still comes on demand, and SvelteKit's
				// route manifest keeps the file SvelteKit gives it.
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{
									name: 'shared',
									test: (id: string) => !id.includes('app-manifest') && /\.(m?js|ts|svelte)$/.test(id),
									tags: ['$initial'],
									minShareCount: 2
								}
							]
						}
					}
				}
			}
		},
		ssr: {
			build: {
				// The server's worker thread (src/lib/server/pool) is an entry of its own, so it is
				// emitted as build/server/task-worker.js beside the chunks it shares with the server.
				rolldownOptions: {
					input: {
						'task-worker': 'src/lib/server/pool/task-worker.ts',
						// `npm run store:copy` (scripts/store-copy.js) runs this entry beside the deployed server.
						'store-copy-cli': 'src/lib/server/store-copy-cli.ts'
					}
				}
			}
		}
	},
	test: {
		// expect.poll waits on a condition, never on the clock: its 1 s default ran out while a
		// Chromium page loaded on two busy cores (html.test.ts), so the bound is the test's own.
		expect: { requireAssertions: true, poll: { timeout: 10_000 } },
		projects: [
			{
				extends: true,
				test: {
					name: 'core',
					environment: 'node',
					// Some tests do real work (20,000-level chains, the country's divisions, layered
					// layouts of hundreds of nodes): with both cores busy they took 5-12 s, past the 5 s
					// default (docs/testing.md). No test asserts speed; that is the benches' job.
					testTimeout: 30_000,
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'components',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
