/**
 * What the rules engine knows about each language, as data: the words that negate, the idioms that
 * look like a negation but are not one ("don't worry"), the conjunctions that start a new clause, the
 * markers that put a time in the past ("ago"), and named fragments (`{number}`, `{unit}`, `{weekday}`…)
 * that rule patterns can use instead of repeating long alternations.
 *
 * Word lists are word patterns (see words.ts): a plain word matches its inflected forms through the
 * language's stemmer, `word*` matches words that start with it, `*word` words that end with it, `=word`
 * only that form, and `a|b` either. Matching is case-insensitive on folded text (normalize.ts).
 */
import type { Locale } from '../i18n/locales.ts';

export interface LanguageData {
  /** Words that negate what follows them in the same clause. */
  negators: string[];
  /** Word sequences that start with a negator but negate nothing after them ("don't worry, …"). */
  notNegating: string[];
  /**
   * Concessives ("even if"), which cancel what follows the way a negation does: "even if you had
   * ordered earlier, the fault was ours" blames no one.
   */
  concessives: string[];
  /** Words that start a new clause (besides punctuation): a negation never reaches past them. */
  clauseStarts: string[];
  /**
   * Words that open a clause depending on the one before ("that"): a comma before them does not end a
   * negation's reach, so "we don't think, that it's your fault" (the comma Polish, Hungarian, Finnish and
   * Romanian require) stays negated.
   */
  complements: string[];
  /** Words or sequences that put a nearby time in the past: "10 minutes ago" is not a promise. */
  pastMarkers: string[];
  /**
   * Words that make a nearby time a standing schedule rather than a promise: opening hours ("open until
   * 6 pm on weekdays"), a range ("from 2:00 to 4:00"). Read like past markers.
   */
  scheduleMarkers: string[];
  /**
   * Words and phrases a writer leaves in a draft instead of the real text ("lorem ipsum", "bla bla",
   * "insert link here", a stock name like "John Doe"): word patterns, matched case-insensitively.
   */
  fillers: string[];
  /**
   * Words that make bracketed text a slot to fill in ("[amount]", "[wstaw link]", "[de completat]"),
   * unlike a label the reader should see ("[My account]", "[Update]"). Bracketed text in capitals is
   * always a slot.
   */
  slotWords: string[];
  /**
   * Named regular-expression fragments, used as `{name}` in a rule's patterns (expanded before
   * compiling) and as a `{name}` word in a word pattern (a word that the fragment matches whole).
   */
  fragments: Record<string, string>;
}

