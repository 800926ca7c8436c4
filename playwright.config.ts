import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

// E2E_PORT lets several checkouts run their journeys on one machine at once.
const port = Number(process.env.E2E_PORT ?? 4179);
// Never a second attempt, so a flaky test fails rather than hides.
const retries = 0;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	// Journeys that build a Scene as the page does import modules whose imports are #lib/….
	tsconfig: './tests/playwright.tsconfig.json',
	// A whole journey: with both cores busy, correct journeys took up to 66 s (docs/testing.md),
	// so 60 s failed them; each wait inside keeps its own limit.
	timeout: 120_000,
	fullyParallel: false,
	workers: process.env.CI ? 2 : 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	retries,
	outputDir: 'test-results',
	webServer: {
		command: `node scripts/serve.js`,
		port,
		reuseExistingServer: !process.env.CI,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			TIAOKUAI_DATA_DIR: 'test-results/data',
			ORIGIN: `http://127.0.0.1:${port}`,
			// Playwright's API requests keep their sockets open for the whole test. With the server's
			// default 5 s idle close, a request sent as the server closed its socket got "socket hang
			// up" on a busy machine (the stale-save journey); open longer than any test can run (a
			// synchronous LibreOffice step included), the server never closes a socket a test may use.
			KEEP_ALIVE_TIMEOUT: '600'
		}
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	}
});
