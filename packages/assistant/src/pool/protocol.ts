import { type ProposeResult } from '@accord/domain';
import { type ProposeOptions } from '../propose';
import { type ProposeErrorReason } from '../text';

/** What the pool posts to a worker thread: one text to read. */
export interface ProposeTask {
  id: number;
  text: string;
  options: ProposeOptions;
}

/** What a worker thread posts back: that it is ready, or one task's answer. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ProposeResult }
  | { type: 'refused'; id: number; reason: ProposeErrorReason; message: string }
  | { type: 'failed'; id: number; message: string };
