## Errors the server answers with (ErrorCode) and the client shows.

error-unauthenticated = Please sign in.
error-forbidden = You do not have access to this.
error-csrf-failed = Your session changed in another tab. Reload the page and try again.
error-not-found = Not found. It may have been removed, or you may not have access to it.
error-malformed-request = The request could not be read.
error-unknown-command = This server does not know that action. Reload the page to update the app.
error-invalid-input = Please check what you entered.
error-payload-too-large = That is too large to send.
error-invalid-credentials = The e-mail address or the password is not right.
error-too-many-attempts = Too many failed attempts. Wait 15 minutes and try again.
error-conflict = This already exists.
error-command-id-reused = This change was already sent with other content.
error-last-coordinator = A program needs at least one coordinator. Make someone else a coordinator first.
error-invitation-invalid = This invitation link no longer works. Ask the coordinator for a new one.
error-reset-link-invalid = This link no longer works. Ask for a new one.
error-invitation-for-someone-else = This invitation was sent to another e-mail address. Sign out, then open the link again.
error-unavailable = The service is unavailable for a moment. Your changes are kept and will be sent.
error-internal = Something went wrong on our side. Try again in a moment.
error-network = No connection to the server.
error-languages-not-declared = This mentor cannot be booked yet: they have not said which languages they work in.
error-session-not-offered = The mentor does not offer this session at this time. Pick one of the free times shown.
error-slot-taken = Someone else has just booked this time. Pick another free time.
error-quota-exhausted = Your package has no sessions left in this period.
error-booking-closed = This session can no longer be changed this way (it has started, was already marked, or is too close to move).
error-outcome-too-early = The outcome can be marked only after the session started (a no-show from 20 minutes after the start).
error-document-empty = The file is empty. Choose the file with your work and upload it again.
error-document-unsupported = This file is not a Markdown, text, Word (DOCX) or PDF document. Save it in one of these formats and upload it again.
error-document-unreadable = The document is damaged and cannot be read. Open it, save it again and upload the new copy.
error-document-too-complex = The document is too large or too complex to read. Split it into smaller parts or save it without embedded media.
error-document-encrypted = The document is protected with a password. Save a copy without the password and upload that.
error-document-without-text = The document has no text to read — a scanned PDF needs text recognition first.

## Validation of one field: $field is the field's translated label.

invalid-empty = { $field } cannot be empty.
invalid-too-short = { $field } needs at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
invalid-too-long = { $field } can have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
invalid-control-characters = { $field } contains characters that cannot be used.
invalid-not-an-email = { $field } is not an e-mail address.
invalid-unknown-time-zone = { $field } is not a known time zone.
invalid-unknown-locale = { $field } is not a supported language.
invalid-nothing-to-change = Nothing was changed.
invalid-too-many = { $field }: at most { $max } allowed.

field-display-name = Name
field-name = Name
field-description = Description
field-title = Title
field-body = Message
field-email = E-mail address
field-password = Password
field-time-zone = Time zone
field-locale = Language
field-profile = Profile
field-program = Program
field-commands = Changes
field-stage = Stage
field-stages = Stages
field-note = Note
field-suggestion = Suggested text
field-anchor = Selected passage
field-mentions = Mentions
invalid-not-in-role = { $field }: this person does not hold the needed role in the program.
invalid-unknown-stage = { $field }: the program has no such stage.
field-mentee-id = Mentee
field-mentor-id = Mentor
field-supervisor-id = Supervisor
invalid-not-a-link = { $field } is not a web address (it should start with https://).
field-link = Link
field-reason = Reason
field-languages = Languages
