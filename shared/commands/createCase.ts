import type { CaseRecord, Language } from '../model/case';
import { DEFAULT_CASE_SETTINGS } from '../model/case';
import type { LaneRecord } from '../model/lane';
import type { AnyRecord } from '../model/records';
import type { CommandContext } from './types';

/**
 * Records of a new, empty case: the case and its family lane. The lifeline runs from twenty
 * years back to the end of this year; the facilitator adjusts it in the axis panel.
 */
export function createCaseRecords(
  input: { title: string; language: Language; familyDescription?: string; familyLaneName: string },
  ctx: CommandContext,
): AnyRecord[] {
  const id = ctx.newId('case');
  const year = new Date(ctx.now).getUTCFullYear();
  const caseRecord: CaseRecord = {
    type: 'case',
    id,
    caseId: id,
    title: input.title.trim(),
    familyDescription: input.familyDescription ?? '',
    language: input.language,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    axis: {
      start: `${year - 20}-01-01`,
      end: `${year}-12-31`,
      lengthMetres: 10,
      scale: { mode: 'proportional' },
    },
    settings: DEFAULT_CASE_SETTINGS,
    deletedAt: null,
  };
  const family: LaneRecord = {
    type: 'lane',
    id: ctx.newId('lane'),
    caseId: id,
    kind: 'family',
    name: input.familyLaneName,
    colour: '#1d3557',
    order: 0,
  };
  return [caseRecord, family];
}
