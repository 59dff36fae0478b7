import { BatchPuller } from './batch-puller';

/** An in-memory source whose items arrive when the test pushes them. */
function channel<T>() {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  async function* iterate(): AsyncGenerator<T> {
    for (;;) {
      while (queue.length > 0) yield queue.shift() as T;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return {
    iterator: iterate(),
    push: (...items: T[]) => {
      queue.push(...items);
      wake?.();
    },
    end: () => {
      ended = true;
      wake?.();
    },
  };
}

const never = new Promise<void>(() => undefined);

describe('BatchPuller', () => {
  it('takes what is available up to the batch size', async () => {
    const source = channel<number>();
    source.push(1, 2, 3, 4, 5);
    const puller = new BatchPuller(source.iterator);
    expect(await puller.next(3, 50, never)).toEqual({ items: [1, 2, 3], done: false });
    expect(await puller.next(3, 10, never)).toEqual({ items: [4, 5], done: false });
  });

  it('keeps an item that arrives after the delay for the next batch', async () => {
    const source = channel<number>();
    const puller = new BatchPuller(source.iterator);
    source.push(1);
    expect(await puller.next(10, 5, never)).toEqual({ items: [1], done: false });
    // The pull for item 2 is pending since the previous batch's delay ended.
    await new Promise((resolve) => setTimeout(resolve, 20));
    source.push(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    source.push(3);
    expect(await puller.next(10, 5, never)).toEqual({ items: [2, 3], done: false });
  });

  it('reports the end of the source', async () => {
    const source = channel<number>();
    const puller = new BatchPuller(source.iterator);
    source.push(1);
    source.end();
    expect(await puller.next(10, 50, never)).toEqual({ items: [1], done: true });
    expect(await puller.next(10, 50, never)).toEqual({ items: [], done: true });
  });

  it('stops waiting for a first item when interrupted', async () => {
    const source = channel<number>();
    const puller = new BatchPuller(source.iterator);
    let interrupt: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
    const batch = puller.next(10, 50, interrupted);
    interrupt();
    expect(await batch).toEqual({ items: [], done: true });
  });
});
