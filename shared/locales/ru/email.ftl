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
email-booked-subject = Встреча назначена: { $session }, { $when }
email-booked-body =
    { $session } с участником { $other }: { $when }.

    Ссылка на видеовстречу: { $video }

    Бесплатно отменить можно до { $free_until }; более поздняя отмена или неявка считается проведённой встречей.

    Приложенное приглашение добавит встречу в ваш календарь.
email-no-video = тренер пришлёт её перед встречей
email-cancelled-subject = Встреча отменена: { $session }, { $when }
email-cancelled-body = { $by } отменяет встречу «{ $session }» { $when }. Причина: { $reason }.
email-cancelled-apology = Приносим извинения за неудобство.
email-cancelled-rebook = Приносим извинения за неудобство. Пожалуйста, выберите другое время: { $link }
email-cancelled-note =
    Сообщение от { $by }:

    «{ $note }»
email-cancelled-late = Отмена произошла меньше чем за { $hours } ч до начала, поэтому встреча считается проведённой.
email-reason-client = отменено клиентом
email-unmarked-subject = Отметьте, пожалуйста, встречу с участником { $client }
email-unmarked-body =
    Встреча «{ $session }» с участником { $client } { $when } ещё не отмечена. В расчёт попадают только отмеченные встречи.

    Отметьте, что произошло (проведена, клиент не пришёл, поздняя отмена, остановлена): { $link }
