CM='Yhteisömanageri'; LEAD='Somevastaava'; HEAD='Viestintäjohtaja'; CS='Asiakaspalvelu'
P = {
'justified-complaint': dict(
 title='Aiheellinen valitus', owner=LEAD,
 summary='Asiakas on oikeassa: petimme hänen odotuksensa. Kiitä, pahoittele, korjaa ja näytä muillekin, että välitämme.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Lue koko ketju ja ota kuvakaappaukset',CM,'0–3 min'),
  ('Tarkista, onko asiakas kirjoittanut jo muihin kanaviin',CM,'0–5 min'),
  ('Julkaise ensivastaus, jos kunnollista vastausta ei vielä ole',CM,'viim. 5 min'),
  ('Kerää tosiasiat: tilaus, asiakashistoria, lokit',CS,'5–15 min'),
  ('Päätä, kuka hoitaa asian, ja kirjaa se lokiin',LEAD,'5–10 min'),
  ('Vastaa asiaan: kiitos, pahoittelu ja selkeä seuraava askel',CM,'viim. 15 min')]),
  ('wrap-up','Asian päättäminen',[
  ('Asiakas on vahvistanut, että ongelma on poissa',CS,'ratkaisun jälkeen'),
  ('Julkinen kuittaus ketjuun, että asia on hoidettu',CM,'ratkaisun jälkeen'),
  ('Kirjaus lokiin: syy, ratkaisu, miten estetään',LEAD,'samana päivänä')])],
 body='''## Milloin käyttää

Kun asiakas valittaa aiheesta: paketti ei tullut, palvelu ei toiminut tai joku tiimistä kohteli häntä huonosti. Tarkista ensin rehellisesti, onko hän oikeassa; jos on, älä etsi selityksiä. Hyvin hoidettu aiheellinen valitus tekee arvostelijasta usein ihmisen, joka myöhemmin puolustaa brändiä.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Älä jätä julkaisua ilman reaktiota, vaikka et vielä tietäisi vastausta (<Rule id="never-ignore" />).
2. Aloita kiittämällä palautteesta ja pahoittelemalla harmia (<Rule id="thank-and-apologise" />).
3. Kerää tosiasiat ennen kuin lupaat mitään: tilausnumero, yhteydenottohistoria, lokit (<Rule id="gather-facts" />).
4. Vastaa itse asiaan; älä ohjaa asiakasta toiselle osastolle, vaan välitä asia itse (<Rule id="answer-on-substance" />).
5. Yhden tai kahden julkisen vastauksen jälkeen kutsu yksityisviestiin ja kerro kanava (<Rule id="move-to-private" />).
6. Jos asiakas kärsi menetyksen, tarjoa vahinkoon suhteutettu hyvitys (<Rule id="proportionate-compensation" />).
7. Korjaa ongelma ja vahvista se julkisesti samassa ketjussa.
8. Palaa asiakkaan luo muutaman päivän päästä ja varmista, että kaikki toimii (<Rule id="follow-up" />).
9. Kirjaa tapaus lokiin syineen ja ratkaisuineen (<Rule id="log-and-review" />).

## Mihin suuntaan

<Tree id="triage" />

## Vastauspohjat

<Template id="jc-public-thanks-apology" />

<Template id="ge-holding-reply" />

<Template id="ge-move-to-private" />

<Template id="jc-dm-details-request" />

<Template id="jc-email-resolution" />

<Template id="jc-compensation-offer" />

<Template id="jc-fix-confirmed-public" />

## Päättäminen

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä selittele ennen kuin olet pahoitellut.
- Älä pyydä henkilötietoja julkisesti.
- Älä lupaa aikataulua, joka ei ole käsissäsi.
- Älä sulje asiaa ennen kuin asiakas vahvistaa, että kaikki toimii.
- Älä kopioi samaa fraasia kaikille: vastaa juuri tähän tapaukseen.
'''),
'misinformed-complaint': dict(
 title='Väärään tietoon perustuva valitus', owner=LEAD,
 summary='Joku arvostelee meitä asiasta, joka ei pidä paikkaansa. Tarkista tosiasiat ja oikaise rauhallisesti ja todisteiden kera, pilkkaamatta.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Lue julkaisu ja kommentit; ota kuvakaappaukset',CM,'0–3 min'),
  ('Selvitä, mistä väärä tieto on peräisin',CM,'0–10 min'),
  ('Kerro lyhyesti, että tarkistat tosiasiat',CM,'viim. 5 min'),
  ('Varmista tosiasiat vastuuhenkilöltä (tuote, juridiikka, logistiikka)',LEAD,'5–15 min'),
  ('Etsi linkki lähteeseen: ehdot, tiedote, tilasivu',CM,'10–15 min')]),
  ('wrap-up','Oikaisun jälkeen',[
  ('Tarkista, tavoittiko oikaisu tiedon jakaneet',CM,'samana päivänä'),
  ('Jos tieto oli harhaanjohtava meidän takiamme, korjaa sivu tai ehdot',LEAD,'viikon sisällä'),
  ('Kirjaa tapaus lokiin',LEAD,'samana päivänä')])],
 body='''## Milloin käyttää

Kun joku toistaa huhua, on ymmärtänyt säännöt väärin tai syyttää meitä jostain, mitä emme tehneet. Tällainen julkaisu voi levitä nopeammin kuin totuus, mutta tyly ”ei pidä paikkaansa” yleensä vain lisää vettä myllyyn. Muista myös, että väärä tieto syntyy usein omasta epäselvästä viestinnästämme.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Reagoi nopeasti lyhyellä viestillä, että tarkistat tosiasiat (<Rule id="answer-fast" />).
2. Selvitä, mikä on totta, tietojen ja asiakirjojen avulla, ei muistinvaraisesti (<Rule id="gather-facts" />).
3. Kiitä ja myönnä, että huoli on ymmärrettävä; kukaan ei halua olla julkisesti väärässä.
4. Kerro tosiasiat lyhyesti lähdelinkin kera ja vastaa juuri esitettyyn väitteeseen (<Rule id="answer-on-substance" />).
5. Pysy rauhallisena, vaikka joku pitäisi kiinni omastaan (<Rule id="stay-calm" />).
6. Jos olimme osittain väärässä tai tiedotimme epäselvästi, myönnä se (<Rule id="be-honest" />).
7. Älä poista julkaisua: näkyvä oikaisu toimii paremmin kuin katoaminen (<Rule id="keep-criticism-visible" />).
8. Selvitä yksittäisen tilauksen yksityiskohdat yksityisviestillä.

## Mihin suuntaan

<Tree id="reply-or-not" />

## Vastauspohjat

<Template id="mi-checking-facts" />

<Template id="mi-correct-facts-public" />

<Template id="mi-clarify-policy-dm" />

## Oikaisun jälkeen

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä pilkkaa kirjoittajaa äläkä kehota lukemaan ajatuksella.
- Älä väitä pahantahtoisuudeksi ilman näyttöä.
- Älä vastaa ennen kuin olet tarkistanut tosiasiat.
- Älä poista julkaisua vain siksi, että se on virheellinen.
- Älä lähde pitkään julkiseen väittelyyn.
'''),
'troll-abuse': dict(
 title='Trollit, solvaukset ja uhkaukset', owner=LEAD,
 summary='Joku hakee reaktiota eikä ratkaisua. Pysy rauhallisena, vastaa kerran tai ei ollenkaan, suojele yhteisöä ja vie uhkaukset eteenpäin.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Ota kuvakaappaukset linkin ja kellonajan kera',CM,'0–3 min'),
  ('Arvioi: provokaatio vai tuohtunut asiakas, jolla on oikea ongelma?',CM,'0–5 min'),
  ('Uhkaukset tai muiden henkilötiedot: piilota sääntöjen mukaan ja vie eteenpäin',LEAD,'viim. 10 min'),
  ('Jos vastaat, vastaa kerran ja rauhallisesti, tarjoten yhteydenottoa',CM,'5–15 min'),
  ('Kirjaa tapaus lokiin',CM,'viim. 15 min')])],
 body='''## Milloin käyttää

Kun joku solvaa tiimiä tai muita käyttäjiä, provosoi ilman konkreettista ongelmaa tai uhkailee. Trolli elää huomiosta: jokainen uusi vastaus on hänelle näyttämö. Kaikki kärkevä ei silti ole trollausta; tuohtunut asiakas, jolla on oikea ongelma, ansaitsee apua, vaikka kirjoittaisi epäkohteliaasti.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Hengitä ennen kuin kirjoitat mitään; älä vastaa tunnekuohussa (<Rule id="stay-calm" />).
2. Erota provokaatio oikeasta valituksesta: katso tilin historia ja viestin sisältö.
3. Älä lähde turhaan sanailuun; yksi rauhallinen vastaus tai ei mitään (<Rule id="when-not-to-answer" />).
4. Solvauksiin ja uhkauksiin tarjoa suoraa yhteyttä ja lopeta julkinen ketju (<Rule id="move-to-private" />).
5. Piilota vain julkaistuja sääntöjä rikkova sisältö: vihapuhe, uhkaukset ja muiden henkilötiedot. Tavallista kritiikkiä ei poisteta (<Rule id="keep-criticism-visible" />).
6. Vie uhkaukset heti lakiasioille tai turvallisuudesta vastaaville, ja poliisille, jos joku voi olla vaarassa.
7. Älä vastaa vitsillä tai ironialla, vaikka viesti olisi järjetön (<Rule id="humour-with-care" />).
8. Kirjaa tapaukset lokiin, jotta toistuvat tilit ja kuviot näkyvät (<Rule id="log-and-review" />).

## Mihin suuntaan

<Tree id="reply-or-not" />

## Vastauspohjat

<Template id="tr-boundary-reply" />

<Template id="tr-threat-move-offline" />

<Template id="tr-community-rules-notice" />

## Mitä ei pidä tehdä

- Älä vastaa solvaukseen solvauksella.
- Älä käy monta kierrosta julkista riitaa.
- Älä poista kritiikkiä vain siksi, että se on epämiellyttävää.
- Älä vähättele uhkauksia.
- Älä paljasta kirjoittajan tietoja, vaikka tietäisit ne.
'''),
'own-mistake': dict(
 title='Oma virheemme', owner=HEAD,
 summary='Julkaisu, vastaus tai päätös oli väärä. Myönnä se nopeasti, kerro mitä tapahtui ja miksi, pahoittele ja kerro, mitä muutatte.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Ota kuvakaappaukset julkaisusta ja reaktioista',CM,'0–3 min'),
  ('Ilmoita viestintäjohtajalle ja sovi, kuka vetää tilannetta',LEAD,'0–5 min'),
  ('Päätä, jääkö julkaisu (anteeksipyynnön kera) vai perutaanko se avoimesti',HEAD,'5–10 min'),
  ('Selvitä tosiasiat: mikä tarkalleen meni vikaan ja miksi',LEAD,'5–15 min'),
  ('Keskeytä ajastetut julkaisut, jos asia leviää',LEAD,'viim. 15 min'),
  ('Valmistele lyhyt anteeksipyyntö ilman tekosyitä',HEAD,'viim. 15 min')]),
  ('wrap-up','Anteeksipyynnön jälkeen',[
  ('Jokainen virheestä kärsinyt on saanut vastauksen',CS,'samana päivänä'),
  ('Toistumisen estävä muutos on tehty',LEAD,'viikon sisällä'),
  ('Tapaus on kirjattu lokiin',LEAD,'samana päivänä')])],
 body='''## Milloin käyttää

Kun vika on meissä: epäonnistunut julkaisu, väärä hinta, virheellinen tieto tai huono päätös. Vaikeneminen näyttää tällöin syyllisyydeltä ilman rohkeutta, ja keksitty tekosyy paljastuu ennemmin tai myöhemmin. Nopea ja rehellinen myöntäminen vie kriisiltä polttoaineen.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Älä odota, että asia laantuu; vastaa nopeasti, ennen kuin muut ehtivät (<Rule id="never-ignore" />).
2. Kiitä huomauttajia ja pyydä anteeksi ilman ”mutta”-sanaa (<Rule id="thank-and-apologise" />).
3. Kerro suoraan, mitä tapahtui, miksi ja mitä muutatte, jotta se ei toistu (<Rule id="own-mistakes" />).
4. Älä syytä hakkereita, harjoittelijoita tai ”järjestelmää”, jos se ei ole totta (<Rule id="be-honest" />).
5. Jos perut julkaisun, kerro siitä avoimesti; kriittisiä kommentteja ei poisteta (<Rule id="keep-criticism-visible" />).
6. Tarjoa menetyksiä kärsineille vahinkoon suhteutettu hyvitys (<Rule id="proportionate-compensation" />).
7. Vitsi voi auttaa vasta anteeksipyynnön jälkeen, ei koskaan sen sijasta (<Rule id="humour-with-care" />).
8. Tee luvattu muutos ja kerro siitä.

## Mihin suuntaan

<Tree id="compensation" />

## Vastauspohjat

<Template id="om-reply-to-affected" />

<Template id="om-bad-post-retraction" />

<Template id="om-public-apology-post" />

<Template id="om-email-explanation" />

## Anteeksipyynnön jälkeen

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä keksi tekosyitä äläkä muuta kertomustasi.
- Älä poista virheellistä julkaisua hiljaa.
- Älä pahoittele tyyliin ”jos joku loukkaantui”.
- Älä lupaa muutoksia, joita et tee.
- Älä korvaa anteeksipyyntöä vitsillä.
'''),
'viral-post': dict(
 title='Leviävä julkaisu', owner=HEAD,
 summary='Valitus tai tarina meistä leviää nopeasti. Hälytä tiimi, nimeä yksi vetäjä, keskeytä kampanjat, julkaise ensimmäinen tiedote ja pidä kiinni yhdestä totuuden lähteestä.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Lähetä tiimille hälytys: linkki, vakavuus ja vetäjä','Asian huomannut','0–3 min'),
  ('Keskeytä kaikki ajastetut julkaisut, mainokset ja uutiskirjeet',LEAD,'0–5 min'),
  ('Ota kuvakaappaukset ja aloita tapahtumaloki',CM,'0–5 min'),
  ('Kerro johdolle, lakiasioille ja asiakaspalvelulle, että tiedote on tulossa',HEAD,'3–8 min'),
  ('Pyydä muuta tiimiä odottamaan vastaamista tiedotteeseen asti',LEAD,'3–8 min'),
  ('Julkaise ensimmäinen tiedote seuraavan päivityksen ajankohdan kera',HEAD,'viim. 15 min'),
  ('Ota seurantaan brändin nimi, aihe ja aihetunnisteet',CM,'5–15 min')]),
  ('wrap-up','Tilanteen purku',[
  ('Lopullinen tiedote on julkaistu ja kiinnitetty',HEAD,'lopuksi'),
  ('Kampanjat jatkuvat vasta vetäjän luvalla',LEAD,'lopuksi'),
  ('Loki on valmis, ja Kriisin jälkeen -ohje aloitetaan',LEAD,'seuraavana arkipäivänä')])],
 body='''## Milloin käyttää

Kun jokin meistä leviää nopeammin kuin siihen ehtii vastata yksitellen: tuhansia kertoja jaettu valitus, video, toimittajien kysymykset tai kommenttivyöry. Tässä vaiheessa ei ole väliä, onko julkaisu reilu. Merkitystä on sillä, että moni muodostaa juuri nyt käsityksensä meistä ja katsoo, miten reagoimme.

Suurimmat riskit ensimmäisen tunnin aikana ovat omia: vihainen vastaus, ajastettu iloinen kampanja tai kolme eri vastausta kolmelta ihmiseltä.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Hälytä tiimi ja nimeä yksi vetäjä; muut toimivat kirjallisen suunnitelman mukaan (<Rule id="written-plan" />).
2. Keskeytä kaikki ajastetut kampanjat kaikissa kanavissa (<Rule id="pause-promotions" />).
3. Julkaise nopeasti lyhyt ensimmäinen tiedote ja seuraavan päivityksen ajankohta, jonka pystyt pitämään (<Rule id="answer-fast" />, <Rule id="no-unkeepable-promises" />).
4. Kerää samalla tosiasiat: mitä tapahtui, ketä se koskee, mitä olemme jo sanoneet (<Rule id="gather-facts" />).
5. Pidä yksi totuuden lähde: päivitykset yhteen paikkaan ja kommentteihin lyhyet viittaukset sinne.
6. Puhu totta, myös siitä, mitä et vielä tiedä; älä muuta kertomusta, ja oikaise virheet avoimesti (<Rule id="be-honest" />).
7. Älä poista kriittisiä julkaisuja tai kommentteja (<Rule id="keep-criticism-visible" />).
8. Vastaa rauhallisesti ja vuorottele, ettei kukaan kirjoita väsyneenä tai vihaisena (<Rule id="stay-calm" />).
9. Julkaise jokainen päivitys luvattuna aikana, vaikka uutta olisi vähän.

## Mihin suuntaan

<Tree id="triage" />

## Vastauspohjat

<Template id="vi-internal-alert" />

<Template id="vi-holding-statement" />

<Template id="vi-reply-many-commenters" />

<Template id="vi-update-statement" />

## Tilanteen purku

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä anna kenenkään julkaista brändin nimissä ohi vetäjän.
- Älä spekuloi syillä.
- Älä lupaa päivityksiä aikaan, jota et pysty pitämään.
- Älä poista alkuperäistä julkaisua tai kriittisiä kommentteja.
- Älä vastaa jokaiselle eri tavalla; ohjaa kaikki samaan tiedotteeseen.
'''),
'customer-change': dict(
 title='Asiakkaisiin vaikuttava muutos', owner=HEAD,
 summary='Ajan, paikan tai hinnan muutos sotkee ihmisten suunnitelmat. Kerro siitä ajoissa ja rehellisesti, tarjoa vaihtoehtoja ja vastaa loppuun asti.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Selvitä, mikä tarkalleen muuttuu, miksi ja mitä vaihtoehtoja asiakkailla on',HEAD,'0–5 min'),
  ('Valmistele vastaukset yleisimpiin kysymyksiin (palautus, vaihto, aikataulut)',CS,'0–10 min'),
  ('Julkaise ilmoitus kaikissa kanavissa samanaikaisesti',CM,'viim. 10 min'),
  ('Lähetä sähköposti tai tekstiviesti muutoksen koskemille',CS,'viim. 15 min'),
  ('Sovi päivystys kommentteihin vastaamiseen',LEAD,'viim. 15 min')])],
 body='''## Milloin käyttää

Kun meidän on muutettava jotain, mistä asiakkaiden kanssa on jo sovittu: tapahtuman aika tai paikka, hinta tai palvelun ehdot. Muutos itsessään harvoin synnyttää kriisiä; tapa kertoa siitä synnyttää. Kylmä tiedote, puuttuva anteeksipyyntö, hiipuvat vastaukset ja vasta lehdistä paljastuvat todelliset syyt ovat varma resepti kohuun.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Kerro muutoksesta mahdollisimman aikaisin, ennen kuin asiakkaat kuulevat sen muualta (<Rule id="announce-changes-humanly" />).
2. Kerro todellinen syy; keksityt tai vajaat selitykset paljastuvat (<Rule id="be-honest" />).
3. Pahoittele vaivaa ja näytä, että ymmärrät ihmisten jo tekemät suunnitelmat (<Rule id="thank-and-apologise" />).
4. Anna konkreettiset vaihtoehdot: rahojen palautus, vaihto tai uusi ajankohta, ja selvä takaraja valinnalle.
5. Kirjoita erikseen jokaiselle, jota muutos koskee: lyhyesti tekstiviestinä ja tarkemmin sähköpostilla (<Rule id="fit-the-channel" />).
6. Vastaa kommentteihin loppuun asti; älä hiljene ensimmäisen päivän jälkeen (<Rule id="never-ignore" />).
7. Anna ihmisten näkyä viestin takana: allekirjoita vastaukset, älä piilota järjestäjiä.
8. Älä kutsu päätöstäsi ”oikeaksi” vastauksena pettymykseen; tunnusta tunteet ja auta.

## Mihin suuntaan

<Tree id="reply-or-not" />

## Vastauspohjat

<Template id="cc-announcement" />

<Template id="cc-email-affected-customers" />

<Template id="cc-sms-notice" />

<Template id="cc-reply-disappointed" />

## Mitä ei pidä tehdä

- Älä julkaise muutosta perjantai-iltana ja katoa viikonlopuksi.
- Älä vaikene todellisesta syystä.
- Älä muuta tarinaa vastauksesta toiseen.
- Älä poista järjestäjien nimiä tai kriittisiä kommentteja.
- Älä vastaa tylysti, että päätös on lopullinen.
'''),
'service-failure': dict(
 title='Tuotteen tai palvelun häiriö', owner=LEAD,
 summary='Jokin tarjoamamme ei toimi, ja se koskee monia asiakkaita. Vahvista nopeasti, ohjaa tilasivulle, puhu rehellisesti ja päätä aihe korjauksen jälkeen.',
 checklists=[('first-15','Ensimmäiset 15 minuuttia',[
  ('Varmista teknisen tiimin kanssa, että häiriö on todellinen ja kuinka laaja se on',LEAD,'0–5 min'),
  ('Julkaise ensimmäinen tiedote ja linkki tilasivulle',CM,'viim. 10 min'),
  ('Keskeytä ajastetut kampanjat',LEAD,'viim. 10 min'),
  ('Laadi yksi lyhyt vastaus kaikille ilmoittajille',CM,'5–15 min'),
  ('Sovi seuraavan tiedotteen aika ja merkitse se kalenteriin',LEAD,'viim. 15 min')]),
  ('wrap-up','Korjauksen jälkeen',[
  ('Tiedote häiriön korjaamisesta syineen ja muutoksineen',HEAD,'korjauksen jälkeen'),
  ('Vastaus jokaiseen avoimeen ketjuun, että kaikki toimii',CM,'samana päivänä'),
  ('Opit kirjattu lokiin ja välitetty tekniselle tiimille',LEAD,'viikon sisällä')])],
 body='''## Milloin käyttää

Kun palvelu, sovellus tai tuote lakkaa toimimasta ja ilmoituksia tulee vyöryllä. Somessa asiakkaat odottavat vastausta nopeammin kuin puhelinpalvelussa, ja hiljaisuus muuttuu nopeasti käsitykseksi, ettei kukaan tee mitään.

## Ensimmäiset 15 minuuttia

<Checklist id="first-15" />

## Vaiheet

1. Vahvista ongelma julkisesti ennen kuin tiedät ratkaisun (<Rule id="answer-fast" />).
2. Kiitä ilmoittajia ja pahoittele häiriötä (<Rule id="thank-and-apologise" />).
3. Kerro seuraavan tiedotteen aika, mutta älä korjauksen kellonaikaa, jota et tiedä (<Rule id="no-unkeepable-promises" />).
4. Keskeytä ajastetut kampanjat korjaukseen asti (<Rule id="pause-promotions" />).
5. Kerää tosiasiat tekniseltä tiimiltä; älä arvaa syytä (<Rule id="gather-facts" />).
6. Kun et tiedä jotain, sano se rehellisesti, pahoittele ja kerro, kuka voi auttaa (<Rule id="be-honest" />).
7. Kerro korjauksen jälkeen syy ja se, mitä muutatte (<Rule id="own-mistakes" />).
8. Palaa ilmoittaneiden luo ja varmista, että heilläkin kaikki toimii (<Rule id="follow-up" />).

## Mihin suuntaan

<Tree id="triage" />

## Vastauspohjat

<Template id="sf-outage-holding" />

<Template id="sf-reply-affected-user" />

<Template id="sf-no-answer-yet" />

<Template id="sf-outage-resolved" />

## Korjauksen jälkeen

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä lupaa korjausta ”ihan kohta”.
- Älä syytä toimittajia tai ”järjestelmää” ilman varmistusta.
- Älä julkaise kampanjoita häiriön aikana.
- Älä jätä ketjuja ilman tietoa siitä, että kaikki toimii.
- Älä kerro eri versioita eri kanavissa.
'''),
'after-crisis': dict(
 title='Kriisin jälkeen', owner=LEAD,
 summary='Tunteet ovat tasaantuneet. Palaa jokaisen asianosaisen luo, kirjaa ja käy tapaus läpi syyllisiä etsimättä, päivitä suunnitelma ja kiitä yhteisöä.',
 checklists=[('first-15','Ensimmäiset askeleet purun jälkeen',[
  ('Tarkista, että jokaiseen avoimeen ketjuun on vastattu',CM,'ensimmäiset 15 min'),
  ('Täydennä tapahtumaloki, kun kaikki on vielä tuoreessa muistissa',LEAD,'ensimmäiset 15 min'),
  ('Sovi läpikäynnin ajankohta ja kutsu tiimi',LEAD,'ensimmäiset 15 min'),
  ('Sovi, kuka palaa asianosaisten asiakkaiden luo ja milloin',CS,'ensimmäiset 15 min')]),
  ('wrap-up','Tapauksen päättäminen',[
  ('Läpikäynti on pidetty ja opit kirjattu',LEAD,'viikon sisällä'),
  ('Kriisisuunnitelma ja vastauspohjat on päivitetty',LEAD,'kahden viikon sisällä'),
  ('Julkinen yhteenveto muutoksista on julkaistu',HEAD,'muutosten jälkeen'),
  ('Kampanjat jatkuvat rauhallisena hetkenä',LEAD,'sovittaessa')])],
 body='''## Milloin käyttää

Kun pahin on ohi: kommentteja tulee vähemmän, tiedotteet on julkaistu ja palvelu toimii. Silloin on helppo huokaista ja palata arkeen, mutta juuri nyt ratkeaa, opimmeko kriisistä mitään ja muistavatko asiakkaat, että veimme asian loppuun.

## Ensimmäiset askeleet

<Checklist id="first-15" />

## Vaiheet

1. Palaa jokaisen asianosaisen luo ja tarkista, että ongelma on oikeasti poissa (<Rule id="follow-up" />).
2. Hoida luvatut hyvitykset loppuun samoin perustein kaikille (<Rule id="proportionate-compensation" />).
3. Kirjaa jokainen valitus lokiin: mitä tapahtui, miten se ratkaistiin ja miten se olisi voitu estää (<Rule id="log-and-review" />).
4. Pidä läpikäynti ilman syyllisten etsimistä; kysy prosessista, älä ihmisistä.
5. Päivitä kriisisuunnitelma, tarkistuslistat ja vastauspohjat oppien pohjalta (<Rule id="written-plan" />).
6. Julkaise lyhyt yhteenveto: mitä muutitte, ja kiitos palautteesta (<Rule id="own-mistakes" />).
7. Jatka kampanjoita vasta, kun tilanne on todella rauhoittunut (<Rule id="pause-promotions" />).

## Mihin suuntaan

<Tree id="compensation" />

## Vastauspohjat

<Template id="ac-follow-up-check" />

<Template id="ac-closing-public-update" />

<Template id="ac-internal-review-invite" />

## Tapauksen päättäminen

<Checklist id="wrap-up" />

## Mitä ei pidä tehdä

- Älä julista onnistumista ennen kuin asiakkaat vahvistavat, että kaikki toimii.
- Älä etsi syyllisiä läpikäynnissä.
- Älä lykkää suunnitelman korjauksia myöhemmäksi.
- Älä palaa iloisiin kampanjoihin heti seuraavana päivänä.
- Älä sulje lokia ilman johtopäätöksiä.
'''),
}
