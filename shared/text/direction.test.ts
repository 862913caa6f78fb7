import { describe, expect, it } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
  it('follows the first letter, as dir="auto" does', () => {
    expect(textDirection('Hulp van de school')).toBe('ltr');
    expect(textDirection('مساعدة من المدرسة')).toBe('rtl');
    expect(textDirection('עזרה מבית הספר')).toBe('rtl');
    expect(textDirection('2019: مساعدة')).toBe('rtl'); // digits and punctuation are not strong
    expect(textDirection('Sam: مساعدة')).toBe('ltr');
    expect(textDirection('« مدرسة » Sam')).toBe('rtl');
  });

  it('is left to right without any letter', () => {
    expect(textDirection('')).toBe('ltr');
    expect(textDirection('2019 – 2021 🎉')).toBe('ltr');
    expect(textDirection('́́́')).toBe('ltr'); // combining marks alone
  });
});
