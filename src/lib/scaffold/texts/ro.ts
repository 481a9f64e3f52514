/** The skeleton's Romanian texts (see types.ts): "tu" for the team, "dumneavoastră" for the customer. */
import type { SkeletonTexts } from './types.ts';

export const ro: SkeletonTexts = {
  site: { name: 'Manualul nostru de criză', tagline: 'Ce facem când ceva merge prost pe rețelele sociale' },
  situation: 'O reclamație de la un client',
  roles: {
    lead: { label: 'Responsabil social media', description: 'Răspunde de proceduri, aprobă formulările noi și decide când escaladăm.' },
    agent: { label: 'Community manager', description: 'Le răspunde clienților cu șabloanele și ține jurnalul.' },
  },
  severity: {
    judge: 'Evaluează fiecare incident în parte: gravitatea lui este cel mai înalt nivel atins de oricare dintre criterii.',
    reach: 'Amploarea și viteza de răspândire',
    low: { reach: 'Un client sau câțiva; nu se răspândește.', approvals: 'Răspunsuri din șabloane', outside: 'Răspunde în cel mult o oră.', inside: 'Notează în jurnal.', moveUp: 'O a doua sesizare asemănătoare sau postarea începe să se răspândească.' },
    medium: { reach: 'Mai mulți clienți sau o postare care atrage atenția.', approvals: 'Formulări noi', outside: 'Revino cu actualizări din câteva în câteva ore.', inside: 'Anunță imediat responsabilul, apoi ține-l la curent zilnic.', moveUp: 'Se răspândește repede sau întreabă un jurnalist ori o autoritate.' },
    high: { reach: 'Se răspândește repede sau întreabă un jurnalist.', approvals: 'Orice declarație publică', outside: 'Revino cu actualizări la fiecare două ore, chiar dacă nu e nimic nou.', inside: 'Informează echipa din oră în oră.', moveUp: 'Ajunge în trending sau cineva poate fi în pericol.' },
    critical: { reach: 'E în trending sau cineva e în pericol.', approvals: 'Orice mesaj', outside: 'Revino cu actualizări cel puțin o dată pe oră.', inside: 'Ține permanent un canal deschis cu echipa.' },
  },
  rule: {
    title: 'Promite doar ce poți respecta',
    summary: 'Nu promite niciodată un răspuns sau o rezolvare la o oră fixă.',
    why: 'O promisiune nerespectată transformă o reclamație în două, și încă în public.',
    message: 'O promisiune la o oră fixă: spune ce vei face, nu când',
    good: 'Vă răspundem aici imediat ce aflăm mai multe.',
    bad: 'Vă sunăm în 10 minute.',
    patterns: ['(?:în|peste)\\s+(?:cel\\s+mult\\s+|maxim(?:um)?\\s+)?\\d+\\s*(?:de\\s+)?(?:minute?|min|oră|ore|zi|zile)'],
  },
  template: {
    title: 'Răspuns inițial',
    customerName: 'Numele clientului',
    body: 'Bună ziua, {{customer_name}}, vă mulțumim că ne-ați scris. Verificăm deja ce s-a întâmplat și vă răspundem aici imediat ce aflăm mai multe.',
  },
  tree: {
    title: 'A venit o reclamație. Ce facem acum?',
    description: 'Găsește pasul următor din două întrebări.',
    questionReal: 'Există o problemă reală în spatele postării?',
    answerRealYes: 'Da, ceva n-a mers bine pentru client',
    answerRealNo: 'Nu, doar insulte sau trolling',
    questionKnown: 'Știi deja ce s-a întâmplat?',
    answerKnownNo: 'Încă nu, sau nu e neapărat vina noastră',
    answerKnownYes: 'Da, și e vina noastră',
    moderate: { title: 'Nu intra în polemică', text: 'Nu te certa. Fă o captură de ecran și ascunde sau raportează doar ce încalcă regulile comunității. Dacă cineva e amenințat, anunță imediat responsabilul.' },
    hold: { title: 'Răspunde acum, explică mai târziu', text: 'Trimite răspunsul inițial, apoi află ce s-a întâmplat.' },
    apologise: { title: 'Mulțumește, cere scuze, rezolvă', text: 'Pornește de la răspunsul inițial, cere scuze, spune ce vom face și ia acordul responsabilului. Apoi discută detaliile în mesaje private și revino în firul discuției după ce problema e rezolvată.' },
  },
  playbook: {
    title: 'O reclamație de la un client',
    summary: 'Cineva e nemulțumit în public. Răspunde repede, află ce s-a întâmplat și rezolvă.',
    intro: 'Folosește procedura aceasta când un client se plânge într-un comentariu, o postare sau o recenzie.',
    checklistTitle: 'Primii pași',
    items: [
      { text: 'Citește tot firul discuției și fă capturi de ecran', timing: '0–5 min' },
      { text: 'Trimite răspunsul inițial', timing: '5–15 min' },
      { text: 'Anunță responsabilul, apoi află ce s-a întâmplat', timing: '15–30 min' },
    ],
    headingTree: 'Cum mergi mai departe',
    headingReply: 'Răspunsul',
  },
};
