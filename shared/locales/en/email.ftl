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
