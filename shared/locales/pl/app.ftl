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
