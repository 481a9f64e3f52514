T = {
'ac-closing-public-update': ("Publiczne podsumowanie po kryzysie", {'what_changed': 'Co konkretnie zmieniliśmy'},
"""Dziękujemy wszystkim, którzy w ostatnich dniach zadawali pytania, zgłaszali zastrzeżenia i dzielili się opinią. Nie wszystko było przyjemne w czytaniu, ale wiele nam to dało.

Przeanalizowaliśmy, co się wydarzyło i gdzie zawiedliśmy. Nie wszystko zrobiliśmy dobrze i wyciągamy z tego wnioski.

Oto, co zmieniliśmy: {{what_changed}}

Nadal słuchamy. Jeśli coś wciąż nie działa tak, jak powinno, prosimy o wiadomość prywatną."""),
'ac-follow-up-check': ("Sprawdzenie po kilku dniach", {'customer_name': 'Imię klienta', 'issue_summary': 'Czego dotyczyła sprawa', 'agent_name': 'Twoje imię'},
"""Dzień dobry, {{customer_name}},

wracam do sprawy: {{issue_summary}}. Czy wszystko działa już tak, jak powinno, czy coś nadal jest nie tak?

Jeśli problem wciąż występuje, wystarczy odpowiedzieć na tę wiadomość, a zajmę się tym osobiście. A jeśli wszystko jest w porządku, krótka odpowiedź też bardzo nam pomoże.

Jeszcze raz dziękujemy za cierpliwość.

{{agent_name}}"""),
'ac-internal-review-invite': ("Zaproszenie zespołu na omówienie kryzysu", {'incident_name': 'Nazwa incydentu', 'review_date': 'Data i godzina spotkania', 'log_link': 'Link do dziennika incydentu'},
"""Cześć wszystkim,

sytuacja wokół incydentu „{{incident_name}}” się uspokoiła, więc czas wspólnie ją omówić. Spotkanie: {{review_date}}.

Nie szukamy winnych. Sprawdzamy, jak zadziałał nasz proces, a nie kto się pomylił. Zapraszamy wszystkich zaangażowanych, bo najwięcej dają szczere relacje.

Dziennik incydentu: {{log_link}}. Przeczytajcie go przed spotkaniem i dopiszcie, czego brakuje.

Przygotujcie odpowiedzi na trzy pytania: co zadziałało, co nas spowolniło i co zmienimy w planie kryzysowym."""),
'cc-announcement': ("Ogłoszenie o zmianie", {'event_name': 'Nazwa wydarzenia lub usługi', 'change': 'Co się zmienia', 'reason': 'Prawdziwy powód zmiany', 'options': 'Dostępne możliwości (zwrot, wymiana)', 'contact_channel': 'Gdzie można zadawać pytania'},
"""Ważna zmiana: {{event_name}}

Musieliśmy wprowadzić zmianę, która dotyczy wielu z Państwa: {{change}}

Wiemy, że wiele osób zaplanowało już podróż, urlop czy nocleg. Przepraszamy za kłopot i chcemy, żeby dowiedzieli się Państwo o tym najpierw od nas.

Powód zmiany: {{reason}}

Państwa możliwości: {{options}}

Pytania prosimy kierować tutaj: {{contact_channel}}. Odpowiemy na każde."""),
'cc-email-affected-customers': ("E-mail do osób, których dotyczy zmiana", {'customer_name': 'Imię i nazwisko klienta', 'event_name': 'Nazwa wydarzenia lub usługi', 'change': 'Co się zmienia', 'reason': 'Prawdziwy powód zmiany', 'options': 'Dostępne możliwości', 'deadline': 'Termin na wybór'},
"""Szanowni Państwo, {{customer_name}},

mają Państwo rezerwację na {{event_name}}, dlatego chcemy osobiście poinformować o zmianie: {{change}}

Przepraszamy, że krzyżujemy Państwa plany. Wiemy, że mogła to być zaplanowana podróż, urlop albo nocleg.

Powód zmiany: {{reason}}

Mogą Państwo wybrać rozwiązanie, które najbardziej odpowiada: {{options}}

Prosimy o informację do {{deadline}}. Wystarczy odpowiedzieć na tę wiadomość.

Z wyrazami szacunku
Zespół obsługi klienta"""),
'cc-reply-disappointed': ("Odpowiedź rozczarowanej osobie", {'customer_name': 'Imię klienta', 'refund_link': 'Link do możliwości (zwrot, wymiana)'},
"""{{customer_name}}, dziękujemy za wiadomość i bardzo przepraszamy. Rozumiemy, że ta zmiana psuje Państwa plany. Wszystkie możliwości, w tym zwrot pieniędzy, są tutaj: {{refund_link}}. Jeśli żadna nie pasuje, prosimy dać znać."""),
'cc-sms-notice': ("Krótki SMS o zmianie", {'event_name': 'Nazwa wydarzenia', 'change': 'Co się zmienia (krótko)', 'info_link': 'Link do szczegółów'},
"""{{event_name}}: {{change}}. Przepraszamy za utrudnienia. Szczegóły i możliwości: {{info_link}}"""),
'ge-holding-reply': ("Widzimy, sprawdzamy", {'customer_name': 'Imię klienta'},
"""{{customer_name}}, widzimy Państwa wiadomość i już sprawdzamy sprawę. Dziękujemy za cierpliwość. Odpiszemy w tym wątku, gdy tylko będziemy znać odpowiedź."""),
'ge-move-to-private': ("Przeniesienie rozmowy do wiadomości prywatnej", {'customer_name': 'Imię klienta', 'contact_channel': 'Kanał kontaktu (np. wiadomość prywatna, e-mail)'},
"""{{customer_name}}, dziękujemy za cierpliwość i przepraszamy za tyle wymian. Żeby bezpiecznie sprawdzić Państwa dane, prosimy o kontakt przez {{contact_channel}}. Tam dokończymy sprawę."""),
'jc-compensation-offer': ("Propozycja rekompensaty", {'customer_name': 'Imię klienta', 'compensation': 'Proponowana rekompensata', 'case_number': 'Numer zgłoszenia', 'agent_name': 'Twoje imię'},
"""Dzień dobry, {{customer_name}},

to był nasz błąd i nie chcemy, żeby ponieśli Państwo przez niego koszty albo dodatkowy kłopot. W ramach rekompensaty proponujemy: {{compensation}}.

Jeśli ta propozycja Państwu odpowiada, wystarczy odpowiedzieć na tę wiadomość, podając numer zgłoszenia {{case_number}}, a resztą zajmiemy się my. Przyjęcie jej niczego nie zmienia w innych przysługujących Państwu prawach.

{{agent_name}}"""),
'jc-dm-details-request': ("Prośba o szczegóły w wiadomości prywatnej", {'customer_name': 'Imię klienta', 'agent_name': 'Twoje imię'},
"""Dzień dobry, {{customer_name}}, jeszcze raz dziękujemy za kontakt i cierpliwość.

Żeby porządnie to wyjaśnić, prosimy o numer zamówienia lub rezerwacji, krótki opis, co i kiedy się stało, oraz zdjęcie lub zrzut ekranu, jeśli je Państwo mają.

Nazywam się {{agent_name}} i od teraz prowadzę tę sprawę, więc nie trzeba będzie wszystkiego opowiadać od nowa.

{{agent_name}}"""),
'jc-email-resolution': ("E-mail zamykający sprawę", {'customer_name': 'Imię i nazwisko klienta', 'case_number': 'Numer zgłoszenia', 'resolution': 'Co zrobiliśmy', 'agent_name': 'Twoje imię i nazwisko'},
"""Szanowni Państwo, {{customer_name}},

dziękujemy za zgłoszenie i cierpliwość w czasie, gdy wyjaśnialiśmy sprawę. Przepraszamy za kłopot. Błąd był po naszej stronie i nie powinni Państwo musieć się o to upominać.

Oto, co zrobiliśmy: {{resolution}}

Jeśli coś nadal jest nie tak albo mają Państwo pytania, wystarczy odpowiedzieć na tego e-maila i podać numer zgłoszenia {{case_number}}.

Z wyrazami szacunku
{{agent_name}}"""),
'jc-fix-confirmed-public': ("Publiczne potwierdzenie, że już działa", {'customer_name': 'Imię klienta'},
"""{{customer_name}}, potwierdzamy tutaj, że problem został rozwiązany. Dziękujemy za cierpliwość. Jeśli coś nadal nie działa, prosimy napisać tutaj albo w wiadomości prywatnej, a od razu wrócimy do sprawy."""),
'jc-public-thanks-apology': ("Podziękowanie, przeprosiny i zaproszenie do wiadomości prywatnej", {'customer_name': 'Imię klienta'},
"""{{customer_name}}, dziękujemy za sygnał i przepraszamy, że Państwa zawiedliśmy. Już to sprawdzamy. Prosimy o wiadomość prywatną z numerem zamówienia, żebyśmy mogli to naprawić."""),
'mi-checking-facts': ("Sprawdzamy fakty", {'customer_name': 'Imię klienta'},
"""{{customer_name}}, dziękujemy za zwrócenie uwagi. Sprawdzamy fakty z zespołem, żeby odpowiedzieć rzetelnie, a nie na wyczucie. Odpiszemy w tym wątku."""),
'mi-clarify-policy-dm': ("Wyjaśnienie zasad w wiadomości prywatnej", {'customer_name': 'Imię klienta', 'policy_summary': 'Zasada wyjaśniona prostym językiem', 'agent_name': 'Twoje imię'},
"""Dzień dobry, {{customer_name}},

dziękujemy za wiadomość. Rozumiemy, że to mogło być mylące, dlatego wyjaśniamy, jak to działa.

{{policy_summary}}

Wiemy, że to może nie być odpowiedź, na którą Państwo liczyli. Możemy wspólnie przejrzeć dostępne możliwości i sprawdzić, czy w Państwa przypadku da się zrobić więcej. Wystarczy przesłać numer zamówienia lub rezerwacji, a sprawdzę to osobiście.

{{agent_name}}"""),
'mi-correct-facts-public': ("Sprostowanie nieprawdziwej informacji", {'customer_name': 'Imię klienta', 'fact_link': 'Link do faktów'},
"""{{customer_name}}, dziękujemy za pytanie. Rozumiemy, że to mogło zaniepokoić. Ta informacja nie jest jednak prawdziwa. Fakty zebraliśmy tutaj: {{fact_link}}. Jeśli coś jest niejasne, chętnie pomożemy."""),
'om-bad-post-retraction': ("Wycofanie nietrafionego wpisu", {'post_topic': 'Czego dotyczył wpis'},
"""Nasz wpis o {{post_topic}} był błędny i zranił wiele osób. Przepraszamy. Dziękujemy wszystkim, którzy nam o tym napisali. Usunęliśmy go i mówimy o tym otwarcie, zamiast udawać, że go nie było."""),
'om-email-explanation': ("E-mail z pełnym wyjaśnieniem błędu", {'customer_name': 'Imię i nazwisko klienta', 'what_happened': 'Co się stało', 'cause': 'Dlaczego', 'prevention': 'Co zmieniamy', 'compensation': 'Rekompensata', 'agent_name': 'Twoje imię i nazwisko'},
"""Szanowni Państwo, {{customer_name}},

piszę, żeby porządnie przeprosić za błąd, który Państwa dotknął, i otwarcie wyjaśnić, co poszło nie tak. Dziękujemy, że dali nam Państwo szansę to naprawić.

Co się stało: {{what_happened}}

Dlaczego: {{cause}}

To był nasz błąd i bierzemy za niego pełną odpowiedzialność. Żeby się nie powtórzył, zmieniamy: {{prevention}}

Wiemy, że wyjaśnienie nie cofa kłopotu, dlatego proponujemy: {{compensation}}

Z wyrazami szacunku
{{agent_name}}"""),
'om-public-apology-post': ("Publiczne przeprosiny za nasz błąd", {'what_happened': 'Co się stało', 'cause': 'Dlaczego', 'prevention': 'Co zmieniamy'},
"""Dziękujemy wszystkim, którzy zwrócili nam uwagę. Popełniliśmy błąd i przepraszamy.

Co się stało: {{what_happened}}

Dlaczego: {{cause}}

Co zmieniamy, żeby to się nie powtórzyło: {{prevention}}

Jeśli ta sytuacja Państwa dotknęła, a jeszcze się z Państwem nie skontaktowaliśmy, prosimy o wiadomość prywatną."""),
'om-reply-to-affected': ("Odpowiedź osobie, której zaszkodził nasz błąd", {'customer_name': 'Imię klienta'},
"""{{customer_name}}, dziękujemy za wiadomość i bardzo przepraszamy. To był nasz błąd, nie Państwa. Już go naprawiamy. Prosimy o wiadomość prywatną, żebyśmy mogli sprawdzić Państwa sprawę."""),
'sf-no-answer-yet': ("Nie mamy jeszcze odpowiedzi", {'customer_name': 'Imię klienta', 'team_name': 'Zespół, który może pomóc', 'contact_channel': 'Jak się z nim skontaktować'},
"""Dzień dobry, {{customer_name}},

powiemy wprost: dokładnie to sprawdziliśmy i nie mamy jeszcze odpowiedzi. Przepraszamy, wiemy, że nie na to Państwo czekali.

Najlepiej pomoże Państwu nasz zespół: {{team_name}}. Kontakt: {{contact_channel}}. Przekazaliśmy mu już wszystko, co Państwo napisali, więc nie trzeba zaczynać od początku.

Jeśli tam nie uda się rozwiązać sprawy, prosimy wrócić do nas w tej rozmowie."""),
'sf-outage-holding': ("Awaria: pierwszy komunikat", {'service_name': 'Nazwa usługi', 'status_link': 'Link do strony statusu', 'next_update_time': 'Kiedy kolejna informacja'},
"""Wiemy, że {{service_name}} nie działa teraz prawidłowo. Przepraszamy za utrudnienia, pracujemy nad naprawą. Status na bieżąco: {{status_link}}. Kolejna informacja: {{next_update_time}}."""),
'sf-outage-resolved': ("Awaria usunięta", {'service_name': 'Nazwa usługi', 'duration': 'Jak długo trwała awaria', 'cause': 'Przyczyna', 'prevention': 'Co zmieniamy'},
"""{{service_name}} znów działa. Przerwa trwała: {{duration}}.

Przyczyna: {{cause}}
Co zmieniamy: {{prevention}}

Dziękujemy za cierpliwość i przepraszamy za kłopot."""),
'sf-reply-affected-user': ("Odpowiedź osobie dotkniętej awarią", {'customer_name': 'Imię klienta', 'status_link': 'Link do strony statusu'},
"""{{customer_name}}, dziękujemy za zgłoszenie i przepraszamy za utrudnienia. To znana awaria, nasz zespół już nad nią pracuje. Postęp można śledzić tutaj: {{status_link}}. Potwierdzimy, gdy będzie naprawione."""),
'tr-boundary-reply': ("Jedna spokojna odpowiedź z jasną granicą", {'contact_channel': 'Kanał kontaktu'},
"""Jeśli chodzi o konkretny problem z zamówieniem lub usługą, chętnie pomożemy: prosimy o kontakt przez {{contact_channel}}. W wymianie obraźliwych komentarzy nie będziemy uczestniczyć."""),
'tr-community-rules-notice': ("Informacja o zasadach komentowania", {'rules_link': 'Link do zasad społeczności'},
"""Kilka słów o komentarzach na tej stronie

Krytyka jest tu mile widziana, także krytyka nas, i pozostaje widoczna. Nadal będziemy na nią odpowiadać najlepiej, jak potrafimy.

Ukrywamy wyłącznie treści łamiące nasze opublikowane zasady: mowę nienawiści, groźby i cudze dane osobowe. Pełne zasady: {{rules_link}}

Jeśli uważają Państwo, że coś ukryliśmy przez pomyłkę, prosimy o wiadomość prywatną. Sprawdzimy to."""),
'tr-threat-move-offline': ("Na groźby i obelgi: kontakt bezpośredni", {'contact_channel': 'Kanał kontaktu (np. telefon, e-mail)'},
"""Traktujemy takie wiadomości poważnie, dlatego nie będziemy kontynuować tej rozmowy publicznie. Jeśli chcą Państwo porozmawiać bezpośrednio, zapraszamy: {{contact_channel}}."""),
'vi-holding-statement': ("Pierwsze oświadczenie", {'topic': 'O czym wszyscy mówią', 'next_update_time': 'Kiedy kolejna informacja'},
"""Wiemy o sprawie: {{topic}}. Zajmujemy się nią priorytetowo. Nie znamy jeszcze wszystkich faktów i nie będziemy zgadywać. Kolejną informację opublikujemy tutaj: {{next_update_time}}."""),
'vi-internal-alert': ("Alarm dla zespołu", {'topic': 'O co chodzi', 'post_link': 'Link do wpisu', 'severity': 'Waga', 'owner': 'Kto prowadzi sprawę'},
"""Uwaga: wpis o nas szybko się rozchodzi i traktujemy go jako możliwy kryzys.

O co chodzi: {{topic}}
Link: {{post_link}}
Waga: {{severity}}
Prowadzi: {{owner}}. Wszystkie publiczne odpowiedzi i decyzje idą przez tę osobę.

Zróbcie teraz:
1. Wstrzymajcie wszystkie zaplanowane posty, reklamy i newslettery we wszystkich kanałach, dopóki prowadzący nie zdecyduje inaczej.
2. Nie odpowiadajcie na własną rękę pod wpisem ani w komentarzach.
3. Róbcie zrzuty ekranu i dopisujcie wszystko do dziennika incydentu."""),
'vi-reply-many-commenters': ("Krótka odpowiedź dla wielu komentujących", {'statement_link': 'Link do oświadczenia'},
"""Dziękujemy za zwrócenie uwagi i przepraszamy za niepokój. Wszystko, co wiemy, i to, co robimy, zebraliśmy w jednym miejscu: {{statement_link}}. Będziemy to na bieżąco aktualizować."""),
'vi-update-statement': ("Aktualizacja oświadczenia", {'topic': 'Czego dotyczy sprawa', 'facts': 'Co już wiemy', 'actions': 'Co robimy', 'next_update_time': 'Kiedy kolejna informacja'},
"""Aktualizacja: {{topic}}

Co już wiemy: {{facts}}

Co robimy: {{actions}}

Część pytań wciąż jest otwarta i nie będziemy wypełniać luk domysłami. Jeśli coś z tego, co napisaliśmy, okaże się nieprawdą, sprostujemy to tutaj, otwarcie. Kolejna informacja: {{next_update_time}}.

Jeśli sprawa dotyczy Państwa bezpośrednio, prosimy o wiadomość prywatną."""),
}
