/** Japanese and English names of the holidays, by rule key. A data table; nothing runs at import. */
export const JAPANESE_HOLIDAY_NAMES = {
  newYear: ['元日', "New Year's Day"],
  comingOfAge: ['成人の日', 'Coming of Age Day'],
  foundation: ['建国記念の日', 'National Foundation Day'],
  emperor: ['天皇誕生日', "The Emperor's Birthday"],
  vernal: ['春分の日', 'Vernal Equinox Day'],
  greenery: ['みどりの日', 'Greenery Day'],
  showa: ['昭和の日', 'Showa Day'],
  constitution: ['憲法記念日', 'Constitution Memorial Day'],
  children: ['こどもの日', "Children's Day"],
  marine: ['海の日', 'Marine Day'],
  mountain: ['山の日', 'Mountain Day'],
  aged: ['敬老の日', 'Respect for the Aged Day'],
  autumnal: ['秋分の日', 'Autumnal Equinox Day'],
  health: ['体育の日', 'Health and Sports Day'],
  sports: ['スポーツの日', 'Sports Day'],
  culture: ['文化の日', 'Culture Day'],
  labour: ['勤労感謝の日', 'Labour Thanksgiving Day'],
  enthronement: ['即位の日', 'Enthronement Day'],
  ceremony: ['即位礼正殿の儀', 'Enthronement Ceremony Day'],
  substitute: ['振替休日', 'Substitute Holiday'],
  citizens: ['国民の休日', "Citizens' Holiday"],
} as const;

/** A key of {@link JAPANESE_HOLIDAY_NAMES}. */
export type JapaneseHolidayKey = keyof typeof JAPANESE_HOLIDAY_NAMES;
