import { buildGraph } from '#lib/model/graph.js';
import { kindTable } from '#lib/model/kind-table.js';
import type { Dataset, Text } from '#lib/model/types.js';
import type { EditCommand, EditResult } from './edit-command.js';
import { backboneKindOf, descendants } from './backbone.js';
import {
	cycle,
	fail,
	inUse,
	noBackbone,
	unknownEdge,
	unknownKind,
	unknownNode,
	type Refusal
} from './edit-refusals.js';
import { checkMoved, planMove, planRemoval } from './reparent.js';
import { uniqueEdgeId } from './unique-id.js';
import { describeCommand } from './describe-command.js';
import { applyListCommand } from './list-command.js';

type Ok = Extract<EditResult, { ok: true }>;

/** Removes fields set to `undefined`, so a patch can clear optional fields. */
function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Applies one edit to a dataset without changing it. Returns the new dataset and the inverse
 * command (applying the inverse to the result gives back the original, and yields the redo), or
 * the reason the edit was refused.
 *
 * @example
 * const r = applyCommand(d, { type: 'move', id: 'o1', parent: 'p2' });
 * if (r.ok) applyCommand(r.dataset, r.inverse); // back to d, with the redo as its inverse
 */
export function applyCommand(dataset: Dataset, command: EditCommand): EditResult {
	const exact = applyListCommand(dataset, command);
	if (exact) return exact;
	switch (command.type) {
		case 'setTitle':
			return done({ ...dataset, title: command.title }, { type: 'setTitle', title: dataset.title });
		case 'setStory': {
			const { views: before, ...rest } = dataset;
			return done(command.views ? { ...rest, views: command.views } : rest, {
				type: 'setStory',
				views: before
			});
		}
		case 'replaceDataset':
			return done(command.dataset, { type: 'replaceDataset', dataset, label: command.label });
		case 'batch':
			return batch(dataset, command.label, command.commands);
		default:
			return applyIntent(dataset, command);
	}
}

/** Applies commands in order; all or nothing. The inverse undoes them in reverse order. */
function batch(dataset: Dataset, label: Text, commands: EditCommand[]): EditResult {
	let at = dataset;
	const inverses: EditCommand[] = [];
	for (const c of commands) {
		const r = applyCommand(at, c);
		if (!r.ok) return r;
		at = r.dataset;
		inverses.unshift(r.inverse);
	}
	return done(at, { type: 'batch', label, commands: inverses });
}

/** Resolves a high-level edit into low-level commands, after checking it makes sense. */
function applyIntent(dataset: Dataset, command: EditCommand): EditResult {
	const label = describeCommand(command);
	return applyKindIntent(dataset, command, label) ?? applyGraphIntent(dataset, command, label);
}

