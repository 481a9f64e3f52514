/** The skeleton's Polish texts (see types.ts): "ty" for the team, a formal reply for the customer. */
import type { SkeletonTexts } from './types.ts';

export const pl: SkeletonTexts = {
  site: { name: 'Nasz podręcznik kryzysowy', tagline: 'Co robimy, gdy coś pójdzie nie tak w mediach społecznościowych' },
  situation: 'Skarga klienta',
  roles: {
    lead: { label: 'Szef social media', description: 'Odpowiada za scenariusze, zatwierdza nowe teksty i decyduje o eskalacji.' },
    agent: { label: 'Community manager', description: 'Odpowiada klientom szablonami i prowadzi dziennik.' },
  },
  severity: {
    judge: 'Oceniaj każdy incydent osobno: jego poziom to najwyższy poziom, jaki osiąga którekolwiek kryterium.',
    reach: 'Zasięg i tempo rozchodzenia się',
    low: { reach: 'Jeden klient albo kilku; sprawa się nie rozchodzi.', approvals: 'Odpowiedzi z szablonów', outside: 'Odpowiedz w ciągu godziny.', inside: 'Zapisz w dzienniku.', moveUp: 'Drugie podobne zgłoszenie albo wpis zaczyna się rozchodzić.' },
    medium: { reach: 'Kilku klientów albo wpis, który przyciąga uwagę.', approvals: 'Nowe sformułowania', outside: 'Aktualizuj co kilka godzin.', inside: 'Powiedz od razu szefowi, potem raz dziennie.', moveUp: 'Szybko się rozchodzi albo pyta dziennikarz lub regulator.' },
    high: { reach: 'Szybko się rozchodzi albo pyta dziennikarz.', approvals: 'Każde publiczne oświadczenie', outside: 'Aktualizuj co dwie godziny, nawet bez nowości.', inside: 'Aktualizuj zespół co godzinę.', moveUp: 'Trafia do trendów albo komuś może stać się krzywda.' },
    critical: { reach: 'Jest w trendach albo ktoś jest zagrożony.', approvals: 'Każda wiadomość', outside: 'Aktualizuj co najmniej co godzinę.', inside: 'Trzymaj otwarty kanał z zespołem przez cały czas.' },
  },
  rule: {
    title: 'Obiecuj tylko to, czego dotrzymasz',
    summary: 'Nigdy nie obiecuj odpowiedzi ani naprawy na konkretną godzinę.',
    why: 'Niedotrzymana obietnica zamienia jedną skargę w dwie, i to publicznie.',
    message: 'Obietnica na konkretny czas: napisz, co zrobisz, a nie kiedy',
    good: 'Odpiszemy tutaj, gdy tylko będziemy wiedzieć więcej.',
    bad: 'Oddzwonimy do Pana za 10 minut.',
    patterns: ['(?:za|w\\s+ciągu)\\s+\\d+\\s*(?:minut\\p{L}*|godzin\\p{L}*|dni)'],
  },
  template: {
    title: 'Odpowiedź wstępna',
    customerName: 'Imię klienta',
    body: 'Dzień dobry, {{customer_name}}, dziękujemy za zgłoszenie. Już sprawdzamy, co się stało, i odpiszemy tutaj, gdy tylko będziemy wiedzieć więcej.',
  },
  tree: {
    title: 'Przyszła skarga. Co teraz?',
    description: 'Znajdź następny krok w dwóch pytaniach.',
    questionReal: 'Czy za wpisem stoi prawdziwy problem?',
    answerRealYes: 'Tak, coś poszło nie tak u klienta',
    answerRealNo: 'Nie, to tylko obelgi albo trolling',
    questionKnown: 'Czy wiesz już, co się stało?',
    answerKnownNo: 'Jeszcze nie',
    answerKnownYes: 'Tak, i to nasza wina',
    moderate: { title: 'Nie daj się wciągnąć', text: 'Nie wdawaj się w kłótnię. Zrób zrzut ekranu, a ukryj albo zgłoś tylko to, co łamie zasady społeczności.' },
    hold: { title: 'Odpowiedz teraz, wyjaśnij później', text: 'Wyślij odpowiedź wstępną, a potem ustal, co się stało.' },
    apologise: { title: 'Podziękuj, przeproś, napraw', text: 'Zacznij od odpowiedzi wstępnej, przeproś i napisz, co zrobicie, a dalej rozmawiaj prywatnie.' },
  },
  playbook: {
    title: 'Skarga klienta',
    summary: 'Ktoś jest niezadowolony publicznie. Odpowiedz szybko, ustal, co się stało, napraw to.',
    intro: 'Użyj tego scenariusza, gdy klient skarży się w komentarzu, wpisie albo recenzji.',
    checklistTitle: 'Pierwsze kroki',
    items: [
      { text: 'Przeczytaj cały wątek i zrób zrzuty ekranu', timing: '0–5 min' },
      { text: 'Wyślij odpowiedź wstępną', timing: '5–15 min' },
      { text: 'Ustal, co się stało, i powiedz szefowi', timing: 'w ciągu godziny' },
    ],
    headingTree: 'Którędy dalej',
    headingReply: 'Odpowiedź',
  },
};
