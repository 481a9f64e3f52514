/**
 * A light Polish stemmer: no Snowball algorithm exists for Polish, and the dictionary-based ones
 * (Stempel, Morfologik) are Java. This one strips the inflectional endings of nouns, adjectives,
 * pronouns and verbs, the longest that leaves a stem of at least three letters, in up to two passes, so
 * that the forms of one word meet on one stem: wina, winy, winą, winie → win; komentarz, komentarza,
 * komentarzem, komentarzy → komentarz; problem, problemu, problemy → probl. It does not undo vowel
 * alternations (usunąć / usunęliśmy, ręka / ręce): rules match those with a prefix (`usun*`).
 * Both a rule's words and a reply's words go through it, so an over-short stem can only make two
 * different words meet, never make one word miss itself.
 */
const ENDINGS = [
  // verbs: past tense, present, infinitive, participles
  'liśmy', 'łyśmy', 'liście', 'łyście', 'owaliśmy', 'owałem', 'owałam', 'owała', 'owali', 'ował', 'owany', 'owana', 'owane', 'owanie',
  'ujemy', 'ujecie', 'ujesz', 'ują', 'uje', 'uję', 'ować', 'ywać', 'iwać',
  'łem', 'łam', 'łeś', 'łaś', 'li', 'ły', 'ło', 'ła',
  'emy', 'imy', 'ymy', 'ecie', 'icie', 'ycie', 'esz', 'isz', 'ysz',
  'ać', 'eć', 'ić', 'yć', 'uć', 'ąć', 'ęć',
  // nouns and adjectives: case endings
  'owie', 'owi', 'ami', 'ach', 'om', 'ów', 'iom', 'iami', 'iach',
  'ych', 'ymi', 'ich', 'imi', 'ego', 'emu', 'iego', 'iemu', 'ej', 'iej', 'ym', 'im', 'ie', 'iu', 'ią', 'ię', 'em',
  'ą', 'ę', 'y', 'i', 'a', 'e', 'o', 'u', 'ł',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

function stripOnce(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

export function stemPolish(word: string): string {
  const once = stripOnce(word);
  return once === word ? word : stripOnce(once);
}
