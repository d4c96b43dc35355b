/**
 * The exercise's rule: name people, not job titles or groups. These word lists drive a
 * gentle tip beside the name field; they never block saving. Hosts extend them per
 * locale (`roleWords.nl.push('buurtcoach')`, or the element's `role-words` attribute).
 */
export const roleWords: Record<string, string[]> = {
  en: [
    'gp', 'gps', 'doctor', 'nurse', 'district nurse', 'health visitor', 'midwife', 'pharmacist', 'dentist',
    'therapist', 'psychologist', 'psychiatrist', 'physio', 'physiotherapist', 'counsellor', 'consultant',
    'manager', 'management', 'director', 'board', 'chair', 'chairman', 'coordinator', 'team leader', 'head',
    'headteacher', 'team', 'staff', 'colleagues', 'professionals', 'practitioners', 'workers', 'employees',
    'social worker', 'case manager', 'care manager', 'support worker', 'youth worker', 'key worker', 'keyworker',
    'community worker', 'outreach worker', 'receptionist', 'secretary', 'volunteer', 'volunteers',
    'teacher', 'pupils', 'students', 'children', 'kids', 'young people', 'youngsters',
    'parent', 'parents', 'carer', 'carers', 'caregiver', 'family', 'families', 'relatives', 'neighbours', 'neighbors',
    'resident', 'residents', 'tenants', 'locals', 'citizens', 'community', 'public', 'everyone', 'everybody',
    'client', 'clients', 'patient', 'patients', 'service users', 'users', 'members', 'participants', 'people',
    'council', 'councillor', 'municipality', 'commissioner', 'commissioners', 'funder', 'funders',
    'police', 'police officer', 'officer', 'landlord', 'housing officer', 'housing association',
    'school', 'charity', 'organisation', 'organization', 'department', 'committee', 'group', 'partners',
    'stakeholders', 'government', 'mentor', 'coach', 'job coach', 'the manager', 'the gp',
  ],
  nl: [
    'huisarts', 'huisartsen', 'dokter', 'arts', 'tandarts', 'jeugdarts', 'verpleegkundige', 'wijkverpleegkundige',
    'verloskundige', 'kraamzorg', 'thuiszorg', 'apotheker', 'fysiotherapeut', 'psycholoog', 'psychiater',
    'therapeut', 'praktijkondersteuner', 'poh', 'consulent', 'wmo-consulent', 'casemanager', 'begeleider',
    'manager', 'managers', 'leidinggevende', 'directeur', 'directie', 'bestuur', 'bestuurder', 'voorzitter',
    'coordinator', 'teamleider', 'team', 'teams', 'staf', 'medewerker', 'medewerkers', 'collega', 'collegas',
    'professionals', 'hulpverlener', 'hulpverleners', 'sociaal werker', 'maatschappelijk werker', 'jongerenwerker',
    'opbouwwerker', 'wijkcoach', 'buurtcoach', 'jobcoach', 'coach', 'mentor', 'wijkteam', 'buurtteam', 'jeugdteam',
    'sociaal team', 'wijkagent', 'politie', 'agent', 'gemeente', 'wethouder', 'ambtenaar', 'ambtenaren',
    'beleidsmedewerker', 'raadslid', 'gemeenteraad', 'leerkracht', 'leerkrachten', 'leraar', 'leraren', 'juf',
    'meester', 'docent', 'docenten', 'school', 'leerlingen', 'kinderen', 'jongeren', 'ouder', 'ouders',
    'verzorgers', 'mantelzorger', 'mantelzorgers', 'familie', 'buren', 'bewoner', 'bewoners', 'buurtbewoners',
    'inwoners', 'huurders', 'burgers', 'wijk', 'buurt', 'iedereen', 'client', 'clienten', 'clientenraad',
    'patient', 'patienten', 'deelnemers', 'vrijwilliger', 'vrijwilligers', 'leden', 'woningcorporatie',
    'corporatie', 'verhuurder', 'huismeester', 'zorgverzekeraar', 'cjg', 'ggd', 'ggz', 'stichting', 'vereniging',
    'organisatie', 'afdeling', 'commissie', 'werkgroep', 'groep', 'partners', 'receptie', 'secretaresse',
    'praktijk', 'buurthuis', 'wijkcentrum', 'buurtcentrum', 'kerk', 'moskee',
    // Flanders (Belgium): roles and organisations that people write in a circle there.
    'ocmw', 'caw', 'cgg', 'jac', 'vzw', 'huis van het kind', 'kind en gezin', 'kinesist', 'kinesisten', 'kinesitherapeut',
    'verpleging', 'thuisverpleging', 'maatschappelijk assistent', 'gezinsbegeleider', 'opvoedingsondersteuner',
    'zorgcoordinator', 'schepen', 'burgemeester', 'mutualiteit', 'ziekenfonds', 'wijkgezondheidscentrum', 'sociale dienst',
    'ervaringsdeskundige', 'ervaringsdeskundigen', 'verpleegkundigen', 'buurtwerker', 'straathoekwerker',
  ],
};

