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
command-end-supervision = Снятие супервизора
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

## Работа с документами.

review-intro = Работа по этапам: клиент загружает версии своей работы, все участники комментируют фрагменты текста, а открытые комментарии переходят вместе с текстом в каждую новую версию.
review-projects = Работы
review-no-projects = Работ пока нет. Здесь появятся работы клиентов, с которыми вы в паре.
review-no-projects-mentee = У вас пока нет работы. Начните её выше.
review-new-project = Начать работу
review-project-title = Название работы
review-start-project = Начать работу
review-project-created = Работа создана. Откройте её в списке ниже, чтобы загрузить первую версию.
review-versions-count = { $count ->
        [one] { $count } версия
        [few] { $count } версии
        [many] { $count } версий
       *[other] { $count } версии
    }
review-open-count = { $count ->
        [one] { $count } открытый комментарий
        [few] { $count } открытых комментария
        [many] { $count } открытых комментариев
       *[other] { $count } открытого комментария
    }
project-back = Назад к работам
project-by = Клиент: { $name }
review-also-here = Сейчас здесь также: { $names }
review-version-text = Текст версии { $number }
review-page = Страница { $number }
review-comment-block = Комментировать «{ $start }»
review-selection = Выделенный фрагмент
review-comment-action = Комментировать
review-selection-cancel = Отмена
review-new-comment = Новый комментарий
review-words = Только эти слова (необязательно)
review-words-hint = Оставьте пустым, чтобы комментировать весь абзац.
review-words-missing = В абзаце нет таких слов.
review-comment = Комментарий
review-suggest = Предложить замену для фрагмента
review-suggestion = Текст замены
review-suggestion-hint = Оставьте пустым, чтобы предложить удалить фрагмент.
review-mention = Уведомить по e-mail
review-private-note = Личная заметка: её видят тренеры и супервизоры, клиент — никогда
review-post = Опубликовать комментарий
review-cancel = Отмена
review-comments = Комментарии
review-no-comments-yet = К этой версии пока нет комментариев. Выделите фрагмент, чтобы прокомментировать его.
review-no-comments = К этой версии нет комментариев.
review-show-resolved = Показать закрытые комментарии ({ $count })
review-orphans = Комментарии, чей фрагмент исчез
review-orphans-hint = Фрагмента, к которому они относились, в этой версии больше нет. Каждый можно увидеть на прежнем месте в той версии, где он был оставлен.
review-made-on = Оставлен к версии { $number }
review-carried = Перенесён из версии { $number }
review-orphaned = Фрагмент исчез (комментарий к версии { $number })
review-check-placement = Проверьте место: уверенность { $percent } %
review-private = Личная заметка
review-resolved = Закрыто
review-resolved-by = Закрыл(а) { $name }, { $time }
review-show-passage = Показать в тексте
review-see-on-version = Посмотреть в версии { $number }
review-resolve = Закрыть
review-reopen = Возобновить
review-reply = Ответить
review-reply-text = Ваш ответ
review-reply-send = Отправить ответ
review-edited = изменён
review-history = { $count ->
        [one] Прежний текст
       *[other] Прежние тексты ({ $count })
    }
review-edit = Изменить
review-edit-text = Текст комментария
review-suggested = Предложенная правка
review-suggested-remove = Удалить:
review-suggested-insert = Вставить:
review-accept = Принять предложенную правку
review-accepted = Принято: { $name }, { $time }
review-accepting = Принято.
stages-title = Этапы
stages-none = В программе пока нет этапов.
stages-progress = Завершено этапов: { $done } из { $count }
stages-open = Ещё не завершён
stages-done-by = Завершил(а) { $name }, { $time }
stages-complete = Отметить этап «{ $stage }» завершённым
stages-reopen = Возобновить этап «{ $stage }»
stages-edit = Этапы, по одному на строке
stages-edit-hint = Каждая работа в программе проходит их по порядку, например: черновик, доработка, итог.
stages-save = Сохранить этапы
versions-title = Версии
versions-none = Версий пока нет.
versions-none-yet = Ещё не загружено ни одной версии.
versions-number = Версия { $number }
versions-read = Читать версию { $number }
versions-added = добавил(а) { $name }, { $time }
versions-download = Скачать исходный файл
versions-download-number = Скачать исходный файл версии { $number }
versions-older = Это одна из прежних версий.
versions-read-latest = Читать новейшую (версия { $number })
versions-new = Новая версия
versions-added-new = Добавлена новая версия.
versions-show-new = Показать её
upload-title = Загрузить новую версию
upload-file = Документ
upload-file-hint = Markdown, простой текст, Word (DOCX) или PDF.
upload-note = Что изменилось (необязательно)
upload-submit = Загрузить
upload-choose = Выберите файл для загрузки.
upload-offline = Для загрузки нужна связь с сервером. Подключитесь и попробуйте снова; комментарии, написанные тем временем, сохраняются на этом устройстве.
upload-failed-network = Файл не дошёл до сервера. Проверьте соединение и попробуйте снова.
upload-progress-label = Ход загрузки
upload-percent = Загрузка… { $percent } %
upload-sent = Загружено.
upload-done = Файл { $name } загружен и станет следующей версией.
compare-title = Сравнить версии
compare-from = С версии
compare-to = По версию
compare-submit = Сравнить
compare-heading = Различия между версией { $from } и версией { $to }
compare-threads = Комментарии по версиям
diff-added = добавлено:
diff-removed = удалено:
diff-legend-added = добавленный текст
diff-legend-removed = удалённый текст
diff-label = Различия
diff-same = Текст обеих версий одинаков.
diff-summary = Добавлено слов: { $added }, удалено слов: { $removed }

## Пары (страница участников).

pairs-title = Пары
pairs-intro = Тренеры работают с клиентами из своих пар, а супервизоры курируют тренеров. От этих пар зависит, кто видит работы клиента.
pairs-none = Пар пока нет.
pairs-with = { $left } и { $right }
pairs-unpair = Завершить
pairs-unpair-label = Завершить пару { $left } и { $right }
pairs-pair = Составить пару
pairs-pick-mentee = Клиент
pairs-pick-mentor = Тренер
pairs-pick-supervisor = Супервизор
pairs-supervision = Супервизия
pairs-no-supervision = Ни у одного тренера пока нет супервизора.
pairs-supervised-by = { $left }, супервизор — { $right }
pairs-assign = Назначить супервизора
