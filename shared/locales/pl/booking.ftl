## The booking pages.

command-set-booking-rules = Zasady rezerwacji
command-define-session-type = Rodzaj sesji
command-define-package = Pakiet
command-assign-package = Przydzielenie pakietu
command-define-session-plan = Plan sesji
command-set-sprint-start = Początek sprintu
command-set-mentor-profile = Twój profil
command-set-schedule = Twój grafik
command-remove-schedule = Usunięcie grafiku
command-add-time-off = Twoja nieobecność
command-remove-time-off = Usunięcie nieobecności
command-book-session = Rezerwacja sesji
command-reschedule-session = Przeniesienie sesji
command-cancel-session = Odwołanie sesji
command-mark-outcome = Oznaczenie sesji
command-attach-recording = Link do nagrania
