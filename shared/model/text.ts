import { z } from 'zod';

/** Limits on free text so a pasted novel cannot break the wall or the file. */
export const TEXT_LIMITS = {
  name: 80,
  title: 200,
  description: 4000,
  cardText: 500,
  /** A report section the researchers wrote or edited (the family's story can be long). */
  sectionText: 20000,
} as const;

export const nameText = z.string().trim().min(1).max(TEXT_LIMITS.name);
export const titleText = z.string().trim().min(1).max(TEXT_LIMITS.title);
export const optionalTitleText = z.string().trim().max(TEXT_LIMITS.title);
export const descriptionText = z.string().max(TEXT_LIMITS.description);
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected #rrggbb');
export const timestampSchema = z.number().int().nonnegative();
