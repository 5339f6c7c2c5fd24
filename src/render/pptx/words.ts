// The words the pptx renderer shows that the catalogue (src/words/, read through the view's
// words) does not hold yet: the action table's column titles and the slide number. Everything
// else on the slides (section titles, persona labels, KPI columns and statuses) comes from it.

export const PPTX_WORDS = {
  actionColumns: ['Owner', 'Stage', 'Type', 'Action', 'Touchpoint'] as const,
  slideNumber: (n: number, total: number): string => `${n} / ${total}`,
} as const;
