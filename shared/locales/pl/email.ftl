## E-maile. Zwykły tekst; $link to pełny adres.

email-signature = — Mentorhub
email-invitation-subject = Zaproszenie do programu „{ $program }”
email-invitation-body =
    Dzień dobry,

    { $inviter } zaprasza Cię do programu „{ $program }” w Mentorhub. Twoja rola: { $role }.

    Przyjmij zaproszenie tutaj:
    { $link }

    Link działa do { $expires }. Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.
email-reset-subject = Zmiana hasła w Mentorhub
email-reset-body =
    Dzień dobry,

    Ktoś — miejmy nadzieję, że Ty — poprosił o zmianę hasła do konta Mentorhub { $email }.

    Ustaw nowe hasło tutaj:
    { $link }

    Link działa przez godzinę i tylko raz. Jeśli to nie Ty, zignoruj tę wiadomość: hasło pozostanie bez zmian.
email-mention-subject = { $author } wspomina o Tobie w pracy „{ $project }”
email-mention-body =
    { $author } wspomina o Tobie w komentarzu do pracy „{ $project }”:

    { $excerpt }

    Otwórz pracę:
    { $link }
email-booked-subject = Sesja zarezerwowana: { $session }, { $when }
email-booked-body =
    { $session } z osobą { $other }: { $when }.

    Link do spotkania wideo: { $video }

    Bezpłatne odwołanie jest możliwe do { $free_until }; późniejsze odwołanie lub nieobecność liczy się jako sesja zrealizowana.

    Załączone zaproszenie doda sesję do Twojego kalendarza.
email-no-video = specjalista prześle go przed sesją
email-cancelled-subject = Sesja odwołana: { $session }, { $when }
email-cancelled-body = { $by } odwołuje sesję „{ $session }” { $when }. Powód: { $reason }.
email-cancelled-apology = Przepraszamy za niedogodność.
email-cancelled-rebook = Przepraszamy za niedogodność. Zarezerwuj, proszę, inny termin: { $link }
email-cancelled-note =
    Wiadomość od { $by }:

    „{ $note }”
email-cancelled-late = Odwołanie nastąpiło mniej niż { $hours } godz. przed rozpoczęciem, więc liczy się jako sesja zrealizowana.
email-reason-client = odwołane przez klienta
email-unmarked-subject = Oznacz, proszę, sesję z osobą { $client }
email-unmarked-body =
    Sesja „{ $session }” z osobą { $client } { $when } nie została jeszcze oznaczona. Rozliczane są tylko oznaczone sesje.

    Oznacz, co się wydarzyło (odbyła się, klient nie przyszedł, późne odwołanie, przerwana): { $link }
