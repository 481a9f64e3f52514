T = {
'ac-closing-public-update': ("Julkinen loppukatsaus kriisin jälkeen", {'what_changed': 'Mitä konkreettisesti muutimme'},
"""Kiitos kaikille, jotka kysyivät, kertoivat huolistaan ja antoivat palautetta viime päivinä. Kaikki ei ollut mukavaa luettavaa, mutta siitä oli meille paljon apua.

Olemme käyneet läpi, mitä tapahtui ja missä epäonnistuimme. Emme onnistuneet kaikessa, ja otamme siitä opiksi.

Tämän takia olemme muuttaneet seuraavaa: {{what_changed}}

Kuuntelemme edelleen. Jos jokin ei vieläkään toimi niin kuin pitäisi, lähetä meille yksityisviesti."""),
'ac-follow-up-check': ("Tarkistus muutaman päivän päästä", {'customer_name': 'Asiakkaan etunimi', 'issue_summary': 'Mitä asia koski', 'agent_name': 'Oma etunimesi'},
"""Hei {{customer_name}},

palaan vielä asiaan: {{issue_summary}}. Toimiiko kaikki nyt niin kuin pitää, vai onko jokin vielä pielessä?

Jos ongelma jatkuu, vastaa vain tähän viestiin, niin hoidan asian itse. Ja jos kaikki on kunnossa, lyhyt vastaus auttaa meitäkin.

Kiitos vielä kärsivällisyydestäsi.

{{agent_name}}"""),
'ac-internal-review-invite': ("Kutsu tiimille kriisin läpikäyntiin", {'incident_name': 'Tilanteen nimi', 'review_date': 'Tapaamisen päivä ja aika', 'log_link': 'Linkki tapahtumalokiin'},
"""Hei kaikki,

tilanne ”{{incident_name}}” on rauhoittunut, joten käydään se yhdessä läpi. Aika: {{review_date}}.

Emme etsi syyllisiä. Katsomme, miten toimintatapamme toimivat, emme sitä, kuka teki virheen. Kaikki mukana olleet ovat tervetulleita, ja rehellisistä kokemuksista on eniten hyötyä.

Tapahtumaloki: {{log_link}}. Lue se ennen tapaamista ja lisää puuttuvat kohdat.

Mieti valmiiksi kolme asiaa: mikä toimi, mikä hidasti meitä ja mitä muutamme kriisisuunnitelmaan."""),
'cc-announcement': ("Ilmoitus muutoksesta", {'event_name': 'Tapahtuman tai palvelun nimi', 'change': 'Mikä muuttuu', 'reason': 'Todellinen syy muutokseen', 'options': 'Vaihtoehdot (hyvitys, vaihto)', 'contact_channel': 'Mistä voi kysyä'},
"""Tärkeä muutos: {{event_name}}

Jouduimme tekemään muutoksen, joka koskee monia teistä: {{change}}

Tiedämme, että moni on jo suunnitellut matkoja, lomia ja majoitusta alkuperäisen aikataulun mukaan. Pahoittelemme vaivaa, ja halusimme, että kuulet tämän ensin meiltä.

Muutoksen syy: {{reason}}

Vaihtoehtosi: {{options}}

Kysymyksiin vastaamme täällä: {{contact_channel}}. Vastaamme jokaiseen."""),
'cc-email-affected-customers': ("Sähköposti muutoksen koskemille", {'customer_name': 'Asiakkaan nimi', 'event_name': 'Tapahtuman tai palvelun nimi', 'change': 'Mikä muuttuu', 'reason': 'Todellinen syy muutokseen', 'options': 'Vaihtoehdot', 'deadline': 'Mihin mennessä valinta pitää tehdä'},
"""Hei {{customer_name}},

sinulla on varaus: {{event_name}}. Siksi haluamme kertoa henkilökohtaisesti muutoksesta: {{change}}

Pahoittelemme, että tämä sotkee suunnitelmiasi. Tiedämme, että olet ehkä jo järjestänyt matkan, vapaapäiviä tai majoituksen.

Muutoksen syy: {{reason}}

Voit valita itsellesi parhaiten sopivan vaihtoehdon: {{options}}

Kerrothan valintasi viimeistään {{deadline}}. Voit vastata suoraan tähän viestiin.

Ystävällisin terveisin
Asiakaspalvelu"""),
'cc-reply-disappointed': ("Vastaus pettyneelle asiakkaalle", {'customer_name': 'Asiakkaan etunimi', 'refund_link': 'Linkki vaihtoehtoihin (hyvitys, vaihto)'},
"""Hei {{customer_name}}, kiitos viestistä ja pahoittelemme todella. Ymmärrämme, että muutos sotkee suunnitelmasi. Kaikki vaihtoehdot, myös rahojen palautus, löytyvät täältä: {{refund_link}}. Jos mikään ei sovi, kerro meille."""),
'cc-sms-notice': ("Lyhyt tekstiviesti muutoksesta", {'event_name': 'Tapahtuman nimi', 'change': 'Mikä muuttuu (lyhyesti)', 'info_link': 'Linkki lisätietoihin'},
"""{{event_name}}: {{change}}. Pahoittelemme vaivaa. Lisätiedot ja vaihtoehdot: {{info_link}}"""),
'ge-holding-reply': ("Nähty, selvitetään", {'customer_name': 'Asiakkaan etunimi'},
"""Hei {{customer_name}}, näimme viestisi ja selvitämme asiaa parhaillaan. Kiitos kärsivällisyydestä. Palaamme tähän ketjuun heti, kun meillä on vastaus."""),
'ge-move-to-private': ("Keskustelun siirto yksityisviestiin", {'customer_name': 'Asiakkaan etunimi', 'contact_channel': 'Yhteyskanava (esim. yksityisviesti, sähköposti)'},
"""Kiitos kärsivällisyydestä, {{customer_name}}, ja pahoittelut edestakaisesta viestittelystä. Jotta voimme tarkistaa tietosi turvallisesti, ota yhteyttä: {{contact_channel}}. Jatketaan siellä."""),
'jc-compensation-offer': ("Hyvitystarjous", {'customer_name': 'Asiakkaan etunimi', 'compensation': 'Tarjottava hyvitys', 'case_number': 'Tapausnumero', 'agent_name': 'Oma etunimesi'},
"""Hei {{customer_name}},

teimme virheen, emmekä halua, että joudut sen takia kuluihin tai ylimääräiseen vaivaan. Hyvitykseksi tarjoamme: {{compensation}}.

Jos tämä sopii sinulle, vastaa tähän viestiin ja mainitse tapausnumero {{case_number}}, niin hoidamme loput. Tarjouksen hyväksyminen ei vaikuta muihin oikeuksiisi.

{{agent_name}}"""),
'jc-dm-details-request': ("Lisätietojen pyyntö yksityisviestissä", {'customer_name': 'Asiakkaan etunimi', 'agent_name': 'Oma etunimesi'},
"""Hei {{customer_name}}, kiitos vielä yhteydenotosta ja kärsivällisyydestä.

Jotta saamme asian kuntoon kunnolla, lähetäthän tilaus- tai varausnumeron, lyhyen kuvauksen siitä, mitä tapahtui ja milloin, sekä kuvan tai kuvakaappauksen, jos sinulla on sellainen.

Olen {{agent_name}} ja hoidan asiaasi tästä eteenpäin, joten sinun ei tarvitse selittää kaikkea uudelleen.

{{agent_name}}"""),
'jc-email-resolution': ("Asian päättävä sähköposti", {'customer_name': 'Asiakkaan nimi', 'case_number': 'Tapausnumero', 'resolution': 'Mitä teimme', 'agent_name': 'Oma nimesi'},
"""Hei {{customer_name}},

kiitos, että kerroit asiasta, ja kiitos kärsivällisyydestä selvityksen aikana. Pahoittelen harmia. Virhe oli meidän, eikä sinun olisi pitänyt joutua kyselemään perään.

Näin olemme hoitaneet asian: {{resolution}}

Jos jokin ei vieläkään ole kunnossa tai sinulla on kysyttävää, vastaa tähän viestiin ja mainitse tapausnumero {{case_number}}.

Ystävällisin terveisin
{{agent_name}}"""),
'jc-fix-confirmed-public': ("Julkinen vahvistus, että asia on korjattu", {'customer_name': 'Asiakkaan etunimi'},
"""Hei {{customer_name}}, vahvistamme vielä täällä, että asia on nyt korjattu. Kiitos kärsivällisyydestä. Jos jokin ei vieläkään toimi, kirjoita tähän tai lähetä yksityisviesti, niin jatkamme heti."""),
'jc-public-thanks-apology': ("Kiitos, pahoittelu ja kutsu yksityisviestiin", {'customer_name': 'Asiakkaan etunimi'},
"""Hei {{customer_name}}, kiitos kun kerroit, ja pahoittelemme, että petimme odotuksesi. Selvitämme asiaa jo. Lähetäthän yksityisviestinä tilausnumerosi, niin saamme asian kuntoon."""),
'mi-checking-facts': ("Tarkistamme tosiasiat", {'customer_name': 'Asiakkaan etunimi'},
"""Hei {{customer_name}}, kiitos kun nostit asian esiin. Tarkistamme tosiasiat tiimin kanssa, jotta voimme vastata kunnolla emmekä arvaile. Palaamme tähän ketjuun."""),
'mi-clarify-policy-dm': ("Käytännön selitys yksityisviestissä", {'customer_name': 'Asiakkaan etunimi', 'policy_summary': 'Käytäntö selkokielellä', 'agent_name': 'Oma etunimesi'},
"""Hei {{customer_name}},

kiitos viestistäsi. Ymmärrän, että asia on voinut olla sekava, joten kerron, miten se toimii.

{{policy_summary}}

Tiedän, ettei tämä ehkä ole se vastaus, jota toivoit. Voimme kuitenkin käydä vaihtoehdot yhdessä läpi ja katsoa, voimmeko sinun tapauksessasi tehdä enemmän. Lähetä tilaus- tai varausnumero, niin tarkistan asian itse.

{{agent_name}}"""),
'mi-correct-facts-public': ("Virheellisen tiedon oikaisu", {'customer_name': 'Asiakkaan etunimi', 'fact_link': 'Linkki tosiasioihin'},
"""Hei {{customer_name}}, kiitos kysymyksestä, ja ymmärrämme, että asia huolestuttaa. Liikkuva tieto ei kuitenkaan pidä paikkaansa. Kokosimme tosiasiat tänne: {{fact_link}}. Kysy, jos jokin jää epäselväksi."""),
'om-bad-post-retraction': ("Epäonnistuneen julkaisun peruminen", {'post_topic': 'Mitä julkaisu käsitteli'},
"""Julkaisumme aiheesta {{post_topic}} oli virhe, ja se loukkasi monia. Pahoittelemme. Kiitos kaikille, jotka kertoivat siitä meille. Poistimme sen ja kerromme tästä avoimesti sen sijaan, että se vain katoaisi."""),
'om-email-explanation': ("Sähköposti, jossa virhe selitetään kokonaan", {'customer_name': 'Asiakkaan nimi', 'what_happened': 'Mitä tapahtui', 'cause': 'Miksi', 'prevention': 'Mitä muutamme', 'compensation': 'Hyvitys', 'agent_name': 'Oma nimesi'},
"""Hei {{customer_name}},

kirjoitan pyytääkseni kunnolla anteeksi virhettä, joka koski sinua, ja kertoakseni avoimesti, mikä meni vikaan. Kiitos, että annat meille mahdollisuuden korjata asian.

Mitä tapahtui: {{what_happened}}

Miksi: {{cause}}

Virhe oli meidän, ja kannamme siitä täyden vastuun. Jotta sama ei toistu, muutamme seuraavaa: {{prevention}}

Tiedämme, ettei selitys poista harmia, joten tarjoamme: {{compensation}}

Ystävällisin terveisin
{{agent_name}}"""),
'om-public-apology-post': ("Julkinen anteeksipyyntö omasta virheestä", {'what_happened': 'Mitä tapahtui', 'cause': 'Miksi', 'prevention': 'Mitä muutamme'},
"""Kiitos kaikille, jotka huomauttivat tästä. Teimme virheen, ja pyydämme anteeksi.

Mitä tapahtui: {{what_happened}}

Miksi: {{cause}}

Mitä muutamme, jotta sama ei toistu: {{prevention}}

Jos tilanne koski sinua etkä ole vielä kuullut meistä, lähetä meille yksityisviesti."""),
'om-reply-to-affected': ("Vastaus virheemme kärsijälle", {'customer_name': 'Asiakkaan etunimi'},
"""Hei {{customer_name}}, kiitos kun kerroit, ja pahoittelemme todella. Virhe oli meidän, ei sinun. Korjaamme sitä jo. Lähetäthän yksityisviestin, niin tarkistamme tilanteesi henkilökohtaisesti."""),
'sf-no-answer-yet': ("Meillä ei ole vielä vastausta", {'customer_name': 'Asiakkaan etunimi', 'team_name': 'Tiimi, joka voi auttaa', 'contact_channel': 'Miten tiimiin saa yhteyden'},
"""Hei {{customer_name}},

sanomme suoraan: selvitimme asiaa huolellisesti, mutta meillä ei ole vielä vastausta. Pahoittelemme, tiedämme, ettet toivonut tätä.

Parhaiten sinua voi auttaa tiimimme: {{team_name}}. Yhteystiedot: {{contact_channel}}. Välitimme heille jo kaiken, mitä kerroit, joten sinun ei tarvitse aloittaa alusta.

Jos asia ei ratkea sielläkään, palaa meille tässä keskustelussa."""),
'sf-outage-holding': ("Häiriö: ensimmäinen tiedote", {'service_name': 'Palvelun nimi', 'status_link': 'Linkki tilasivulle', 'next_update_time': 'Milloin seuraava tiedote'},
"""Tiedämme, että {{service_name}} ei toimi nyt kunnolla. Pahoittelemme häiriötä, korjaamme vikaa parhaillaan. Ajantasainen tila: {{status_link}}. Seuraava tiedote: {{next_update_time}}."""),
'sf-outage-resolved': ("Häiriö korjattu", {'service_name': 'Palvelun nimi', 'duration': 'Kuinka kauan häiriö kesti', 'cause': 'Syy', 'prevention': 'Mitä muutamme'},
"""{{service_name}} toimii taas. Häiriö kesti: {{duration}}.

Syy: {{cause}}
Mitä muutamme: {{prevention}}

Kiitos kärsivällisyydestä ja pahoittelut harmista."""),
'sf-reply-affected-user': ("Vastaus häiriöstä kärsivälle", {'customer_name': 'Asiakkaan etunimi', 'status_link': 'Linkki tilasivulle'},
"""Hei {{customer_name}}, kiitos ilmoituksesta ja pahoittelut häiriöstä. Kyse on tiedossa olevasta viasta, ja tiimimme korjaa sitä. Tilannetta voit seurata täältä: {{status_link}}. Kerromme täällä, kun vika on korjattu."""),
'tr-boundary-reply': ("Yksi rauhallinen vastaus, selvät rajat", {'contact_channel': 'Yhteyskanava'},
"""Jos tilauksessa tai palvelussamme on oikea ongelma, autamme mielellämme: ota yhteyttä {{contact_channel}}. Loukkausten vaihtoon emme täällä osallistu."""),
'tr-community-rules-notice': ("Tiedote kommentoinnin säännöistä", {'rules_link': 'Linkki yhteisön sääntöihin'},
"""Muutama sana tämän sivun kommenteista

Kritiikki on täällä tervetullutta, myös meihin kohdistuva, ja se pysyy näkyvissä. Vastaamme siihen jatkossakin niin hyvin kuin osaamme.

Piilotamme vain sisällön, joka rikkoo julkaistuja sääntöjämme: vihapuheen, uhkaukset ja muiden ihmisten henkilötiedot. Säännöt kokonaisuudessaan: {{rules_link}}

Jos mielestäsi piilotimme jotain vahingossa, lähetä meille yksityisviesti. Tarkistamme asian."""),
'tr-threat-move-offline': ("Uhkauksiin ja loukkauksiin: suora yhteydenotto", {'contact_channel': 'Yhteyskanava (esim. puhelin, sähköposti)'},
"""Suhtaudumme tällaisiin viesteihin vakavasti, joten emme jatka keskustelua julkisesti. Jos haluat puhua kanssamme suoraan, tavoitat meidät täältä: {{contact_channel}}."""),
'vi-holding-statement': ("Ensimmäinen tiedote", {'topic': 'Mistä puhutaan', 'next_update_time': 'Milloin seuraava tiedote'},
"""Olemme tietoisia asiasta: {{topic}}. Selvitämme sitä kiireellisesti. Emme vielä tiedä kaikkea emmekä arvaile. Julkaisemme seuraavan tiedotteen täällä: {{next_update_time}}."""),
'vi-internal-alert': ("Hälytys tiimille", {'topic': 'Mistä on kyse', 'post_link': 'Linkki julkaisuun', 'severity': 'Vakavuus', 'owner': 'Kuka vetää tilannetta'},
"""Huomio: meistä kertova julkaisu leviää nopeasti, ja käsittelemme sitä mahdollisena kriisinä.

Mistä on kyse: {{topic}}
Linkki: {{post_link}}
Vakavuus: {{severity}}
Vetäjä: {{owner}}. Kaikki julkiset vastaukset ja päätökset kulkevat hänen kauttaan.

Tehkää nyt:
1. Keskeyttäkää kaikki ajastetut julkaisut, mainokset ja uutiskirjeet kaikissa kanavissa, kunnes vetäjä toisin päättää.
2. Älkää vastatko omin päin julkaisuun tai kommentteihin.
3. Ottakaa kuvakaappaukset ja kirjatkaa kaikki tapahtumalokiin."""),
'vi-reply-many-commenters': ("Lyhyt vastaus monille kommentoijille", {'statement_link': 'Linkki tiedotteeseen'},
"""Kiitos kun nostitte asian esiin, ja pahoittelemme huolta, jota se on aiheuttanut. Kokosimme kaiken, mitä tiedämme ja mitä teemme, yhteen paikkaan: {{statement_link}}. Päivitämme sitä jatkuvasti."""),
'vi-update-statement': ("Päivitetty tiedote", {'topic': 'Mitä asia koskee', 'facts': 'Mitä nyt tiedämme', 'actions': 'Mitä teemme', 'next_update_time': 'Milloin seuraava tiedote'},
"""Päivitys: {{topic}}

Mitä nyt tiedämme: {{facts}}

Mitä teemme: {{actions}}

Osa kysymyksistä on vielä auki, emmekä täytä aukkoja arvauksilla. Jos jokin kertomamme osoittautuu vääräksi, oikaisemme sen täällä avoimesti. Seuraava tiedote: {{next_update_time}}.

Jos asia koskee sinua henkilökohtaisesti, lähetä meille yksityisviesti."""),
}
