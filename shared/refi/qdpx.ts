import { strToU8, zipSync, unzipSync, strFromU8 } from 'fflate';
import type { RefiProject } from './project';

/** The `.qdpx` file: a zip with `project.qde` and the `sources/` folder (REFI-QDA 1.5, §8). */
export function qdpxBytes(project: RefiProject, mtime = new Date()): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'project.qde': [strToU8(project.qde), { mtime }],
  };
  for (const s of project.sources) files[`sources/${s.file}`] = [strToU8(s.text), { mtime }];
  return zipSync(files, { level: 6 });
}

/** Reads a `.qdpx` back (tests, and checking an export): file names → text. */
export function readQdpx(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) out.set(name, strFromU8(data));
  return out;
}
