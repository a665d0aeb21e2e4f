/**
 * The body of one assistant worker thread (pool.ts starts it): loads the model once, then
 * reads each text it is sent with the library's own `propose`, synchronously, off the
 * server's event loop. No logic of its own: only the message protocol (protocol.ts).
 */
import { parentPort } from 'node:worker_threads';
import { propose, warmUp } from '../propose';
import { ProposeError } from '../text';
import { type ProposeTask, type WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('the assistant worker runs in a worker thread (pool.ts)');

function post(message: WorkerMessage): void {
  port?.postMessage(message);
}

port.on('message', (task: ProposeTask) => {
  try {
    post({ type: 'done', id: task.id, result: propose(task.text, task.options) });
  } catch (error) {
    if (error instanceof ProposeError) {
      post({ type: 'refused', id: task.id, reason: error.reason, message: error.message });
    } else {
      post({ type: 'failed', id: task.id, message: (error as Error)?.message ?? String(error) });
    }
  }
});

// The model loads here, in the thread, before the first text: the server never waits for it.
warmUp();
post({ type: 'ready' });
