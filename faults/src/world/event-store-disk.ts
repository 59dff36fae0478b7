import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The event store's file system, small enough to fill: a tmpfs of its own, mounted inside the
 * user and mount namespace the suite runs in (`unshare --user --map-root-user --mount`, see
 * scripts/test-faults.sh), so no root is needed on the machine. Filling it leaves SQLite no
 * page to write (SQLITE_FULL, exactly what a full disk gives); removing the filler gives the
 * space back. Without such a namespace the folder is a plain one and `fill()` is refused.
 */
export class EventStoreDisk {
  private readonly filler: string;

  private constructor(
    readonly dir: string,
    readonly limited: boolean,
    readonly why: string,
  ) {
    this.filler = path.join(dir, 'filler.bin');
  }

  static prepare(dir: string, sizeMb: number): EventStoreDisk {
    mkdirSync(dir, { recursive: true });
    if (process.env.FAULTS_NAMESPACE !== '1') {
      return new EventStoreDisk(dir, false, 'no user+mount namespace (unshare --user --map-root-user --mount failed): a tmpfs cannot be mounted without root');
    }
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'fault-suite-event-store', dir]);
    return new EventStoreDisk(dir, true, `tmpfs of ${sizeMb} MB in the suite's own mount namespace`);
  }

  /** Writes a filler file until the file system refuses (ENOSPC). Returns the bytes written. */
  fill(): number {
    if (!this.limited) throw new Error(this.why);
    const chunk = Buffer.alloc(1024 * 1024);
    const fd = openSync(this.filler, 'w');
    let written = 0;
    try {
      for (let size = chunk.length; size >= 512; ) {
        try {
          written += writeSync(fd, chunk, 0, size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          size = Math.floor(size / 2);
        }
      }
    } finally {
      closeSync(fd);
    }
    return written;
  }

  free(): void {
    rmSync(this.filler, { force: true });
  }

  availableBytes(): number {
    const stats = statfsSync(this.dir);
    return stats.bavail * stats.bsize;
  }
}
