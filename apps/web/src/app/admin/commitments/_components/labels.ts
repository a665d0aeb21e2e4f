import { type EditorialState } from '@accord/domain';
import { type RouterOutputs } from '@accord/api';

export const EDITORIAL_STATE_LABELS: Record<EditorialState, string> = {
  draft: 'Draft',
  review: 'In review',
  published: 'Published',
  archived: 'Archived',
};

export type EditorOptions = RouterOutputs['editor']['options'];
export type EditorCommitment = RouterOutputs['editor']['commitment']['get'];
