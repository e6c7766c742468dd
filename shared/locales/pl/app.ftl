## Powłoka aplikacji.

app-name = Mentorhub
skip-to-content = Przejdź do treści
nav-main = Nawigacja główna
nav-dashboard = Moje programy
nav-settings = Ustawienia
nav-sign-out = Wyloguj się
language-label = Język
status-label = Połączenie
status-online = Online
status-offline = Offline
status-syncing = Synchronizacja…
status-unsent = { $count ->
        [one] { $count } niewysłana zmiana
        [few] { $count } niewysłane zmiany
        [many] { $count } niewysłanych zmian
       *[other] { $count } niewysłanej zmiany
    }

## Wspólne słowa.

common-loading = Wczytywanie…
common-retry = Spróbuj ponownie
common-save = Zapisz
common-saved = Zapisano.
common-dismiss = Zamknij
common-not-found = Ta strona nie istnieje.
notfound-title = Nie znaleziono strony
common-go-home = Przejdź do moich programów
sync-rejected = { $what }: nie zastosowano. { $message }
sync-queued = Zapisano na tym urządzeniu. Zostanie wysłane, gdy wróci połączenie.
command-update-profile = Twoje ustawienia
command-create-program = Nowy program „{ $name }”
command-update-program = Ustawienia programu
command-invite-member = Zaproszenie dla { $email }
command-revoke-invitation = Wycofanie zaproszenia
command-grant-role = Dodanie roli { $role }
command-revoke-role = Odebranie roli { $role }
command-post-announcement = Ogłoszenie „{ $title }”
command-pair-mentee = Przydzielenie mentora uczestnikowi
command-unpair-mentee = Zakończenie pary
command-assign-supervisor = Przydzielenie superwizora
command-end-supervision = Zakończenie superwizji
command-set-review-stages = Etapy pracy
command-create-project = Nowa praca „{ $title }”
command-add-version = Nowa wersja
command-complete-stage = Zakończenie etapu
command-reopen-stage = Wznowienie etapu
command-start-thread = Twój komentarz
command-reply-to-thread = Twoja odpowiedź
command-edit-comment = Poprawka komentarza
command-resolve-thread = Zamknięcie wątku
command-reopen-thread = Wznowienie wątku
command-accept-suggestion = Przyjęcie proponowanej zmiany

## Role i sekcje.

role-candidate = kandydat
role-mentee = uczestnik
role-mentor = mentor
role-supervisor = superwizor
role-panelist = członek komisji
role-coordinator = koordynator
section-review = Prace
section-feedback = Informacja zwrotna
section-selection = Rekrutacja
section-booking = Spotkania
section-review-intro = Tutaj pojawią się prace projektowe, ich wersje i komentarze w tekście.
section-feedback-intro = Tutaj pojawią się wiadomości, cotygodniowe ankiety i cele.
section-selection-intro = Tutaj pojawią się zgłoszenia, karty ocen i decyzje.
section-booking-intro = Tutaj pojawią się grafiki, sesje i rezerwacje.
section-coming = Ta część Mentorhub nie jest jeszcze gotowa.

## Logowanie, zmiana hasła, zaproszenia.

signin-title = Logowanie
signin-intro = Programy mentoringowe i coachingowe: rekrutacja, informacja zwrotna, przegląd dokumentów i sesje w jednym miejscu.
signin-email = Adres e-mail
signin-password = Hasło
signin-submit = Zaloguj się
signin-forgot = Nie pamiętasz hasła?
reset-title = Zmiana hasła
reset-intro = Podaj adres e-mail. Jeśli należy do konta, wyślemy link do ustawienia nowego hasła.
reset-send = Wyślij link
reset-sent = Jeśli ten adres należy do konta, link jest już w drodze. Działa przez godzinę.
reset-new-title = Ustaw nowe hasło
reset-new-password = Nowe hasło
reset-save = Zapisz nowe hasło
reset-done = Hasło zostało zmienione. Zaloguj się nowym hasłem.
reset-back = Wróć do logowania
reset-ask-again = Poproś o nowy link
password-hint = Co najmniej 10 znaków. Kilka słów z rzędu to dobre hasło.
invite-title = Twoje zaproszenie
invite-body = Zaproszenie do programu „{ $program }”. Rola: { $role }.
invite-expires = Zaproszenie jest ważne do { $time }.
invite-create-account = Załóż konto, aby przyjąć zaproszenie.
invite-display-name = Imię i nazwisko
invite-accept = Przyjmij zaproszenie
invite-sign-in-first = Konto { $email } już istnieje. Zaloguj się, aby przyjąć zaproszenie.
invite-accepted = Witamy w programie „{ $program }”!

## Pulpit.

