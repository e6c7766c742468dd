## Письма. Простой текст; $link — полный адрес.

email-signature = — Mentorhub
email-invitation-subject = Приглашение в программу «{ $program }»
email-invitation-body =
    Здравствуйте!

    { $inviter } приглашает вас в программу «{ $program }» на Mentorhub. Ваша роль: { $role }.

    Принять приглашение:
    { $link }

    Ссылка действует до { $expires }. Если вы не ждали этого приглашения, просто не отвечайте на письмо.
email-reset-subject = Сброс пароля Mentorhub
email-reset-body =
    Здравствуйте!

    Кто-то — надеемся, вы — запросил сброс пароля учётной записи Mentorhub { $email }.

    Задать новый пароль:
    { $link }

    Ссылка действует один час и только один раз. Если это были не вы, не обращайте внимания на письмо: пароль останется прежним.
email-mention-subject = { $author } упоминает вас в работе «{ $project }»
email-mention-body =
    { $author } упоминает вас в комментарии к работе «{ $project }»:

    { $excerpt }

    Открыть работу:
    { $link }
