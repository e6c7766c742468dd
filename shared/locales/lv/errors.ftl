## Kļūdas, ar kurām atbild serveris (ErrorCode) un kuras rāda klients.

error-unauthenticated = Lūdzu, piesakieties.
error-forbidden = Jums nav piekļuves tam.
error-csrf-failed = Jūsu sesija mainījās citā cilnē. Pārlādējiet lapu un mēģiniet vēlreiz.
error-not-found = Nav atrasts. Iespējams, tas ir dzēsts vai jums nav piekļuves.
error-malformed-request = Pieprasījumu neizdevās nolasīt.
error-unknown-command = Serveris nepazīst šo darbību. Pārlādējiet lapu, lai atjauninātu lietotni.
error-invalid-input = Lūdzu, pārbaudiet ievadīto.
error-payload-too-large = Tas ir pārāk liels, lai to nosūtītu.
error-invalid-credentials = E-pasta adrese vai parole nav pareiza.
error-too-many-attempts = Pārāk daudz neveiksmīgu mēģinājumu. Pagaidiet 15 minūtes un mēģiniet vēlreiz.
error-conflict = Tas jau pastāv.
error-command-id-reused = Šī izmaiņa jau tika nosūtīta ar citu saturu.
error-last-coordinator = Programmai vajag vismaz vienu koordinatoru. Vispirms padariet par koordinatoru kādu citu.
error-invitation-invalid = Šī uzaicinājuma saite vairs nedarbojas. Palūdziet koordinatoram jaunu.
error-reset-link-invalid = Šī saite vairs nedarbojas. Pieprasiet jaunu.
error-invitation-for-someone-else = Šis uzaicinājums nosūtīts uz citu e-pasta adresi. Izrakstieties un atveriet saiti vēlreiz.
error-unavailable = Pakalpojums uz brīdi nav pieejams. Jūsu izmaiņas ir saglabātas un tiks nosūtītas.
error-internal = Mūsu pusē kaut kas nogāja greizi. Mēģiniet vēlreiz pēc brīža.
error-network = Nav savienojuma ar serveri.
error-document-empty = Fails ir tukšs. Izvēlieties failu ar savu darbu un augšupielādējiet to vēlreiz.
error-document-unsupported = Tas nav Markdown, teksta, Word (DOCX) vai PDF dokuments. Saglabājiet to kādā no šiem formātiem un augšupielādējiet vēlreiz.
error-document-unreadable = Dokuments ir bojāts, un to nevar nolasīt. Atveriet to, saglabājiet no jauna un augšupielādējiet jauno kopiju.
error-document-too-complex = Dokuments ir pārāk liels vai sarežģīts, lai to nolasītu. Sadaliet to daļās vai saglabājiet bez iegultiem multivides failiem.
error-document-encrypted = Dokuments ir aizsargāts ar paroli. Saglabājiet kopiju bez paroles un augšupielādējiet to.
error-document-without-text = Dokumentā nav teksta — skenētam PDF vispirms vajadzīga teksta atpazīšana.

## Viena lauka pārbaude: $field ir lauka nosaukums.

invalid-empty = Lauks “{ $field }” nevar būt tukšs.
invalid-too-short = Laukā “{ $field }” vajag vismaz { $min } rakstzīmes.
invalid-too-long = Laukā “{ $field }” var būt ne vairāk kā { $max } rakstzīmes.
invalid-control-characters = Laukā “{ $field }” ir neatļautas rakstzīmes.
invalid-not-an-email = “{ $field }” nav e-pasta adrese.
invalid-unknown-time-zone = “{ $field }”: nezināma laika josla.
invalid-unknown-locale = “{ $field }”: neatbalstīta valoda.
invalid-nothing-to-change = Nekas netika mainīts.
invalid-too-many = “{ $field }”: ne vairāk kā { $max }.

field-display-name = Vārds
field-name = Nosaukums
field-description = Apraksts
field-title = Virsraksts
field-body = Ziņa
field-email = E-pasta adrese
field-password = Parole
field-time-zone = Laika josla
field-locale = Valoda
field-profile = Profils
field-program = Programma
field-commands = Izmaiņas
field-stage = Posms
field-stages = Posmi
field-note = Piezīme
field-suggestion = Ieteiktais teksts
field-anchor = Atlasītais fragments
field-mentions = Pieminējumi
invalid-not-in-role = “{ $field }”: šai personai programmā nav vajadzīgās lomas.
invalid-unknown-stage = “{ $field }”: programmā nav šāda posma.
field-mentee-id = Klients
field-mentor-id = Mentors
field-supervisor-id = Supervizors
