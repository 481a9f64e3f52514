/** The skeleton's Polish texts (see types.ts): "ty" for the team, a formal reply for the customer. */
import type { SkeletonTexts } from './types.ts';

export const pl: SkeletonTexts = {
  site: { name: 'Nasz podręcznik kryzysowy', tagline: 'Co robimy, gdy coś pójdzie nie tak w mediach społecznościowych' },
  situation: 'Skarga klienta',
  roles: {
    lead: { label: 'Szef social media', description: 'Odpowiada za scenariusze, zatwierdza nowe sformułowania i decyduje o eskalacji.' },
    agent: { label: 'Community manager', description: 'Odpowiada klientom szablonami i prowadzi dziennik.' },
  },
  severity: {
    judge: 'Oceniaj każdy incydent osobno: o jego wadze decyduje najwyższy poziom, jaki osiąga którekolwiek z kryteriów.',
    reach: 'Zasięg i tempo rozchodzenia się',
    low: { reach: 'Jeden klient albo kilku; sprawa się nie rozchodzi.', approvals: 'Odpowiedzi z szablonów', outside: 'Odpowiedz w ciągu godziny.', inside: 'Zapisz w dzienniku.', moveUp: 'Drugie podobne zgłoszenie albo wpis zaczyna się rozchodzić.' },
    medium: { reach: 'Kilku klientów albo wpis, który przyciąga uwagę.', approvals: 'Nowe sformułowania', outside: 'Publikuj aktualizację co kilka godzin.', inside: 'Od razu daj znać szefowi, potem informuj go raz dziennie.', moveUp: 'Szybko się rozchodzi albo pyta dziennikarz lub regulator.' },
    high: { reach: 'Szybko się rozchodzi albo pyta dziennikarz.', approvals: 'Każde publiczne oświadczenie', outside: 'Publikuj aktualizację co dwie godziny, nawet jeśli nie ma nic nowego.', inside: 'Informuj zespół co godzinę.', moveUp: 'Trafia do trendów albo komuś może stać się krzywda.' },
    critical: { reach: 'Jest w trendach albo ktoś jest zagrożony.', approvals: 'Każda wiadomość', outside: 'Publikuj aktualizację co najmniej co godzinę.', inside: 'Trzymaj otwarty kanał z zespołem przez cały czas.' },
  },
  rule: {
    title: 'Obiecuj tylko to, co na pewno zrobisz',
    summary: 'Nigdy nie obiecuj odpowiedzi ani naprawy w konkretnym terminie.',
    why: 'Niedotrzymana obietnica zamienia jedną skargę w dwie, i to publicznie.',
    message: 'Obietnica konkretnego terminu: napisz, co zrobisz, a nie kiedy',
    good: 'Odpiszemy tutaj, gdy tylko będziemy wiedzieć więcej.',
    bad: 'Oddzwonimy do Pana za 10 minut.',
    patterns: ['(?:(?:za|w\\s+ciągu)\\s+{number}\\s*{unit}|za\\s+(?:godzinę|kwadrans))(?!\\s+(?:czekani|oczekiwani|opóźnieni|zwłok|cierpliwoś)\\p{L}*)'],
  },
  template: {
    title: 'Odpowiedź wstępna',
    customerName: 'Zwrot do klienta (np. „Pani Anno”, „Panie Tomaszu”)',
    body: 'Dzień dobry, {{customer_name}}, dziękujemy za zgłoszenie. Już sprawdzamy, co się stało, i odpiszemy tutaj, gdy tylko będziemy wiedzieć więcej.',
  },
  tree: {
    title: 'Przyszła skarga. Co teraz?',
    description: 'Dwa pytania wskażą ci następny krok.',
    questionReal: 'Czy za wpisem stoi prawdziwy problem?',
    answerRealYes: 'Tak, coś poszło nie tak u klienta',
    answerRealNo: 'Nie, to tylko obelgi albo trolling',
    questionKnown: 'Czy wiesz już, co się stało?',
    answerKnownNo: 'Jeszcze nie albo nie wiem, czy to przez nas',
    answerKnownYes: 'Tak, i to nasza wina',
    moderate: { title: 'Nie daj się sprowokować', text: 'Nie wdawaj się w kłótnię. Zrób zrzut ekranu, potem ukryj albo zgłoś tylko to, co łamie zasady społeczności. Jeśli pojawiają się groźby, od razu daj znać szefowi.' },
    hold: { title: 'Odpowiedz teraz, wyjaśnij później', text: 'Wyślij odpowiedź wstępną, a potem ustal, co się stało.' },
    apologise: { title: 'Podziękuj, przeproś, napraw', text: 'Oprzyj się na odpowiedzi wstępnej, przeproś, napisz, co zrobicie, i uzyskaj zgodę szefa. Potem przenieś szczegóły do wiadomości prywatnych, a kiedy problem będzie naprawiony, wróć do wątku.' },
  },
  playbook: {
    title: 'Skarga klienta',
    summary: 'Ktoś publicznie wyraża niezadowolenie. Odpowiedz szybko, ustal, co się stało, napraw to.',
    intro: 'Użyj tego scenariusza, gdy klient skarży się w komentarzu, wpisie albo recenzji.',
    checklistTitle: 'Pierwsze kroki',
    items: [
      { text: 'Przeczytaj cały wątek i zrób zrzuty ekranu', timing: '0–5 min' },
      { text: 'Wyślij odpowiedź wstępną', timing: '5–15 min' },
      { text: 'Daj znać szefowi, a potem ustal, co się stało', timing: '15–30 min' },
    ],
    headingTree: 'Którędy dalej',
    headingReply: 'Odpowiedź',
  },
};
