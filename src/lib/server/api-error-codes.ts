/**
 * Every code the HTTP API answers an error with, and what it means in Chinese (the server's edge,
 * scripts/body-gate.js, answers body_timeout, too_many_bodies and a server_busy of its own). The English is
 * the error's own message (with its figures); a code without a Chinese sentence here does not
 * type-check, so no refusal reaches a user in one language only.
 */
export const API_ERROR_ZH = {
	author_too_long: '作者名称太长。',
	bad_author: '作者须为文本。',
	bad_format: '导入格式无效。',
	bad_functional_zones: 'functionalZones 只能是 "skip" 或 "mark"。',
	bad_if_match: 'If-Match 须写成某个修订的 ETag，如 "rev-3"。',
	bad_limit: 'limit 须为范围内的整数。',
	bad_message: '保存说明须为文本。',
	bad_multipart: '无法读取 multipart 请求体。',
	bad_nodes: 'nodes 须为范围内的整数。',
	bad_offset: 'offset 须为范围内的整数。',
	bad_options: '导入选项有误。',
	bad_query: '查询参数有误。',
	bad_request: '请求有误。',
	bad_revision: '修订号须为正整数（1、2、……）。',
	bad_samples: 'samples 须为 0 到 20 的整数。',
	bad_seed: 'seed 须为整数。',
	body_timeout: '请求体长时间没有收到数据，连接已关闭。',
	body_too_large: '请求体超过了服务器接受的大小上限。',
	client_closed: '请求在完成前已被取消。',
	empty_body: '请发送要导入的文件。',
	foreign_origin: '不接受来自其他网站的写入请求。',
	if_match_required: '请在 If-Match 中给出所编辑修订的 ETag，以免覆盖他人较新的保存。',
	internal: '服务器处理请求时出错。',
	invalid_dataset: '数据有问题，未保存任何内容。',
	invalid_json: '发送的数据不是有效的 JSON，或嵌套过深。',
	json_required: '请求体须为 application/json。',
	message_too_long: '保存说明太长。',
	method_not_allowed: '该地址不接受这种请求方法。',
	missing_code: '请给出行政区划代码（如 420222），或用 CN 表示全国。',
	missing_dataset: '请求体须为 {"dataset": …, "message": …}。',
	missing_file: '表单须有名为 "file" 的文件字段。',
	missing_token: '请以 "Authorization: Bearer <密钥>" 发送编辑密钥。',
	missing_url: '缺少 url 参数。',
	no_history: '内置数据集没有修订历史可比较。',
	no_story: '这个图表没有演示步骤。',
	not_found: '找不到这个图表或地址。',
	over_limit: '数据超出了上限（节点、关系数量或名称长度），未保存任何内容。',
	rate_limited: '一分钟内的写入太多，请稍后再试。',
	read_only: '内置数据集不能修改；请先复制一份。',
	revision_not_found: '没有这个修订。',
	server_busy: '服务器正忙，请稍后再试。',
	store_unavailable: '数据库暂时无法连接，未保存任何内容。请稍后重试。',
	stale_revision: '在你编辑之后有人保存了更新的修订；请载入最新修订，重新修改后再保存。',
	task_crashed: '处理时出错，请重试。',
	task_timeout: '处理时间过长，已停止。',
	too_costly: '这项处理所需的内存超过了服务器的上限。',
	too_many_bodies: '你已有多个请求正在上传，请稍后再试。',
	too_many_tasks: '你已有文件正在处理，请稍后再试。',
	unknown_builtin: '没有这个内置数据集。',
	unknown_division: '没有这个行政区划代码。',
	unknown_format: '不支持这种文件格式。',
	unsupported_format: '只支持 format=json。',
	wrong_token: '编辑密钥无效（可能已被更换）。'
} as const satisfies Record<string, string>;

/** A stable code of an API error: what scripts and the page branch on. */
export type ApiErrorCode = keyof typeof API_ERROR_ZH;

/**
 * The code and English sentence a status gets when something other than a route (SvelteKit, the
 * adapter) refused the request without saying why.
 */
export function codeOfStatus(status: number): { code: ApiErrorCode; en: string } {
	if (status === 404) return { code: 'not_found', en: 'There is nothing at this address.' };
	if (status === 405) return { code: 'method_not_allowed', en: 'This address does not take that method.' };
	if (status === 413) return { code: 'body_too_large', en: 'The body is too large.' };
	if (status >= 500) return { code: 'internal', en: 'The server failed to handle the request.' };
	return { code: 'bad_request', en: `The request was refused (HTTP ${status}).` };
}
