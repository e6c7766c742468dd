## The booking pages.

command-set-booking-rules = The booking rules
command-define-session-type = A session type
command-define-package = A package
command-assign-package = Giving a package
command-define-session-plan = The session plan
command-set-sprint-start = The sprint start
command-set-mentor-profile = Your profile
command-set-schedule = Your schedule
command-remove-schedule = Removing a schedule
command-add-time-off = Your time off
command-remove-time-off = Removing time off
command-book-session = Booking a session
command-reschedule-session = Moving a session
command-cancel-session = Cancelling a session
command-mark-outcome = Marking a session
command-attach-recording = Linking a recording
