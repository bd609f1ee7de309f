import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'tenure.pid';

/** True when a process with this pid exists (EPERM: it exists, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const held = new Set<string>();

/**
 * Claims an embedded data folder for this process, or throws naming the process that holds it. PGlite takes no
 * lock of its own: two processes on one folder both open it and corrupt it. A lock left by a process that died
 * is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  if (held.has(path)) throw new Error(`data folder ${dataDir} is already open in this process`);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      held.add(path);
      return () => {
        held.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (holder && holder !== process.pid && alive(holder)) {
      throw new Error(
        `data folder ${dataDir} is in use by process ${holder}; stop it first (or delete ${path} if that process is not Tenure)`,
      );
    }
    rmSync(path, { force: true }); // left by a process that is gone
  }
}
