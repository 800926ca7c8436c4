import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

// SvelteKit 3 reads its configuration here; a svelte.config.js would stop it from starting.
export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter(),
			// Kit's CSRF check would refuse multipart uploads and bodiless DELETEs from scripts (no
			// Origin header) to the token-authenticated API; hooks.server.ts keeps it for the pages.
			csrf: { trustedOrigins: ['*'] },
			// Scripts run only from this origin or as SvelteKit's own inline start-up script, which
			// 'auto' marks with a nonce (rendered pages) or a hash (prerendered ones): an injected
			// <script> or on* attribute does not run. frame-ancestors is set per route in hooks.server.ts.
			csp: {
				mode: 'auto',
				directives: {
					'script-src': ['self'],
					'script-src-attr': ['none'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	test: {
		expect: { requireAssertions: true },
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
