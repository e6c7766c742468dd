## E-pasta vēstules. Vienkāršs teksts; $link ir pilna adrese.

email-signature = — Mentorhub
email-invitation-subject = Uzaicinājums uz programmu “{ $program }”
email-invitation-body =
    Labdien!

    { $inviter } aicina jūs piedalīties programmā “{ $program }” platformā Mentorhub. Jūsu loma: { $role }.

    Pieņemiet uzaicinājumu šeit:
    { $link }

    Saite darbojas līdz { $expires }. Ja negaidījāt šo uzaicinājumu, varat šo vēstuli neņemt vērā.
email-reset-subject = Mentorhub paroles atjaunošana
email-reset-body =
    Labdien!

    Kāds — cerams, jūs — lūdza atjaunot Mentorhub konta { $email } paroli.

    Izvēlieties jaunu paroli šeit:
    { $link }

    Saite darbojas vienu stundu un tikai vienu reizi. Ja tas nebijāt jūs, neņemiet šo vēstuli vērā: parole paliks tā pati.
email-mention-subject = { $author } jūs pieminēja darbā “{ $project }”
email-mention-body =
    { $author } jūs pieminēja komentārā par darbu “{ $project }”:

    { $excerpt }

    Atvērt darbu:
    { $link }
