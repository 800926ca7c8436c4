import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import { taskRunner } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/** A worker thread builds the instance, behind the pool's queue; it is stored here. */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(() =>
		chartHandlers().createRegional(request, getClientAddress(), async (code, options) => {
			const built = await taskRunner().answer(
				getClientAddress(),
				{ kind: 'regional', code, options },
				request.signal
			);
			return JSON.parse(new TextDecoder().decode(built.body));
		})
	);
