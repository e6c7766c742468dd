## Błędy, którymi odpowiada serwer (ErrorCode) i które pokazuje klient.

error-unauthenticated = Zaloguj się.
error-forbidden = Nie masz do tego dostępu.
error-csrf-failed = Twoja sesja zmieniła się w innej karcie. Odśwież stronę i spróbuj ponownie.
error-not-found = Nie znaleziono. Być może zostało usunięte albo nie masz do tego dostępu.
error-malformed-request = Nie udało się odczytać żądania.
error-unknown-command = Serwer nie zna tej czynności. Odśwież stronę, aby zaktualizować aplikację.
error-invalid-input = Sprawdź wprowadzone dane.
error-payload-too-large = To jest za duże, aby wysłać.
error-invalid-credentials = Adres e-mail lub hasło są nieprawidłowe.
error-too-many-attempts = Zbyt wiele nieudanych prób. Odczekaj 15 minut i spróbuj ponownie.
error-conflict = To już istnieje.
error-command-id-reused = Ta zmiana została już wysłana z inną treścią.
error-last-coordinator = Program musi mieć co najmniej jednego koordynatora. Najpierw nadaj tę rolę komuś innemu.
error-invitation-invalid = Ten link z zaproszeniem już nie działa. Poproś koordynatora o nowy.
error-reset-link-invalid = Ten link już nie działa. Poproś o nowy.
error-invitation-for-someone-else = To zaproszenie wysłano na inny adres e-mail. Wyloguj się i otwórz link ponownie.
error-unavailable = Usługa jest chwilowo niedostępna. Twoje zmiany są zachowane i zostaną wysłane.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
error-network = Brak połączenia z serwerem.
error-languages-not-declared = Nie można jeszcze zarezerwować tego specjalisty: nie podał języków, w których pracuje.
error-session-not-offered = Specjalista nie prowadzi tej sesji w tym czasie. Wybierz jeden z wolnych terminów.
error-slot-taken = Ktoś właśnie zarezerwował ten termin. Wybierz inny wolny termin.
error-quota-exhausted = W Twoim pakiecie nie zostały już sesje na ten okres.
error-booking-closed = Tej sesji nie można już tak zmienić (rozpoczęła się, została oznaczona albo jest za mało czasu, by ją przenieść).
error-outcome-too-early = Wynik można oznaczyć dopiero po rozpoczęciu sesji (nieobecność — 20 minut po rozpoczęciu).
error-document-empty = Plik jest pusty. Wybierz plik ze swoją pracą i prześlij go ponownie.
error-document-unsupported = To nie jest dokument Markdown, tekstowy, Word (DOCX) ani PDF. Zapisz go w jednym z tych formatów i prześlij ponownie.
error-document-unreadable = Dokument jest uszkodzony i nie da się go odczytać. Otwórz go, zapisz ponownie i prześlij nową kopię.
error-document-too-complex = Dokument jest za duży lub zbyt złożony, by go odczytać. Podziel go na części lub zapisz bez osadzonych multimediów.
error-document-encrypted = Dokument jest chroniony hasłem. Zapisz kopię bez hasła i prześlij ją.
error-document-without-text = Dokument nie zawiera tekstu — zeskanowany PDF wymaga najpierw rozpoznania tekstu.

## Sprawdzanie jednego pola: $field to nazwa pola.

invalid-empty = Pole „{ $field }” nie może być puste.
invalid-too-short = Pole „{ $field }” wymaga co najmniej { $min ->
        [one] { $min } znaku
       *[other] { $min } znaków
    }.
invalid-too-long = Pole „{ $field }” może mieć najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    }.
invalid-control-characters = Pole „{ $field }” zawiera niedozwolone znaki.
invalid-not-an-email = „{ $field }” nie jest adresem e-mail.
invalid-unknown-time-zone = „{ $field }”: nieznana strefa czasowa.
invalid-unknown-locale = „{ $field }”: nieobsługiwany język.
invalid-nothing-to-change = Nic nie zostało zmienione.
invalid-too-many = „{ $field }”: najwyżej { $max }.

field-display-name = Imię i nazwisko
field-name = Nazwa
field-description = Opis
field-title = Tytuł
field-body = Wiadomość
field-email = Adres e-mail
field-password = Hasło
field-time-zone = Strefa czasowa
field-locale = Język
field-profile = Profil
field-program = Program
field-commands = Zmiany
field-stage = Etap
field-stages = Etapy
field-note = Notatka
field-suggestion = Proponowany tekst
field-anchor = Zaznaczony fragment
field-mentions = Wzmianki
invalid-not-in-role = „{ $field }”: ta osoba nie ma w programie potrzebnej roli.
invalid-unknown-stage = „{ $field }”: program nie ma takiego etapu.
field-mentee-id = Uczestnik
field-mentor-id = Mentor
field-supervisor-id = Superwizor
invalid-not-a-link = „{ $field }” nie jest adresem internetowym (powinien zaczynać się od https://).
field-link = Link
field-reason = Powód
field-languages = Języki
