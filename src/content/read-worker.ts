// A thread of src/content/read-files.ts: claims batches of the shared job list, reads them, and posts
// back what it read with each job's index.
import { parentPort, workerData } from 'node:worker_threads';
import { readClaimedBatches, type FileJob, type FileRead } from './read-file.ts';

const { jobs, counter, batchSize } = workerData as { jobs: FileJob[]; counter: Int32Array; batchSize: number };
const reads: [number, FileRead][] = [];
readClaimedBatches(jobs, counter, batchSize, (index, read) => reads.push([index, read]));
parentPort!.postMessage(reads);
