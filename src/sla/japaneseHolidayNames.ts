// Japanese and English names of the holidays, one constant per rule (the rules that name a day are
// in japaneseHolidays.ts). A data table; nothing runs at import.

/** The names of a holiday: `[name, nameEn]`, e.g. `['元日', "New Year's Day"]`. */
export type HolidayNames = readonly [name: string, nameEn: string];

export const NEW_YEAR: HolidayNames = ['元日', "New Year's Day"];
export const COMING_OF_AGE: HolidayNames = ['成人の日', 'Coming of Age Day'];
export const FOUNDATION: HolidayNames = ['建国記念の日', 'National Foundation Day'];
export const EMPEROR: HolidayNames = ['天皇誕生日', "The Emperor's Birthday"];
export const VERNAL: HolidayNames = ['春分の日', 'Vernal Equinox Day'];
export const GREENERY: HolidayNames = ['みどりの日', 'Greenery Day'];
export const SHOWA: HolidayNames = ['昭和の日', 'Showa Day'];
export const CONSTITUTION: HolidayNames = ['憲法記念日', 'Constitution Memorial Day'];
export const CHILDREN: HolidayNames = ['こどもの日', "Children's Day"];
export const MARINE: HolidayNames = ['海の日', 'Marine Day'];
export const MOUNTAIN: HolidayNames = ['山の日', 'Mountain Day'];
export const AGED: HolidayNames = ['敬老の日', 'Respect for the Aged Day'];
export const AUTUMNAL: HolidayNames = ['秋分の日', 'Autumnal Equinox Day'];
export const HEALTH: HolidayNames = ['体育の日', 'Health and Sports Day'];
export const SPORTS: HolidayNames = ['スポーツの日', 'Sports Day'];
export const CULTURE: HolidayNames = ['文化の日', 'Culture Day'];
export const LABOUR: HolidayNames = ['勤労感謝の日', 'Labour Thanksgiving Day'];
export const ENTHRONEMENT: HolidayNames = ['即位の日', 'Enthronement Day'];
export const CEREMONY: HolidayNames = ['即位礼正殿の儀', 'Enthronement Ceremony Day'];
export const SUBSTITUTE: HolidayNames = ['振替休日', 'Substitute Holiday'];
export const CITIZENS: HolidayNames = ['国民の休日', "Citizens' Holiday"];
