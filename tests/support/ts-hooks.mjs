// Lets a plain `node` child process import the app's TypeScript sources: `#lib/x.js` and `./y.js`
// specifiers resolve to the `.ts` files next to them (Node strips the types itself).
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const lib = new URL('../../src/lib/', import.meta.url);

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier.startsWith('#lib/')) {
			const url = new URL(specifier.slice(5).replace(/\.js$/, '.ts'), lib);
			return { url: url.href, shortCircuit: true };
		}
		if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL) {
			const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
			if (existsSync(fileURLToPath(ts)))
				return { url: pathToFileURL(fileURLToPath(ts)).href, shortCircuit: true };
		}
		return nextResolve(specifier, context);
	}
});
