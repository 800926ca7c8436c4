import { describe, expect, it } from 'vitest';
import { nearestNames } from './nearest-names.js';

const names = ['县委组织部', '县委宣传部', '县民政局', '县委统战部', '市委组织部', 'County office'];

describe('nearestNames(names)(typed)', () => {
	it.each([
		['县委组织布', '县委组织部'],
		['县委组织', '县委组织部'],
		['县民正局', '县民政局'],
		['county ofice', 'County office']
	])('offers %s the name %s first', (typed, first) => {
		expect(nearestNames(names)(typed)[0]).toBe(first);
	});

	it('offers nothing for a name unlike any, and never more than three', () => {
		expect(nearestNames(names)('省财政厅')).toEqual([]);
		expect(nearestNames(names)('县委XX部').length).toBeLessThanOrEqual(3);
	});
});
