// Waiting for what happens on its own (a workflow's write, the archive's queue, a pruning): asked again
// every 200 ms until it answers something, within a bound that fails naming what did not happen.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, get: () => Promise<T | undefined | false>, withinMs = 30_000): Promise<T> {
  for (const end = Date.now() + withinMs; Date.now() < end; await sleep(200)) {
    const got = await get();
    if (got) return got;
  }
  throw new Error(`${what} did not happen`);
}
