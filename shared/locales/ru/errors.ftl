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
error-languages-not-declared = К этому тренеру пока нельзя записаться: он ещё не указал языки, на которых работает.
error-session-not-offered = Тренер не проводит эту встречу в это время. Выберите одно из свободных окон.
error-slot-taken = Это время только что занял кто-то другой. Выберите другое свободное окно.
error-quota-exhausted = В вашем пакете не осталось встреч на этот период.
error-booking-closed = Эту встречу уже нельзя изменить таким образом (она началась, уже отмечена или до неё слишком мало времени).
error-outcome-too-early = Итог можно отметить только после начала встречи (неявку — через 20 минут после начала).
error-document-empty = Файл пустой. Выберите файл с вашей работой и загрузите его снова.
error-document-unsupported = Это не документ Markdown, текстовый, Word (DOCX) или PDF. Сохраните его в одном из этих форматов и загрузите снова.
error-document-unreadable = Документ повреждён, его не удаётся прочитать. Откройте его, сохраните заново и загрузите новую копию.
error-document-too-complex = Документ слишком большой или сложный для чтения. Разделите его на части или сохраните без встроенных медиафайлов.
error-document-encrypted = Документ защищён паролем. Сохраните копию без пароля и загрузите её.
error-document-without-text = В документе нет текста — для отсканированного PDF сначала нужно распознавание текста.

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
field-stage = Этап
field-stages = Этапы
field-note = Примечание
field-suggestion = Предлагаемый текст
field-anchor = Выделенный фрагмент
field-mentions = Упоминания
invalid-not-in-role = «{ $field }»: у этого человека нет нужной роли в программе.
invalid-unknown-stage = «{ $field }»: в программе нет такого этапа.
field-mentee-id = Клиент
field-mentor-id = Тренер
field-supervisor-id = Супервизор
invalid-not-a-link = «{ $field }» — это не веб-адрес (он должен начинаться с https://).
field-link = Ссылка
field-reason = Причина
field-languages = Языки