/** An edit of the nodes and relations; any other command goes to {@link applyCommand}. */
function applyGraphIntent(dataset: Dataset, command: EditCommand, label: Text): EditResult {
	const graph = buildGraph(dataset);
	const kinds = kindTable(dataset.kinds);
	const node = (id: string) => graph.node(id);
	switch (command.type) {
		case 'addChild': {
			if (command.parent === null) return batch(dataset, label, [{ type: 'insertNode', node: command.node }]);
			if (!node(command.parent)) return unknownNode(command.parent);
			const kind = backboneKindOf(dataset);
			if (!kind) return noBackbone();
			const edge = uniqueEdgeId(dataset, {
				id: command.edgeId ?? `${command.parent}--${command.node.id}`,
				kind,
				from: command.parent,
				to: command.node.id,
				cites: [],
				provenance: 'user'
			});
			return batch(dataset, label, [
				{ type: 'insertNode', node: command.node },
				{ type: 'insertEdge', edge }
			]);
		}
		case 'updateNode': {
			const before = node(command.id);
			if (!before) return unknownNode(command.id);
			if (command.patch.kind !== undefined && !kinds.node(command.patch.kind))
				return unknownKind(command.patch.kind);
			return batch(dataset, label, [
				{ type: 'replaceNode', node: withoutUndefined({ ...before, ...command.patch, id: before.id }) }
			]);
		}
		case 'updateEdge': {
			const before = graph.edge(command.id);
			if (!before) return unknownEdge(command.id);
			if (command.patch.kind !== undefined && !kinds.edge(command.patch.kind))
				return unknownKind(command.patch.kind);
			const edge = withoutUndefined({
				...before,
				...command.patch,
				id: before.id,
				from: before.from,
				to: before.to
			});
			return batch(dataset, label, [{ type: 'replaceEdge', edge }]);
		}
		case 'move':
			return move(dataset, command, label);
		case 'removeNode': {
			const { id, children, tree } = command;
			return planned(dataset, label, planRemoval(dataset, id, children, tree));
		}
		case 'addRelation': {
			const { edge } = command;
			for (const end of [edge.from, edge.to]) if (!node(end)) return unknownNode(end);
			if (!kinds.edge(edge.kind)) return unknownKind(edge.kind);
			if (edge.from === edge.to)
				return fail('self-relation', '关系不能指向自身', 'A relation cannot link a node to itself');
			if (edge.kind === backboneKindOf(dataset) && descendants(dataset, edge.to).includes(edge.from))
				return cycle(edge.to, edge.from);
			return batch(dataset, label, [{ type: 'insertEdge', edge }]);
		}
		case 'removeRelation':
			return batch(dataset, label, [{ type: 'deleteEdge', id: command.id }]);
		default:
			// Every low-level command is handled by applyCommand; this is unreachable by type.
			return applyCommand(dataset, command);
	}
}

/** An edit of the node or relation kinds; undefined for any other command. */
function applyKindIntent(dataset: Dataset, command: EditCommand, label: Text): EditResult | undefined {
	const kinds = kindTable(dataset.kinds);
	switch (command.type) {
		case 'addNodeKind':
			return batch(dataset, label, [{ type: 'insertNodeKind', kind: command.kind }]);
		case 'updateNodeKind': {
			const before = kinds.node(command.id);
			if (!before) return unknownKind(command.id);
			return batch(dataset, label, [
				{ type: 'replaceNodeKind', kind: withoutUndefined({ ...before, ...command.patch, id: before.id }) }
			]);
		}
		case 'removeNodeKind': {
			const users = dataset.nodes.filter((n) => n.kind === command.id).length;
			if (users) return inUse(command.id, users);
			return batch(dataset, label, [{ type: 'deleteNodeKind', id: command.id }]);
		}
		case 'addEdgeKind':
			return batch(dataset, label, [{ type: 'insertEdgeKind', kind: command.kind }]);
		case 'updateEdgeKind': {
			const before = kinds.edge(command.id);
			if (!before) return unknownKind(command.id);
			const after = withoutUndefined({ ...before, ...command.patch, id: before.id });
			// One backbone only: making this kind the backbone releases the previous one.
			const released = after.backbone
				? dataset.kinds.edges
						.filter((k) => k.backbone && k.id !== before.id)
						.map((k): EditCommand => ({ type: 'replaceEdgeKind', kind: { ...k, backbone: false } }))
				: [];
			return batch(dataset, label, [...released, { type: 'replaceEdgeKind', kind: after }]);
		}
		case 'removeEdgeKind': {
			const users = dataset.edges.filter((e) => e.kind === command.id).length;
			if (users) return inUse(command.id, users);
			return batch(dataset, label, [{ type: 'deleteEdgeKind', id: command.id }]);
		}
		default:
			return undefined;
	}
}

/** Moves a node; with a drawn tree, only if the chart then draws it where asked. */
function move(dataset: Dataset, command: Extract<EditCommand, { type: 'move' }>, label: Text): EditResult {
	const { id, parent, tree } = command;
	const result = planned(dataset, label, planMove(dataset, id, parent, tree));
	return (result.ok && tree && checkMoved(result.dataset, id, parent, tree)) || result;
}

/** Applies the low-level commands a plan made as one step, or passes on its refusal. */
function planned(dataset: Dataset, label: Text, plan: EditCommand[] | Refusal): EditResult {
	return Array.isArray(plan) ? batch(dataset, label, plan) : plan;
}

function done(dataset: Dataset, inverse: EditCommand): Ok {
	return { ok: true, dataset, inverse };
}
