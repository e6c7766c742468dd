## Lietotnes ietvars.

app-name = Mentorhub
skip-to-content = Pāriet uz galveno saturu
nav-main = Galvenā navigācija
nav-dashboard = Manas programmas
nav-settings = Iestatījumi
nav-sign-out = Izrakstīties
language-label = Valoda
status-label = Savienojums
status-online = Tiešsaistē
status-offline = Bezsaistē
status-syncing = Sinhronizē…
status-unsent = { $count ->
        [zero] { $count } nenosūtītu izmaiņu
        [one] { $count } nenosūtīta izmaiņa
       *[other] { $count } nenosūtītas izmaiņas
    }

## Kopīgi vārdi.

common-loading = Ielādē…
common-retry = Mēģināt vēlreiz
common-save = Saglabāt
common-saved = Saglabāts.
common-dismiss = Aizvērt
common-not-found = Šādas lapas nav.
notfound-title = Lapa nav atrasta
common-go-home = Uz manām programmām
sync-rejected = { $what }: netika piemērots. { $message }
sync-queued = Saglabāts šajā ierīcē. Tiks nosūtīts, kad atjaunosies savienojums.
command-update-profile = Jūsu iestatījumi
command-create-program = Jaunā programma „{ $name }”
command-update-program = Programmas iestatījumi
command-invite-member = Uzaicinājums adresātam { $email }
command-revoke-invitation = Uzaicinājuma atsaukšana
command-grant-role = Lomas „{ $role }” piešķiršana
command-revoke-role = Lomas „{ $role }” noņemšana
command-post-announcement = Paziņojums „{ $title }”
command-pair-mentee = Mentora piešķiršana klientam
command-unpair-mentee = Pāra beigšana
command-assign-supervisor = Supervizora piešķiršana
command-set-review-stages = Darba posmi
command-create-project = Jaunais darbs „{ $title }”
command-add-version = Jaunā versija
command-complete-stage = Posma pabeigšana
command-reopen-stage = Posma atsākšana
command-start-thread = Jūsu komentārs
command-reply-to-thread = Jūsu atbilde
command-edit-comment = Komentāra labošana
command-resolve-thread = Diskusijas slēgšana
command-reopen-thread = Diskusijas atsākšana
command-accept-suggestion = Ieteiktā labojuma pieņemšana

## Lomas un sadaļas.

role-candidate = kandidāts
role-mentee = klients
role-mentor = mentors
role-supervisor = supervizors
role-panelist = atlases komisijas loceklis
role-coordinator = koordinators
section-review = Darbi
section-feedback = Atgriezeniskā saite
section-selection = Atlase
section-booking = Tikšanās
section-review-intro = Šeit parādīsies projektu darbi, to versijas un komentāri tekstā.
section-feedback-intro = Šeit parādīsies ziņas, iknedēļas anketas un mērķi.
section-selection-intro = Šeit parādīsies pieteikumi, vērtējuma kartes un lēmumi.
section-booking-intro = Šeit parādīsies grafiki, sesijas un pieraksti.
section-coming = Šī Mentorhub daļa vēl nav gatava.

## Pieteikšanās, paroles atjaunošana, uzaicinājumi.

signin-title = Pieteikšanās
signin-intro = Mentoringa un koučinga programmas: atlase, atgriezeniskā saite, dokumentu pārskatīšana un sesijas vienuviet.
signin-email = E-pasta adrese
signin-password = Parole
signin-submit = Pieteikties
signin-forgot = Aizmirsāt paroli?
reset-title = Paroles atjaunošana
reset-intro = Ievadiet e-pasta adresi. Ja tā pieder kontam, nosūtīsim saiti jaunas paroles izvēlei.
reset-send = Nosūtīt saiti
reset-sent = Ja šī adrese pieder kontam, saite jau ir ceļā. Tā darbojas vienu stundu.
reset-new-title = Izvēlieties jaunu paroli
reset-new-password = Jaunā parole
reset-save = Saglabāt jauno paroli
reset-done = Parole ir nomainīta. Piesakieties ar jauno paroli.
reset-back = Atpakaļ uz pieteikšanos
reset-ask-again = Pieprasīt jaunu saiti
password-hint = Vismaz 10 rakstzīmes. Daži vārdi pēc kārtas ir laba parole.
invite-title = Jūsu uzaicinājums
invite-body = Jūs esat uzaicināts uz programmu “{ $program }”. Loma: { $role }.
invite-expires = Uzaicinājums ir derīgs līdz { $time }.
invite-create-account = Izveidojiet kontu, lai pieņemtu uzaicinājumu.
invite-display-name = Jūsu vārds
invite-accept = Pieņemt uzaicinājumu
invite-sign-in-first = Konts { $email } jau pastāv. Piesakieties, lai pieņemtu uzaicinājumu.
invite-accepted = Laipni lūgti programmā “{ $program }”!

## Sākumlapa.

dashboard-title = Manas programmas
dashboard-empty = Jūs vēl nepiedalāties nevienā programmā. Jūs pievienos koordinatora uzaicinājums.
dashboard-your-roles = Jūsu lomas
dashboard-members = { $count ->
        [zero] { $count } dalībnieku
        [one] { $count } dalībnieks
       *[other] { $count } dalībnieki
    }
dashboard-announcements = Paziņojumi
dashboard-no-announcements = Paziņojumu vēl nav.
dashboard-new-program = Jauna programma

## Programma.

program-sections = Programmas sadaļas
program-overview = Pārskats
program-announcements = Paziņojumi
program-members = Dalībnieki
program-settings = Programmas iestatījumi
announce-new = Jauns paziņojums
announce-title = Virsraksts
announce-body = Ziņa
announce-post = Publicēt paziņojumu
announce-pending = Vēl nav nosūtīts
announce-by = { $author }, { $time }
announce-posted = Paziņojums ir publicēts.
announce-by-in = { $author }, „{ $program }”, { $time }
program-name = Nosaukums
program-description = Apraksts
program-locale = Programmas valoda
program-time-zone = Programmas laika josla
program-create = Izveidot programmu
members-invite = Uzaicināt kādu
members-invite-email = E-pasta adrese
members-invite-role = Loma
members-invite-send = Nosūtīt uzaicinājumu
members-invite-sent = Uzaicinājums adresātam { $email } ir ceļā.
members-invitations = Uzaicinājumi
members-invited-at = nosūtīts { $time }
members-no-invitations = Uzaicinājumu vēl nav.
members-roles = Lomas
members-grant = Pievienot lomu
members-grant-role = Pievienojamā loma
members-grant-submit = Pievienot
members-remove-role = Noņemt lomu “{ $role }” dalībniekam { $name }
members-revoke = Atsaukt uzaicinājumu { $email }
members-revoke-short = Atsaukt
invitation-pending = gaida atbildi
invitation-accepted = pieņemts
invitation-revoked = atsaukts
invitation-expired = beidzies

## Personīgie iestatījumi.

settings-title = Iestatījumi
settings-display-name = Jūsu vārds
settings-language = Valoda
settings-time-zone = Laika josla
