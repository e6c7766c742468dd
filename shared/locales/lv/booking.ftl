## The booking pages.

command-set-booking-rules = Pierakstīšanās noteikumi
command-define-session-type = Sesijas veids
command-define-package = Pakete
command-assign-package = Paketes piešķiršana
command-define-session-plan = Sesiju plāns
command-set-sprint-start = Sprinta sākums
command-set-mentor-profile = Jūsu profils
command-set-schedule = Jūsu grafiks
command-remove-schedule = Grafika dzēšana
command-add-time-off = Jūsu prombūtne
command-remove-time-off = Prombūtnes dzēšana
command-book-session = Pierakstīšanās uz sesiju
command-reschedule-session = Sesijas pārcelšana
command-cancel-session = Sesijas atcelšana
command-mark-outcome = Sesijas atzīmēšana
command-attach-recording = Ieraksta saite
