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
