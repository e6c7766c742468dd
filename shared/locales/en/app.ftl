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
command-end-supervision = Ending a supervision
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

## Document review.

review-intro = Work in stages: the mentee uploads versions of a project, everyone involved comments on passages, and open comments follow the text onto each new version.
review-projects = Projects
review-no-projects = No projects to show yet. The projects of the mentees paired with you appear here.
review-no-projects-mentee = You have no project yet. Start one above.
review-new-project = Start a project
review-project-title = Title of the project
review-start-project = Start the project
review-project-created = Your project is started. Open it from the list below to upload the first version.
review-versions-count = { $count ->
        [one] { $count } version
       *[other] { $count } versions
    }
review-open-count = { $count ->
        [one] { $count } open comment
       *[other] { $count } open comments
    }
project-back = Back to the projects
project-by = Mentee: { $name }
review-also-here = Also here: { $names }
review-version-text = Text of version { $number }
review-page = Page { $number }
review-comment-block = Comment on “{ $start }”
review-selection = Selected passage
review-comment-action = Comment
review-selection-cancel = Cancel
review-new-comment = New comment
review-words = Only these words (optional)
review-words-hint = Leave it empty to comment on the whole paragraph.
review-words-missing = These words are not in the paragraph.
review-comment = Comment
review-suggest = Suggest a replacement for the passage
review-suggestion = Replacement text
review-suggestion-hint = Leave it empty to suggest deleting the passage.
review-mention = Notify by e-mail
review-private-note = Private note: mentors and supervisors see it, the mentee never does
review-post = Post the comment
review-cancel = Cancel
review-comments = Comments
review-no-comments-yet = No comments on this version yet. Select a passage to comment on it.
review-no-comments = No comments on this version.
review-show-resolved = Show resolved comments ({ $count })
review-orphans = Comments whose passage is gone
review-orphans-hint = The passage they were about is not in this version any more. Each can still be seen where it was, in the version it was made on.
review-made-on = Made on version { $number }
review-carried = Carried from version { $number }
review-orphaned = Passage gone (made on version { $number })
review-check-placement = Check placement: { $percent } % sure
review-private = Private note
review-resolved = Resolved
review-resolved-by = Resolved by { $name }, { $time }
review-show-passage = Show in the text
review-see-on-version = See it in version { $number }
review-resolve = Resolve
review-reopen = Reopen
review-reply = Reply
review-reply-text = Your reply
review-reply-send = Send the reply
review-edited = edited
review-history = { $count ->
        [one] Earlier text
       *[other] Earlier texts ({ $count })
    }
review-edit = Edit
review-edit-text = Text of the comment
review-suggested = Suggested change
review-suggested-remove = Remove:
review-suggested-insert = Insert:
review-accept = Accept the suggested change
review-accepted = Accepted by { $name }, { $time }
review-accepting = Accepted.
stages-title = Stages
stages-none = The program has no stages yet.
stages-progress = { $count ->
        [one] { $done } of { $count } stage finished
       *[other] { $done } of { $count } stages finished
    }
stages-open = Not finished yet
stages-done-by = Finished by { $name }, { $time }
stages-complete = Mark “{ $stage }” finished
stages-reopen = Reopen “{ $stage }”
stages-edit = Stages, one per line
stages-edit-hint = Every project in the program goes through them in this order, for example Draft, Revised, Final.
stages-save = Save the stages
versions-title = Versions
versions-none = No versions yet.
versions-none-yet = No version has been uploaded yet.
versions-number = Version { $number }
versions-read = Read version { $number }
versions-added = added by { $name }, { $time }
versions-download = Download the original file
versions-download-number = Download the original of version { $number }
versions-older = This is an earlier version.
versions-read-latest = Read the newest (version { $number })
versions-new = New version
versions-added-new = A new version was added.
versions-show-new = Show it
upload-title = Upload a new version
upload-file = Document
upload-file-hint = Markdown, plain text, Word (DOCX) or PDF.
upload-note = What changed (optional)
upload-submit = Upload
upload-choose = Choose a file to upload.
upload-offline = Uploading needs a connection to the server. Connect and try again; comments you write meanwhile are kept on this device.
upload-failed-network = The upload did not reach the server. Check the connection and try again.
upload-progress-label = Upload progress
upload-percent = Uploading… { $percent } %
upload-sent = Uploaded.
upload-done = { $name } is uploaded and becomes the next version.
compare-title = Compare versions
compare-from = From
compare-to = To
compare-submit = Compare
compare-heading = Differences between version { $from } and version { $to }
compare-threads = Comments by version
diff-added = added:
diff-removed = removed:
diff-legend-added = added text
diff-legend-removed = removed text
diff-label = Differences
diff-same = The two versions have the same text.
diff-summary = { $added ->
        [one] { $added } word added
       *[other] { $added } words added
    }, { $removed ->
        [one] { $removed } word removed
       *[other] { $removed } words removed
    }

## Pairs (members page).

pairs-title = Pairs
pairs-intro = Mentors work with the mentees paired with them, and supervisors oversee mentors. Who may see a mentee's projects follows from these pairs.
pairs-none = No pairs yet.
pairs-with = { $left } with { $right }
pairs-unpair = End
pairs-unpair-label = End the pairing of { $left } with { $right }
pairs-pair = Pair them
pairs-pick-mentee = Mentee
pairs-pick-mentor = Mentor
pairs-pick-supervisor = Supervisor
pairs-supervision = Supervision
pairs-no-supervision = No mentor has a supervisor yet.
pairs-supervised-by = { $left }, supervised by { $right }
pairs-assign = Assign the supervisor
