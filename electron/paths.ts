/**
 * Write-path policy for the main process.
 *
 * The renderer never chooses a path. Writes are allowed only to
 *  - paths the user picked in a native dialog during this session (recorded in an allow-set), or
 *  - paths inside the app's own data folder (app.getPath('userData')).
 * Relative paths, `..` segments and symlinks that escape the data folder are refused.
 */
import fs from 'node:fs';
import path from 'node:path';

export class PathPolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathPolicyError';
  }
}

/** True when `p` contains a `..` segment (checked on the raw string, before normalisation). */
export function hasTraversal(p: string): boolean {
  return p.split(/[\\/]+/).some((seg) => seg === '..');
}

/** True when `child` is `parent` itself or lies below it (both absolute, normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Resolves symlinks of the longest existing prefix of `p` (the file itself may not exist yet). */
export function realpathBestEffort(p: string): string {
  let current = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      const real = fs.realpathSync.native(current);
      return rest.length ? path.join(real, ...rest.reverse()) : real;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** Basic shape checks shared by every write: absolute, no NUL, no traversal. */
export function assertSafeShape(p: string): void {
  if (typeof p !== 'string' || p.length === 0) throw new PathPolicyError('Path is empty.');
  if (p.includes('\0')) throw new PathPolicyError('Path contains a NUL byte.');
  if (!path.isAbsolute(p)) throw new PathPolicyError(`Path is not absolute: ${p}`);
  if (hasTraversal(p)) throw new PathPolicyError(`Path contains "..": ${p}`);
}

export class PathPolicy {
  private readonly allowed = new Set<string>();
  private readonly dataDir: string;

  constructor(dataDir: string) {
    assertSafeShape(dataDir);
    this.dataDir = path.resolve(dataDir);
  }

  /** Record a path the user chose in a native save/open dialog. */
  allowUserChosen(p: string): void {
    assertSafeShape(p);
    this.allowed.add(path.resolve(p));
  }

  isUserChosen(p: string): boolean {
    return this.allowed.has(path.resolve(p));
  }

  /** Throws PathPolicyError unless `p` may be written. Returns the normalised path. */
  assertWritable(p: string): string {
    assertSafeShape(p);
    const resolved = path.resolve(p);
    if (this.allowed.has(resolved)) return resolved;
    if (isInside(this.dataDir, resolved)) {
      // Symlink escape check: the real location must stay inside the real data folder.
      const realData = realpathBestEffort(this.dataDir);
      const realTarget = realpathBestEffort(resolved);
      if (!isInside(realData, realTarget)) {
        throw new PathPolicyError(`Path escapes the app data folder through a symlink: ${p}`);
      }
      return resolved;
    }
    throw new PathPolicyError(`Writing is not allowed here: ${p}`);
  }

  isWritable(p: string): boolean {
    try {
      this.assertWritable(p);
      return true;
    } catch {
      return false;
    }
  }
}
