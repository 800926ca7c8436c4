// Run by src/lib/determinism.test.ts in a Node process of its own: prints the digests of
// src/lib/determinism.test-fixture.ts as JSON, made with none of the test process's state.
import { digests } from '#lib/determinism.test-fixture.js';

process.stdout.write(JSON.stringify(await digests()));
