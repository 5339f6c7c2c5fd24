// The paragraph direction of a text as `dir=auto` decides it: right to left when its first
// strong character (a letter, by Unicode bidi rules P2–P3) is of a right-to-left script. Shared
// by layout (which aligns such text at its box's right edge) and the PDF's summary pages.

/** Letters of the right-to-left scripts (bidi class R or AL) and the right-to-left marks. */
const RTL_STRONG =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\u200f\u061c]/u;
/** Any strong character: a letter (bidi class L, R or AL) or a directional mark. */
const STRONG = /[\p{L}\u200e\u200f\u061c]/u;
/** A cheap first test: no character of a right-to-left script, no right-to-left text. */
const ANY_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f]|[\ud802\ud803\ud83a]/;

/** Whether `text` has any character of a right-to-left script (or a right-to-left mark). */
export const hasRightToLeft = (text: string): boolean => ANY_RTL.test(text);

/** 'rtl' when the first strong character of `text` is right to left, else 'ltr' (also for none). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (!ANY_RTL.test(text)) return 'ltr';
  for (const ch of text) if (STRONG.test(ch)) return RTL_STRONG.test(ch) ? 'rtl' : 'ltr';
  return 'ltr';
}
