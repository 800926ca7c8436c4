import type { Text } from '#lib/model/types.js';
import type { EditCommand } from './edit-command.js';

/**
 * A short bilingual description of an edit, for undo/redo tooltips and the draft summary.
 *
 * @example
 * describeCommand({ type: 'removeRelation', id: 'x1' }).en // 'Remove relation'
 */
export function describeCommand(command: EditCommand): Text {
	switch (command.type) {
		case 'batch':
		case 'replaceDataset':
			return command.label;
		case 'addChild':
			return {
				zh: `添加“${command.node.label.zh}”`,
				en: `Add "${command.node.label.en || command.node.label.zh}"`
			};
		case 'updateNode':
			return { zh: '修改节点', en: 'Edit node' };
		case 'updateEdge':
			return { zh: '修改关系', en: 'Edit relation' };
		case 'move':
			return { zh: '移动节点', en: 'Move node' };
		case 'removeNode':
			return command.children === 'subtree'
				? { zh: '删除节点及其下级', en: 'Delete node and its subtree' }
				: { zh: '删除节点（下级上移）', en: 'Delete node (children move up)' };
		case 'addRelation':
			return { zh: '添加关系', en: 'Add relation' };
		case 'removeRelation':
			return { zh: '删除关系', en: 'Remove relation' };
		case 'addNodeKind':
		case 'addEdgeKind':
			return { zh: '添加类型', en: 'Add kind' };
		case 'updateNodeKind':
		case 'updateEdgeKind':
			return { zh: '修改类型', en: 'Edit kind' };
		case 'removeNodeKind':
		case 'removeEdgeKind':
			return { zh: '删除类型', en: 'Remove kind' };
		case 'setTitle':
			return { zh: '修改标题', en: 'Edit title' };
		case 'setStory':
			return { zh: '修改演示步骤', en: 'Edit story' };
		default:
			return { zh: '编辑', en: 'Edit' };
	}
}
