import {
  DEFAULT_CASE_SETTINGS,
  type AnyRecord,
  type CaseRecord,
  type FuzzyDate,
  type IdPrefix,
  type ItemRecord,
  type LaneRecord,
  type MemberRecord,
} from '../model';

/**
 * The demo case shipped with the app: the fictional family "Zeeland" (every name is a made-up
 * pseudonym), twenty-two years of family life (2004–2025, the busy years 2018–2025 drawn twice
 * as wide) and six help providers; 42 prepared items using every kind of date precision.
 * Ids come from `ctx.newId` in a fixed order, so a deterministic id source gives a fixed case.
 */
export function createDemoCase(ctx: { now: number; newId: (prefix: IdPrefix) => string }): AnyRecord[] {
  const caseId = ctx.newId('case');
  const caseRecord: CaseRecord = {
    type: 'case',
    id: caseId,
    caseId,
    title: 'Gezin Zeeland (voorbeeld)',
    familyDescription:
      'Een verzonnen gezin: moeder Ilse, vader Marco, Sam en Noor, en oma Truus dichtbij. Na de scheiding in 2014 krijgt het gezin steeds meer hulp, van het wijkteam tot pleegzorg.',
    language: 'nl',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    axis: {
      start: '2004-01-01',
      end: '2025-12-31',
      lengthMetres: 10,
      scale: {
        mode: 'segments',
        segments: [
          { start: '2004-01-01', end: '2017-12-31', weight: 1 },
          { start: '2018-01-01', end: '2025-12-31', weight: 2 },
        ],
      },
    },
    settings: structuredClone(DEFAULT_CASE_SETTINGS),
    deletedAt: null,
  };

  const lane = (name: string, kind: LaneRecord['kind'], colour: string, order: number): LaneRecord => ({
    type: 'lane',
    id: ctx.newId('lane'),
    caseId,
    kind,
    name,
    colour,
    order,
  });
  const gezin = lane('Gezinsleven', 'family', '#1d3557', 0);
  const wijkteam = lane('Wijkteam', 'help', '#1f6f8b', 1);
  const ggz = lane('Jeugd-GGZ', 'help', '#7a4fa3', 2);
  const school = lane('School / zorgcoördinator', 'help', '#b5562b', 3);
  const huisarts = lane('Huisarts', 'help', '#2e7d4f', 4);
  const jb = lane('Jeugdbescherming', 'help', '#a33b62', 5);
  const pleeg = lane('Pleegzorg', 'help', '#5b6b1f', 6);

  const member = (
    pseudonym: string,
    relation: MemberRecord['relation'],
    birthYear: number | null,
    order: number,
  ): MemberRecord => ({
    type: 'member',
    id: ctx.newId('member'),
    caseId,
    pseudonym,
    relation,
    birthYear,
    order,
  });
  const ilse = member('Ilse', 'moeder', 1982, 0);
  const marco = member('Marco', 'vader', 1979, 1);
  const sam = member('Sam', 'kind', 2006, 2);
  const noor = member('Noor', 'kind', 2010, 3);
  const truus = member('Oma Truus', 'grootouder', 1950, 4);

  const day = (year: number, month: number, d: number): FuzzyDate => ({
    precision: 'day',
    year,
    month,
    day: d,
  });
  const month = (year: number, m: number): FuzzyDate => ({ precision: 'month', year, month: m });
  const season = (year: number, s: 'winter' | 'spring' | 'summer' | 'autumn'): FuzzyDate => ({
    precision: 'season',
    year,
    season: s,
  });
  const year = (y: number): FuzzyDate => ({ precision: 'year', year: y });
  const approx = (y: number, plusMinusYears = 1): FuzzyDate => ({
    precision: 'approx',
    year: y,
    plusMinusYears,
  });

  const items: ItemRecord[] = [];
  const add = (
    shape: ItemRecord['shape'],
    l: LaneRecord,
    title: string,
    start: FuzzyDate,
    end: FuzzyDate | null,
    description: string,
    members: MemberRecord[] = [],
  ) =>
    items.push({
      type: 'item',
      id: ctx.newId('item'),
      caseId,
      shape,
      kind: l.kind === 'family' ? 'life' : 'help',
      title,
      description,
      start,
      end: shape === 'moment' ? null : end,
      laneId: l.id,
      memberIds: members.map((m) => m.id),
      origin: 'prepared',
    });
  const moment = (
    l: LaneRecord,
    title: string,
    start: FuzzyDate,
    description: string,
    members: MemberRecord[] = [],
  ) => add('moment', l, title, start, null, description, members);
  const period = (
    l: LaneRecord,
    title: string,
    start: FuzzyDate,
    end: FuzzyDate | null,
    description: string,
    members: MemberRecord[] = [],
  ) => add('period', l, title, start, end, description, members);

  // Family life
  moment(
    gezin,
    'Ilse en Marco gaan samenwonen',
    approx(2004),
    'Ze wonen eerst in een kleine flat in de stad.',
    [ilse, marco],
  );
  moment(gezin, 'Geboorte Sam', day(2006, 3, 14), 'Zware bevalling; Ilse is lang moe daarna.', [sam, ilse]);
  moment(
    gezin,
    'Verhuizing naar het dorp',
    season(2008, 'summer'),
    'Dichter bij oma Truus, die veel oppast.',
    [ilse, marco, sam],
  );
  moment(gezin, 'Geboorte Noor', month(2010, 11), 'Noor huilt veel en slaapt slecht.', [noor]);
  moment(
    gezin,
    'Marco verliest zijn baan',
    year(2012),
    'Reorganisatie bij de drukkerij; veel spanning thuis.',
    [marco],
  );
  moment(
    gezin,
    'Scheiding ouders',
    month(2014, 9),
    'Marco verhuist naar een flat in de stad; de kinderen wonen bij Ilse.',
    [ilse, marco],
  );
  moment(gezin, 'Overlijden opa', day(2015, 2, 3), 'Oma Truus gaat bij het gezin in de buurt wonen.', [
    truus,
  ]);
  moment(gezin, 'Sam naar de middelbare school', month(2018, 8), 'Vmbo in de stad; lange busreis.', [sam]);
  moment(
    gezin,
    'Noor krijgt diagnose ADHD',
    season(2018, 'autumn'),
    'Na lang wachten eindelijk duidelijkheid.',
    [noor],
  );
  moment(gezin, 'Ilse valt uit op haar werk', month(2019, 4), 'Burn-out; ze zit drie maanden thuis.', [ilse]);
  moment(gezin, 'Ruzie bij de omgangsregeling', month(2019, 12), 'Kerst loopt uit op een politie-inzet.', [
    ilse,
    marco,
  ]);
  moment(
    gezin,
    'Sam loopt weg',
    day(2020, 6, 21),
    'Sam slaapt twee nachten bij een vriend zonder iets te zeggen.',
    [sam],
  );
  moment(
    gezin,
    'Verhuizing naar een kleiner huis',
    season(2021, 'spring'),
    'Betaalbaarder, maar Noor moet van school wisselen.',
    [ilse, noor],
  );
  moment(gezin, 'Sam gaat bij pleeggezin wonen', month(2022, 1), 'Tijdelijk, in overleg met iedereen.', [
    sam,
  ]);
  moment(gezin, 'Sam haalt diploma', day(2023, 7, 7), 'Het hele gezin is bij de uitreiking, ook Marco.', [
    sam,
    ilse,
    marco,
  ]);
  moment(gezin, 'Sam terug naar huis', month(2023, 9), 'Met afspraken die samen zijn gemaakt.', [sam]);
  moment(
    gezin,
    'Noor naar de middelbare school',
    month(2022, 8),
    'Goede start dankzij het overdrachtsgesprek.',
    [noor],
  );
  moment(gezin, 'Oma Truus naar verpleeghuis', season(2024, 'autumn'), 'Een groot verlies voor Noor.', [
    truus,
    noor,
  ]);
  moment(gezin, 'Sam begint aan een opleiding', month(2024, 9), 'Mbo-opleiding tot monteur.', [sam]);
  period(
    gezin,
    'Oma Truus past dagelijks op',
    approx(2009, 2),
    year(2014),
    'Zonder oma was het niet gegaan, zegt Ilse.',
    [truus],
  );
  period(
    gezin,
    'Schulden na de scheiding',
    year(2015),
    season(2019, 'summer'),
    'Beslagleggingen en brieven die niet open gaan.',
    [ilse],
  );

  // Help providers
  moment(
    huisarts,
    'Verwijzing maatschappelijk werk',
    approx(2013),
    'Ilse vertelt voor het eerst over de spanning thuis.',
    [ilse],
  );
  period(
    huisarts,
    'Medicatiecontrole Noor',
    season(2019, 'spring'),
    null,
    'Elk kwartaal een kort gesprek bij de huisarts.',
    [noor, ilse],
  );
  moment(huisarts, 'Gesprek praktijkondersteuner jeugd', month(2018, 2), 'Sam mag zelf zijn verhaal doen.', [
    sam,
  ]);
  period(huisarts, 'POH-jeugd voor Sam', month(2018, 2), month(2018, 10), 'Zes gesprekken over somberheid.', [
    sam,
  ]);
  period(
    wijkteam,
    'Wijkteam: gezinscoach',
    month(2015, 4),
    season(2017, 'summer'),
    'Vaste coach die ook met Marco praat.',
    [ilse, marco],
  );
  moment(
    wijkteam,
    'Nieuwe coach, opnieuw beginnen',
    month(2017, 9),
    'Het verhaal moet voor de derde keer verteld worden.',
    [ilse],
  );
  period(
    wijkteam,
    'Schuldhulpverlening',
    season(2016, 'spring'),
    year(2019),
    'Budgetbeheer; rust over de post.',
    [ilse],
  );
  period(
    wijkteam,
    'Steunouder voor Noor',
    month(2023, 3),
    null,
    'Eén weekend per maand bij een steungezin in het dorp.',
    [noor],
  );
  period(
    wijkteam,
    'Wijkteam: ambulante gezinsbegeleiding',
    month(2019, 5),
    month(2021, 6),
    'Twee keer per week thuis, ook in de avond.',
    [ilse, sam, noor],
  );
  period(
    ggz,
    'Wachtlijst jeugd-GGZ',
    month(2017, 10),
    month(2018, 9),
    'Elf maanden wachten op diagnostiek voor Noor.',
    [noor],
  );
  period(
    ggz,
    'Behandeling Noor',
    month(2018, 10),
    month(2020, 12),
    'Ouderbegeleiding en oefenen met plannen.',
    [noor, ilse],
  );
  moment(ggz, 'Crisisdienst na weglopen', day(2020, 6, 22), 'Snel een gesprek, maar daarna geen vervolg.', [
    sam,
  ]);
  period(
    ggz,
    'Traumabehandeling Sam',
    season(2021, 'autumn'),
    null,
    'Loopt nog; Sam kiest zelf de therapeut.',
    [sam],
  );
  period(
    school,
    'Zorgcoördinator volgt Sam',
    month(2018, 9),
    month(2023, 7),
    'Vast aanspreekpunt op school.',
    [sam],
  );
  moment(
    school,
    'Overdracht naar nieuwe school Noor',
    month(2021, 3),
    'School, ouder en begeleider samen aan tafel.',
    [noor, ilse],
  );
  moment(
    school,
    'Schorsing Sam',
    day(2019, 11, 12),
    'Na een vechtpartij; niemand vraagt wat er thuis speelt.',
    [sam],
  );
  moment(jb, 'Melding Veilig Thuis', month(2020, 1), 'Na de politie-inzet met kerst.', [ilse, marco]);
  period(
    jb,
    'Ondertoezichtstelling',
    month(2020, 9),
    month(2023, 9),
    'De jeugdbeschermer komt elke twee weken.',
    [sam, noor],
  );
  moment(jb, 'Wisseling jeugdbeschermer', season(2021, 'summer'), 'De derde in een jaar.', [sam]);
  period(
    pleeg,
    'Pleeggezin voor Sam',
    month(2022, 1),
    month(2023, 9),
    'Netwerkpleeggezin bij een oom; Sam blijft op zijn school.',
    [sam],
  );
  moment(pleeg, 'Kennismaking pleeggezin', season(2022, 'winter'), 'Sam mag eerst een weekend logeren.', [
    sam,
  ]);

  return [
    caseRecord,
    gezin,
    wijkteam,
    ggz,
    school,
    huisarts,
    jb,
    pleeg,
    ilse,
    marco,
    sam,
    noor,
    truus,
    ...items,
  ];
}
