import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { FilePlan } from './file-plan.svelte.js';

describe('FilePlan', () => {
	it('answers a fitted PDF with its text’s sizes and no deck, a deck with its first page', async () => {
		const plan = new FilePlan();
		plan.request(fixture, 'pdf', '/api/export.pdf?lang=en&tiling=fit', true);
		expect(plan.planning).toBe(true);
		await expect.poll(() => plan.planning).toBe(false);
		expect([plan.deck, plan.text?.spec.minName]).toEqual([null, 9]);
		plan.request(fixture, 'pptx', '/api/export.pptx?lang=en&slides=single', true);
		// Sizes of another format's file are not said of this one while it is planned.
		expect(plan.text).toBeNull();
		await expect.poll(() => plan.pages).toBe(1);
		expect(plan.text?.spec.minName).toBe(12);
		plan.close();
	});

	it("counts the pages of a deck whose first page is not drawn (a large chart's)", async () => {
		const plan = new FilePlan();
		plan.request(fixture, 'pptx', '/api/export.pptx?lang=en&slides=single', false);
		await expect.poll(() => plan.planning).toBe(false);
		expect([plan.deck, plan.pages]).toEqual([null, 1]);
		plan.close();
	});

	it('drops the answer still to come once cleared: the file chosen now has nothing planned', async () => {
		const plan = new FilePlan();
		plan.request(fixture, 'pptx', '/api/export.pptx?lang=en&slides=single', true);
		plan.clear();
		// The fixture is planned in tens of milliseconds: its answer has come, and not shown.
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		expect([plan.deck, plan.text, plan.planning]).toEqual([null, null, false]);
		plan.close();
	});
});
