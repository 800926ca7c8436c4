import type { Lang, Text } from '#lib/model/types.js';
import { PUNCTUATION } from '#lib/i18n/punctuation.js';
import { ApiFailure } from './charts-client.js';

/**
 * What the API's refusals a user can meet in the editor mean, in Chinese. The server words its
 * messages in English for scripts; the page must read in the user's language, so the Chinese comes
 * from the error's code, and the English keeps the server's own sentence with its figures.
 */
const codeText: Record<string, string> = {
	body_too_large: '文件或数据太大，超过了服务器接受的大小上限。请拆分后再导入或保存。',
	over_limit: '数据超出了上限（节点、关系数量或名称长度），未保存任何内容。',
	invalid_dataset: '数据有问题，未保存任何内容。',
	message_too_long: '保存说明太长。',
	author_too_long: '作者名称太长。',
	rate_limited: '一分钟内的操作太多，请稍后再试。',
	not_found: '找不到这个图表。',
	empty_body: '请选择要导入的文件。',
	invalid_json: '发送的数据不是有效的 JSON，或嵌套过深。',
	bad_options: '导入选项有误。',
	wrong_token: '编辑密钥无效（可能已被更换）。',
	missing_token: '编辑密钥无效（可能已被更换）。'
};

/** A size in megabytes as people write it: 5, 0.5, 1.5. */
function megabytes(bytes: number): string {
	return String(Math.round((bytes / 2 ** 20) * 10) / 10);
}

/**
 * A failure as text for the page in both languages: a server refusal by its code, a network
 * failure as such, with every problem the server listed (by path, in the language where the
 * server gave both) after the sentence.
 * @example failureText(new ApiFailure(413, 'body_too_large', 'The body is larger than 5 MB.')).zh // → '文件或数据太大，超过了服务器接受的大小上限。…'
 */
export function failureText(e: unknown): Text {
	if (e instanceof ApiFailure) {
		if (e.status === 0)
			return { zh: `无法连接服务器：${e.message}`, en: `Cannot reach the server: ${e.message}` };
		if (e.code === 'wrong_token' || e.code === 'missing_token')
			return { zh: codeText[e.code], en: 'The edit token is not valid (it may have been rotated).' };
		const detail = (lang: Lang) => {
			if (!e.problems.length) return '';
			const { open, colon, semicolon, close } = PUNCTUATION[lang];
			const listed = e.problems.map((p) => `${p.path}${colon}${p.text?.[lang] ?? p.message}`);
			return `${open}${listed.join(semicolon)}${close}`;
		};
		const zh =
			e.code === 'body_too_large' && e.limitBytes
				? `文件或数据太大，超过了服务器接受的大小上限（${megabytes(e.limitBytes)} MB）。请拆分后再导入或保存。`
				: (codeText[e.code] ?? e.text?.zh ?? `服务器拒绝了请求（HTTP ${e.status}）：${e.message}`);
		return { zh: `${zh}${detail('zh')}`, en: `${e.message}${detail('en')}` };
	}
	const text = e instanceof Error ? e.message : String(e);
	return { zh: text, en: text };
}
