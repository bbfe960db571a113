// Reading every content file, on as many threads as the machine has. At province scale (26,000 files)
// parsing YAML is most of the validator's time, and each file is read and checked on its own, so the
// work splits across cores; the calling thread reads too, from the first moment, while the others start.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { readClaimedBatches, readContentFile, type FileJob, type FileRead } from './read-file.ts';

/** Below this many files a thread costs more to start (about 0.2 s to load the schemas) than it saves. */
export const PARALLEL_FROM_FILES = 2000;
/** Each thread holds its own copy of the schemas and its share of parsed files: more than this costs memory for little. */
const MAX_THREADS = 8;
const BATCH_SIZE = 100;

export const DEFAULT_READ_WORKER = fileURLToPath(new URL('./read-worker.ts', import.meta.url));

export interface ReadOptions {
  /** Threads in all, the calling one included; defaults to the machine's cores. */
  threads?: number;
  /**
   * The worker's script. Inside the Astro build this module is bundled elsewhere, so the build names
   * the file in the source tree; when the script is missing the files are read on this thread.
   */
  workerScript?: string;
  /** Files per claim; small batches let tests spread a small folder over every thread. */
  batchSize?: number;
  /**
   * Only worker threads read; the calling thread waits. Tests use it: on a small folder the calling thread
   * would otherwise read everything before a worker has started, and nothing would cross between threads.
   */
  workersOnly?: boolean;
}

export function readFilesInline(jobs: readonly FileJob[]): FileRead[] {
  return jobs.map(readContentFile);
}

export async function readFiles(jobs: readonly FileJob[], options: ReadOptions = {}): Promise<FileRead[]> {
  const script = options.workerScript ?? DEFAULT_READ_WORKER;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), MAX_THREADS), Math.ceil(jobs.length / batchSize));
  const haveScript = existsSync(script);
  if (options.workersOnly && !haveScript) throw new Error(`读取线程的程序 ${script} 不存在`);
  if (threads < 2 || (options.threads === undefined && jobs.length < PARALLEL_FROM_FILES) || !haveScript) return readFilesInline(jobs);

  const counter = new Int32Array(new SharedArrayBuffer(4));
  const reads: FileRead[] = new Array(jobs.length);
  const workers: Worker[] = [];
  try {
    for (let i = options.workersOnly ? 0 : 1; i < threads; i++) workers.push(new Worker(script, { workerData: { jobs, counter, batchSize } }));
    const allFinished = Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', (batch: [number, FileRead][]) => {
              for (const [index, read] of batch) reads[index] = read;
              resolve();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`读取线程意外退出(代码 ${code})`)));
          }),
      ),
    );
    // If this thread fails first, the workers are stopped and its own error is the one reported.
    allFinished.catch(() => undefined);
    if (!options.workersOnly) readClaimedBatches(jobs, counter, batchSize, (index, read) => (reads[index] = read));
    await allFinished;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  // Nothing lost between threads: every file has been read by one of them.
  const missing = jobs.findIndex((_, i) => reads[i] === undefined);
  if (missing >= 0) throw new Error(`文件 ${jobs[missing]!.file} 没有被任何读取线程读取`);
  return reads;
}
