/** The skeleton's Hungarian texts (see types.ts): tegezés for the team, Ön for the customer. */
import type { SkeletonTexts } from './types.ts';

export const hu: SkeletonTexts = {
  site: { name: 'Válságkezelési kézikönyvünk', tagline: 'Mit teszünk, ha valami balul sül el a közösségi médiában' },
  situation: 'Ügyfélpanasz',
  roles: {
    lead: { label: 'Közösségimédia-vezető', description: 'Ő felel a forgatókönyvekért, jóváhagyja az új szövegeket, és dönt az eszkalációról.' },
    agent: { label: 'Közösségi menedzser', description: 'Sablonokkal válaszol az ügyfeleknek, és vezeti a naplót.' },
  },
  severity: {
    judge: 'Minden esetet külön ítélj meg: a súlyossága a legmagasabb szint, amelyet bármelyik szempont elér.',
    reach: 'Elérés és terjedés',
    low: { reach: 'Egy vagy néhány ügyfél; nem terjed.', approvals: 'Sablonból írt válaszok', outside: 'Egy órán belül válaszolj.', inside: 'Jegyezd fel a naplóba.', moveUp: 'Újabb hasonló bejelentés érkezik, vagy a bejegyzés terjedni kezd.' },
    medium: { reach: 'Több ügyfél vagy egy figyelmet keltő bejegyzés.', approvals: 'Új megfogalmazások', outside: 'Néhány óránként adj hírt.', inside: 'Szólj azonnal a vezetőnek, utána naponta tájékoztasd.', moveUp: 'Gyorsan terjed, vagy újságíró vagy hatóság érdeklődik.' },
    high: { reach: 'Gyorsan terjed, vagy újságíró érdeklődik.', approvals: 'Minden nyilvános közlemény', outside: 'Kétóránként adj hírt, akkor is, ha nincs újdonság.', inside: 'Óránként tájékoztasd a csapatot.', moveUp: 'Felkapott téma lesz belőle, vagy valakit baj érhet.' },
    critical: { reach: 'Felkapott téma, vagy valaki veszélyben van.', approvals: 'Minden üzenet', outside: 'Legalább óránként adj hírt.', inside: 'Folyamatosan tartsd a kapcsolatot a csapattal.' },
  },
  rule: {
    title: 'Csak azt ígérd, amit be tudsz tartani',
    summary: 'Soha ne ígérj választ vagy megoldást konkrét határidőre.',
    why: 'A be nem tartott ígéret egy panaszból kettőt csinál, ráadásul nyilvánosan.',
    message: 'Pontos időre tett ígéret: azt írd meg, mit tesztek, ne azt, hogy mikor',
    good: 'Amint többet tudunk, itt válaszolunk Önnek.',
    bad: '10 percen belül visszahívjuk Önt.',
    patterns: ['\\d+\\s*(?:perc|ór[aá]|nap)\\p{L}*\\s+(?:belül|múlva)'],
  },
  template: {
    title: 'Első válasz',
    customerName: 'Az ügyfél neve',
    body: 'Kedves {{customer_name}}! Köszönjük, hogy jelezte. Már vizsgáljuk az ügyet, és amint többet tudunk, itt válaszolunk Önnek.',
  },
  tree: {
    title: 'Panasz érkezett. Most mi legyen?',
    description: 'Két kérdésből megtalálod a következő lépést.',
    questionReal: 'Valódi probléma áll a bejegyzés mögött?',
    answerRealYes: 'Igen, az ügyfélnek valóban gondja akadt',
    answerRealNo: 'Nem, csak sértegetés vagy trollkodás',
    questionKnown: 'Tudod már, mi történt?',
    answerKnownNo: 'Még nem, vagy nem biztos, hogy a mi hibánk',
    answerKnownYes: 'Igen, és a mi hibánk',
    moderate: { title: 'Ne hagyd magad belerángatni a vitába', text: 'Ne vitatkozz. Készíts képernyőképet, és csak azt rejtsd el vagy jelentsd, ami sérti a közösségi szabályokat. Ha valakit megfenyegetnek, azonnal szólj a vezetőnek.' },
    hold: { title: 'Válaszolj most, magyarázz később', text: 'Küldd el az első választ, aztán derítsd ki, mi történt.' },
    apologise: { title: 'Köszönd meg, kérj bocsánatot, hozd helyre', text: 'Indulj ki az első válaszból, kérj bocsánatot, írd meg, mit tesztek, és hagyasd jóvá a vezetővel. A részleteket aztán privát üzenetben intézd, és ha megoldódott a gond, írj vissza a szálba.' },
  },
  playbook: {
    title: 'Ügyfélpanasz',
    summary: 'Valaki nyilvánosan panaszkodik. Válaszolj gyorsan, derítsd ki, mi történt, és hozd helyre.',
    intro: 'Ezt használd, ha egy ügyfél kommentben, bejegyzésben vagy értékelésben panaszkodik.',
    checklistTitle: 'Első lépések',
    items: [
      { text: 'Olvasd el a teljes szálat, és készíts képernyőképeket', timing: '0–5 perc' },
      { text: 'Küldd el az első választ', timing: '5–15 perc' },
      { text: 'Szólj a vezetőnek, aztán derítsd ki, mi történt', timing: '15–30 perc' },
    ],
    headingTree: 'Merre tovább',
    headingReply: 'A válasz',
  },
};
