/**
 * Built-in codebooks (METHOD.md "Literature frameworks", CODEBOOKS.md). Codes are Dutch names
 * with an English label; ids are stable (`<book>.<n>`, sub-codes `<book>.<n>.<m>`), so tagged
 * cards keep their meaning. Hierarchical where the source is (code → sub-codes); a parent code
 * can be used as a code itself.
 */
export interface Code {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  /** Sub-codes, where the framework has them. */
  readonly children?: readonly Code[];
}
export interface Codebook {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  readonly codes: readonly Code[];
}

/** A code as written below: Dutch, English, and optional sub-codes as [nl, en] pairs. */
type CodeSpec = readonly [string, string] | readonly [string, string, readonly (readonly [string, string])[]];

const codesOf = (prefix: string, specs: readonly CodeSpec[], first = 1): Code[] =>
  specs.map((spec, i) => {
    const id = `${prefix}.${i + first}`;
    const children = spec[2]?.map(([nl, en], j) => ({ id: `${id}.${j + 1}`, nl, en }));
    return children ? { id, nl: spec[0], en: spec[1], children } : { id, nl: spec[0], en: spec[1] };
  });

const book = (id: string, nl: string, en: string, codes: readonly CodeSpec[], first = 1): Codebook => ({
  id,
  nl,
  en,
  codes: codesOf(id, codes, first),
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
  book(
    'samenwerking12',
    'Twaalf werkzame elementen van samenwerking (JGZ, wijkteam, school)',
    'Twelve working elements of cooperation (youth health care, neighbourhood team, school)',
    [
      [
        'Randvoorwaarden',
        'Preconditions',
        [
          ['Faciliteren samenwerken', 'Facilitating cooperation'],
          ['Vastleggen afspraken overstijgend', 'Recording agreements across organisations'],
          ['Continuïteit personeel', 'Continuity of staff'],
          ['Relatie gemeente', 'Relationship with the municipality'],
          ['Ruimte vs bureaucratie', 'Room vs bureaucracy'],
          ['Gezamenlijke huisvesting', 'Shared premises'],
        ],
      ],
      [
        'Gezamenlijke visie en doelen',
        'Shared vision and goals',
        [
          ['Vastgelegde visie', 'Recorded vision'],
          ['Overstijgend / gezin centraal', 'Beyond organisations / family at the centre'],
          ['Bespreken / duiden', 'Discussing / interpreting'],
        ],
      ],
      [
        'Vertrouwen en respect',
        'Trust and respect',
        [
          ['Elkaar kennen', 'Knowing each other'],
          ['Vertrouwen', 'Trust'],
        ],
      ],
      [
        'Rollen en verantwoordelijkheden',
        'Roles and responsibilities',
        [
          ['Verwachtingen', 'Expectations'],
          ['Aansluiten behoeften', 'Meeting needs'],
          ['Vastgelegde afspraken', 'Recorded agreements'],
          ['Kennen elkaars expertise', 'Knowing each other’s expertise'],
          ['Gebruik maken expertise', 'Using expertise'],
          ['Regie', 'Coordination'],
        ],
      ],
      [
        'Leiderschap en management',
        'Leadership and management',
        [
          ['Elkaar aanspreken', 'Holding each other to account'],
          ['Uitdragen belang samenwerking', 'Promoting the value of cooperation'],
          ['Sturen', 'Steering'],
          ['Opschalen bij problemen', 'Escalating problems'],
        ],
      ],
      [
        'Planning, structuren en procedures',
        'Planning, structures and procedures',
        [['Vastleggen', 'Recording']],
      ],
      [
        'Effectieve communicatie',
        'Effective communication',
        [
          ['Zelfde taal', 'Same language'],
          ['Opschalen, afschalen, overdracht', 'Scaling up, scaling down, handover'],
          ['Vaste contactpersoon', 'Fixed contact person'],
          ['Openheid', 'Openness'],
          ['Toegankelijkheid, korte lijnen', 'Accessibility, short lines'],
          ['Professionals samen in klantcontact', 'Professionals together with the client'],
          ['Contactmomenten', 'Moments of contact'],
          ['Afstemming strategisch niveau', 'Alignment at strategic level'],
        ],
      ],
      [
        'Richtlijnen voor het delen van informatie',
        'Guidelines for sharing information',
        [
          ['Drempel uitwisselen informatie', 'Threshold for exchanging information'],
          ['Richtlijn / afspraken', 'Guideline / agreements'],
          ['Digitaal systeem', 'Digital system'],
        ],
      ],
      [
        'Betrokkenheid professionals en zorggebruikers',
        'Involvement of professionals and care users',
        [
          ['Aansluiting praktijk–beleid', 'Practice–policy link'],
          ['Betrokkenheid professionals in beleid', 'Professionals involved in policy'],
          ['Betrokkenheid cliënten in beleid', 'Clients involved in policy'],
        ],
      ],
      [
        'Vaardigheden en attitudes professionals',
        'Skills and attitudes of professionals',
        [
          ['Samenwerkingsvaardigheden', 'Cooperation skills'],
          ['Attitudes samenwerking', 'Attitudes to cooperation'],
          ['Vaardigheden transformatie', 'Skills for the transformation'],
          ['Deskundigheidsbevordering', 'Professional development'],
          ['Intervisie', 'Peer consultation'],
        ],
      ],
      [
        'Samenwerken is een proces',
        'Cooperation is a process',
        [
          ['Zoektocht / leerproces', 'Search / learning process'],
          ['Evalueren samenwerking', 'Evaluating cooperation'],
        ],
      ],
      [
        'Zicht krijgen op effect',
        'Seeing the effect',
        [
          ['Cliënttevredenheid', 'Client satisfaction'],
          ['Effect in kaart brengen', 'Mapping the effect'],
          ['Doelrealisatie', 'Goal attainment'],
          ['Kinderen eerder in beeld', 'Children seen earlier'],
        ],
      ],
      // Added from practice.
      ['Samenwerkingsrelatie met de gemeente', 'Working relationship with the municipality'],
      ['Schaalgrootte', 'Scale'],
      ['JGZ en wijkteam in één team of organisatie', 'Youth health care and neighbourhood team in one team'],
    ],
  ),
  book('ouders', 'Wat ouders noemen', 'What parents name', [
    ['Persoonlijk contact en vertrouwen', 'Personal contact and trust'],
    [
      'Opbouwen van een persoonlijke samenwerkingsrelatie',
      'Building a personal working relationship (continuity, reachable, “the click”)',
    ],
    ['Aansluiten bij het gezin', 'Fitting the family'],
    ['Snelheid van handelen', 'Speed of action'],
    ['Warme overdracht', 'Warm handover'],
    ['Dossier dat het gezin kan inzien', 'A file the family can read'],
  ]),
  book('niveau', 'Niveaus van samenwerking', 'Levels of cooperation', [
    [
      'Individuele professional',
      'Individual professional',
      [
        ['Professionele identiteit', 'Professional identity'],
        ['Kennis, houding en vaardigheden', 'Knowledge, attitude and skills'],
        ['Eerdere ervaringen', 'Earlier experiences'],
      ],
    ],
    [
      'Interpersoonlijk',
      'Interpersonal',
      [
        ['Gedeelde identiteit / wederzijdse afhankelijkheid', 'Shared identity / interdependence'],
        ['Wederzijds vertrouwen', 'Mutual trust'],
        ['Gezamenlijk doel', 'Common goal'],
        [
          'Balans tussen grenzen bewaken en overschrijden',
          'Balance between guarding and crossing boundaries',
        ],
        ['Feedback, gezamenlijke reflectie en evaluatie', 'Feedback, joint reflection and evaluation'],
        ['Samen werken (locatie, dossier, overleg)', 'Working together (location, file, meetings)'],
        ['Besluitvorming', 'Decision-making'],
        ['Autonomie / mandaat', 'Autonomy / mandate'],
      ],
    ],
    [
      'Organisatie',
      'Organisation',
      [
        ['Ruimte en mandaat om hulp te bieden', 'Room and mandate to help'],
        ['Tijd en geld', 'Time and money'],
        ['Duidelijke afspraken en procedures', 'Clear agreements and procedures'],
        ['Samenwerkingsstructuur', 'Cooperation structure'],
        ['Samenwerkingsovereenkomst', 'Cooperation agreement'],
        ['Personele bezetting', 'Staffing'],
        ['Werkdruk', 'Workload'],
      ],
    ],
    [
      'Context',
      'Context',
      [
        ['Aanbod en wachtlijsten', 'Provision and waiting lists'],
        ['Versnipperd zorglandschap', 'Fragmented care landscape'],
        [
          'Wet- en regelgeving (privacy, gescheiden financiering)',
          'Laws and rules (privacy, separate funding)',
        ],
        ['Sturing door de gemeente', 'Steering by the municipality'],
        ['Verschillende culturen tussen domeinen', 'Different cultures between domains'],
      ],
    ],
  ]),
  book(
    'integratie',
    'Mate van integratie (0–4)',
    'Degree of integration (0–4)',
    [
      ['0 Volledige segregatie', '0 Full segregation'],
      ['1 Interprofessionele netwerken', '1 Interprofessional networks'],
      ['2 Interprofessionele coördinatie', '2 Interprofessional coordination'],
      ['3 Interprofessionele samenwerking', '3 Interprofessional cooperation'],
      [
        '4 Volledige integratie / interprofessioneel teamwerk',
        '4 Full integration / interprofessional teamwork',
      ],
    ],
    0,
  ),
  book('basisspecialistisch', 'Basis- en specialistische hulp', 'Basic and specialist help', [
    [
      'Succesfactoren',
      'Success factors',
      [
        ['Duidelijke rolverdeling met afgebakende taken', 'Clear division of roles with defined tasks'],
        ['Gelijkwaardige samenwerkingsrelatie', 'Equal working relationship'],
        ['Samen streven naar compromissen', 'Seeking compromises together'],
        ['Openheid en transparantie', 'Openness and transparency'],
        ['Goede bereikbaarheid', 'Good reachability'],
        ['Elkaar op de hoogte houden', 'Keeping each other informed'],
        [
          'Zien wat nodig is in een gezin en daarnaar handelen',
          'Seeing what a family needs and acting on it',
        ],
        ['Geen negen-tot-vijf-mentaliteit', 'No nine-to-five mentality'],
        ['Elkaars kennis en expertise aanvullen', 'Complementing each other’s knowledge'],
        ['Betrouwbaarheid', 'Reliability'],
        ['Eerlijk over de eigen expertise', 'Honest about one’s own expertise'],
        [
          'Persoonlijke benadering en erkenning van het gezin',
          'Personal approach and recognition of the family',
        ],
        ['Successen benoemen en vieren', 'Naming and celebrating successes'],
        ['Ruimte voor overleg over onveiligheid', 'Room to discuss unsafety'],
        ['Ruimte voor meningsverschillen', 'Room for disagreement'],
      ],
    ],
    [
      'Verbeterpunten',
      'Improvement points',
      [
        ['Verwarring over de rolverdeling', 'Confusion about roles'],
        ['Samenwerkingsdoelen niet besproken', 'Cooperation goals not discussed'],
        ['Niet op de hoogte van elkaars werkwijze', 'Not knowing each other’s way of working'],
        [
          'Uiteenlopende ideeën over wat in aanwezigheid van het gezin besproken wordt',
          'Different ideas about what to discuss with the family present',
        ],
        ['Gebrek aan kennis van de aanpak', 'Lack of knowledge of the approach'],
        ['Gebrek aan structureel overleg', 'Lack of structural consultation'],
      ],
    ],
  ]),
];

/** Every code of a codebook, parents before their sub-codes, with its depth (0 for top level). */
export function flattenCodes(codes: readonly Code[], depth = 0): { code: Code; depth: number }[] {
  return codes.flatMap((code) => [{ code, depth }, ...flattenCodes(code.children ?? [], depth + 1)]);
}

const BUILT_IN_BY_ID: ReadonlyMap<string, Code> = new Map(
  BUILT_IN_CODEBOOKS.flatMap((b) => flattenCodes(b.codes).map(({ code }) => [code.id, code] as const)),
);

const PARENT_OF: ReadonlyMap<string, Code> = new Map(
  BUILT_IN_CODEBOOKS.flatMap((b) =>
    flattenCodes(b.codes).flatMap(({ code }) => (code.children ?? []).map((c) => [c.id, code] as const)),
  ),
);

/** A code's label with its parent code for sub-codes ("Rollen en verantwoordelijkheden › Regie"). */
export function codePathLabel(id: string, lang: 'nl' | 'en', custom: readonly Code[] = []): string {
  const parent = PARENT_OF.get(id);
  const label = codeLabel(id, lang, custom);
  return parent ? `${parent[lang]} › ${label}` : label;
}

export function findCode(id: string, custom: readonly Code[] = []): Code | undefined {
  return BUILT_IN_BY_ID.get(id) ?? custom.find((c) => c.id === id);
}

/** The built-in codebook a code id belongs to, or undefined for own codes. */
export function codebookOf(id: string): Codebook | undefined {
  const bookId = id.split('.')[0];
  return BUILT_IN_BY_ID.has(id) ? BUILT_IN_CODEBOOKS.find((b) => b.id === bookId) : undefined;
}

/** A code's label in a language; an unknown id (e.g. from a newer codebook) shows as itself. */
export function codeLabel(id: string, lang: 'nl' | 'en', custom: readonly Code[] = []): string {
  return findCode(id, custom)?.[lang] ?? id;
}

/** Text compared without case or accents ("Cliënt" is found by "client"). */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').trim();
}

/**
 * The codes of a codebook that match a search, keeping the hierarchy: a code matches when its
 * label (Dutch or English) contains the query (then all its sub-codes are kept); the parents of a
 * matching sub-code stay so it is shown in its place.
 * An empty query keeps everything.
 */
export function filterCodes(codes: readonly Code[], query: string): Code[] {
  const q = searchKey(query);
  if (!q) return [...codes];
  const keep = (c: Code): Code | null => {
    if (searchKey(c.nl).includes(q) || searchKey(c.en).includes(q)) return c;
    const children = (c.children ?? []).map(keep).filter((x): x is Code => x !== null);
    if (children.length === 0) return null;
    return children.length ? { ...c, children } : { id: c.id, nl: c.nl, en: c.en };
  };
  return codes.map(keep).filter((x): x is Code => x !== null);
}