dashboard-title = Moje programy
dashboard-empty = Nie należysz jeszcze do żadnego programu. Dołączysz po zaproszeniu od koordynatora.
dashboard-your-roles = Twoje role
dashboard-members = { $count ->
        [one] { $count } uczestnik
        [few] { $count } uczestników
        [many] { $count } uczestników
       *[other] { $count } uczestnika
    }
dashboard-announcements = Ogłoszenia
dashboard-no-announcements = Nie ma jeszcze ogłoszeń.
dashboard-new-program = Nowy program

## Program.

program-sections = Sekcje programu
program-overview = Przegląd
program-announcements = Ogłoszenia
program-members = Uczestnicy
program-settings = Ustawienia programu
announce-new = Nowe ogłoszenie
announce-title = Tytuł
announce-body = Wiadomość
announce-post = Opublikuj ogłoszenie
announce-pending = Jeszcze nie wysłano
announce-by = { $author }, { $time }
announce-posted = Ogłoszenie zostało opublikowane.
announce-by-in = { $author }, „{ $program }”, { $time }
program-name = Nazwa
program-description = Opis
program-locale = Język programu
program-time-zone = Strefa czasowa programu
program-create = Utwórz program
members-invite = Zaproś kogoś
members-invite-email = Adres e-mail
members-invite-role = Rola
members-invite-send = Wyślij zaproszenie
members-invite-sent = Zaproszenie dla { $email } jest w drodze.
members-invitations = Zaproszenia
members-invited-at = wysłane { $time }
members-no-invitations = Nie ma jeszcze zaproszeń.
members-roles = Role
members-grant = Dodaj rolę
members-grant-role = Rola do dodania
members-grant-submit = Dodaj
members-remove-role = Odbierz rolę „{ $role }” osobie { $name }
members-revoke = Wycofaj zaproszenie dla { $email }
members-revoke-short = Wycofaj
invitation-pending = czeka na odpowiedź
invitation-accepted = przyjęte
invitation-revoked = wycofane
invitation-expired = wygasło

## Ustawienia osobiste.

settings-title = Ustawienia
settings-display-name = Imię i nazwisko
settings-language = Język
settings-time-zone = Strefa czasowa

## Praca nad dokumentami.

review-intro = Praca w etapach: uczestnik wgrywa kolejne wersje swojej pracy, wszyscy zaangażowani komentują fragmenty tekstu, a otwarte komentarze przechodzą razem z tekstem do każdej nowej wersji.
review-projects = Prace
review-no-projects = Nie ma jeszcze prac do pokazania. Pojawią się tu prace uczestników, z którymi tworzysz parę.
review-no-projects-mentee = Nie masz jeszcze pracy. Rozpocznij ją powyżej.
review-new-project = Rozpocznij pracę
review-project-title = Tytuł pracy
review-start-project = Rozpocznij pracę
review-project-created = Praca została utworzona. Otwórz ją z listy poniżej, aby wgrać pierwszą wersję.
review-versions-count = { $count ->
        [one] { $count } wersja
        [few] { $count } wersje
        [many] { $count } wersji
       *[other] { $count } wersji
    }
review-open-count = { $count ->
        [one] { $count } otwarty komentarz
        [few] { $count } otwarte komentarze
        [many] { $count } otwartych komentarzy
       *[other] { $count } otwartego komentarza
    }
project-back = Wróć do prac
project-by = Uczestnik: { $name }
review-also-here = Teraz są tu też: { $names }
review-version-text = Tekst wersji { $number }
review-page = Strona { $number }
review-comment-block = Skomentuj „{ $start }”
review-selection = Zaznaczony fragment
review-comment-action = Skomentuj
review-selection-cancel = Anuluj
review-new-comment = Nowy komentarz
review-words = Tylko te słowa (opcjonalnie)
review-words-hint = Zostaw puste, aby skomentować cały akapit.
review-words-missing = Tych słów nie ma w akapicie.
review-comment = Komentarz
review-suggest = Zaproponuj zamianę fragmentu
review-suggestion = Tekst zamiany
review-suggestion-hint = Zostaw puste, aby zaproponować usunięcie fragmentu.
review-mention = Powiadom e-mailem
review-private-note = Notatka prywatna: widzą ją mentorzy i superwizorzy, uczestnik nigdy
review-post = Opublikuj komentarz
review-cancel = Anuluj
review-comments = Komentarze
review-no-comments-yet = Do tej wersji nie ma jeszcze komentarzy. Zaznacz fragment, aby go skomentować.
review-no-comments = Do tej wersji nie ma komentarzy.
review-show-resolved = Pokaż zamknięte komentarze ({ $count })
review-orphans = Komentarze, których fragment zniknął
review-orphans-hint = Fragmentu, którego dotyczyły, nie ma już w tej wersji. Każdy można zobaczyć w dawnym miejscu, w wersji, w której powstał.
review-made-on = Dodany do wersji { $number }
review-carried = Przeniesiony z wersji { $number }
review-orphaned = Fragment zniknął (komentarz do wersji { $number })
review-check-placement = Sprawdź miejsce: pewność { $percent } %
review-private = Notatka prywatna
review-resolved = Zamknięty
review-resolved-by = Zamknięty przez: { $name }, { $time }
review-show-passage = Pokaż w tekście
review-see-on-version = Zobacz w wersji { $number }
review-resolve = Zamknij
review-reopen = Wznów
review-reply = Odpowiedz
review-reply-text = Twoja odpowiedź
review-reply-send = Wyślij odpowiedź
review-edited = poprawiony
review-history = { $count ->
        [one] Wcześniejszy tekst
       *[other] Wcześniejsze teksty ({ $count })
    }
