## The booking pages.

command-set-booking-rules = Правила записи
command-define-session-type = Тип встречи
command-define-package = Пакет
command-assign-package = Назначение пакета
command-define-session-plan = План встреч
command-set-sprint-start = Начало спринта
command-set-mentor-profile = Ваш профиль
command-set-schedule = Ваше расписание
command-remove-schedule = Удаление расписания
command-add-time-off = Ваше время отсутствия
command-remove-time-off = Удаление времени отсутствия
command-book-session = Запись на встречу
command-reschedule-session = Перенос встречи
command-cancel-session = Отмена встречи
command-mark-outcome = Отметка встречи
command-attach-recording = Ссылка на запись
