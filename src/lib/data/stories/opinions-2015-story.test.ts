import { describe, expect, it } from 'vitest';
import { fixture } from '#lib/scene/fixture.test-fixture.js';
import { opinions2015Story } from './opinions-2015-story.js';
import { withDefaultStory } from './default-story.js';
import { checkViewState } from '#lib/embed/view-state-check.js';
import { getBuiltin } from '#lib/data/builtin.js';

const dataset = { ...fixture, id: 'opinions-2015' };

describe('opinions2015Story(dataset)', () => {
	const story = opinions2015Story(dataset);
	it('has 4 to 6 steps with unique ids and titles in both languages', () => {
		expect(story.length).toBeGreaterThanOrEqual(4);
		expect(story.length).toBeLessThanOrEqual(6);
		expect(new Set(story.map((s) => s.id)).size).toBe(story.length);
		for (const step of story) expect(step.title.zh && step.title.en).toBeTruthy();
	});
	it('every step state is a valid view state naming only nodes of the dataset', () => {
		const ids = new Set(dataset.nodes.map((n) => n.id));
		for (const step of story) {
			expect(checkViewState(step.state)).toEqual(step.state);
			if (step.state.focus) expect(ids.has(step.state.focus)).toBe(true);
			if (Array.isArray(step.state.expanded)) for (const id of step.state.expanded) expect(ids.has(id)).toBe(true);
		}
	});
	it('opens the roots of the backbone for the central level', () => {
		expect(story.find((s) => s.id === 'central')?.state.expanded).toEqual(['c']);
	});
	it('ends with the structure as of 2019 and 2024', () => {
		expect(story.slice(-2).map((s) => s.state.asOf)).toEqual(['2019-01-01', '2024-01-01']);
	});
	it('focuses a Party organisation and opens the branch it sits in', () => {
		const step = story.find((s) => s.id === 'party-organisation')!;
		expect(dataset.nodes.find((n) => n.id === step.state.focus)?.label.zh).toContain('党组织');
		expect(step.state.expanded).toContain('p1');
	});
});

describe('withDefaultStory(dataset)', () => {
	it('attaches the default story to the built-in dataset without changing the input', () => {
		const out = withDefaultStory(dataset);
		expect(out.views?.length).toBeGreaterThan(0);
		expect(dataset.views).toBeUndefined();
	});
	it('keeps a dataset’s own views and leaves other datasets alone', () => {
		const own = { ...dataset, views: [{ id: 'v', title: { zh: 'v', en: 'v' }, state: {} }] };
		expect(withDefaultStory(own)).toBe(own);
		expect(withDefaultStory(fixture)).toBe(fixture);
	});
});

describe('opinions2015Story(built-in dataset without its views)', () => {
	const builtin = getBuiltin('opinions-2015')!;
	const story = opinions2015Story({ ...builtin, views: [] });
	it('has all six steps, naming real nodes', () => {
		expect(story.map((s) => s.id)).toEqual([
			'whole',
			'central',
			'county',
			'party-organisation',
			'as-of-2019',
			'as-of-2024'
		]);
		const ids = new Set(builtin.nodes.map((n) => n.id));
		for (const step of story) if (step.state.focus) expect(ids.has(step.state.focus)).toBe(true);
	});
	it('the county step focuses a county work body and the Party organisation step lists duties', () => {
		const county = builtin.nodes.find((n) => n.id === story[2].state.focus)!;
		expect(county.label.zh).toMatch(/县.*工作机构/);
		expect(story[3].note?.zh).toMatch(/^职责：/);
		expect(story[3].note?.en).toMatch(/^Duties: /);
	});
	it('the built-in dataset keeps its own views', () => {
		expect(withDefaultStory(builtin)).toBe(builtin);
	});
});
