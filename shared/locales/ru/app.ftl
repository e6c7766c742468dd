## Оболочка приложения.

app-name = Mentorhub
skip-to-content = Перейти к основному содержанию
nav-main = Основная навигация
nav-dashboard = Мои программы
nav-settings = Настройки
nav-sign-out = Выйти
language-label = Язык
status-label = Соединение
status-online = В сети
status-offline = Нет сети
status-syncing = Синхронизация…
status-unsent = { $count ->
        [one] { $count } неотправленное изменение
        [few] { $count } неотправленных изменения
        [many] { $count } неотправленных изменений
       *[other] { $count } неотправленного изменения
    }

## Общие слова.

common-loading = Загрузка…
common-retry = Попробовать снова
common-save = Сохранить
common-saved = Сохранено.
common-dismiss = Закрыть
common-not-found = Такой страницы нет.
notfound-title = Страница не найдена
common-go-home = К моим программам
sync-rejected = { $what }: не применено. { $message }
sync-queued = Сохранено на этом устройстве. Будет отправлено, когда появится связь.
command-update-profile = Ваши настройки
command-create-program = Новая программа «{ $name }»
command-update-program = Настройки программы
command-invite-member = Приглашение для { $email }
command-revoke-invitation = Отзыв приглашения
command-grant-role = Добавление роли «{ $role }»
command-revoke-role = Снятие роли «{ $role }»
command-post-announcement = Объявление «{ $title }»
command-pair-mentee = Назначение тренера клиенту
command-unpair-mentee = Завершение пары
command-assign-supervisor = Назначение супервизора
command-set-review-stages = Этапы работы
command-create-project = Новая работа «{ $title }»
command-add-version = Новая версия
command-complete-stage = Завершение этапа
command-reopen-stage = Возобновление этапа
command-start-thread = Ваш комментарий
command-reply-to-thread = Ваш ответ
command-edit-comment = Правка комментария
command-resolve-thread = Закрытие обсуждения
command-reopen-thread = Возобновление обсуждения
command-accept-suggestion = Принятие предложенной правки

## Роли и разделы.

role-candidate = кандидат
role-mentee = клиент
role-mentor = тренер
role-supervisor = супервизор
role-panelist = член отборочной комиссии
role-coordinator = координатор
section-review = Работы
section-feedback = Обратная связь
section-selection = Отбор
section-booking = Встречи
section-review-intro = Здесь появятся проектные работы, их версии и комментарии к тексту.
section-feedback-intro = Здесь появятся сообщения, еженедельные анкеты и цели.
section-selection-intro = Здесь появятся анкеты кандидатов, оценки и решения.
section-booking-intro = Здесь появятся расписания, сессии и записи на встречи.
section-coming = Этот раздел Mentorhub пока не готов.

## Вход, сброс пароля, приглашения.

signin-title = Вход
signin-intro = Программы наставничества и коучинга: отбор, обратная связь, разбор документов и встречи — в одном месте.
signin-email = Адрес электронной почты
signin-password = Пароль
signin-submit = Войти
signin-forgot = Забыли пароль?
reset-title = Сброс пароля
reset-intro = Введите адрес электронной почты. Если к нему привязана учётная запись, мы пришлём ссылку для нового пароля.
reset-send = Отправить ссылку
reset-sent = Если этот адрес есть в системе, ссылка уже в пути. Она действует один час.
reset-new-title = Новый пароль
reset-new-password = Новый пароль
reset-save = Сохранить новый пароль
reset-done = Пароль изменён. Войдите с новым паролем.
reset-back = Вернуться ко входу
reset-ask-again = Запросить новую ссылку
password-hint = Не меньше 10 символов. Несколько слов подряд — хороший пароль.
invite-title = Ваше приглашение
invite-body = Вас приглашают в программу «{ $program }». Роль: { $role }.
invite-expires = Приглашение действует до { $time }.
invite-create-account = Создайте учётную запись, чтобы принять приглашение.
invite-display-name = Ваше имя
invite-accept = Принять приглашение
invite-sign-in-first = Учётная запись { $email } уже существует. Войдите, чтобы принять приглашение.
invite-accepted = Добро пожаловать в «{ $program }»!

## Главная.

dashboard-title = Мои программы
dashboard-empty = Вы пока не участвуете ни в одной программе. Вас добавит приглашение координатора.
dashboard-your-roles = Ваши роли
dashboard-members = { $count ->
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участника
    }
dashboard-announcements = Объявления
dashboard-no-announcements = Объявлений пока нет.
dashboard-new-program = Новая программа

## Программа.

program-sections = Разделы программы
program-overview = Обзор
program-announcements = Объявления
program-members = Участники
program-settings = Настройки программы
announce-new = Новое объявление
announce-title = Заголовок
announce-body = Сообщение
announce-post = Опубликовать объявление
announce-pending = Ещё не отправлено
announce-by = { $author }, { $time }
announce-posted = Объявление опубликовано.
announce-by-in = { $author }, «{ $program }», { $time }
program-name = Название
program-description = Описание
program-locale = Язык программы
program-time-zone = Часовой пояс программы
program-create = Создать программу
members-invite = Пригласить участника
members-invite-email = Адрес электронной почты
members-invite-role = Роль
members-invite-send = Отправить приглашение
members-invite-sent = Приглашение для { $email } отправляется.
members-invitations = Приглашения
members-invited-at = отправлено { $time }
members-no-invitations = Приглашений пока нет.
members-roles = Роли
members-grant = Добавить роль
members-grant-role = Какую роль добавить
members-grant-submit = Добавить
members-remove-role = Снять роль «{ $role }» с участника { $name }
members-revoke = Отозвать приглашение для { $email }
members-revoke-short = Отозвать
invitation-pending = ждёт ответа
invitation-accepted = принято
invitation-revoked = отозвано
invitation-expired = истекло

## Личные настройки.

settings-title = Настройки
settings-display-name = Ваше имя
settings-language = Язык
settings-time-zone = Часовой пояс
