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
email-booked-subject = Sesija pierakstīta: { $session }, { $when }
email-booked-body =
    { $session } ar { $other }: { $when }.

    Video saite: { $video }

    Bez maksas atcelt var līdz { $free_until }; vēlāka atcelšana vai neierašanās skaitās kā notikusi sesija.

    Pievienotais ielūgums pievienos sesiju jūsu kalendāram.
email-no-video = mentors to atsūtīs pirms sesijas
email-cancelled-subject = Sesija atcelta: { $session }, { $when }
email-cancelled-body = { $by } atceļ sesiju “{ $session }” { $when }. Iemesls: { $reason }.
email-cancelled-apology = Atvainojamies par neērtībām.
email-cancelled-rebook = Atvainojamies par neērtībām. Lūdzu, izvēlieties citu laiku: { $link }
email-cancelled-note =
    Ziņa no { $by }:

    “{ $note }”
email-cancelled-late = Atcelšana notika mazāk nekā { $hours } h pirms sākuma, tāpēc tā skaitās kā notikusi sesija.
email-reason-client = atcēla klients
email-unmarked-subject = Lūdzu, atzīmējiet sesiju ar { $client }
email-unmarked-body =
    Sesija “{ $session }” ar { $client } { $when } vēl nav atzīmēta. Norēķinos iekļauj tikai atzīmētas sesijas.

    Atzīmējiet, kas notika (notika, klients neieradās, vēla atcelšana, pārtraukta): { $link }
