## The application shell.

app-name = Mentorhub
skip-to-content = Skip to main content
nav-main = Main
nav-dashboard = My programs
nav-settings = Settings
nav-sign-out = Sign out
language-label = Language
status-label = Connection
status-online = Online
status-offline = Offline
status-syncing = Syncing…
status-unsent = { $count ->
        [one] { $count } unsent change
       *[other] { $count } unsent changes
    }

## Common words.

common-loading = Loading…
common-retry = Try again
common-save = Save
common-saved = Saved.
common-dismiss = Dismiss
common-not-found = This page does not exist.
notfound-title = Page not found
common-go-home = Go to my programs
sync-rejected = { $what } was not applied. { $message }
sync-queued = Saved on this device. It will be sent when the connection returns.
command-update-profile = Your settings
command-create-program = The new program “{ $name }”
command-update-program = The program settings
command-invite-member = The invitation to { $email }
command-revoke-invitation = Revoking an invitation
command-grant-role = Adding the role { $role }
command-revoke-role = Removing the role { $role }
command-post-announcement = The announcement “{ $title }”
command-pair-mentee = Pairing a mentee with a mentor
command-unpair-mentee = Ending a pairing
command-assign-supervisor = Assigning a supervisor
command-set-review-stages = The review stages
command-create-project = The new project “{ $title }”
command-add-version = The new version
command-complete-stage = Marking a stage finished
command-reopen-stage = Reopening a stage
command-start-thread = Your comment
command-reply-to-thread = Your reply
command-edit-comment = Editing a comment
command-resolve-thread = Resolving a thread
command-reopen-thread = Reopening a thread
command-accept-suggestion = Accepting a suggested change

## Roles and sections.

role-candidate = candidate
role-mentee = mentee
role-mentor = mentor
role-supervisor = supervisor
role-panelist = panelist
role-coordinator = coordinator
section-review = Review
section-feedback = Feedback
section-selection = Selection
section-booking = Booking
section-review-intro = Project work, versions and inline comments will appear here.
section-feedback-intro = Messages, weekly feedback forms and goals will appear here.
section-selection-intro = Applications, scorecards and decisions will appear here.
section-booking-intro = Schedules, sessions and bookings will appear here.
section-coming = This part of Mentorhub is not ready yet.

## Sign in, password reset, invitations.

signin-title = Sign in
signin-intro = Mentoring and coaching programs: selection, feedback, document reviews and sessions in one place.
signin-email = E-mail address
signin-password = Password
signin-submit = Sign in
signin-forgot = Forgot your password?
reset-title = Reset your password
reset-intro = Enter your e-mail address. If it belongs to an account, we will send a link to choose a new password.
reset-send = Send the link
reset-sent = If an account uses that address, a link is on its way. It works for one hour.
reset-new-title = Choose a new password
reset-new-password = New password
reset-save = Save the new password
reset-done = Your password is changed. Sign in with the new one.
reset-back = Back to sign in
reset-ask-again = Ask for a new link
password-hint = At least 10 characters. A few words in a row make a good password.
invite-title = Your invitation
invite-body = You are invited to “{ $program }” as { $role }.
invite-expires = The invitation works until { $time }.
invite-create-account = Create your account to accept.
invite-display-name = Your name
invite-accept = Accept the invitation
invite-sign-in-first = An account with { $email } already exists. Sign in to accept.
invite-accepted = Welcome to { $program }!

## Dashboard.

dashboard-title = My programs
dashboard-empty = You are not in any program yet. An invitation from a program coordinator will bring you in.
dashboard-your-roles = Your roles
dashboard-members = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
dashboard-announcements = Announcements
dashboard-no-announcements = No announcements yet.
dashboard-new-program = New program

## A program.

program-sections = Sections of this program
program-overview = Overview
program-announcements = Announcements
program-members = Members
program-settings = Program settings
announce-new = New announcement
announce-title = Title
announce-body = Message
announce-post = Post the announcement
announce-pending = Not sent yet
announce-by = { $author }, { $time }
announce-posted = The announcement is posted.
announce-by-in = { $author } in { $program }, { $time }
program-name = Name
program-description = Description
program-locale = Language of the program
program-time-zone = Time zone of the program
program-create = Create the program
members-invite = Invite someone
members-invite-email = E-mail address
members-invite-role = Role
members-invite-send = Send the invitation
members-invite-sent = The invitation to { $email } is on its way.
members-invitations = Invitations
members-invited-at = sent { $time }
members-no-invitations = No invitations yet.
members-roles = Roles
members-grant = Add a role
members-grant-role = Role to add
members-grant-submit = Add
members-remove-role = Remove the role { $role } from { $name }
members-revoke = Revoke the invitation to { $email }
members-revoke-short = Revoke
invitation-pending = waiting for an answer
invitation-accepted = accepted
invitation-revoked = revoked
invitation-expired = expired

## Personal settings.

settings-title = Settings
settings-display-name = Your name
settings-language = Language
settings-time-zone = Time zone
