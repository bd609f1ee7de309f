import { linkSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'tenure.pid';

/** Who holds a lock: a pid, and on Linux that process's start time, so a pid reused later is not mistaken for it. */
type Holder = { pid: number; started: string };

/** A process's start time in clock ticks since boot (/proc/PID/stat field 22), or '' where /proc is missing. */
function startTimeOf(pid: number | 'self'): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** True when the process that wrote the lock still runs: same pid and, where known, same start time. */
function stillRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return !holder.started || !started || started === holder.started;
}

/** The lock file's text, or undefined when it is gone. */
function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): Holder | undefined {
  const [pid, started = ''] = text.trim().split(/\s+/);
  const n = Number(pid);
  return Number.isSafeInteger(n) && n > 0 ? { pid: n, started } : undefined;
}

const held = new Set<string>();

/**
 * Claims an embedded data folder for this process, or throws naming the process that holds it. PGlite takes no
 * lock of its own: two processes on one folder both open it and corrupt it. The lock file appears with its content
 * already written (written aside, then hard-linked into place), so a reader never sees it half-made. A lock left by
 * a process that is gone, or whose pid now belongs to another process, is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const folder = realpathSync(dataDir); // one folder, however it is spelled
  const path = join(folder, LOCK_FILE);
  if (held.has(path)) throw new Error(`data folder ${folder} is already open in this process`);
  const mine = `${process.pid} ${startTimeOf('self')}\n`;
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, path);
        held.add(path);
        return () => {
          held.delete(path);
          if (readLock(path) === mine) rmSync(path, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const text = readLock(path);
      if (text === undefined) continue; // released meanwhile
      const holder = parseHolder(text);
      if (!holder) {
        throw new Error(
          `data folder ${folder} has a lock file Tenure cannot read: ${path}; delete it if no Tenure runs`,
        );
      }
      if (holder.pid !== process.pid && stillRunning(holder)) {
        throw new Error(
          `data folder ${folder} is in use by process ${holder.pid}; stop it first (or delete ${path} if that process is not Tenure)`,
        );
      }
      // Left by a process that is gone. Removed only if still the same file: another starter may have taken it over.
      if (readLock(path) === text) rmSync(path, { force: true });
    }
    throw new Error(`data folder ${folder}: could not take the lock ${path}`);
  } finally {
    rmSync(draft, { force: true });
  }
}
