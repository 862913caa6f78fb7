import { z } from 'zod';
import { axisEditSchema, axisProblem } from '../model/axis';
import { caseSettingsSchema, languageSchema } from '../model/case';
import { descriptionText, titleText } from '../model/text';
import { definedOnly } from './helpers';
import { defineCommand, refuse } from './types';

export const caseUpdate = defineCommand({
  name: 'case.update',
  labelKey: 'cmd.case.update',
  undo: 'undoable',
  args: z.object({
    title: titleText.optional(),
    familyDescription: descriptionText.optional(),
    language: languageSchema.optional(),
    settings: z
      .object({
        stickerBudget: caseSettingsSchema.shape.stickerBudget.partial().optional(),
        maxOneStickerPerCard: z.boolean().optional(),
        stickerStyle: caseSettingsSchema.shape.stickerStyle.optional(),
        showAges: z.boolean().optional(),
      })
      .optional(),
  }),
  run(state, args, ctx) {
    const c = state.case;
    const { settings, ...rest } = args;
    const nextSettings = settings
      ? {
          ...c.settings,
          ...definedOnly({ ...settings, stickerBudget: undefined }),
          stickerBudget: { ...c.settings.stickerBudget, ...definedOnly(settings.stickerBudget ?? {}) },
        }
      : c.settings;
    return { put: [{ ...c, ...definedOnly(rest), settings: nextSettings, updatedAt: ctx.now }], remove: [] };
  },
});

export const axisUpdate = defineCommand({
  name: 'axis.update',
  labelKey: 'cmd.axis.update',
  undo: 'undoable',
  args: axisEditSchema,
  run(state, axis, ctx) {
    const problem = axisProblem(axis);
    if (problem) return refuse(problem);
    return { put: [{ ...state.case, axis, updatedAt: ctx.now }], remove: [] };
  },
});
