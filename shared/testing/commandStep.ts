import { buildCaseState, type CaseState } from '../model';
import { runCommand } from '../commands/registry';
import { applyPatch } from '../store/patch';
import type { testContext } from './context';

/**
 * For tests: a function that runs one command on a case state (`ms`, default 1 s, later) and returns
 * the next state, as the app's fast path builds it (unchanged records keep their identity).
 * A refusal throws, naming the command.
 */
export function commandStep(ctx: ReturnType<typeof testContext>) {
  return (s: CaseState, name: string, args: unknown, ms = 1000): CaseState => {
    ctx.tick(ms);
    const out = runCommand(s, name, args, ctx);
    if (!out.ok) throw new Error(`${name}: ${out.refusal.reasonKey}`);
    return buildCaseState([...applyPatch(s.byId, out.patch).values()]);
  };
}
