## E-mails. Plain text; $link is a full URL.

email-signature = — Mentorhub
email-invitation-subject = You are invited to { $program }
email-invitation-body =
    Hello,

    { $inviter } invited you to take part in “{ $program }” on Mentorhub as { $role }.

    Accept the invitation here:
    { $link }

    The link works until { $expires }. If you did not expect this invitation, you can ignore this e-mail.
email-reset-subject = Reset your Mentorhub password
email-reset-body =
    Hello,

    Someone — hopefully you — asked to reset the password of the Mentorhub account { $email }.

    Choose a new password here:
    { $link }

    The link works for one hour and only once. If it was not you, ignore this e-mail: your password stays as it is.
email-mention-subject = { $author } mentioned you in “{ $project }”
email-mention-body =
    { $author } mentioned you in a comment on “{ $project }”:

    { $excerpt }

    Open the project:
    { $link }
email-booked-subject = Session booked: { $session }, { $when }
email-booked-body =
    { $session } with { $other }: { $when }.

    Video link: { $video }

    A cancellation is free until { $free_until }; a later cancellation, or not coming, counts as a held session.

    The attached invitation adds the session to your calendar.
email-no-video = the mentor will send it before the session
email-cancelled-subject = Session cancelled: { $session }, { $when }
email-cancelled-body = { $by } cancelled { $session } on { $when }. Reason: { $reason }.
email-cancelled-apology = We are sorry for the inconvenience.
email-cancelled-rebook = We are sorry for the inconvenience. Please book another time: { $link }
email-cancelled-note =
    Message from { $by }:

    “{ $note }”
email-cancelled-late = The cancellation came less than { $hours } hours before the start, so it counts as a held session.
email-reason-client = cancelled by the client
email-unmarked-subject = Please mark the session with { $client }
email-unmarked-body =
    The session “{ $session }” with { $client } on { $when } has not been marked yet. Only marked sessions are settled.

    Mark what happened (held, client did not come, cancelled late, stopped): { $link }
