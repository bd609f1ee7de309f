type Waiting<V> = { id: string; resolve: (row: V | undefined) => void; reject: (error: unknown) => void };

/**
 * Loads rows by (account, id), coalescing the loads asked for while the event loop is busy into one query per
 * account (`id = any($ids)`), as DataLoader does. Under concurrent requests each query serves many of them:
 * on PostgreSQL a round trip costs the server and the driver more than the row itself.
 *
 * The batch is flushed by `setImmediate`, after the I/O callbacks of the current loop turn: all requests whose
 * bytes arrived together are in it, and a lone request waits for no timer.
 */
export class LoadBatcher<V> {
  private waiting = new Map<string, Waiting<V>[]>();
  private scheduled = false;
  private readonly loadMany: (accountId: string, ids: string[]) => Promise<Map<string, V>>;
  private readonly maxBatch: number;

  constructor(loadMany: (accountId: string, ids: string[]) => Promise<Map<string, V>>, maxBatch = 200) {
    this.loadMany = loadMany;
    this.maxBatch = maxBatch;
  }

  load(accountId: string, id: string): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      let list = this.waiting.get(accountId);
      if (!list) {
        list = [];
        this.waiting.set(accountId, list);
      }
      list.push({ id, resolve, reject });
      if (list.length >= this.maxBatch) {
        this.waiting.delete(accountId);
        void this.run(accountId, list);
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batches = this.waiting;
    this.waiting = new Map();
    for (const [accountId, list] of batches) void this.run(accountId, list);
  }

  private async run(accountId: string, list: Waiting<V>[]): Promise<void> {
    const ids = [...new Set(list.map((w) => w.id))];
    try {
      const rows = await this.loadMany(accountId, ids);
      for (const w of list) w.resolve(rows.get(w.id));
    } catch (error) {
      if (ids.length === 1) for (const w of list) w.reject(error);
      // One bad id (a NUL byte the database refuses, say) must not fail the other requests: each on its own.
      else
        for (const id of ids)
          void this.run(
            accountId,
            list.filter((w) => w.id === id),
          );
    }
  }
}
