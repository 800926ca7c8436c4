import { handleApi } from '#lib/server/api-error.js';
import { regionalAnswers } from '#lib/server/regional-answers.js';
import type { RequestHandler } from './$types';

/** The query is read here; a worker thread builds the instance, behind the pool's queue, unless it is kept. */
export const GET: RequestHandler = ({ url, request, getClientAddress }) =>
	handleApi(() => regionalAnswers().response(url, request, getClientAddress()));