/**
 * Organisations and groups: followed by a place or a name they still are one ("Gemeente
 * Utrecht", "Wijkteam Oost", "OCMW Gent"), unlike a role before a name ("juf Anna").
 */
const organisationWords: Record<string, string[]> = {
  en: ['council', 'municipality', 'school', 'charity', 'team', 'department', 'committee', 'group', 'housing association', 'organisation', 'organization', 'board', 'community'],
  nl: [
    'gemeente', 'wijkteam', 'buurtteam', 'jeugdteam', 'sociaal team', 'team', 'ocmw', 'caw', 'cgg', 'jac', 'cjg', 'ggd', 'ggz',
    'school', 'stichting', 'vereniging', 'vzw', 'organisatie', 'afdeling', 'woningcorporatie', 'corporatie', 'buurthuis',
    'wijkcentrum', 'buurtcentrum', 'huis van het kind', 'kind en gezin', 'praktijk', 'commissie', 'werkgroep', 'groep',
    'mutualiteit', 'ziekenfonds', 'wijkgezondheidscentrum', 'sociale dienst', 'thuiszorg', 'thuisverpleging', 'verpleging',
  ],
};

/** Words before the first real word that do not matter: articles, possessives, amounts (any language). */
const fillerWords: Record<string, string[]> = {
  en: ['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'all', 'some', 'several', 'two', 'three', 'few', 'many', 'local', 'other'],
  nl: ['de', 'het', 'een', 't', 'mijn', 'onze', 'ons', 'jouw', 'je', 'hun', 'zijn', 'haar', 'alle', 'sommige', 'enkele', 'twee', 'drie', 'paar', 'veel', 'andere', 'die', 'deze'],
};

/** The words of a text as written (letters, digits, hyphens and apostrophes stay in a word). */
function splitWords(text: string): string[] {
  return text.trim().split(/[^\p{L}\p{N}'’‘`-]+/u).filter(Boolean);
}

/** One word lowercase, without accents and apostrophes: "Cliënten" → "clienten", "collega's" → "collegas". */
function plain(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f'’‘`]/g, '').toLowerCase();
}

function words(text: string): string[] {
  return splitWords(text).map(plain).filter(Boolean);
}

interface CompiledList {
  source: readonly string[];
  size: number;
  single: Set<string>;
  phrases: string[][];
}

const compiled = new Map<string, CompiledList>();
const plainWord = /^[a-z0-9]+$/;
const fillers = new Set(Object.values(fillerWords).flat());

function compile(locale: string, extra: readonly string[], lists: Record<string, string[]> = roleWords): CompiledList {
  const source = lists[locale] ?? [];
  const key = `${lists === roleWords ? '' : 'org\u0001'}${locale}\u0000${extra.join('\u0000')}`;
  const cached = compiled.get(key);
  // A host may push to the list at any time: rebuild when it grew.
  if (cached && cached.source === source && cached.size === source.length) return cached;
  const single = new Set<string>();
  const phrases: string[][] = [];
  for (const entry of [...source, ...extra]) {
    // Most entries are one plain lowercase word: that word is the whole term.
    const parts = plainWord.test(entry) ? [entry] : words(entry).filter((word, index, all) => !(index === 0 && all.length > 1 && fillers.has(word)));
    if (parts.length === 1) single.add(parts[0]);
    else if (parts.length > 1) phrases.push(parts);
  }
  const list = { source, size: source.length, single, phrases };
  compiled.set(key, list);
  return list;
}

/** A word is the term, or its plural: "managers", "huisartsen". */
function sameWord(word: string, term: string, locale: string): boolean {
  return word === term || word === `${term}s` || (locale === 'nl' && word === `${term}en`);
}

/** A word is a listed term as written, or as a plural of one (managers, huisartsen), or (Dutch) a compound ending in one (jeugdarts). */
function isTerm(word: string, list: CompiledList, locale: string): boolean {
  if (list.single.has(word)) return true;
  if (word.endsWith('s') && list.single.has(word.slice(0, -1))) return true;
  if (locale === 'nl') {
    if (word.endsWith('en') && list.single.has(word.slice(0, -2))) return true;
    // A compound ends in a term of 4 or more letters after at least 3 of its own: look its endings up.
    for (let length = 4; length <= word.length - 3; length++) {
      if (list.single.has(word.slice(word.length - length))) return true;
    }
  }
  return false;
}

/**
 * Whether a name looks like a job title or a group ("de huisarts", "managers", "GP",
 * "team", "bewoners") rather than a person ("Fatima", "Anna de Vries", "juf Anna").
 * A hint only: it may be wrong either way, so it never blocks anything.
 * @param locale - whose word list to use (`en`, `nl`, or any locale a host added)
 * @param extra - more words for this check only (the element's `role-words` attribute)
 */
export function looksLikeRoleOrGroup(name: string, locale: string, extra: readonly string[] = []): boolean {
  return matchesList(splitWords(name), locale, extra);
}

/**
 * Whether a name looks like a job title or a group by the word list of any of `locales`,
 * in that order (the name's words are split once for all of them).
 */
export function looksLikeRoleOrGroupInAny(name: string, locales: readonly string[], extra: readonly string[] = []): boolean {
  const original = splitWords(name);
  if (original.length === 0) return false;
  const tokens = original.map(plain);
  return locales.some((locale) => matchesList(original, locale, extra, tokens));
}

function matchesList(original: readonly string[], locale: string, extra: readonly string[], tokens = original.map(plain)): boolean {
  const list = compile(locale, extra);
  if (tokens.length === 0) return false;
  let start = 0;
  while (start < tokens.length - 1 && (fillers.has(tokens[start]) || /^\d+$/.test(tokens[start]))) start++;
  let end = -1;
  for (const phrase of list.phrases) {
    const last = phrase.length - 1;
    const matches = phrase.every((part, index) => {
      const token = tokens[start + index];
      return token !== undefined && (index === last ? sameWord(token, part, locale) : token === part);
    });
    if (matches) end = Math.max(end, start + phrase.length);
  }
  if (end < 0 && isTerm(tokens[start], list, locale)) end = start + 1;
  if (end < 0) return false;
  // "Gemeente Utrecht", "Wijkteam Oost": an organisation stays one, whatever follows.
  const organisations = compile(locale, [], organisationWords);
  const matched = tokens.slice(start, end);
  if (organisations.phrases.some((phrase) => phrase.every((part, index) => matched[index] === part)) || isTerm(matched[0], organisations, locale)) return true;
  // "juf Anna", "huisarts Jansen", "dokter Bakker": a role followed by a name is a person.
  const next = original[end];
  const nextIsName = next !== undefined && /^\p{Lu}/u.test(next) && !isTerm(tokens[end], list, locale);
  return !nextIsName;
}
