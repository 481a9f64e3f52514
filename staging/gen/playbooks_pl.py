CM='Community manager'; LEAD='Kierownik social media'; HEAD='Szef komunikacji'; CS='Zespół obsługi klienta'
P = {
'justified-complaint': dict(
 title='Uzasadniona reklamacja', owner=LEAD,
 summary='Klient ma rację: zawiedliśmy go. Podziękuj, przeproś, napraw i pokaż innym, że nam zależy.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Przeczytaj cały wątek i zrób zrzuty ekranu',CM,'0–3 min'),
  ('Sprawdź, czy klient pisał już wcześniej w innych kanałach',CM,'0–5 min'),
  ('Opublikuj odpowiedź wstępną, jeśli pełnej jeszcze nie ma',CM,'do 5 min'),
  ('Zbierz fakty: zamówienie, historię konta, logi',CS,'5–15 min'),
  ('Zdecyduj, kto prowadzi sprawę, i wpisz ją do rejestru',LEAD,'5–10 min'),
  ('Odpowiedz merytorycznie: podziękowanie, przeprosiny, konkretny następny krok',CM,'do 15 min')]),
  ('wrap-up','Zamknięcie sprawy',[
  ('Klient potwierdził, że problem zniknął',CS,'po rozwiązaniu'),
  ('Publiczna notka w wątku, że sprawa jest załatwiona',CM,'po rozwiązaniu'),
  ('Wpis w rejestrze: przyczyna, rozwiązanie, jak zapobiec',LEAD,'ten sam dzień')])],
 body='''## Kiedy używać

Gdy klient słusznie się skarży: paczka nie doszła, usługa nie zadziałała, ktoś z zespołu potraktował go źle. Najpierw uczciwie sprawdź, czy ma rację; jeśli tak, nie szukaj usprawiedliwień. Dobrze obsłużona uzasadniona reklamacja często zamienia krytyka w osobę, która potem broni marki.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Nie zostawiaj wpisu bez reakcji, nawet jeśli jeszcze nie znasz odpowiedzi (<Rule id="never-ignore" />).
2. Zacznij od podziękowania za sygnał i przeprosin za kłopot (<Rule id="thank-and-apologise" />).
3. Zbierz fakty, zanim obiecasz cokolwiek konkretnego: numer zamówienia, historię kontaktu, logi (<Rule id="gather-facts" />).
4. Odpowiedz na sedno sprawy; nie odsyłaj klienta do innego działu, tylko sam przekaż sprawę (<Rule id="answer-on-substance" />).
5. Po jednej, dwóch publicznych odpowiedziach zaproś do wiadomości prywatnej i podaj kanał (<Rule id="move-to-private" />).
6. Gdy klient poniósł stratę, zaproponuj rekompensatę na miarę szkody (<Rule id="proportionate-compensation" />).
7. Napraw problem i potwierdź to publicznie w tym samym wątku.
8. Wróć do klienta po kilku dniach i sprawdź, czy wszystko działa (<Rule id="follow-up" />).
9. Zapisz sprawę w rejestrze z przyczyną i sposobem rozwiązania (<Rule id="log-and-review" />).

## Którędy dalej

<Tree id="triage" />

## Szablony

<Template id="jc-public-thanks-apology" />

<Template id="ge-holding-reply" />

<Template id="ge-move-to-private" />

<Template id="jc-dm-details-request" />

<Template id="jc-email-resolution" />

<Template id="jc-compensation-offer" />

<Template id="jc-fix-confirmed-public" />

## Zamknięcie

<Checklist id="wrap-up" />

## Czego nie robić

- Nie tłumacz się, zanim przeprosisz.
- Nie proś o dane osobowe publicznie.
- Nie obiecuj terminu, którego nie kontrolujesz.
- Nie zamykaj sprawy, dopóki klient nie potwierdzi, że działa.
- Nie kopiuj tej samej formułki do wszystkich: odnieś się do konkretnej sprawy.
'''),
'misinformed-complaint': dict(
 title='Skarga oparta na błędnych informacjach', owner=LEAD,
 summary='Ktoś krytykuje nas za coś, co nie jest prawdą. Sprawdź fakty, sprostuj spokojnie i z dowodem, bez wyśmiewania.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Przeczytaj wpis i komentarze; zrób zrzuty ekranu',CM,'0–3 min'),
  ('Sprawdź, skąd wzięła się błędna informacja',CM,'0–10 min'),
  ('Wyślij krótką odpowiedź, że sprawdzasz fakty',CM,'do 5 min'),
  ('Potwierdź fakty u osoby odpowiedzialnej (produkt, prawo, logistyka)',LEAD,'5–15 min'),
  ('Przygotuj link do źródła: regulamin, komunikat, strona statusu',CM,'10–15 min')]),
  ('wrap-up','Po sprostowaniu',[
  ('Sprawdź, czy sprostowanie dotarło do osób, które powieliły informację',CM,'ten sam dzień'),
  ('Jeśli informacja była myląca przez nas, popraw stronę lub regulamin',LEAD,'w ciągu tygodnia'),
  ('Zapisz sprawę w rejestrze',LEAD,'ten sam dzień')])],
 body='''## Kiedy używać

Gdy ktoś powtarza plotkę, źle zrozumiał zasady albo przypisuje nam coś, czego nie zrobiliśmy. Taki wpis potrafi się rozejść szybciej niż prawda, ale agresywne „to nieprawda” zwykle tylko dolewa oliwy do ognia. Pamiętaj też, że błędna informacja często bierze się z naszej niejasnej komunikacji.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Zareaguj szybko krótką informacją, że sprawdzasz fakty (<Rule id="answer-fast" />).
2. Ustal, co jest prawdą, na podstawie danych i dokumentów, nie pamięci (<Rule id="gather-facts" />).
3. Podziękuj i przyznaj, że obawa jest zrozumiała; nikt nie lubi się mylić publicznie.
4. Przedstaw fakty krótko, z linkiem do źródła, i odnieś się do konkretnego zarzutu (<Rule id="answer-on-substance" />).
5. Zachowaj spokojny ton, nawet gdy ktoś upiera się przy swoim (<Rule id="stay-calm" />).
6. Jeśli częściowo się myliliśmy albo nasza informacja była niejasna, przyznaj to (<Rule id="be-honest" />).
7. Nie usuwaj wpisu: widoczne sprostowanie działa lepiej niż zniknięcie (<Rule id="keep-criticism-visible" />).
8. Dalsze szczegóły dotyczące konkretnego zamówienia wyjaśniaj w wiadomości prywatnej.

## Którędy dalej

<Tree id="reply-or-not" />

## Szablony

<Template id="mi-checking-facts" />

<Template id="mi-correct-facts-public" />

<Template id="mi-clarify-policy-dm" />

## Po sprostowaniu

<Checklist id="wrap-up" />

## Czego nie robić

- Nie wyśmiewaj autora ani nie pisz „proszę czytać ze zrozumieniem”.
- Nie zarzucaj złej woli bez dowodów.
- Nie odpowiadaj, zanim sprawdzisz fakty.
- Nie kasuj wpisu tylko dlatego, że jest nieprawdziwy.
- Nie wdawaj się w długą publiczną polemikę.
'''),
'troll-abuse': dict(
 title='Trolle, obelgi i groźby', owner=LEAD,
 summary='Ktoś chce wywołać reakcję, a nie rozwiązać problem. Zachowaj spokój, odpowiedz raz albo wcale, chroń społeczność i przekazuj dalej groźby.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Zrób zrzuty ekranu z linkiem i godziną',CM,'0–3 min'),
  ('Oceń: prowokacja czy zdenerwowany klient z prawdziwym problemem?',CM,'0–5 min'),
  ('Groźby lub cudze dane osobowe: ukryj zgodnie z zasadami i przekaż dalej',LEAD,'do 10 min'),
  ('Jeśli odpowiadasz, to raz i spokojnie, z propozycją kontaktu',CM,'5–15 min'),
  ('Wpisz sprawę do rejestru',CM,'do 15 min')])],
 body='''## Kiedy używać

Gdy ktoś obraża zespół lub innych użytkowników, prowokuje bez konkretnego problemu albo grozi. Troll żyje z uwagi: każda kolejna odpowiedź to dla niego scena. Jednocześnie nie każdy ostry wpis to trolling; zdenerwowany klient z prawdziwym problemem zasługuje na pomoc, nawet jeśli pisze niegrzecznie.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Zanim cokolwiek napiszesz, odetchnij i zachowaj spokój; nie odpisuj w emocjach (<Rule id="stay-calm" />).
2. Oddziel prowokację od prawdziwej skargi: sprawdź historię konta i treść wpisu.
3. Nie wdawaj się w jałową wymianę zdań; jedna spokojna odpowiedź albo żadna (<Rule id="when-not-to-answer" />).
4. Przy obelgach lub groźbach zaproponuj kontakt bezpośredni i zakończ publiczny wątek (<Rule id="move-to-private" />).
5. Ukrywaj tylko to, co łamie opublikowane zasady: mowę nienawiści, groźby, cudze dane. Zwykłej krytyki nie usuwaj (<Rule id="keep-criticism-visible" />).
6. Groźby od razu przekaż do działu prawnego lub bezpieczeństwa, a gdy komuś może grozić niebezpieczeństwo, na policję.
7. Nie odpowiadaj żartem ani ironią, nawet jeśli wpis jest absurdalny (<Rule id="humour-with-care" />).
8. Zapisuj przypadki w rejestrze, żeby widzieć powtarzające się konta i wzorce (<Rule id="log-and-review" />).

## Którędy dalej

<Tree id="reply-or-not" />

## Szablony

<Template id="tr-boundary-reply" />

<Template id="tr-threat-move-offline" />

<Template id="tr-community-rules-notice" />

## Czego nie robić

- Nie odpowiadaj obelgą na obelgę.
- Nie prowadź kilku rund publicznej kłótni.
- Nie kasuj krytyki tylko dlatego, że jest nieprzyjemna.
- Nie bagatelizuj gróźb.
- Nie ujawniaj danych autora, nawet jeśli je znasz.
'''),
'own-mistake': dict(
 title='Nasz własny błąd', owner=HEAD,
 summary='Wpis, odpowiedź albo decyzja była błędna. Przyznaj to szybko, wyjaśnij, co się stało i dlaczego, przeproś i powiedz, co zmieniacie.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Zrób zrzuty ekranu wpisu i reakcji',CM,'0–3 min'),
  ('Powiadom szefa komunikacji i ustal, kto prowadzi sprawę',LEAD,'0–5 min'),
  ('Zdecyduj, czy wpis zostaje (z przeprosinami), czy go wycofujesz i mówisz o tym otwarcie',HEAD,'5–10 min'),
  ('Ustal fakty: co dokładnie poszło nie tak i dlaczego',LEAD,'5–15 min'),
  ('Wstrzymaj zaplanowane publikacje, jeśli sprawa się rozchodzi',LEAD,'do 15 min'),
  ('Przygotuj krótkie przeprosiny bez wymówek',HEAD,'do 15 min')]),
  ('wrap-up','Po przeprosinach',[
  ('Każda osoba, której błąd zaszkodził, dostała odpowiedź',CS,'ten sam dzień'),
  ('Zmiana zapobiegająca powtórce jest wdrożona',LEAD,'w ciągu tygodnia'),
  ('Sprawa jest opisana w rejestrze',LEAD,'ten sam dzień')])],
 body='''## Kiedy używać

Gdy to my zawiniliśmy: nietrafiony wpis, błędna cena, zła informacja, nieudana decyzja. Milczenie w takiej sytuacji wygląda jak przyznanie się do winy bez odwagi, a wymyślona wymówka wcześniej czy później wyjdzie na jaw. Szybkie, szczere przyznanie się odbiera kryzysowi paliwo.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Nie czekaj, aż sprawa ucichnie; odpowiedz szybko, zanim zrobią to inni (<Rule id="never-ignore" />).
2. Podziękuj osobom, które zwróciły uwagę, i przeproś bez „ale” (<Rule id="thank-and-apologise" />).
3. Powiedz wprost, co się stało, dlaczego i co zmieniacie, żeby się nie powtórzyło (<Rule id="own-mistakes" />).
4. Nie obwiniaj hakerów, praktykantów ani „systemu”, jeśli to nieprawda (<Rule id="be-honest" />).
5. Jeśli wycofujesz wpis, powiedz o tym otwarcie; komentarzy krytycznych nie usuwaj (<Rule id="keep-criticism-visible" />).
6. Osobom, które poniosły stratę, zaproponuj rekompensatę proporcjonalną do szkody (<Rule id="proportionate-compensation" />).
7. Żart może pomóc dopiero po przeprosinach i nigdy zamiast nich (<Rule id="humour-with-care" />).
8. Wprowadź obiecaną zmianę i poinformuj o niej.

## Którędy dalej

<Tree id="compensation" />

## Szablony

<Template id="om-reply-to-affected" />

<Template id="om-bad-post-retraction" />

<Template id="om-public-apology-post" />

<Template id="om-email-explanation" />

## Po przeprosinach

<Checklist id="wrap-up" />

## Czego nie robić

- Nie wymyślaj wymówek i nie zmieniaj wersji wydarzeń.
- Nie usuwaj po cichu błędnego wpisu.
- Nie przepraszaj w stylu „przepraszamy, jeśli ktoś poczuł się urażony”.
- Nie obiecuj zmian, których nie wprowadzisz.
- Nie zastępuj przeprosin żartem.
'''),
'viral-post': dict(
 title='Wpis, który się rozprzestrzenia', owner=HEAD,
 summary='Skarga albo historia o nas szybko się rozchodzi. Zaalarmuj zespół, wskaż jedną osobę prowadzącą, wstrzymaj promocje, opublikuj wstępne oświadczenie i trzymaj się jednego źródła prawdy.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Wyślij alarm do zespołu z linkiem, wagą i osobą prowadzącą','Osoba, która to zauważyła','0–3 min'),
  ('Wstrzymaj wszystkie zaplanowane posty, reklamy i newslettery',LEAD,'0–5 min'),
  ('Zrób zrzuty ekranu i załóż dziennik incydentu',CM,'0–5 min'),
  ('Uprzedź zarząd, dział prawny i obsługę klienta o nadchodzącym oświadczeniu',HEAD,'3–8 min'),
  ('Poproś resztę zespołu o wstrzymanie odpowiedzi do czasu oświadczenia',LEAD,'3–8 min'),
  ('Opublikuj wstępne oświadczenie z terminem kolejnej informacji',HEAD,'do 15 min'),
  ('Ustaw monitoring nazwy marki, tematu i hashtagów',CM,'5–15 min')]),
  ('wrap-up','Wygaszanie',[
  ('Końcowe oświadczenie jest opublikowane i przypięte',HEAD,'na koniec'),
  ('Promocje wracają dopiero za zgodą osoby prowadzącej',LEAD,'na koniec'),
  ('Dziennik jest kompletny, zaczynamy scenariusz „Po kryzysie”',LEAD,'następny dzień roboczy')])],
 body='''## Kiedy używać

Gdy coś na nasz temat rozchodzi się szybciej, niż da się odpowiadać po kolei: udostępniana tysiące razy skarga, nagranie, pytania dziennikarzy, lawina komentarzy. Na tym etapie nie ma znaczenia, czy wpis jest sprawiedliwy. Liczy się to, że wiele osób właśnie wyrabia sobie o nas zdanie i patrzy, jak reagujemy.

Największe ryzyko w pierwszej godzinie to własne błędy: gniewna odpowiedź, radosna promocja z harmonogramu, trzy różne wersje od trzech osób.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Zaalarmuj zespół i wskaż jedną osobę prowadzącą; reszta działa według spisanego planu (<Rule id="written-plan" />).
2. Wstrzymaj wszystkie zaplanowane promocje we wszystkich kanałach (<Rule id="pause-promotions" />).
3. Szybko opublikuj krótkie oświadczenie wstępne z terminem kolejnej informacji, który dotrzymasz (<Rule id="answer-fast" />, <Rule id="no-unkeepable-promises" />).
4. Równolegle zbieraj fakty: co się stało, kogo dotyczy, co już powiedzieliśmy (<Rule id="gather-facts" />).
5. Trzymaj jedno źródło prawdy: aktualizacje w jednym miejscu, a w komentarzach krótkie odesłania do niego.
6. Mów prawdę, także o tym, czego jeszcze nie wiesz; nie zmieniaj wersji, a błędy prostuj otwarcie (<Rule id="be-honest" />).
7. Nie usuwaj krytycznych wpisów ani komentarzy (<Rule id="keep-criticism-visible" />).
8. Odpowiadaj spokojnie i zmieniaj się w zespole, żeby nikt nie pisał zmęczony lub zły (<Rule id="stay-calm" />).
9. Publikuj każdą aktualizację o obiecanej porze, nawet jeśli nowości jest niewiele.

## Którędy dalej

<Tree id="triage" />

## Szablony

<Template id="vi-internal-alert" />

<Template id="vi-holding-statement" />

<Template id="vi-reply-many-commenters" />

<Template id="vi-update-statement" />

## Wygaszanie

<Checklist id="wrap-up" />

## Czego nie robić

- Nie pozwalaj nikomu publikować w imieniu marki bez osoby prowadzącej.
- Nie spekuluj o przyczynach.
- Nie obiecuj aktualizacji o godzinie, której nie dotrzymasz.
- Nie usuwaj oryginalnego wpisu ani krytycznych komentarzy.
- Nie odpowiadaj każdemu inaczej; odsyłaj do tego samego oświadczenia.
'''),
'customer-change': dict(
 title='Zmiana, która dotyka klientów', owner=HEAD,
 summary='Zmiana terminu, miejsca lub ceny psuje ludziom plany. Ogłoś ją wcześnie i szczerze, z możliwościami do wyboru, i odpowiadaj do samego końca.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Ustal, co dokładnie się zmienia, dlaczego i jakie możliwości mają klienci',HEAD,'0–5 min'),
  ('Przygotuj odpowiedzi na najczęstsze pytania (zwrot, wymiana, terminy)',CS,'0–10 min'),
  ('Opublikuj ogłoszenie we wszystkich kanałach jednocześnie',CM,'do 10 min'),
  ('Wyślij e-mail lub SMS do osób, których to dotyczy',CS,'do 15 min'),
  ('Wyznacz dyżur do odpowiadania na komentarze',LEAD,'do 15 min')])],
 body='''## Kiedy używać

Gdy musimy zmienić coś, na co klienci już się umówili: termin lub miejsce wydarzenia, cenę, warunki usługi. Sama zmiana rzadko wywołuje kryzys; wywołuje go sposób ogłoszenia. Suchy komunikat, brak przeprosin, milknące odpowiedzi i prawdziwe powody ujawnione dopiero przez media to przepis na burzę.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Ogłoś zmianę jak najwcześniej, zanim klienci dowiedzą się z innych źródeł (<Rule id="announce-changes-humanly" />).
2. Podaj prawdziwy powód; wymyślone lub niepełne wyjaśnienia wychodzą na jaw (<Rule id="be-honest" />).
3. Przeproś za kłopot i pokaż, że rozumiesz, co ludzie już zaplanowali (<Rule id="thank-and-apologise" />).
4. Daj konkretne możliwości: zwrot, wymianę, inny termin, i jasny termin na wybór.
5. Napisz osobno do każdej osoby, której to dotyczy, krótko w SMS-ie i pełniej w e-mailu (<Rule id="fit-the-channel" />).
6. Odpowiadaj na komentarze do samego końca; nie milknij po pierwszym dniu (<Rule id="never-ignore" />).
7. Niech za komunikatem stoją ludzie: podpisuj odpowiedzi, nie chowaj organizatorów.
8. Nie nazywaj swojej decyzji „słuszną” w odpowiedzi na rozczarowanie; uznaj emocje i pomóż.

## Którędy dalej

<Tree id="reply-or-not" />

## Szablony

<Template id="cc-announcement" />

<Template id="cc-email-affected-customers" />

<Template id="cc-sms-notice" />

<Template id="cc-reply-disappointed" />

## Czego nie robić

- Nie ogłaszaj zmiany w piątek wieczorem i nie znikaj na weekend.
- Nie przemilczaj prawdziwego powodu.
- Nie zmieniaj wersji wydarzeń w kolejnych odpowiedziach.
- Nie usuwaj nazwisk organizatorów ani krytycznych komentarzy.
- Nie odpowiadaj chłodno, że decyzja jest ostateczna.
'''),
'service-failure': dict(
 title='Awaria produktu lub usługi', owner=LEAD,
 summary='Coś, co dostarczamy, nie działa i dotyczy wielu klientów. Potwierdź szybko, odsyłaj do strony statusu, mów uczciwie i zamknij temat po naprawie.',
 checklists=[('first-15','Pierwsze 15 minut',[
  ('Potwierdź z zespołem technicznym, że awaria jest realna i jaki ma zasięg',LEAD,'0–5 min'),
  ('Opublikuj pierwszy komunikat z linkiem do strony statusu',CM,'do 10 min'),
  ('Wstrzymaj zaplanowane promocje',LEAD,'do 10 min'),
  ('Przygotuj jedną krótką odpowiedź dla wszystkich zgłaszających',CM,'5–15 min'),
  ('Ustal, kiedy będzie kolejna informacja, i wpisz to w kalendarz',LEAD,'do 15 min')]),
  ('wrap-up','Po naprawie',[
  ('Komunikat o usunięciu awarii z przyczyną i zmianami',HEAD,'po naprawie'),
  ('Odpowiedź w każdym otwartym wątku, że już działa',CM,'ten sam dzień'),
  ('Wnioski zapisane w rejestrze i przekazane zespołowi technicznemu',LEAD,'w ciągu tygodnia')])],
 body='''## Kiedy używać

Gdy usługa, aplikacja lub produkt przestaje działać i zgłoszenia przychodzą lawinowo. Klienci w mediach społecznościowych oczekują odpowiedzi szybciej niż na infolinii, a cisza szybko zamienia się w przekonanie, że nikt nic nie robi.

## Pierwsze 15 minut

<Checklist id="first-15" />

## Kroki

1. Potwierdź problem publicznie, zanim znasz rozwiązanie (<Rule id="answer-fast" />).
2. Podziękuj zgłaszającym i przeproś za utrudnienia (<Rule id="thank-and-apologise" />).
3. Podaj czas kolejnej informacji, ale nie godzinę naprawy, której nie znasz (<Rule id="no-unkeepable-promises" />).
4. Wstrzymaj zaplanowane promocje do czasu naprawy (<Rule id="pause-promotions" />).
5. Zbieraj fakty od zespołu technicznego; nie zgaduj przyczyny (<Rule id="gather-facts" />).
6. Gdy czegoś nie wiesz, powiedz to uczciwie, przeproś i wskaż, kto może pomóc (<Rule id="be-honest" />).
7. Po naprawie opisz przyczynę i to, co zmieniacie (<Rule id="own-mistakes" />).
8. Wróć do osób, które zgłaszały problem, i upewnij się, że u nich też działa (<Rule id="follow-up" />).

## Którędy dalej

<Tree id="triage" />

## Szablony

<Template id="sf-outage-holding" />

<Template id="sf-reply-affected-user" />

<Template id="sf-no-answer-yet" />

<Template id="sf-outage-resolved" />

## Po naprawie

<Checklist id="wrap-up" />

## Czego nie robić

- Nie obiecuj naprawy „za chwilę”.
- Nie obwiniaj dostawców ani „systemu” bez potwierdzenia.
- Nie publikuj promocji w trakcie awarii.
- Nie zostawiaj wątków bez informacji, że już działa.
- Nie podawaj różnych wersji w różnych kanałach.
'''),
'after-crisis': dict(
 title='Po kryzysie', owner=LEAD,
 summary='Emocje opadły. Wróć do każdej poszkodowanej osoby, zapisz i przeanalizuj sprawę bez szukania winnych, popraw plan i podziękuj społeczności.',
 checklists=[('first-15','Pierwsze kroki po wygaszeniu',[
  ('Sprawdź, czy wszystkie otwarte wątki dostały odpowiedź',CM,'pierwsze 15 min'),
  ('Uzupełnij dziennik incydentu, póki wszystko jest świeże',LEAD,'pierwsze 15 min'),
  ('Wyznacz termin omówienia i zaproś zespół',LEAD,'pierwsze 15 min'),
  ('Ustal, kto wraca do poszkodowanych klientów i kiedy',CS,'pierwsze 15 min')]),
  ('wrap-up','Zamknięcie incydentu',[
  ('Omówienie się odbyło, wnioski są spisane',LEAD,'w ciągu tygodnia'),
  ('Plan kryzysowy i szablony są poprawione',LEAD,'w ciągu dwóch tygodni'),
  ('Publiczne podsumowanie zmian jest opublikowane',HEAD,'po wdrożeniu zmian'),
  ('Promocje wznowione w spokojnym momencie',LEAD,'po uzgodnieniu')])],
 body='''## Kiedy używać

Gdy najgorsze minęło: komentarzy jest mniej, oświadczenia są opublikowane, usługa działa. Łatwo wtedy odetchnąć i wrócić do codzienności, ale to właśnie teraz decyduje się, czy kryzys czegoś nas nauczy i czy klienci zapamiętają, że doprowadziliśmy sprawę do końca.

## Pierwsze kroki

<Checklist id="first-15" />

## Kroki

1. Wróć do każdej osoby, której sprawa dotyczyła, i sprawdź, czy problem naprawdę zniknął (<Rule id="follow-up" />).
2. Dokończ obiecane rekompensaty, w tej samej proporcji dla wszystkich (<Rule id="proportionate-compensation" />).
3. Zapisz w rejestrze każdą skargę: co się stało, jak ją rozwiązano i jak można było jej zapobiec (<Rule id="log-and-review" />).
4. Zorganizuj omówienie bez szukania winnych; pytaj o proces, nie o osoby.
5. Popraw plan kryzysowy, listy kontrolne i szablony na podstawie wniosków (<Rule id="written-plan" />).
6. Opublikuj krótkie podsumowanie: co zmieniliście i podziękowanie za opinie (<Rule id="own-mistakes" />).
7. Wznów promocje dopiero wtedy, gdy sytuacja jest naprawdę spokojna (<Rule id="pause-promotions" />).

## Którędy dalej

<Tree id="compensation" />

## Szablony

<Template id="ac-follow-up-check" />

<Template id="ac-closing-public-update" />

<Template id="ac-internal-review-invite" />

## Zamknięcie incydentu

<Checklist id="wrap-up" />

## Czego nie robić

- Nie ogłaszaj sukcesu, zanim klienci potwierdzą, że wszystko działa.
- Nie szukaj winnych na omówieniu.
- Nie odkładaj poprawek planu „na później”.
- Nie wracaj do radosnych promocji następnego dnia.
- Nie zamykaj dziennika bez wniosków.
'''),
}
