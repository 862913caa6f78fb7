/**
 * A realistic case as a researcher would have it in a spreadsheet after the individual
 * interviews: 25 rows (date, lane, title, description, family members) with the dates written
 * the way people write them, 9 lanes (8 of them help providers) and 5 family members.
 */
export const FAMILY = [
  { name: 'Ilse', relation: 'moeder', born: '1984' },
  { name: 'Marco', relation: 'vader', born: '1981' },
  { name: 'Tom', relation: 'kind', born: '2006' },
  { name: 'Sam', relation: 'kind', born: '2009' },
  { name: 'Noor', relation: 'kind', born: '2013' },
] as const;

export const CASE_ROWS: readonly (readonly [string, string, string, string, string])[] = [
  ['2006', 'Gezin', 'Geboorte Tom', '', 'Tom'],
  ['voorjaar 2009', 'Gezin', 'Geboorte Sam', '', 'Sam'],
  ['3 maart 2013', 'Gezin', 'Geboorte Noor', '', 'Noor'],
  ['rond 2014', 'Gezin', 'Verhuizing naar Zwolle', 'Dichter bij oma Truus.', 'Ilse, Marco'],
  ['eind 2015', 'Gezin', 'Ouders uit elkaar', 'Marco gaat in de stad wonen.', 'Ilse, Marco'],
  ['2016–2018', 'Wijkteam', 'Gezinscoach', 'Eerste hulp na de scheiding.', 'Ilse'],
  ['feb 2016', 'Huisarts', 'Verwijzing naar de GGZ voor Tom', '', 'Tom'],
  ['2016 t/m 2017', 'GGZ', 'Behandeling van Tom (angst)', '', 'Tom'],
  ['winter 2017', 'Veilig Thuis', 'Melding na ruzie bij de overdracht', '', 'Ilse, Marco'],
  ["zomer '17", 'School', 'Tom naar het voortgezet onderwijs', '', 'Tom'],
  ['begin 2018', 'School', 'Zorgoverleg op school', 'Intern begeleider, mentor en ouders.', 'Tom, Ilse'],
  ['rond februari 2018', 'Wijkteam', 'Wisseling van gezinscoach', '', ''],
  ['2018–2020', 'Schuldhulp', 'Budgetbeheer', '', 'Ilse'],
  ['najaar 2018', 'Jeugdbescherming', 'Ondertoezichtstelling', '', 'Tom, Sam, Noor'],
  ['12-11-2018', 'Jeugdbescherming', 'Start gezinsvoogd', '', ''],
  ['voorjaar 2019', 'GGZ', 'Sam naar de psycholoog', '', 'Sam'],
  ['mei 2019', 'Gezin', 'Ilse valt uit op haar werk', 'Burn-out; drie maanden thuis.', 'Ilse'],
  ['sinds 2019', 'Pleegzorg', 'Netwerkpleeggezin voor Tom bij een oom', '', 'Tom'],
  [
    'december 2019',
    'Gezin',
    'Ruzie bij de omgangsregeling',
    'Kerst loopt uit op een politie-inzet.',
    'Ilse, Marco',
  ],
  ['2020', 'School', 'Noor naar groep 3', '', 'Noor'],
  ['juni 2021', 'Jeugdbescherming', 'Verlenging ondertoezichtstelling', '', ''],
  ['eind 2021', 'GGZ', 'Gezinstherapie', '', 'Ilse, Tom, Sam, Noor'],
  ['2022', 'Wijkteam', 'Afsluiting wijkteam', '', ''],
  ['± 2011', 'Gezin', 'Oma Truus overleden', 'Precies weet niemand het meer.', ''],
  [
    'maart 2023 – mei 2023',
    'Jeugdbescherming',
    'Evaluatie met het hele gezin',
    '',
    'Ilse, Marco, Tom, Sam, Noor',
  ],
];

/** The rows as a spreadsheet puts them on the clipboard: tab-separated, one row per line. */
export const CASE_ROWS_TSV = CASE_ROWS.map((r) => r.join('\t')).join('\n');
