/** The skeleton's Romanian texts (see types.ts): "tu" for the team, "dumneavoastră" for the customer. */
import type { SkeletonTexts } from './types.ts';

export const ro: SkeletonTexts = {
  site: { name: 'Manualul nostru de criză', tagline: 'Ce facem când ceva merge prost pe rețelele sociale' },
  situation: 'O reclamație de la un client',
  roles: {
    lead: { label: 'Responsabil social media', description: 'Răspunde de ghiduri, aprobă formulările noi și decide când escaladăm.' },
    agent: { label: 'Community manager', description: 'Le răspunde clienților cu șabloanele și ține jurnalul.' },
  },
  severity: {
    judge: 'Judecă fiecare incident separat: gravitatea lui este cel mai înalt nivel atins de oricare criteriu.',
    reach: 'Amploarea și viteza de răspândire',
    low: { reach: 'Un client sau câțiva; nu se răspândește.', approvals: 'Răspunsuri din șabloane', outside: 'Răspunde în cel mult o oră.', inside: 'Notează în jurnal.', moveUp: 'O a doua sesizare asemănătoare sau postarea începe să se răspândească.' },
    medium: { reach: 'Mai mulți clienți sau o postare care atrage atenția.', approvals: 'Formulări noi', outside: 'Dă vești la câteva ore.', inside: 'Anunță imediat responsabilul, apoi zilnic.', moveUp: 'Se răspândește repede sau întreabă un jurnalist ori o autoritate.' },
    high: { reach: 'Se răspândește repede sau întreabă un jurnalist.', approvals: 'Orice declarație publică', outside: 'Dă vești la fiecare două ore, chiar dacă nu e nimic nou.', inside: 'Informează echipa în fiecare oră.', moveUp: 'Ajunge în trending sau cineva poate fi în pericol.' },
    critical: { reach: 'E în trending sau cineva e în pericol.', approvals: 'Orice mesaj', outside: 'Dă vești cel puțin o dată pe oră.', inside: 'Ține permanent un canal deschis cu echipa.' },
  },
  rule: {
    title: 'Promite doar ce poți respecta',
    summary: 'Nu promite niciodată un răspuns sau o rezolvare la o oră fixă.',
    why: 'O promisiune încălcată face dintr-o reclamație două, și încă în public.',
    message: 'O promisiune la o oră fixă: spune ce vei face, nu când',
    good: 'Vă răspundem aici imediat ce aflăm mai multe.',
    bad: 'Vă sunăm înapoi în 10 minute.',
    patterns: ['(?:în|peste)\\s+\\d+\\s*(?:minute|ore|zile)'],
  },
  template: {
    title: 'Răspuns inițial',
    customerName: 'Numele clientului',
    body: 'Bună ziua, {{customer_name}}, vă mulțumim că ne-ați scris. Verificăm deja ce s-a întâmplat și vă răspundem aici imediat ce aflăm mai multe.',
  },
  tree: {
    title: 'A venit o reclamație. Ce facem acum?',
    description: 'Găsește pasul următor în două întrebări.',
    questionReal: 'Există o problemă reală în spatele postării?',
    answerRealYes: 'Da, ceva n-a mers bine pentru client',
    answerRealNo: 'Nu, doar insulte sau trolling',
    questionKnown: 'Știi deja ce s-a întâmplat?',
    answerKnownNo: 'Încă nu',
    answerKnownYes: 'Da, și e vina noastră',
    moderate: { title: 'Nu te lăsa atras', text: 'Nu te certa. Fă o captură de ecran și ascunde sau raportează doar ce încalcă regulile comunității.' },
    hold: { title: 'Răspunde acum, explică mai târziu', text: 'Trimite răspunsul inițial, apoi află ce s-a întâmplat.' },
    apologise: { title: 'Mulțumește, cere scuze, rezolvă', text: 'Pornește de la răspunsul inițial, cere scuze, spune ce veți face și continuă în privat.' },
  },
  playbook: {
    title: 'O reclamație de la un client',
    summary: 'Cineva e nemulțumit în public. Răspunde repede, află ce s-a întâmplat și rezolvă.',
    intro: 'Folosește-l când un client se plânge într-un comentariu, o postare sau o recenzie.',
    checklistTitle: 'Primii pași',
    items: [
      { text: 'Citește tot firul și fă capturi de ecran', timing: '0–5 min' },
      { text: 'Trimite răspunsul inițial', timing: '5–15 min' },
      { text: 'Află ce s-a întâmplat și anunță responsabilul', timing: 'în prima oră' },
    ],
    headingTree: 'Încotro mai departe',
    headingReply: 'Răspunsul',
  },
};