const EN_NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty)(?:[\\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?';

const PL_NUMBER_WORD =
  'jed(?:en|na|ną|nej|nego|nym)|dw(?:a|ie|óch|oma|u)|trz(?:y|ech|ema)|czter(?:y|ech|ema)|pię(?:ć|ciu)|sze(?:ść|ściu)|sie(?:dem|dmiu)|osi(?:em|miu)|dziewię(?:ć|ciu)|dziesię(?:ć|ciu)|jedenaś(?:cie|tu)|dwanaś(?:cie|tu)|piętnaś(?:cie|tu)|osiemnaś(?:cie|tu)|dwadzieści(?:a)?|dwudziestu|trzydzie(?:ści|stu)|czterdzie(?:ści|stu)|pięćdziesi(?:ąt|ęciu)|sześćdziesi(?:ąt|ęciu)|kilk(?:a|u)|kilkanaś(?:cie|tu)|kilkadziesiąt|par(?:ę|u)|pół|półtor(?:a|ej)';

const HU_NUMBER_WORD =
  'egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizen(?:egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc)|húsz|huszon(?:egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc)|(?:harminc|negyven|ötven)(?:egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc)?|hatvan|fél|másfél|negyed|háromnegyed|pár|néhány';

const RO_NUMBER_WORD =
  'o|un|una|unu|doi|două|trei|patru|cinci|șase|șapte|opt|nouă|zece|unsprezece|doisprezece|douăsprezece|treisprezece|paisprezece|cincisprezece|șaisprezece|optsprezece|nouăsprezece|\\p{L}+șpe|(?:douăzeci|treizeci|patruzeci|cincizeci|șaizeci)(?:\\s+și\\s+\\p{L}+)?|câteva|câțiva|jumătate';

const ES_NUMBER_WORD =
  'un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|(?:treinta|cuarenta|cincuenta|sesenta)(?:\\s+y\\s+\\p{L}+)?|media|un\\s+par\\s+de|unos|unas|pocos|pocas';

const FI_NUMBER_WORD =
  'yksi|yhde\\p{L}*|yhtä|kaksi|kahde\\p{L}*|kahta|kolme\\p{L}*|neljä\\p{L}*|viisi|viide\\p{L}*|viittä|kuusi|kuude\\p{L}*|seitsemä\\p{L}*|kahdeksa\\p{L}*|yhdeksä\\p{L}*|kymmene\\p{L}*|kymmentä|\\p{L}+toista|\\p{L}+kymmen\\p{L}*|puol\\p{L}*|muutam\\p{L}*|pari|parin|vartin|vartti\\p{L}*';

export const LANGUAGES: Record<Locale, LanguageData> = {
  en: {
    negators: ['not', '*n\'t', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'none'],
    notNegating: ['no problem', 'no worries', 'don\'t worry', 'do not worry', 'not only', 'no later than', 'no doubt', 'never mind', 'don\'t hesitate', 'no matter', 'not just', 'don\'t write', 'don\'t post', 'stop'],
    concessives: ['even if', 'even though'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blah blah', 'blah', 'insert here', 'insert link', 'fill in here', 'john doe', 'jane doe', 'joe bloggs'],
    slotWords: ['name', 'first name', 'surname', 'amount', 'sum', 'date', 'time', 'number', 'no', 'link', 'url', 'reason', 'customer', 'insert*', 'add', 'fill', 'tbd', 'todo', 'here', 'xx*', 'product', 'address', 'email', 'phone'],
    clauseStarts: ['but', 'and', 'so', 'because', 'although', 'though', 'while', 'however', 'whereas', 'yet', 'instead'],
    complements: ['that'],
    pastMarkers: ['ago', 'yesterday', 'earlier', 'last', 'since', 'was', 'were', 'had', '=started', '=began', '=happened'],
    scheduleMarkers: ['open', 'opens', 'available', 'weekdays', 'weekday', 'daily', 'opening hours', 'business hours', 'every day', 'monday to', 'mon-fri', 'runs', 'lasts', 'ends', 'valid', 'applies', 'offer', 'sale'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|an?|${EN_NUMBER_WORD}|half\\s+an?|a\\s+couple\\s+of|couple\\s+of|a\\s+few`,
      unit: 'sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|(?:working\\s+|business\\s+)?days?|weeks?',
      weekday: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun',
      daypart: 'morning|afternoon|evening|tonight|noon|midday|midnight|lunchtime|lunch',
      clock: `\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'?clock)|\\d{1,2}[:.]\\d{2}|noon|midday|midnight|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s*(?:o'?clock|am|pm)`,
    },
  },
  pl: {
    negators: ['nie', 'nigdy', 'ani', 'nikt', 'nikogo', 'nikomu', 'nic', 'niczego', 'niczym', 'żaden*', 'żadn*', 'bynajmniej'],
    notNegating: ['nie martw*', 'nie przejmuj*', 'nie tylko', 'nie wahaj*', 'nie później', 'nie ma za co', 'nie ma problemu', 'nie ma sprawy', 'nic nie szkodzi', 'nie pisz', 'nie piszcie', 'proszę nie pisać'],
    concessives: ['nawet gdyby', 'nawet jeśli', 'nawet jeżeli', 'choćby'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blabla', 'wstaw tutaj', 'tutaj wstaw', 'wstaw link', '=dopisać', 'jan kowalski', 'anna kowalska'],
    slotWords: ['imię', 'imie', 'nazwisko', 'kwota', 'kwot*', 'data', 'dat*', 'godzina', 'numer', 'nr', 'link', 'powód', 'przyczyna', 'klient*', 'wstaw*', 'dopisz*', 'uzupełni*', 'tutaj', 'adres', 'produkt*', 'telefon'],
    clauseStarts: ['ale', 'lecz', 'a', 'i', 'bo', 'ponieważ', 'choć', 'chociaż', 'więc', 'jednak', 'natomiast', 'dlatego', 'zatem', 'tylko'],
    complements: ['że', 'iż', 'żeby', 'aby', 'jakoby'],
    pastMarkers: ['temu', 'wczoraj', 'przedwczoraj', 'wcześniej', 'niedawno', '*liśmy', '*łyśmy', '*łem', '*łam', '*łeś', '*łaś', '*liście', 'był', 'była', 'było', 'byli', 'były', '*ła', '*ło', 'został', 'została', 'zostało', 'zostali', 'zostały'],
    scheduleMarkers: ['czynn*', 'otwart*', 'dostępn*', 'działa', 'pracuje', 'pracujemy', 'robocze', 'codziennie', 'godzinach', 'zaplanowan*', 'trwa', 'kończy', 'ważn*', 'obowiązuje', 'promocj*'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|${PL_NUMBER_WORD}`,
      unit: 'sekund\\p{L}*|minut\\p{L}*|min\\.?|godzin\\p{L}*|godz\\.?|h|dni|dzień|dnia|tygodni\\p{L}*|kwadrans\\p{L}*',
      weekday: 'poniedział\\p{L}*|wtor\\p{L}*|środ\\p{L}*|czwart\\p{L}*|piąt\\p{L}*|sobot\\p{L}*|niedziel\\p{L}*',
      daypart: 'rano|rana|południ\\p{L}*|popołudni\\p{L}*|wieczor\\p{L}*|wieczór|wieczorem|nocy|północy|jutra|jutro|dzisiaj|dziś',
      clock: '\\d{1,2}(?:[:.]\\d{2})?|(?:pierwsz|drug|trzeci|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|jedenast|dwunast|trzynast|czternast|piętnast|szesnast|siedemnast|osiemnast|dziewiętnast|dwudziest)\\p{L}*',
    },
  },
  hu: {
    negators: ['nem', 'ne', 'sem', 'se', 'nincs', 'nincsen', 'nincsenek', 'sincs', 'sincsenek', 'soha', 'sosem', 'semmi*', 'senki*', 'sehol', 'egyáltalán'],
    notNegating: ['ne aggód*', 'ne haboz*', 'nem csak', 'nem csupán', 'nincs mit', 'nem később', 'semmi gond', 'semmi probléma', 'ne írjon', 'ne írj', 'ne írjanak'],
    concessives: ['még ha', 'akkor is ha', 'hiába'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blabla', 'ide jön|kerül a|az magyarázat|szöveg|link|név|összeg|indoklás|dátum|ok', 'ide írd', 'ide írja', 'gipsz jakab', 'minta jános', 'kovács jános'],
    slotWords: ['név', 'nev*', 'neve', 'vezetéknév', 'összeg', 'összeg*', 'dátum', 'dátum*', 'időpont', 'szám', 'szám*', 'link', 'ok', 'oka', 'indok*', 'ügyfél', 'ügyfél*', 'ide', 'beír*', 'kitölt*', 'cím', 'termék*', 'telefon*', 'xy'],
    clauseStarts: ['de', 'és', 'mert', 'hanem', 'viszont', 'ezért', 'így', 'azonban', 'pedig', 'mivel', 'bár', 'habár', 'ugyanis', 'tehát', 'amíg', 'ha', 'amikor', 'mihelyt', 'amint'],
    complements: ['hogy', 'mintha'],
    pastMarkers: ['ezelőtt', 'tegnap', 'tegnapelőtt', 'korábban', 'óta', 'perce', 'perccel', 'órája', 'órával', 'napja', 'nappal', 'hete', 'héttel', 'volt', 'voltak', 'múlt', '*ttunk', '*ttünk', '*ttuk', '*ttük', '*tunk', '*tünk', '*tuk', '*tük'],
    scheduleMarkers: ['nyitva', 'elérhető', 'hétköznap', 'hétköznaponként', 'naponta', 'munkanapokon', 'nyitvatartás*', 'ügyfélszolgálatunk', 'tervezett', 'tart', 'érvényes', 'véget', 'akció*'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|${HU_NUMBER_WORD}`,
      unit: 'másodperc\\p{L}*|perc\\p{L}*|p\\.?|min\\.?|ór[aá]\\p{L}*|ó\\.?|(?:munka)?nap\\p{L}*|h[eé]t\\p{L}*',
      weekday: 'hétfő\\p{L}*|kedd\\p{L}*|szerd[aá]\\p{L}*|csütörtök\\p{L}*|péntek\\p{L}*|szombat\\p{L}*|vasárnap\\p{L}*',
      daypart: 'reggel\\p{L}*|délelőtt\\p{L}*|dél\\p{L}*|délután\\p{L}*|este\\p{L}*|estig|éjjel\\p{L}*|éjfél\\p{L}*|hajnal\\p{L}*',
      clock: '\\d{1,2}(?:[:.]\\d{2})?',
    },
  },
  ro: {
    negators: ['nu', 'n', 'niciodată', 'nici', 'nimeni', 'nimic', 'niciun*', 'nicio', 'nicăieri'],
    notNegating: ['nu vă faceți griji', 'nu-ți face griji', 'nu vă îngrijorați', 'nu ezitați', 'nu doar', 'nu numai', 'nu mai târziu', 'nicio problemă', 'nu mai scrieți', 'nu mai scrie', 'nu mai trimiteți', 'nu mai postați'],
    concessives: ['chiar dacă', 'chiar și dacă', 'nici dacă'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blabla', 'inserați aici', 'introduceți aici', 'cutare', 'ion popescu', 'maria popescu'],
    slotWords: ['nume', 'numele', 'prenume', 'suma', 'sumă', 'data', 'dată', 'ora', 'număr*', 'nr', 'link', 'motiv*', 'client*', 'completat', 'complet*', 'insera*', 'introduc*', 'aici', 'adresa', 'produs*', 'telefon*'],
    clauseStarts: ['dar', 'și', 'iar', 'însă', 'deoarece', 'fiindcă', 'căci', 'deci', 'totuși', 'ci', 'pentru că', 'așa că', 'dacă', 'când', 'până când'],
    complements: ['că', 'să'],
    pastMarkers: ['acum {number}', 'urmă', 'ieri', 'alaltăieri', 'deja', 'devreme', 'fost', 'era', 'erau', 'de la', 'incepand cu', 'începând cu', 'am {past}', 'ați {past}', 'au {past}', 'a {past}', 's-a {past}'],
    scheduleMarkers: ['program*', 'deschis', 'disponibil*', 'de luni', 'zilnic', 'planificat*', 'programat*', 'valabil*', 'dureaza', 'durează', 'incheie', 'încheie', 'oferta', 'promotia', 'promoția'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|${RO_NUMBER_WORD}`,
      unit: 'secund\\p{L}*|sec|minut\\p{L}*|min|or[eăa]|ora|h|zi|zile|zil\\p{L}*|săptămân\\p{L}*',
      weekday: 'luni|marți|miercuri|joi|vineri|sâmbătă|sâmbăta|duminică|duminica',
      daypart: 'dimineaț\\p{L}*|prânz\\p{L}*|după-amiaz\\p{L}*|seară|seara|noapte|noaptea|miezul',
      clock: '\\d{1,2}(?:[:.]\\d{2})?',
      past: '\\p{L}+(?:at|it|ut|ât|s)',
    },
  },
  es: {
    negators: ['no', 'nunca', 'jamás', 'ni', 'nadie', 'nada', 'ningún', 'ninguna', 'ninguno', 'tampoco'],
    notNegating: ['no se preocupe', 'no te preocupes', 'no se preocupen', 'no dude', 'no dudes', 'no duden', 'no solo', 'no sólo', 'no más tarde', 'no hay problema', 'ni mucho menos', 'no escriba', 'no escribas', 'no escriban'],
    concessives: ['aunque', 'incluso si', 'aun si', 'aun cuando'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blablá', 'blabla', 'por definir', 'por completar', 'poner enlace', 'añadir enlace', 'insertar aquí', 'añadir aquí', 'fulanito', 'fulano', 'mengano', 'zutano', 'fulano de tal'],
    slotWords: ['nombre', 'apellido*', 'importe', 'cantidad', 'fecha', 'hora', 'número', 'numero', 'nº', 'enlace', 'link', 'motivo', 'cliente', 'definir', 'completar', 'confirmar', 'insertar', 'añadir', 'poner', 'aquí', 'dirección', 'producto', 'teléfono'],
    clauseStarts: ['pero', 'y', 'e', 'porque', 'aunque', 'sino', 'así', 'mientras', 'embargo', 'pues', 'cuando', 'si'],
    complements: ['que'],
    pastMarkers: ['hace', 'ayer', 'anteayer', 'anoche', 'desde', 'fue', 'fueron', 'era', 'eran', 'estaba', 'estaban', 'hemos {pastp}', 'ha {pastp}', 'han {pastp}', 'habíamos', 'había', '*aron', '*ieron', '*ió'],
    scheduleMarkers: ['abierto', 'abierta', 'disponible', 'horario', 'de lunes', 'diario', 'desde', 'programad*', 'prevista', 'previsto', 'atendemos', 'válid*', 'dura', 'termina', 'vigente', 'oferta', 'promoción'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|${ES_NUMBER_WORD}`,
      unit: 'segundos?|minutos?|min|mins|horas?|h|hrs?|días?|dias?|semanas?',
      weekday: 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo',
      daypart: 'mañana|tarde|noche|mediodía|mediodia|medianoche',
      clock: '\\d{1,2}(?:[:.]\\d{2})?(?:\\s*h)?',
      pastp: '\\p{L}+(?:ado|ido|ído|to|cho)',
    },
  },
  fi: {
    negators: ['en', 'et', 'ei', 'emme', 'ette', 'eivät', 'älä', 'älkää', 'eikä', 'enkä', 'emmekä', 'ettekä', 'eivätkä'],
    notNegating: ['älä huoli', 'älkää huoliko', 'ei hätää', 'ei vain', 'ei pelkästään', 'ei ainoastaan', 'älä epäröi', 'älkää epäröikö', 'ei kestä', 'ei se mitään', 'ei haittaa', 'älä kirjoita', 'älkää kirjoittako'],
    concessives: ['vaikka', 'vaikkakin', 'silloinkin vaikka'],
    fillers: ['lorem ipsum', 'dolor sit amet', 'bla bla', 'blaa blaa', 'blabla', 'blaablaa', 'lisää tähän', 'tähän tulee', 'matti meikäläinen', 'maija meikäläinen'],
    slotWords: ['nimi', 'etunimi', 'sukunimi', 'summa', 'määrä', 'päivämäärä', 'pvm', 'aika', 'kellonaika', 'numero', 'nro', 'linkki', 'syy', 'asiakas*', 'lisää', 'täydennä', 'tähän', 'osoite', 'tuote*', 'puhelin*'],
    clauseStarts: ['mutta', 'ja', 'koska', 'vaikka', 'sillä', 'joten', 'vaan', 'kuitenkin', 'kun', 'jos', 'jotta'],
    complements: ['että', 'jotta'],
    pastMarkers: ['sitten', 'eilen', 'toissapäivänä', 'aiemmin', 'aikaisemmin', 'oli', 'olivat', 'olimme', '*simme', '*timme', '*ttiin', '*tiin', '*tty', '*ttu', 'tehty', 'saatu', 'lähtien', 'tänä aamuna'],
    scheduleMarkers: ['asti', 'avoinna', 'auki', 'arkisin', 'päivittäin', 'palvelee', 'palvelemme', 'päivystää', 'aukiolo*', 'suunniteltu', 'voimassa', 'kestää', 'päättyy', 'tarjous', 'ale', 'kampanja'],
    fragments: {
      number: `\\d+(?:[.,]\\d+)?|${FI_NUMBER_WORD}`,
      unit: 'sekunn\\p{L}*|sekunti\\p{L}*|minuu\\p{L}*|min|tunni\\p{L}*|tunti\\p{L}*|tunnu\\p{L}*|h|päivä\\p{L}*|päivi\\p{L}*|viiko\\p{L}*|viikk\\p{L}*',
      weekday: 'maanantai\\p{L}*|tiistai\\p{L}*|keskiviiko\\p{L}*|keskiviikk\\p{L}*|torstai\\p{L}*|perjantai\\p{L}*|lauantai\\p{L}*|sunnuntai\\p{L}*',
      daypart: 'aamu\\p{L}*|aamupäiv\\p{L}*|päivällä|iltapäiv\\p{L}*|ilta\\p{L}*|illa\\p{L}*|yö\\p{L}*|keskipäiv\\p{L}*|puoleenpäivään|puolenpäivän',
      clock: '\\d{1,2}(?:[:.]\\d{2})?',
    },
  },
};

/** Matches nothing: a fragment a language without data cannot fill. */
const NOTHING = '[^\\s\\S]';

/**
 * A language the generator has no data for (a handbook's own, like German): rules still match
 * words and digits, but nothing is read as a negation, a past time or a clause start, and a `{unit}`
 * or `{weekday}` fragment matches nothing until the language is added here. Numbers and clock times
 * in digits are the same everywhere.
 */
const UNKNOWN_LANGUAGE: LanguageData = {
  negators: [],
  notNegating: [],
  concessives: [],
  clauseStarts: [],
  complements: [],
  pastMarkers: [],
  scheduleMarkers: [],
  fillers: ['lorem ipsum', 'dolor sit amet'],
  slotWords: [],
  fragments: { number: '\\d+(?:[.,]\\d+)?', unit: NOTHING, weekday: NOTHING, daypart: NOTHING, clock: '\\d{1,2}[:.]\\d{2}', pastp: NOTHING },
};

/** What the engine knows about a locale's language: its data, or the neutral set for one it lacks. */
export function languageData(locale: Locale): LanguageData {
  return Object.hasOwn(LANGUAGES, locale) ? LANGUAGES[locale] : UNKNOWN_LANGUAGE;
}
