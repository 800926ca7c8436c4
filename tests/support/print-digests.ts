// Run by src/lib/determinism.test.ts in a Node process of its own: prints the digests of
// src/lib/__fixtures__/determinism.ts as JSON, made with none of the test process's state.
import { digests } from '#lib/__fixtures__/determinism.js';

process.stdout.write(JSON.stringify(await digests()));
