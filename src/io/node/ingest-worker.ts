// Worker side of the threaded CSV reader (read-posts-threaded.ts): reads one byte range
// of a posts CSV file with the core's fast path and hands back its columns (typed arrays
// transferred, not copied). Built as its own file (dist/ingest-worker.js) so a worker
// never loads the CLI or the whole library.
import { parentPort, workerData } from 'node:worker_threads';
import { readPostsCsvRange } from '../../ingest/read-posts-csv-bytes.js';
import { runIngestTask, type IngestTask } from './ingest-task.js';

if (parentPort && (workerData as { task?: string } | null)?.task === 'govmedia:readPostsRange') {
  const port = parentPort;
  runIngestTask(workerData as IngestTask, readPostsCsvRange).then(
    (c) => port.postMessage({ result: c }, [c.account, c.time, c.reads, c.looks, c.likes, c.shares, c.comments, c.position, c.original].map((a) => a.buffer as ArrayBuffer)),
    (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error' }),
  );
}
