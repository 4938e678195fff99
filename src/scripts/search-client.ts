/**
 * The page's side of the search worker (src/scripts/search-worker.ts): starts it, numbers each
 * request and hands back its reply as a promise. A request whose search files failed to load
 * rejects with a SearchFailure naming their kinds; a worker whose own script did not load (or
 * that stopped) fails every waiting request with the kind `script`, and the next request starts a
 * new worker — so 重试 works once the network is back.
 */
import type { SearchRequestKind } from '../lib/search/failure.ts';
import type { Envelope, Reply, Request } from './search-protocol.ts';

export class SearchFailure extends Error {
  constructor(
    readonly kinds: SearchRequestKind[],
    message: string,
  ) {
    super(message);
  }
}

type Init = Extract<Request, { type: 'init' }>;

export class SearchClient {
  private worker: Worker | null = null;
  /** Whether the current worker has answered (its script loaded and ran). */
  private started = false;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

  /** `init` is called when a worker starts (not before: an empty search page starts none). */
  constructor(private readonly init: () => Init) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      this.started = true;
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new SearchFailure(reply.failed, reply.message));
    });
    worker.addEventListener('error', (event) => {
      // The worker's script did not load, or the worker stopped on an error of its own.
      event.preventDefault();
      this.stop(new SearchFailure(this.started ? [] : ['script'], 'the search worker stopped'));
    });
    this.worker = worker;
    this.started = false;
    void this.send(worker, this.init()).catch(() => {});
    return worker;
  }

  private send(worker: Worker, request: Request): Promise<unknown> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies Envelope);
    });
  }

  private stop(error: SearchFailure) {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }

  /** Sends a request (starting the worker if none runs) and resolves with its answer. */
  call<T>(request: Request): Promise<T> {
    return this.send(this.start(), request) as Promise<T>;
  }

  /** After a failure: the worker drops its Pagefind and fetched texts (a new worker starts if it stopped). */
  reset(): void {
    if (this.worker) void this.call({ type: 'reset' }).catch(() => {});
  }
}