review-edit = Popraw
review-edit-text = Tekst komentarza
review-suggested = Proponowana zmiana
review-suggested-remove = Usuń:
review-suggested-insert = Wstaw:
review-accept = Przyjmij proponowaną zmianę
review-accepted = Przyjęte przez: { $name }, { $time }
review-accepting = Przyjęte.
stages-title = Etapy
stages-none = Program nie ma jeszcze etapów.
stages-progress = Ukończone etapy: { $done } z { $count }
stages-open = Jeszcze nieukończony
stages-done-by = Ukończony przez: { $name }, { $time }
stages-complete = Oznacz etap „{ $stage }” jako ukończony
stages-reopen = Wznów etap „{ $stage }”
stages-edit = Etapy, po jednym w wierszu
stages-edit-hint = Każda praca w programie przechodzi przez nie w tej kolejności, na przykład: szkic, poprawki, wersja końcowa.
stages-save = Zapisz etapy
versions-title = Wersje
versions-none = Nie ma jeszcze wersji.
versions-none-yet = Nie wgrano jeszcze żadnej wersji.
versions-number = Wersja { $number }
versions-read = Czytaj wersję { $number }
versions-added = dodana przez: { $name }, { $time }
versions-download = Pobierz oryginalny plik
versions-download-number = Pobierz oryginał wersji { $number }
versions-older = To jest jedna z wcześniejszych wersji.
versions-read-latest = Czytaj najnowszą (wersja { $number })
versions-new = Nowa wersja
versions-added-new = Dodano nową wersję.
versions-show-new = Pokaż ją
upload-title = Wgraj nową wersję
upload-file = Dokument
upload-file-hint = Markdown, zwykły tekst, Word (DOCX) lub PDF.
upload-note = Co się zmieniło (opcjonalnie)
upload-submit = Wgraj
upload-choose = Wybierz plik do wgrania.
upload-offline = Wgrywanie wymaga połączenia z serwerem. Połącz się i spróbuj ponownie; komentarze napisane w tym czasie zostają na tym urządzeniu.
upload-failed-network = Plik nie dotarł do serwera. Sprawdź połączenie i spróbuj ponownie.
upload-progress-label = Postęp wgrywania
upload-percent = Wgrywanie… { $percent } %
upload-sent = Wgrano.
upload-done = Plik { $name } został wgrany i stanie się kolejną wersją.
compare-title = Porównaj wersje
compare-from = Od wersji
compare-to = Do wersji
compare-submit = Porównaj
compare-heading = Różnice między wersją { $from } a wersją { $to }
compare-threads = Komentarze według wersji
diff-added = dodano:
diff-removed = usunięto:
diff-legend-added = dodany tekst
diff-legend-removed = usunięty tekst
diff-label = Różnice
diff-same = Obie wersje mają ten sam tekst.
diff-summary = Dodane słowa: { $added }, usunięte słowa: { $removed }

## Pary (strona członków).

pairs-title = Pary
pairs-intro = Mentorzy pracują z uczestnikami ze swoich par, a superwizorzy opiekują się mentorami. Od tych par zależy, kto widzi prace uczestnika.
pairs-none = Nie ma jeszcze par.
pairs-with = { $left } i { $right }
pairs-unpair = Zakończ
pairs-unpair-label = Zakończ parę { $left } i { $right }
pairs-pair = Połącz w parę
pairs-pick-mentee = Uczestnik
pairs-pick-mentor = Mentor
pairs-pick-supervisor = Superwizor
pairs-supervision = Superwizja
pairs-no-supervision = Żaden mentor nie ma jeszcze superwizora.
pairs-supervised-by = { $left }, superwizor: { $right }
pairs-assign = Przydziel superwizora
