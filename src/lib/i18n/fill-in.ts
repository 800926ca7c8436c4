/**
 * A UI string with each `{name}` placeholder replaced by its value; a name without a value
 * becomes empty. Every strings table of the app fills its strings through this.
 * @example fillIn('Step {n} of {m}', { n: 2, m: 5 }) // → 'Step 2 of 5'
 */
export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
