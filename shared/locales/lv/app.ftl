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
command-end-supervision = Supervīzijas beigšana
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

## Darbs ar dokumentiem.

review-intro = Darbs posmos: klients augšupielādē sava darba versijas, visi iesaistītie komentē teksta fragmentus, un atvērtie komentāri kopā ar tekstu pāriet uz katru jauno versiju.
review-projects = Darbi
review-no-projects = Pagaidām nav darbu, ko parādīt. Šeit parādīsies to klientu darbi, ar kuriem esat pārī.
review-no-projects-mentee = Jums vēl nav darba. Sāciet to augstāk.
review-new-project = Sākt darbu
review-project-title = Darba nosaukums
review-start-project = Sākt darbu
review-project-created = Darbs ir izveidots. Atveriet to sarakstā zemāk, lai augšupielādētu pirmo versiju.
review-versions-count = { $count ->
        [zero] { $count } versiju
        [one] { $count } versija
       *[other] { $count } versijas
    }
review-open-count = { $count ->
        [zero] { $count } atvērtu komentāru
        [one] { $count } atvērts komentārs
       *[other] { $count } atvērti komentāri
    }
project-back = Atpakaļ pie darbiem
project-by = Klients: { $name }
review-also-here = Šeit ir arī: { $names }
review-version-text = { $number }. versijas teksts
review-page = { $number }. lappuse
review-comment-block = Komentēt „{ $start }”
review-selection = Atlasītais fragments
review-comment-action = Komentēt
review-selection-cancel = Atcelt
review-new-comment = Jauns komentārs
review-words = Tikai šie vārdi (nav obligāti)
review-words-hint = Atstājiet tukšu, lai komentētu visu rindkopu.
review-words-missing = Šo vārdu rindkopā nav.
review-comment = Komentārs
review-suggest = Ieteikt fragmenta aizstājēju
review-suggestion = Aizstājējteksts
review-suggestion-hint = Atstājiet tukšu, lai ieteiktu fragmentu dzēst.
review-mention = Paziņot pa e-pastu
review-private-note = Privāta piezīme: to redz mentori un supervizori, klients nekad
review-post = Publicēt komentāru
review-cancel = Atcelt
review-comments = Komentāri
review-no-comments-yet = Šai versijai vēl nav komentāru. Atlasiet fragmentu, lai to komentētu.
review-no-comments = Šai versijai nav komentāru.
review-show-resolved = Rādīt slēgtos komentārus ({ $count })
review-orphans = Komentāri, kuru fragments ir pazudis
review-orphans-hint = Fragmenta, uz kuru tie attiecās, šajā versijā vairs nav. Katru var redzēt agrākajā vietā tajā versijā, kurā tas tika pievienots.
review-made-on = Pievienots { $number }. versijai
review-carried = Pārnests no { $number }. versijas
review-orphaned = Fragments pazudis (komentārs { $number }. versijai)
review-check-placement = Pārbaudiet vietu: ticamība { $percent } %
review-private = Privāta piezīme
review-resolved = Slēgts
review-resolved-by = Slēdza { $name }, { $time }
review-show-passage = Rādīt tekstā
review-see-on-version = Skatīt { $number }. versijā
review-resolve = Slēgt
review-reopen = Atsākt
review-reply = Atbildēt
review-reply-text = Jūsu atbilde
review-reply-send = Sūtīt atbildi
review-edited = labots
review-history = { $count ->
        [one] Agrākais teksts
       *[other] Agrākie teksti ({ $count })
    }
review-edit = Labot
review-edit-text = Komentāra teksts
review-suggested = Ieteiktais labojums
review-suggested-remove = Dzēst:
review-suggested-insert = Ievietot:
review-accept = Pieņemt ieteikto labojumu
review-accepted = Pieņēma { $name }, { $time }
review-accepting = Pieņemts.
stages-title = Posmi
stages-none = Programmai vēl nav posmu.
stages-progress = Pabeigti posmi: { $done } no { $count }
stages-open = Vēl nav pabeigts
stages-done-by = Pabeidza { $name }, { $time }
stages-complete = Atzīmēt posmu „{ $stage }” kā pabeigtu
stages-reopen = Atsākt posmu „{ $stage }”
stages-edit = Posmi, katrs savā rindā
stages-edit-hint = Katrs programmas darbs iziet tos šādā secībā, piemēram: melnraksts, pārstrādāts, gala versija.
stages-save = Saglabāt posmus
versions-title = Versijas
versions-none = Versiju vēl nav.
versions-none-yet = Vēl nav augšupielādēta neviena versija.
versions-number = { $number }. versija
versions-read = Lasīt { $number }. versiju
versions-added = pievienoja { $name }, { $time }
versions-download = Lejupielādēt oriģinālo failu
versions-download-number = Lejupielādēt { $number }. versijas oriģinālu
versions-older = Šī ir viena no agrākajām versijām.
versions-read-latest = Lasīt jaunāko ({ $number }. versija)
versions-new = Jauna versija
versions-added-new = Pievienota jauna versija.
versions-show-new = Rādīt to
upload-title = Augšupielādēt jaunu versiju
upload-file = Dokuments
upload-file-hint = Markdown, vienkāršs teksts, Word (DOCX) vai PDF.
upload-note = Kas mainījās (nav obligāti)
upload-submit = Augšupielādēt
upload-choose = Izvēlieties augšupielādējamo failu.
upload-offline = Augšupielādei vajadzīgs savienojums ar serveri. Pieslēdzieties un mēģiniet vēlreiz; pa to laiku rakstītie komentāri tiek saglabāti šajā ierīcē.
upload-failed-network = Fails nenonāca līdz serverim. Pārbaudiet savienojumu un mēģiniet vēlreiz.
upload-progress-label = Augšupielādes gaita
upload-percent = Augšupielāde… { $percent } %
upload-sent = Augšupielādēts.
upload-done = Fails { $name } ir augšupielādēts un kļūs par nākamo versiju.
compare-title = Salīdzināt versijas
compare-from = No versijas
compare-to = Līdz versijai
compare-submit = Salīdzināt
compare-heading = Atšķirības starp { $from }. un { $to }. versiju
compare-threads = Komentāri pa versijām
diff-added = pievienots:
diff-removed = dzēsts:
diff-legend-added = pievienotais teksts
diff-legend-removed = dzēstais teksts
diff-label = Atšķirības
diff-same = Abu versiju teksts ir vienāds.
diff-summary = Pievienoti vārdi: { $added }, dzēsti vārdi: { $removed }

## Pāri (dalībnieku lapa).

pairs-title = Pāri
pairs-intro = Mentori strādā ar saviem pāra klientiem, un supervizori uzrauga mentorus. No šiem pāriem atkarīgs, kas redz klienta darbus.
pairs-none = Pāru vēl nav.
pairs-with = { $left } un { $right }
pairs-unpair = Beigt
pairs-unpair-label = Beigt pāri { $left } un { $right }
pairs-pair = Izveidot pāri
pairs-pick-mentee = Klients
pairs-pick-mentor = Mentors
pairs-pick-supervisor = Supervizors
pairs-supervision = Supervīzija
pairs-no-supervision = Nevienam mentoram vēl nav supervizora.
pairs-supervised-by = { $left }, supervizors: { $right }
pairs-assign = Piešķirt supervizoru
