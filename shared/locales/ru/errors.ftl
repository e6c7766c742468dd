## Ошибки, которыми отвечает сервер (ErrorCode) и которые показывает клиент.

error-unauthenticated = Пожалуйста, войдите.
error-forbidden = У вас нет доступа к этому.
error-csrf-failed = Ваш сеанс изменился в другой вкладке. Обновите страницу и попробуйте снова.
error-not-found = Не найдено. Возможно, это удалено или у вас нет доступа.
error-malformed-request = Не удалось прочитать запрос.
error-unknown-command = Сервер не знает этого действия. Обновите страницу, чтобы обновить приложение.
error-invalid-input = Проверьте, что вы ввели.
error-payload-too-large = Это слишком большой объём для отправки.
error-invalid-credentials = Неверный адрес электронной почты или пароль.
error-too-many-attempts = Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.
error-conflict = Это уже существует.
error-command-id-reused = Это изменение уже было отправлено с другим содержанием.
error-last-coordinator = В программе должен быть хотя бы один координатор. Сначала назначьте координатором кого-то другого.
error-invitation-invalid = Ссылка-приглашение больше не действует. Попросите координатора прислать новую.
error-reset-link-invalid = Ссылка больше не действует. Запросите новую.
error-invitation-for-someone-else = Это приглашение отправлено на другой адрес. Выйдите и откройте ссылку снова.
error-unavailable = Сервис ненадолго недоступен. Ваши изменения сохранены и будут отправлены.
error-internal = Что-то пошло не так на нашей стороне. Попробуйте чуть позже.
error-network = Нет связи с сервером.

## Проверка одного поля: $field — название поля.

invalid-empty = Поле «{ $field }» не может быть пустым.
invalid-too-short = В поле «{ $field }» нужно не меньше { $min ->
        [one] { $min } символа
        [few] { $min } символов
       *[many] { $min } символов
    }.
invalid-too-long = В поле «{ $field }» может быть не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
       *[many] { $max } символов
    }.
invalid-control-characters = В поле «{ $field }» есть недопустимые символы.
invalid-not-an-email = «{ $field }» — это не адрес электронной почты.
invalid-unknown-time-zone = «{ $field }»: такой часовой пояс неизвестен.
invalid-unknown-locale = «{ $field }»: такой язык не поддерживается.
invalid-nothing-to-change = Ничего не изменено.
invalid-too-many = «{ $field }»: не больше { $max }.

field-display-name = Имя
field-name = Название
field-description = Описание
field-title = Заголовок
field-body = Сообщение
field-email = Адрес электронной почты
field-password = Пароль
field-time-zone = Часовой пояс
field-locale = Язык
field-profile = Профиль
field-program = Программа
field-commands = Изменения
