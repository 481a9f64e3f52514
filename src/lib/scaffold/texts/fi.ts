/** The skeleton's Finnish texts (see types.ts): "sinä" throughout. */
import type { SkeletonTexts } from './types.ts';

export const fi: SkeletonTexts = {
  site: { name: 'Kriisikäsikirjamme', tagline: 'Mitä teemme, kun jokin menee pieleen somessa' },
  situation: 'Asiakkaan valitus',
  roles: {
    lead: { label: 'Somevastaava', description: 'Vastaa toimintaohjeista, hyväksyy uudet tekstit ja päättää eskaloinnista.' },
    agent: { label: 'Yhteisömanageri', description: 'Vastaa asiakkaille vastauspohjilla ja pitää lokia.' },
  },
  severity: {
    judge: 'Arvioi jokainen tilanne erikseen: vakavuus on korkein taso, jonka jokin kriteereistä saavuttaa.',
    reach: 'Näkyvyys ja leviäminen',
    low: { reach: 'Yksi tai muutama asiakas; ei leviä.', approvals: 'Vastaukset vastauspohjista', outside: 'Vastaa tunnin sisällä.', inside: 'Kirjaa lokiin.', moveUp: 'Tulee toinen samanlainen valitus, tai julkaisu alkaa levitä.' },
    medium: { reach: 'Useita asiakkaita tai huomiota keräävä julkaisu.', approvals: 'Uudet muotoilut', outside: 'Päivitä muutaman tunnin välein.', inside: 'Kerro somevastaavalle heti, sitten päivittäin.', moveUp: 'Leviää nopeasti, tai toimittaja tai viranomainen kysyy asiasta.' },
    high: { reach: 'Leviää nopeasti, tai toimittaja tai viranomainen kysyy asiasta.', approvals: 'Jokainen julkinen tiedote', outside: 'Päivitä kahden tunnin välein, vaikkei uutta olisi.', inside: 'Kerro tiimille tilanne tunnin välein.', moveUp: 'Alkaa trendata, tai joku voi joutua vaaraan.' },
    critical: { reach: 'Trendaa tai joku on vaarassa.', approvals: 'Jokainen viesti', outside: 'Päivitä vähintään kerran tunnissa.', inside: 'Pidä yhteys tiimiin auki koko ajan.' },
  },
  rule: {
    title: 'Lupaa vain se, minkä pystyt pitämään',
    summary: 'Älä koskaan lupaa vastausta tai korjausta tiettyyn aikaan mennessä.',
    why: 'Rikottu lupaus tekee yhdestä valituksesta kaksi, ja vielä julkisesti.',
    message: 'Lupaus tiettyyn aikaan: kerro, mitä teet, älä milloin',
    good: 'Vastaamme tähän heti, kun tiedämme enemmän.',
    bad: 'Soitamme sinulle 10 minuutin kuluttua.',
    patterns: ['\\d+\\s*(?:(?:min|tun|päiv|vuorokau|viik)\\p{L}*|vrk(?::n)?|h)\\.?\\s+(?:kuluttua|päästä|sisällä|kuluessa)', '\\d+\\s*(?:minuuti|tunni|päivä|vuorokaude|viiko)ss[aä]'],
  },
  template: {
    title: 'Ensivastaus',
    customerName: 'Asiakkaan etunimi',
    body: 'Hei {{customer_name}}, kiitos, että kerroit tästä meille. Selvitämme asiaa parhaillaan ja vastaamme tähän heti, kun tiedämme enemmän.',
  },
  tree: {
    title: 'Tuli valitus. Mitä nyt?',
    description: 'Löydä seuraava askel kahdella kysymyksellä.',
    questionReal: 'Onko julkaisun takana todellinen ongelma?',
    answerRealYes: 'Kyllä, asiakkaalla meni jokin pieleen',
    answerRealNo: 'Ei, pelkkää solvaamista tai trollausta',
    questionKnown: 'Tiedätkö jo, mitä tapahtui?',
    answerKnownNo: 'En vielä, tai vika ei ehkä ole meissä',
    answerKnownYes: 'Kyllä, ja vika oli meissä',
    moderate: { title: 'Älä lähde mukaan', text: 'Älä väittele. Ota kuvakaappaus ja piilota tai raportoi vain se, mikä rikkoo yhteisösääntöjämme. Jos julkaisussa uhataan jotakuta, kerro siitä heti somevastaavalle.' },
    hold: { title: 'Vastaa nyt, selitä myöhemmin', text: 'Lähetä ensivastaus ja selvitä sitten, mitä tapahtui.' },
    apologise: { title: 'Kiitä, pyydä anteeksi, korjaa', text: 'Käytä pohjana ensivastausta: pyydä anteeksi, kerro, miten asia korjataan, ja hae somevastaavalta hyväksyntä. Hoida sitten tarkemmat tiedot yksityisviesteillä ja palaa ketjuun, kun asia on korjattu.' },
  },
  playbook: {
    title: 'Asiakkaan valitus',
    summary: 'Joku valittaa julkisesti. Vastaa nopeasti, selvitä, mitä tapahtui, ja korjaa asia.',
    intro: 'Käytä tätä, kun asiakas valittaa kommentissa, julkaisussa tai arvostelussa.',
    checklistTitle: 'Ensimmäiset askeleet',
    items: [
      { text: 'Lue koko ketju ja ota kuvakaappaukset', timing: '0–5 min' },
      { text: 'Lähetä ensivastaus', timing: '5–15 min' },
      { text: 'Kerro somevastaavalle ja selvitä sitten, mitä tapahtui', timing: '15–30 min' },
    ],
    headingTree: 'Miten edetään',
    headingReply: 'Vastaus',
  },
};
