/**
 * Built-in codebooks (METHOD.md "Literature frameworks", CODEBOOKS.md). Codes are Dutch names
 * with an English label; ids are stable (`<book>.<n>`), so tagged cards keep their meaning.
 */
export interface Code {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
}
export interface Codebook {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  readonly codes: readonly Code[];
}

const book = (id: string, nl: string, en: string, codes: [string, string][]): Codebook => ({
  id,
  nl,
  en,
  codes: codes.map(([cnl, cen], i) => ({ id: `${id}.${i + 1}`, nl: cnl, en: cen })),
});

export const BUILT_IN_CODEBOOKS: readonly Codebook[] = [
  book('inhoud', 'Werkzame elementen: inhoud van de hulp', 'Working elements: content of help', [
    ['Regie bij de cliënt', 'Client in control'],
    ['Continuïteit van zorg', 'Continuity of care'],
    ['Kwaliteit van diagnostiek', 'Quality of diagnostics'],
    ['Inzet van effectieve interventies en richtlijnen', 'Effective interventions and guidelines'],
    ['Systematisch evalueren, monitoren en verbeteren', 'Evaluate, monitor, improve'],
  ]),
  book('samenwerking', 'Werkzame elementen: samenwerking', 'Working elements: cooperation', [
    ['Gedeelde visie en doelen', 'Shared vision and goals'],
    ['Gedeelde urgentie en onderlinge afhankelijkheid', 'Shared urgency and interdependence'],
    ['Boven eigen specialisme staan, inventief en met lef werken', 'Beyond one’s specialism, daring'],
    ['Betrouwbare en open communicatie', 'Reliable, open communication'],
    ['Stevig mandaat voor de professionals', 'A strong mandate for professionals'],
  ]),
  book('jongeren', 'Volgens jongeren', 'According to young people', [
    ['Regie bij de jongere', 'Young person in control'],
    ['Eén gezicht', 'One face'],
    [
      'Goede samenwerking tussen professionals van verschillende organisaties',
      'Good cooperation across organisations',
    ],
    ['Tijdig en duidelijk communiceren over veranderingen', 'Timely, clear communication about changes'],
    ['Om toestemming vragen bij informatie delen', 'Asking consent before sharing information'],
  ]),
  book('overstijgend', 'Overstijgende elementen', 'Overarching elements', [
    ['Ouders zijn de belangrijkste partner', 'Parents are the most important partner'],
    [
      'Reflecteren tijdens het hulpverleningsproces schept vertrouwen en ruimte',
      'Reflection builds trust and room',
    ],
    ['Goed luisteren naar individuele gezinsleden', 'Listening to each family member'],
    ['Actieve betrokkenheid vanuit en samenwerking met school', 'Active involvement of school'],
    ['Mandaat met heldere afspraken over rol- en taakverdeling', 'Mandate with clear roles and tasks'],
  ]),
  book('niveau', 'Niveaus van samenwerking', 'Levels of cooperation', [
    ['Individuele professional', 'Individual professional'],
    ['Interpersoonlijk', 'Interpersonal'],
    ['Organisatie', 'Organisation'],
    ['Context', 'Context'],
  ]),
];

export function findCode(id: string, custom: readonly Code[] = []): Code | undefined {
  for (const b of BUILT_IN_CODEBOOKS) {
    const c = b.codes.find((x) => x.id === id);
    if (c) return c;
  }
  return custom.find((c) => c.id === id);
}

/** A code's label in a language; an unknown id (e.g. from a newer codebook) shows as itself. */
export function codeLabel(id: string, lang: 'nl' | 'en', custom: readonly Code[] = []): string {
  return findCode(id, custom)?.[lang] ?? id;
}
