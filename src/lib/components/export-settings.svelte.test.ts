import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ExportSettings } from './export-settings.svelte.js';
import { EXPORT_CHOICES } from './export-request.js';

describe('ExportSettings', () => {
	it('starts from the chart’s heading, source line and theme, and files without the day’s date', () => {
		const settings = new ExportSettings({ title: '链条', sourceLine: '来源：意见', theme: 'dark' });
		expect([settings.title, settings.sourceLine, settings.theme]).toEqual(['链条', '来源：意见', 'dark']);
		expect(settings.choice).toEqual(EXPORT_CHOICES[0]);
		expect(settings.withDate).toBe(false);
		expect(settings.scalePick).toBe('2');
	});

	it('tells what reads it of every change, as the dialog’s fields bound to it need', () => {
		const settings = new ExportSettings({ title: 'A', sourceLine: '', theme: 'light' });
		const seen: string[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(`${settings.title}/${settings.margin}/${settings.paper}`);
			});
		});
		flushSync();
		settings.title = 'B';
		flushSync();
		settings.margin = 0;
		settings.paper = 'a3';
		flushSync();
		stop();
		expect(seen).toEqual(['A/32/a4', 'B/32/a4', 'B/0/a3']);
	});

	it('follows the drawing’s source line until the reader writes their own', () => {
		let drawn = $state('来源：意见');
		const settings = new ExportSettings({ title: 'A', sourceLine: () => drawn, theme: 'light' });
		expect(settings.sourceLine).toBe('来源：意见');
		drawn = '来源：意见；通知';
		expect(settings.sourceLine).toBe('来源：意见；通知');
		settings.sourceLine = '我的来源';
		drawn = '来源：意见';
		expect(settings.sourceLine).toBe('我的来源');
	});
});
