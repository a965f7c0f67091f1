<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AbandonedModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Innringer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukjent innringer</translation>
    </message>
    <message>
        <source>Hidden number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Håndtert</translation>
    </message>
    <message>
        <source>Answered later, called back, or a callback is already scheduled.</source>
        <translation>Besvart senere, ringt tilbake til, eller en tilbakeringing er allerede planlagt.</translation>
    </message>
</context>
<context>
    <name>AbandonedView</name>
    <message>
        <source>Callers who hung up before anyone answered, after waiting the short-abandon time or longer.</source>
        <translation>Innringere som la på før noen svarte, etter å ha ventet minst den korte avbruddstiden.</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlegg tilbakeringing</translation>
    </message>
    <message>
        <source>Schedule a callback to %1</source>
        <translation>Planlegg en tilbakeringing til %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Skranke</source>
        <translation>Om Skranke</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Kildekode</translation>
    </message>
    <message>
        <source>Skranke {version}</source>
        <translation>Skranke {version}</translation>
    </message>
    <message>
        <source>Call-center client: softphone, customer history, callbacks and tickets.</source>
        <translation>Kundesenterklient: softphone, kundehistorikk, tilbakeringinger og saker.</translation>
    </message>
    <message>
        <source>Skranke is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Skranke er fri programvare: Du kan videredistribuere det og/eller endre det under vilkårene i GNU General Public License, slik den er utgitt av Free Software Foundation, enten versjon 3 av lisensen eller (etter ditt valg) en senere versjon.</translation>
    </message>
    <message>
        <source>Skranke is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Skranke distribueres i håp om at det vil være nyttig, men UTEN NOEN GARANTI; uten engang den underforståtte garantien om SALGBARHET eller EGNETHET FOR ET BESTEMT FORMÅL. Se GNU General Public License for flere detaljer.</translation>
    </message>
    <message>
        <source>Skranke contains pjproject, which is licensed under the GNU General Public License, version 2 or later; the combined program is therefore distributed under the GPL.</source>
        <translation>Skranke inneholder pjproject, som er lisensiert under GNU General Public License, versjon 2 eller senere; det samlede programmet distribueres derfor under GPL.</translation>
    </message>
    <message>
        <source>Qt, Qt for Python (PySide6) and psycopg are licensed under the GNU Lesser General Public License, version 3. They are installed as separate shared libraries in Skranke&apos;s folder, so you may replace them with versions you have built or modified yourself.</source>
        <translation>Qt, Qt for Python (PySide6) og psycopg er lisensiert under GNU Lesser General Public License, versjon 3. De er installert som separate delte biblioteker i Skrankes mappe, så du kan erstatte dem med versjoner du selv har bygget eller endret.</translation>
    </message>
    <message>
        <source>The full licence text: {url}</source>
        <translation>Den fullstendige lisensteksten: {url}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>The complete corresponding source code of this version of Skranke, including the source of pjproject and of every other GPL or LGPL component it contains, together with the scripts used to build and install it, is available at {url}.</source>
        <translation>Den fullstendige tilsvarende kildekoden for denne versjonen av Skranke, inkludert kildekoden til pjproject og til alle andre GPL- eller LGPL-komponenter den inneholder, sammen med skriptene som brukes til å bygge og installere den, er tilgjengelig på {url}.</translation>
    </message>
    <message>
        <source>Written offer: for at least three years after you received this copy, and for as long as spare parts or support are offered for it, whoever gave you this copy of Skranke will give you, or any third party, the complete corresponding source code on a durable medium for no more than the cost of physically performing the distribution. Ask the person or organisation that supplied Skranke, or ask through the address above.</source>
        <translation>Skriftlig tilbud: I minst tre år etter at du mottok denne kopien, og så lenge det tilbys reservedeler eller støtte for den, vil den som ga deg denne kopien av Skranke, gi deg eller en hvilken som helst tredjepart den fullstendige tilsvarende kildekoden på et varig medium for høyst det det koster å utføre distribusjonen fysisk. Spør personen eller organisasjonen som leverte Skranke, eller spør via adressen ovenfor.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versjon {version}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>same as user</source>
        <translation>samme som bruker</translation>
    </message>
    <message>
        <source>the registrar&apos;s host</source>
        <translation>registrarens vert</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>tom: systemets sertifikatutstedere</translation>
    </message>
    <message>
        <source>TLS only: a PEM file with the certificate of the authority that signed the PBX&apos;s certificate. The PBX&apos;s certificate is always checked.</source>
        <translation>Bare TLS: en PEM-fil med sertifikatet fra utstederen som har signert sentralbordets sertifikat. Sentralbordets sertifikat kontrolleres alltid.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Bruk denne kontoen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Authentication user</source>
        <translation>Påloggingsnavn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domene</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Utgående proxy</translation>
    </message>
    <message>
        <source>CA certificate file (TLS)</source>
        <translation>CA-sertifikatfil (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Encrypted media (SRTP)</source>
        <translation>Kryptert lyd (SRTP)</translation>
    </message>
</context>
<context>
    <name>AgentActions</name>
    <message>
        <source>Set available</source>
        <translation>Sett til tilgjengelig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Sett til frakoblet</translation>
    </message>
    <message>
        <source>Queues…</source>
        <translation>Køer…</translation>
    </message>
    <message>
        <source>Hand over callbacks and tickets…</source>
        <translation>Overfør tilbakeringinger og saker…</translation>
    </message>
    <message>
        <source>The state of an agent on a call follows the call.</source>
        <translation>Statusen til en agent i et anrop følger anropet.</translation>
    </message>
    <message>
        <source>Supervisor action</source>
        <translation>Handling som teamleder</translation>
    </message>
    <message>
        <source>%1 has no open callbacks or tickets.</source>
        <translation>%1 har ingen åpne tilbakeringinger eller saker.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>Caller on hold</source>
        <translation>Innringer på vent</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Anrop i dag</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Pågående anrop</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Queue calls this agent answered since local midnight.</source>
        <translation>Køanrop som agenten har besvart siden midnatt lokal tid.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Legg til helligdag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Helligdager (stengt hele dagen)</translation>
    </message>
    <message>
        <source>Default (sites without their own)</source>
        <translation>Standard (øvrige lokasjoner)</translation>
    </message>
    <message>
        <source>Some days have a break; saving here keeps one span from opening to closing.</source>
        <translation>Noen dager har en pause; lagrer du her, blir det én periode fra åpning til stenging.</translation>
    </message>
    <message>
        <source>Check the time zone and that every day closes after it opens.</source>
        <translation>Kontroller tidssonen, og at hver dag stenger etter at den åpner.</translation>
    </message>
    <message>
        <source>Saved. New due times follow these hours.</source>
        <translation>Lagret. Nye frister følger disse tidene.</translation>
    </message>
    <message>
        <source>Opening hours could not be saved</source>
        <translation>Åpningstidene kunne ikke lagres</translation>
    </message>
</context>
<context>
    <name>CallCoordinator</name>
    <message>
        <source>Call transferred: a follow-up ticket is in your list, to check that the customer&apos;s problem was solved.</source>
        <translation>Anropet er satt over: En oppfølgingssak ligger i listen din, slik at du kan sjekke at kundens problem ble løst.</translation>
    </message>
    <message>
        <source>Call transferred, but no follow-up ticket could be made: %1</source>
        <translation>Anropet er satt over, men det kunne ikke opprettes en oppfølgingssak: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved on this computer; it is sent when the shared database is back.</source>
        <translation>Etterarbeidet er lagret på denne datamaskinen; det sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Wrap-up saved.</source>
        <translation>Etterarbeidet er lagret.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Kø %1</translation>
    </message>
    <message>
        <source>Callback scheduled.</source>
        <translation>Tilbakeringingen er planlagt.</translation>
    </message>
    <message>
        <source>Callback saved on this computer; it is sent when the shared database is back.</source>
        <translation>Tilbakeringingen er lagret på denne datamaskinen; den sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Skranke</source>
        <translation>Skranke</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inn</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ut</translation>
    </message>
</context>
<context>
    <name>CallHistoryView</name>
    <message>
        <source>Missed calls only</source>
        <translation>Bare tapte anrop</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlegg tilbakeringing</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Ring tilbake</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Spill av opptak</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Åpne mappen med opptak</translation>
    </message>
    <message>
        <source>The selected call was not recorded.</source>
        <translation>Det valgte anropet ble ikke tatt opp.</translation>
    </message>
    <message>
        <source>The recording is not on this computer: %1</source>
        <translation>Opptaket finnes ikke på denne datamaskinen: %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Conference</source>
        <translation>Konferanse</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Satt på vent av motparten</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Innkommende anrop</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringer…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Phone not started</source>
        <translation>Telefonen er ikke startet</translation>
    </message>
    <message>
        <source>Ready: registered again</source>
        <translation>Klar: registrert på nytt</translation>
    </message>
    <message>
        <source>Ready: registered</source>
        <translation>Klar: registrert</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>Not registered: wrong user name or password</source>
        <translation>Ikke registrert: feil brukernavn eller passord</translation>
    </message>
    <message>
        <source>Not registered: the PBX&apos;s certificate could not be verified (see the CA file setting)</source>
        <translation>Ikke registrert: sentralbordets sertifikat kunne ikke verifiseres (se innstillingen for CA-fil)</translation>
    </message>
    <message>
        <source>Not registered (%1 %2); trying again</source>
        <translation>Ikke registrert (%1 %2); prøver igjen</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Nummer/internnr.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Show the dial pad</source>
        <translation>Vis tastaturet</translation>
    </message>
    <message>
        <source>No calls. F7 answers, F8 hangs up, F9 holds, F10 mutes.</source>
        <translation>Ingen anrop. F7 svarer, F8 legger på, F9 setter på vent, F10 slår av mikrofonen.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Høyttaler</translation>
    </message>
    <message>
        <source>Demo phone: calls are simulated (Ctrl+Shift+I rings)</source>
        <translation>Demotelefon: anrop simuleres (Ctrl+Shift+I ringer)</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <source>Resume</source>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sett på vent</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Slå på mikrofon</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Slå av mikrofon</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Sett over…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Rådfør deg først…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Fullfør overføring</translation>
    </message>
    <message>
        <source>Back to caller</source>
        <translation>Tilbake til innringer</translation>
    </message>
    <message>
        <source>Keypad…</source>
        <translation>Tastatur…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Legg på</translation>
    </message>
    <message>
        <source>Record this call, or pause and resume the recording (F12)</source>
        <translation>Ta opp dette anropet, eller sett opptaket på pause og gjenoppta det (F12)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stopp opptaket</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Sett over direkte</translation>
    </message>
    <message>
        <source>Transfer the caller to (number or extension):</source>
        <translation>Sett over innringeren til (nummer eller internnummer):</translation>
    </message>
    <message>
        <source>Consult before transfer</source>
        <translation>Rådfør deg før overføring</translation>
    </message>
    <message>
        <source>Call this colleague while the caller waits on hold:</source>
        <translation>Ring denne kollegaen mens innringeren venter:</translation>
    </message>
    <message>
        <source>A note your colleague sees when the call rings (optional):</source>
        <translation>Et notat kollegaen din ser når anropet ringer (valgfritt):</translation>
    </message>
    <message>
        <source>Send tones</source>
        <translation>Send toner</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Sifre som skal sendes (0-9, *, #):</translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <source>Due (customer&apos;s time)</source>
        <translation>Kundens tid</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>felles</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Din tid: %1</translation>
    </message>
</context>
<context>
    <name>CallbacksView</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Mine køer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinkede</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Ring nå</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Fikk kontakt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ikke svar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Opptatt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Feil nummer</translation>
    </message>
    <message>
        <source>%1 callbacks, %2 overdue.</source>
        <translation>Tilbakeringinger: %1, forsinkede: %2.</translation>
    </message>
    <message>
        <source>Calling a callback needs the shared database, so that no two agents call the same customer. It cannot be reached now: try again when it is back.</source>
        <translation>Å ringe en tilbakeringing krever den felles databasen, slik at ikke to medarbeidere ringer den samme kunden. Den kan ikke nås nå: prøv igjen når den er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Someone else is already calling this customer back.</source>
        <translation>Noen andre ringer allerede tilbake til denne kunden.</translation>
    </message>
    <message>
        <source>The outcome needs the shared database, which cannot be reached now: record it again when it is back.</source>
        <translation>Resultatet krever den felles databasen, som ikke kan nås nå: registrer det igjen når den er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Callback due %1: %2</source>
        <translation>Tilbakeringing kl. %1: %2</translation>
    </message>
</context>
<context>
    <name>CannedEditor</name>
    <message>
        <source>Canned responses</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Hello {customer_name}, … Kind regards, {agent_name}</source>
        <translation>Hei {customer_name}, … Med vennlig hilsen {agent_name}</translation>
    </message>
    <message>
        <source>Placeholders: {customer_name}, {agent_name}, {ticket_number}</source>
        <translation>Plassholdere: {customer_name}, {agent_name}, {ticket_number}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Canned responses could not be saved</source>
        <translation>Standardsvarene kunne ikke lagres</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <translation>Søk i standardsvar…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <source>Insert the response with the names filled in (Enter)</source>
        <translation>Sett inn svaret med navnene fylt inn (Enter)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Canned responses could not be loaded</source>
        <translation>Standardsvarene kunne ikke lastes inn</translation>
    </message>
    <message>
        <source>No canned response matches.</source>
        <translation>Ingen standardsvar passer.</translation>
    </message>
    <message>
        <source>No canned responses yet.</source>
        <translation>Ingen standardsvar ennå.</translation>
    </message>
</context>
<context>
    <name>CannedPickerDialog</name>
    <message>
        <source>Canned responses</source>
        <translation>Standardsvar</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call in</source>
        <translation>Anrop inn</translation>
    </message>
    <message>
        <source>Call out</source>
        <translation>Anrop ut</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>New code, e.g. Insurance claim</source>
        <translation>Ny kode, f.eks. Forsikringssak</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>A retired code leaves the counter&apos;s buttons; visits that used it keep it.</source>
        <translation>En deaktivert kode forsvinner fra skrankens knapper; besøk som brukte den, beholder den.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktivert)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Reaktiver</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«%1» er lagt til.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Omdøpt til «%1».</translation>
    </message>
    <message>
        <source>Retired “%1”. Old visits keep it.</source>
        <translation>«%1» er deaktivert. Tidligere besøk beholder den.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>«%1» er i bruk igjen.</translation>
    </message>
</context>
<context>
    <name>CodesAdmin</name>
    <message>
        <source>The buttons the counter staff choose from, in this order. Double-click a name to change it. Retired codes stay on the visits that used them.</source>
        <translation>Knappene skrankepersonalet velger mellom, i denne rekkefølgen. Dobbeltklikk på et navn for å endre det. Deaktiverte koder blir stående på besøkene som brukte dem.</translation>
    </message>
    <message>
        <source>Reasons for a visit</source>
        <translation>Årsaker til besøk</translation>
    </message>
    <message>
        <source>Resolutions (what was done)</source>
        <translation>Løsninger (hva som ble gjort)</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <source>&amp;Internal note</source>
        <translation>&amp;Internt notat</translation>
    </message>
    <message>
        <source>To &amp;customer</source>
        <translation>Til &amp;kunden</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Return)</source>
        <translation>Legg til kommentaren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Shift+R)</source>
        <translation>Sett inn et standardsvar (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Legg til en kommentar</translation>
    </message>
    <message>
        <source>What happened, what the customer needs… (saved as an internal note)</source>
        <translation>Hva skjedde, hva trenger kunden… (lagres som internt notat)</translation>
    </message>
    <message>
        <source>Internal note, seen by colleagues only. Ctrl+Return adds it.</source>
        <translation>Internt notat, bare synlig for kolleger. Ctrl+Return legger det til.</translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Return adds it.</source>
        <translation>Svar til kunden. Ctrl+Return legger det til.</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>No comments yet.</source>
        <translation>Ingen kommentarer ennå.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed the same fields</source>
        <translation>Noen andre har endret de samme feltene</translation>
    </message>
    <message>
        <source>Your other changes were saved together with theirs. These fields were changed by both of you; choose which value to keep.</source>
        <translation>De andre endringene dine ble lagret sammen med den andres. Disse feltene ble endret av dere begge; velg hvilken verdi som skal beholdes.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Bruk den andres</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Lagre valgene mine</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <source>Your values stay in the fields, unsaved</source>
        <translation>Verdiene dine blir stående i feltene uten å bli lagret</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Change customer</source>
        <translation>Bytt kunde</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>ingen butikk</translation>
    </message>
    <message>
        <source>No store is set for your user, so there is no queue here. A supervisor can set your store.</source>
        <translation>Det er ikke angitt noen butikk for brukeren din, så det er ingen kø her. En teamleder kan angi butikken din.</translation>
    </message>
    <message>
        <source>Find the customer first, or press “No customer record”.</source>
        <translation>Finn kunden først, eller trykk på «Uten kundeopplysninger».</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Velg en årsak til besøket.</translation>
    </message>
    <message>
        <source>Ticket for %2 saved on this computer; it gets its number when the shared database is back.</source>
        <translation>Sak for %2 er lagret på denne datamaskinen; den får nummeret sitt når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Callback to %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Tilbakeringing til %2 er lagret på denne datamaskinen; den sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Visit by %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Besøk fra %2 er lagret på denne datamaskinen; det sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Ticket #%1 created for %2.</source>
        <translation>Sak #%1 er opprettet for %2.</translation>
    </message>
    <message>
        <source>Callback to %2 planned for %1 (their time).</source>
        <translation>Tilbakeringing til %2 er planlagt til %1 (kundens tid).</translation>
    </message>
    <message>
        <source>Visit by %2 logged as solved.</source>
        <translation>Besøk fra %2 er registrert som løst.</translation>
    </message>
    <message>
        <source>The visit was not saved: %1 Everything you entered is still here; press the button again when the database is back.</source>
        <translation>Besøket ble ikke lagret: %1 Alt du har skrevet inn, er fortsatt her; trykk på knappen igjen når databasen er tilbake.</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Edit the customer (Ctrl+E)</source>
        <translation>Rediger kunden (Ctrl+E)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Create a ticket for this customer (Ctrl+T)</source>
        <translation>Opprett en sak for kunden (Ctrl+T)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagger</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbakeringinger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>No customer selected. Search on the left, or press Ctrl+N to create one.</source>
        <translation>Ingen kunde valgt. Søk til venstre, eller trykk Ctrl+N for å opprette en.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundenr. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n planlagt</numerusform>
            <numerusform>%n planlagte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation>Åpne saker (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Add number</source>
        <translation>Legg til nummer</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Legg til e-post</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>From the first number</source>
        <translation>Ut fra det første nummeret</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, business</source>
        <translation>Skilt med komma, f.eks. vip, bedrift</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>T&amp;idssone</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Navn *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>&amp;Telefonnumre</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gger</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Return)</source>
        <translation>Lagre (Ctrl+S eller Ctrl+Return)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>Edit customer {name} (#{number})</source>
        <translation>Rediger kunde {name} (#{number})</translation>
    </message>
    <message>
        <source>Saved as {number}</source>
        <translation>Lagret som {number}</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} tegn</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Copenhagen.</source>
        <translation>«{zone}» er ikke en tidssone. Velg en fra listen, f.eks. Europe/Oslo.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>Customer saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kunden er lagret på denne datamaskinen; den sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Last inn på nytt og behold endringene mine</translation>
    </message>
    <message>
        <source>The customer could not be saved</source>
        <translation>Kunden kunne ikke lagres</translation>
    </message>
    <message>
        <source>This customer was deleted by someone else.</source>
        <translation>Kunden er slettet av noen andre.</translation>
    </message>
    <message>
        <source>Reloaded the newest version. The fields you changed kept your values: check them and save again.</source>
        <translation>Den nyeste versjonen er lastet inn. Feltene du endret, har beholdt verdiene dine: Kontroller dem og lagre på nytt.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <source>The customer has unsaved changes. Discard them?</source>
        <translation>Kunden har endringer som ikke er lagret. Vil du forkaste dem?</translation>
    </message>
</context>
<context>
    <name>CustomerFinder</name>
    <message>
        <source>Phone, name or customer number — Enter to search</source>
        <translation>Telefon, navn eller kundenummer – Enter for å søke</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>Uten kundeopplysninger</translation>
    </message>
    <message>
        <source>Visitor without a record</source>
        <translation>Besøkende uten kundeopplysninger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Create and continue</source>
        <translation>Opprett og fortsett</translation>
    </message>
    <message>
        <source>No customer found. Press “New customer” to register them.</source>
        <translation>Fant ingen kunde. Trykk på «Ny kunde» for å registrere kunden.</translation>
    </message>
    <message>
        <source>Maybe: {customer}</source>
        <translation>Kanskje: {customer}</translation>
    </message>
    <message>
        <source>A new customer needs a name and a phone number.</source>
        <translation>En ny kunde må ha et navn og et telefonnummer.</translation>
    </message>
    <message>
        <source>These customers have this number already. Pick one, or press “Create and continue” again to register a new customer.</source>
        <translation>Disse kundene har allerede dette nummeret. Velg en av dem, eller trykk på «Opprett og fortsett» igjen for å registrere en ny kunde.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Search failed</source>
        <translation>Søket mislyktes</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPanel</name>
    <message>
        <source>Search name, company, e-mail, phone or customer no.</source>
        <translation>Navn, firma, e-post, tlf. eller kundenr.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>Your recent customers. Type to find any customer; Ctrl+N creates one.</source>
        <translation>Dine siste kunder. Skriv for å finne en kunde; Ctrl+N oppretter en ny.</translation>
    </message>
    <message>
        <source>Type to find a customer. Ctrl+N creates one.</source>
        <translation>Skriv for å finne en kunde. Ctrl+N oppretter en ny.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kunde samsvarer med «%1».</translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>Calls per half hour</source>
        <translation>Anrop per halvtime</translation>
    </message>
    <message>
        <source>Service level per half hour (%)</source>
        <translation>Servicenivå per halvtime (%)</translation>
    </message>
    <message>
        <source>Offered and answered queue calls in each half hour of today (local time), by when the caller reached the queue.</source>
        <translation>Tilbudte og besvarte køanrop i hver halvtime i dag (lokal tid), etter når innringeren nådde køen.</translation>
    </message>
    <message>
        <source>Calls answered within the queue&apos;s threshold / offered calls, per half hour; the dashed line is the target.</source>
        <translation>Anrop besvart innen køens grense / tilbudte anrop, per halvtime; den stiplede linjen er målet.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarte</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>EscalationsDialog</name>
    <message>
        <source>Escalations</source>
        <translation>Eskaleringer</translation>
    </message>
    <message>
        <source>Show seen ones too</source>
        <translation>Vis også sette</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Åpne sak</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>Merk som sett</translation>
    </message>
    <message>
        <source>Take the selected escalations off the list; the breach stays on the ticket</source>
        <translation>Fjern de valgte eskaleringene fra listen; bruddet blir stående på saken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>first reply</source>
        <translation>første svar</translation>
    </message>
    <message>
        <source>next reply</source>
        <translation>neste svar</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 overdue, %4</source>
        <translation>#%1 %2 – %3 overskredet, %4</translation>
    </message>
    <message>
        <source>%1 (seen)</source>
        <translation>%1 (sett)</translation>
    </message>
    <message>
        <source>No escalations waiting.</source>
        <translation>Ingen eskaleringer venter.</translation>
    </message>
    <message>
        <source>The escalations could not be loaded or marked</source>
        <translation>Eskaleringene kunne ikke lastes inn eller merkes</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over work of: %1</source>
        <translation>Overlever arbeid fra: %1</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbakeringing</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Nobody (callbacks back to the queue)</source>
        <translation>Ingen (tilbakeringinger tilbake til køen)</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Overfør til</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ticket #%1</source>
        <translation>sak #%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select an entry to read its notes.</source>
        <translation>Velg en oppføring for å lese notatene.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>New article</source>
        <translation>Ny artikkel</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Rediger artikkel</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Høyst %n tegn</numerusform>
            <numerusform>Høyst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. router, wifi</source>
        <translation>Skilt med komma, f.eks. ruter, wifi</translation>
    </message>
    <message numerus="yes">
        <source>Plain text, at most %n characters</source>
        <translation>
            <numerusform>Ren tekst, høyst %n tegn</numerusform>
            <numerusform>Ren tekst, høyst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagger</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Hent kollegaens versjon</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Your text is still here; save again when it is back.</source>
        <translation>Den felles databasen kan ikke nås. Teksten din er fortsatt her; lagre igjen når den er tilbake.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artikkelen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This is your colleague&apos;s version. Your text is on the clipboard.</source>
        <translation>Dette er kollegaens versjon. Teksten din ligger på utklippstavlen.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Kunnskapsbase</translation>
    </message>
    <message>
        <source>Search articles: every word must match…</source>
        <translation>Søk i artikler: alle ord må passe …</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text to the clipboard</source>
        <translation>Kopier artikkelens tekst til utklippstavlen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <source>Insert the article&apos;s text where you were typing (Enter)</source>
        <translation>Sett inn artikkelens tekst der du skrev (Enter)</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Ny artikkel …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Hide the article from searches; it is kept, not deleted</source>
        <translation>Skjul artikkelen i søk; den beholdes, den slettes ikke</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopiert til utklippstavlen.</translation>
    </message>
    <message>
        <source>Inserted.</source>
        <translation>Satt inn.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The articles loaded before can still be searched; try again later.</source>
        <translation>Den felles databasen kan ikke nås. Du kan fortsatt søke i artiklene som allerede er lastet inn; prøv igjen senere.</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded</source>
        <translation>Kunnskapsbasen kunne ikke lastes inn</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkivert)</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Ingen artikler ennå.</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Ingen artikkel passer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n articles of %1; type more words to narrow it down.</source>
        <translation>
            <numerusform>Den første artikkelen av %1; skriv flere ord for å snevre inn søket.</numerusform>
            <numerusform>De første %n artiklene av %1; skriv flere ord for å snevre inn søket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikkel</numerusform>
            <numerusform>%n artikler</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Arkivert: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skranke</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbakeringinger</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrop</translation>
    </message>
    <message>
        <source>Registering the phone again after sleep or a network change.</source>
        <translation>Telefonen registreres på nytt etter hvilemodus eller nettverksbytte.</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Finn kunde</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>&amp;Rediger kunde</translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation>Ny &amp;sak</translation>
    </message>
    <message>
        <source>Show &amp;customer</source>
        <translation>Vis &amp;kunde</translation>
    </message>
    <message>
        <source>Show t&amp;ickets</source>
        <translation>Vis &amp;saker</translation>
    </message>
    <message>
        <source>Show call&amp;backs</source>
        <translation>Vis &amp;tilbakeringinger</translation>
    </message>
    <message>
        <source>Show ca&amp;ll history</source>
        <translation>Vis &amp;anropshistorikk</translation>
    </message>
    <message>
        <source>Schedule a call&amp;back</source>
        <translation>&amp;Planlegg en tilbakeringing</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Knowledge &amp;base…</source>
        <translation>&amp;Kunnskapsbase …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Ring et nummer</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Hang up or decline</source>
        <translation>&amp;Legg på eller avvis</translation>
    </message>
    <message>
        <source>H&amp;old or resume</source>
        <translation>Sett på &amp;vent eller gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Mute or unmute</source>
        <translation>Slå &amp;mikrofonen av eller på</translation>
    </message>
    <message>
        <source>&amp;Record, pause or resume recording</source>
        <translation>&amp;Ta opp, sett opptaket på pause eller gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Swap lines</source>
        <translation>&amp;Bytt mellom anrop</translation>
    </message>
    <message>
        <source>&amp;Conference the two calls</source>
        <translation>Slå sammen de to anropene til en &amp;konferanse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Simulate an &amp;incoming call</source>
        <translation>Simuler et &amp;innkommende anrop</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Skranke</source>
        <translation>&amp;Om Skranke</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>embedded database</source>
        <translation>innebygd database</translation>
    </message>
    <message>
        <source>shared database</source>
        <translation>felles database</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>Kunden er lagret.</translation>
    </message>
    <message>
        <source>Settings saved. Language, database and phone accounts change when Skranke is restarted.</source>
        <translation>Innstillingene er lagret. Språk, database og telefonkontoer endres når Skranke startes på nytt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Counter codes</source>
        <translation>Skrankekoder</translation>
    </message>
    <message>
        <source>Queue recording</source>
        <translation>Opptak per kø</translation>
    </message>
    <message>
        <source>&amp;Wall screen</source>
        <translation>&amp;Veggskjerm</translation>
    </message>
    <message>
        <source>Show the &amp;counter</source>
        <translation>Vis sk&amp;ranken</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Tapt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ikke svar</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbakeringing</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjent</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Opptatt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Satt over</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Type a number to call.</source>
        <translation>Skriv inn et nummer du vil ringe.</translation>
    </message>
    <message>
        <source>The other side refused the call&apos;s audio. This account requires encrypted audio (SRTP mandatory), which the other side probably does not offer; set SRTP to optional or ask the PBX administrator.</source>
        <translation>Motparten avviste lyden i anropet. Denne kontoen krever kryptert lyd (SRTP påkrevd), som motparten sannsynligvis ikke tilbyr; sett SRTP til valgfri, eller spør administratoren av sentralbordet.</translation>
    </message>
    <message>
        <source>The phone could not do that: %1</source>
        <translation>Telefonen kunne ikke utføre handlingen: %1</translation>
    </message>
    <message>
        <source>Transfer completed.</source>
        <translation>Anropet er satt over.</translation>
    </message>
    <message>
        <source>Transfer failed (%1 %2).</source>
        <translation>Overføringen mislyktes (%1 %2).</translation>
    </message>
    <message>
        <source>The phone stopped: %1</source>
        <translation>Telefonen har stoppet: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDock</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PopBanner</name>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Innkommende anrop: %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Ringer: %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>kø %1</translation>
    </message>
    <message>
        <source>From this computer&apos;s copy (offline): the shared database cannot be reached.</source>
        <translation>Fra denne datamaskinens kopi (frakoblet): den felles databasen kan ikke nås.</translation>
    </message>
    <message>
        <source>Transferred to you: %1</source>
        <translation>Satt over til deg: %1</translation>
    </message>
    <message>
        <source>Last note (%1, %2): %3</source>
        <translation>Siste notat (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 customers have this number. Who is calling?</source>
        <translation>%1 kunder har dette nummeret. Hvem ringer?</translation>
    </message>
    <message>
        <source>No customer has this number.</source>
        <translation>Ingen kunde har dette nummeret.</translation>
    </message>
    <message>
        <source>New customer with this number</source>
        <translation>Ny kunde med dette nummeret</translation>
    </message>
    <message>
        <source>Maybe: %1</source>
        <translation>Kanskje: %1</translation>
    </message>
    <message>
        <source>Open the transferred ticket</source>
        <translation>Åpne saken som ble satt over</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier l&amp;enkeadresse</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now serving</source>
        <translation>Nå betjenes</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Også: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Now serving</source>
        <translation>Nå betjenes</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Trekk kølapp</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Rop opp neste</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Ingen venter</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, longest %1 min</source>
        <translation>
            <numerusform>%n venter, lengst %1 min</numerusform>
            <numerusform>%n venter, lengst %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 taken</source>
        <translation>Kølapp %1 er trukket</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen venter.</translation>
    </message>
</context>
<context>
    <name>QueueRecordingAdmin</name>
    <message>
        <source>A queue can require recording for every call (for example complaints) or let agents record on demand; an agent&apos;s own setting can only make it stricter. Recordings older than the queue&apos;s retention are deleted with their files, daily.</source>
        <translation>En kø kan kreve opptak av alle anrop (for eksempel klager) eller la medarbeiderne ta opp ved behov; en medarbeiders egen innstilling kan bare gjøre det strengere. Opptak som er eldre enn køens lagringstid, slettes med filene sine hver dag.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Behold opptak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>As the agent&apos;s setting</source>
        <translation>Som medarbeiderens innstilling</translation>
    </message>
    <message>
        <source>Agents may record</source>
        <translation>Medarbeidere kan ta opp</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alle anrop</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Ingenting å lagre.</translation>
    </message>
    <message>
        <source>Queues saved: %1.</source>
        <translation>Køer lagret: %1.</translation>
    </message>
</context>
<context>
    <name>QueueTileWidget</name>
    <message>
        <source>%1 waiting · longest %2</source>
        <translation>%1 venter · lengst %2</translation>
    </message>
    <message>
        <source>Answered %1 · Abandoned %2 · of %3</source>
        <translation>Besvart %1 · Avbrutt %2 · av %3</translation>
    </message>
    <message>
        <source>ASA %1 · AHT %2</source>
        <translation>ASA %1 · AHT %2</translation>
    </message>
    <message>
        <source>Callbacks due %1 · overdue %2</source>
        <translation>Tilbakeringinger %1 · forsinkede %2</translation>
    </message>
    <message>
        <source>Waiting too long</source>
        <translation>Venter for lenge</translation>
    </message>
    <message>
        <source>Below target (%1 %)</source>
        <translation>Under målet (%1 %)</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Ingen anrop ennå</translation>
    </message>
    <message>
        <source>On target (%1 %)</source>
        <translation>Innenfor målet (%1 %)</translation>
    </message>
</context>
<context>
    <name>QueuesDialog</name>
    <message>
        <source>Queues for %1</source>
        <translation>Køer for %1</translation>
    </message>
    <message>
        <source>Calls to the ticked queues ring at this agent.</source>
        <translation>Anrop til de avkryssede køene ringer hos denne agenten.</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Only a connected call can be recorded.</source>
        <translation>Bare et tilkoblet anrop kan tas opp.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Dette anropet blir ikke tatt opp.</translation>
    </message>
    <message>
        <source>Recording is switched off: &quot;Record calls&quot; is set to &quot;Never&quot; in your settings.</source>
        <translation>Opptak er slått av: &quot;Ta opp anrop&quot; er satt til &quot;Aldri&quot; i innstillingene dine.</translation>
    </message>
    <message>
        <source>Every call is recorded here (&quot;Every call&quot;, in your settings or for this queue); you can pause the recording, not stop it.</source>
        <translation>Alle anrop tas opp her (&quot;Alle anrop&quot;, i innstillingene dine eller for denne køen); du kan sette opptaket på pause, men ikke stoppe det.</translation>
    </message>
    <message>
        <source>No folder for recordings is set.</source>
        <translation>Det er ikke angitt noen mappe for opptak.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>When I start it</source>
        <translation>Når jeg starter det</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alle anrop</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pause opptaket</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Gjenoppta opptaket</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ta opp</translation>
    </message>
    <message>
        <source>❚❚ REC paused %1</source>
        <translation>❚❚ REC pause %1</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● REC %1</translation>
    </message>
</context>
<context>
    <name>RecordingRetention</name>
    <message>
        <source>Recordings past their retention deleted: %1.</source>
        <translation>Opptak med utløpt lagringstid slettet: %1.</translation>
    </message>
    <message>
        <source>Recordings that could not be deleted: %1. Skranke tries again tomorrow.</source>
        <translation>Opptak som ikke kunne slettes: %1. Skranke prøver igjen i morgen.</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the shared database refused</source>
        <translation>Endringer som den felles databasen avviste</translation>
    </message>
    <message>
        <source>These changes are kept on this computer. Send one again once the cause is fixed (for example a code a supervisor turned off), or drop it.</source>
        <translation>Disse endringene er lagret på denne datamaskinen. Send en på nytt når årsaken er rettet (for eksempel en kode som en teamleder har slått av), eller forkast den.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>Besøk i butikk</translation>
    </message>
    <message>
        <source>Call or contact</source>
        <translation>Anrop eller kontakt</translation>
    </message>
    <message>
        <source>Call notes and disposition</source>
        <translation>Anropsnotater og utfall</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrop</translation>
    </message>
    <message>
        <source>Call times and outcome</source>
        <translation>Anropstider og utfall</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbakeringing</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pause: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per kø</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Per agent</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Hele senteret</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Per lokasjon</translation>
    </message>
    <message>
        <source>First-contact resolution: days without a further contact</source>
        <translation>Løst ved første kontakt: dager uten ny kontakt</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Vis rapport</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Semicolons and decimal commas, UTF-8: opens in Danish, Swedish and Norwegian Excel with æøå intact.</source>
        <translation>Semikolon og desimalkomma, UTF-8: åpnes i dansk, svensk og norsk Excel med æøå i behold.</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Eksporter Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Inndeling</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>FCR days</source>
        <translation>FCR-dager</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>%1 rows · times in %2</source>
        <translation>%1 rader · tider i %2</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Rapporten mislyktes: %1</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksporter rapport</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>Planlegg en tilbakeringing</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukjent innringer</translation>
    </message>
    <message>
        <source>The customer asked to be called outside 08–20</source>
        <translation>Kunden har bedt om å bli ringt utenfor 08–20</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Kundens tidssone</translation>
    </message>
    <message>
        <source>Call at (customer&apos;s time)</source>
        <translation>Ring kl. (kundens tid)</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Hvem ringer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Ukjent tidssone</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>Det tilsvarer %1 hos deg</translation>
    </message>
</context>
<context>
    <name>Seeded</name>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Sak opprettet</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Tilbakeringing planlagt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Satt over</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informasjon gitt</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Feil nummer</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ikke svar</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunsj</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <source>Back-office work</source>
        <translation>Backoffice-arbeid</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Teknisk problem</translation>
    </message>
    <message>
        <source>Repair or faulty device</source>
        <translation>Reparasjon eller defekt enhet</translation>
    </message>
    <message>
        <source>Bill or payment</source>
        <translation>Regning eller betaling</translation>
    </message>
    <message>
        <source>Subscription change</source>
        <translation>Endring av abonnement</translation>
    </message>
    <message>
        <source>Setup help</source>
        <translation>Hjelp med oppsett</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Retur eller bytte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Explained or advised</source>
        <translation>Forklart eller gitt råd</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>Ordnet på stedet</translation>
    </message>
    <message>
        <source>Replaced or exchanged</source>
        <translation>Erstattet eller byttet</translation>
    </message>
    <message>
        <source>Passed on to another team</source>
        <translation>Sendt videre til et annet team</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>empty: the embedded database on this computer</source>
        <translation>tom: den innebygde databasen på denne datamaskinen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Default country for numbers</source>
        <translation>Standardland for numre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Felles database</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Answer calls automatically (headset users)</source>
        <translation>Svar anrop automatisk (for hodesett)</translation>
    </message>
    <message>
        <source>Do not disturb: decline incoming calls as busy</source>
        <translation>Ikke forstyrr: avvis innkommende anrop som opptatt</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring, never in the settings file.</source>
        <translation>Passordet lagres i systemets nøkkelring, aldri i innstillingsfilen.</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Ta opp anrop</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Mappe for opptak</translation>
    </message>
    <message>
        <source>Until deleted</source>
        <translation>Til de slettes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Behold opptak</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker or headset</source>
        <translation>Høyttaler eller hodesett</translation>
    </message>
    <message>
        <source>Ringing on</source>
        <translation>Ringelyd på</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Two accounts have the same name; each needs its own.</source>
        <translation>To kontoer har samme navn; hver må ha sitt eget.</translation>
    </message>
    <message>
        <source>Some values cannot be used, nothing was saved: %1</source>
        <translation>Noen verdier kan ikke brukes, ingenting ble lagret: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>SLA reply times</source>
        <translation>SLA-svartider</translation>
    </message>
    <message>
        <source>Minutes of business time until the first reply and between replies.</source>
        <translation>Minutter innenfor åpningstiden fram til første svar og mellom svar.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>First reply (min)</source>
        <translation>Første svar (min)</translation>
    </message>
    <message>
        <source>Next reply (min)</source>
        <translation>Neste svar (min)</translation>
    </message>
    <message>
        <source>The SLA table could not be saved</source>
        <translation>SLA-tabellen kunne ikke lagres</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Skranke cannot sign you in</source>
        <translation>Skranke kan ikke logge deg på</translation>
    </message>
    <message>
        <source>The phone did not start: %1</source>
        <translation>Telefonen startet ikke: %1</translation>
    </message>
    <message>
        <source>Skranke cannot open the database</source>
        <translation>Skranke kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Use the embedded database</source>
        <translation>Bruk den innebygde databasen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>This is demo data: %1 made-up customers were created so you can try Skranke.</source>
        <translation>Dette er demodata: %1 oppdiktede kunder er opprettet, slik at du kan prøve Skranke.</translation>
    </message>
    <message>
        <source>Offline: working from this computer; connecting to the shared database in the background…</source>
        <translation>Frakoblet: arbeider fra denne datamaskinen; kobler til den felles databasen i bakgrunnen…</translation>
    </message>
    <message>
        <source>Connected to the shared database: sending what was saved on this computer.</source>
        <translation>Koblet til den felles databasen: sender det som ble lagret på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Offline: the shared database&apos;s version does not match</source>
        <translation>Frakoblet: versjonen av den felles databasen stemmer ikke</translation>
    </message>
    <message>
        <source>Skranke stays offline</source>
        <translation>Skranke forblir frakoblet</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Today: service level %1 · waiting %6 · offered %2 · answered %3 · abandoned %4 · ASA %5</source>
        <translation>I dag: servicenivå %1 · venter %6 · tilbudt %2 · besvart %3 · avbrutt %4 · ASA %5</translation>
    </message>
    <message>
        <source>No agents signed in</source>
        <translation>Ingen agenter pålogget</translation>
    </message>
    <message>
        <source>Tickets: %1 near SLA · %2 past SLA</source>
        <translation>Saker: %1 nær SLA · %2 over SLA</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Frakoblet – %n endring venter</numerusform>
            <numerusform>Frakoblet – %n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sender %n endring…</numerusform>
            <numerusform>Sender %n endringer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n endring avvist</numerusform>
            <numerusform>%n endringer avvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Satisfaction</source>
        <translation>Tilfredshet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} av 5</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with how the ticket was solved (CSAT)</source>
        <translation>Kundens tilfredshet med hvordan saken ble løst (CSAT)</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Slå sammen med…</translation>
    </message>
    <message>
        <source>Move this ticket&apos;s comments, calls and tags to another ticket and close this one</source>
        <translation>Flytt sakens kommentarer, anrop og tagger til en annen sak, og lukk denne</translation>
    </message>
    <message>
        <source>Merged into #{number}</source>
        <translation>Slått sammen med #{number}</translation>
    </message>
    <message>
        <source>Follow-up of #{number}</source>
        <translation>Oppfølging av #{number}</translation>
    </message>
    <message>
        <source>Merge ticket</source>
        <translation>Slå sammen sak</translation>
    </message>
    <message>
        <source>Merge #{number} into ticket number:</source>
        <translation>Slå sammen #{number} med sak nummer:</translation>
    </message>
    <message>
        <source>There is no ticket #{number}.</source>
        <translation>Det finnes ingen sak #{number}.</translation>
    </message>
    <message>
        <source>The ticket could not be changed</source>
        <translation>Saken kunne ikke endres</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Lagre saken (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Load the newest version; your unsaved changes are kept</source>
        <translation>Last inn den nyeste versjonen; endringene dine som ikke er lagret, beholdes</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Due times are set from the SLA table when the ticket is saved.</source>
        <translation>Frister settes ut fra SLA-tabellen når saken lagres.</translation>
    </message>
    <message>
        <source>Your unsaved new ticket is back.</source>
        <translation>Den nye saken din som ikke var lagret, er tilbake.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this ticket are back.</source>
        <translation>Endringene dine i denne saken som ikke var lagret, er tilbake.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Saken må ha et emne.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Ingenting er endret.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Denne saken finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Ticket #{number}</source>
        <translation>Sak #{number}</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>Ingen sak åpen</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <source>Ticket not sent yet</source>
        <translation>Saken er ikke sendt ennå</translation>
    </message>
    <message>
        <source>Ticket saved on this computer; it is sent when the shared database is back. It appears in the ticket list with its number once it has been sent.</source>
        <translation>Saken er lagret på denne datamaskinen; den sendes når den felles databasen er tilgjengelig igjen. Den vises i sakslisten med nummeret sitt når den er sendt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Last inn på nytt og behold endringene mine</translation>
    </message>
    <message>
        <source>The ticket could not be saved</source>
        <translation>Saken kunne ikke lagres</translation>
    </message>
    <message>
        <source>Reloaded the newest version. Your changes are still in the fields: check them and save again.</source>
        <translation>Den nyeste versjonen er lastet inn. Endringene dine står fortsatt i feltene: Kontroller dem og lagre på nytt.</translation>
    </message>
    <message>
        <source>Saved together with changes someone else made meanwhile.</source>
        <translation>Lagret sammen med endringer som noen andre har gjort i mellomtiden.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which values to keep.</source>
        <translation>Noen andre har endret de samme feltene. Velg hvilke verdier som skal beholdes.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Changes saved on this computer; they are sent when the shared database is back.</source>
        <translation>Endringene er lagret på denne datamaskinen; de sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>Your values for the overlapping fields are not saved yet.</source>
        <translation>Verdiene dine i de overlappende feltene er ikke lagret ennå.</translation>
    </message>
    <message>
        <source>Kept their values; nothing else to save.</source>
        <translation>Den andres verdier er beholdt; ikke noe mer å lagre.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren er tom.</translation>
    </message>
    <message>
        <source>{name} · not sent yet</source>
        <translation>{name} · ikke sendt ennå</translation>
    </message>
    <message>
        <source>Comment saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kommentaren er lagret på denne datamaskinen; den sendes når den felles databasen er tilgjengelig igjen.</translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation>Kommentaren kunne ikke legges til</translation>
    </message>
    <message>
        <source>The ticket could not be loaded</source>
        <translation>Saken kunne ikke lastes inn</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <source>What is the ticket about?</source>
        <translation>Hva gjelder saken?</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Emne</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>A&amp;nsvarlig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>(unknown: {value})</source>
        <translation>(ukjent: {value})</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Tickets assigned to me</source>
        <translation>Saker som er tildelt meg</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tickets of everyone</source>
        <translation>Alles saker</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Bare åpne</translation>
    </message>
    <message>
        <source>New, open, pending and on-hold tickets</source>
        <translation>Saker som er nye, åpne, venter eller er på vent</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Show only tickets with this status</source>
        <translation>Vis bare saker med denne statusen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message>
        <source>Show only tickets with this priority</source>
        <translation>Vis bare saker med denne prioriteten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Over SLA</translation>
    </message>
    <message>
        <source>Open tickets whose reply is overdue</source>
        <translation>Åpne saker der svarfristen er passert</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Bare denne kunden</translation>
    </message>
    <message>
        <source>Show tickets of all customers</source>
        <translation>Vis saker for alle kunder</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Til kunden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>due soon: {left}</source>
        <translation>frist snart: {left}</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} t</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>overdue {duration}</source>
        <translation>forsinket {duration}</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>om {duration}</translation>
    </message>
    <message>
        <source>No reply clock runs on a closed or solved ticket.</source>
        <translation>Det løper ingen svarfrist på en lukket eller løst sak.</translation>
    </message>
    <message>
        <source>No reply due while the ticket waits.</source>
        <translation>Ingen svarfrist mens saken venter.</translation>
    </message>
    <message>
        <source>No SLA for this department and priority.</source>
        <translation>Ingen SLA for denne avdelingen og prioriteten.</translation>
    </message>
    <message>
        <source>Reply was due {due}</source>
        <translation>Svarfristen var {due}</translation>
    </message>
    <message>
        <source>Next reply overdue since {due}</source>
        <translation>Frist for neste svar overskredet siden {due}</translation>
    </message>
    <message>
        <source>Next reply due {due}</source>
        <translation>Frist for neste svar {due}</translation>
    </message>
    <message>
        <source>First reply overdue since {due}</source>
        <translation>Frist for første svar overskredet siden {due}</translation>
    </message>
    <message>
        <source>First reply due {due}</source>
        <translation>Frist for første svar {due}</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Next reply due {when}</source>
        <translation>Frist for neste svar {when}</translation>
    </message>
    <message>
        <source>First reply due {when}</source>
        <translation>Frist for første svar {when}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>TicketListView</name>
    <message>
        <source>Manage</source>
        <translation>Administrer</translation>
    </message>
    <message>
        <source>SLA reply times, opening hours, canned responses and escalations</source>
        <translation>SLA-svartider, åpningstider, standardsvar og eskaleringer</translation>
    </message>
    <message>
        <source>SLA reply times…</source>
        <translation>SLA-svartider…</translation>
    </message>
    <message>
        <source>Opening hours…</source>
        <translation>Åpningstider…</translation>
    </message>
    <message>
        <source>Canned responses…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Escalations…</source>
        <translation>Eskaleringer…</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Laster inn saker…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded. Refresh to try again.</source>
        <translation>Sakene kunne ikke lastes inn. Oppdater for å prøve igjen.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Ingen saker samsvarer med disse filtrene.</translation>
    </message>
    <message>
        <source>Tickets shown: {count}. Scroll down for more.</source>
        <translation>Viste saker: {count}. Rull ned for flere.</translation>
    </message>
    <message>
        <source>Tickets: {count}</source>
        <translation>Saker: {count}</translation>
    </message>
    <message>
        <source>New SLA breaches: {count}. See Breached.</source>
        <translation>Nye SLA-brudd: {count}. Se Over SLA.</translation>
    </message>
    <message>
        <source>Tickets could not be loaded</source>
        <translation>Sakene kunne ikke lastes inn</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>What was done (Ctrl+Enter: solved now)</source>
        <translation>Hva ble gjort (Ctrl+Enter: løst nå)</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Løst nå</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbakeringing</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Om 1 time</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>I morgen kl. 10:00</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Annet tidspunkt…</translation>
    </message>
    <message>
        <source>In the customer&apos;s own time</source>
        <translation>I kundens lokale tid</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlegg tilbakeringing</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hva ble gjort</translation>
    </message>
</context>
<context>
    <name>WalkInModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Løst nå</translation>
    </message>
    <message>
        <source>Solved now %</source>
        <translation>Løst nå %</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbakeringinger</translation>
    </message>
    <message>
        <source>Average visit (min)</source>
        <translation>Snitt per besøk (min)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsak: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Løsning: %1</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>Ingen butikk</translation>
    </message>
</context>
<context>
    <name>WalkInReportPanel</name>
    <message>
        <source>Walk-ins at the counters</source>
        <translation>Besøk ved skrankene</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n besøk</numerusform>
            <numerusform>%n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>Ingen besøk i denne perioden.</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Skranke wallboard</source>
        <translation>Skranke-tavle</translation>
    </message>
    <message>
        <source>Over threshold: %1</source>
        <translation>Over grensen: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <source>Sound alerts</source>
        <translation>Lydvarsler</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Veggskjerm</translation>
    </message>
    <message>
        <source>Full-screen wallboard with large type (Esc closes it).</source>
        <translation>Tavle i fullskjerm med stor skrift (Esc lukker den).</translation>
    </message>
    <message>
        <source>Show the agents of one site</source>
        <translation>Vis agentene på én lokasjon</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle lokasjoner</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Avbrutte i dag</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Ikke oppdatert: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message>
        <source>Right-click an agent to set their state or queues.</source>
        <translation>Høyreklikk på en agent for å angi status eller køer.</translation>
    </message>
    <message>
        <source>Over threshold: %1</source>
        <translation>Over grensen: %1</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>Today %1</source>
        <translation>I dag %1</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Notes on this call: saved as you type.</source>
        <translation>Notater om anropet: lagres mens du skriver.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tagger, skilt med komma</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Create a ticket from this call (Ctrl+T)</source>
        <translation>Opprett en sak fra anropet (Ctrl+T)</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>Tilbakeringing…</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response into the notes (Ctrl+Shift+R)</source>
        <translation>Sett inn et standardsvar i notatene (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Finish the wrap-up (Ctrl+Return)</source>
        <translation>Avslutt etterarbeidet (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome (Alt+1…9)</source>
        <translation>Utfall (Alt+1…9)</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Anrop med %1</translation>
    </message>
    <message>
        <source>Unfinished notes from an earlier call (saved %1)</source>
        <translation>Uferdige notater fra et tidligere anrop (lagret %1)</translation>
    </message>
    <message>
        <source>Unfinished notes restored.</source>
        <translation>Uferdige notater er gjenopprettet.</translation>
    </message>
    <message>
        <source>Outcome, required (Alt+1…9)</source>
        <translation>Utfall, påkrevd (Alt+1…9)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>Lagret på denne datamaskinen %1</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Knyttet til sak %1</translation>
    </message>
    <message>
        <source>Linked to a ticket</source>
        <translation>Knyttet til en sak</translation>
    </message>
    <message>
        <source>The call&apos;s customer and ticket could not be read</source>
        <translation>Anropets kunde og sak kunne ikke leses</translation>
    </message>
</context>
<context>
    <name>_EntryRow</name>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>+45 32 12 34 56</source>
        <translation>+47 22 12 34 56</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Fjern dette nummeret</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Fjern denne adressen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>“{zone}” is not a time zone Skranke knows.</source>
        <translation>«{zone}» er ikke en tidssone Skranke kjenner.</translation>
    </message>
    <message>
        <source>The calling window {start}–{end} is not a range of hours.</source>
        <translation>Anropsvinduet {start}–{end} er ikke et tidsrom i hele timer.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} characters.</source>
        <translation>Årsaken er for lang: maks. {limit} tegn.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time, or confirm that the customer asked to be called then.</source>
        <translation>{time} er utenfor anropsvinduet ({start:02d}:00–{end:02d}:00 i {zone}). Velg et annet tidspunkt, eller bekreft at kunden har bedt om å bli ringt da.</translation>
    </message>
    <message>
        <source>“{outcome}” is not a callback outcome.</source>
        <translation>«{outcome}» er ikke et utfall for en tilbakeringing.</translation>
    </message>
    <message>
        <source>This callback is already closed.</source>
        <translation>Denne tilbakeringingen er allerede avsluttet.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Skranke cannot store passwords safely. On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and sign in to your desktop session again.</source>
        <translation>Systemet har ingen nøkkelring, så Skranke kan ikke lagre passord trygt. På Linux må du installere og starte en Secret Service (GNOME Keyring eller KWallet) og logge på skrivebordsøkten på nytt.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the password for {key} ({detail}).</source>
        <translation>Systemets nøkkelring nektet å gi ut passordet for {key} ({detail}).</translation>
    </message>
    <message>
        <source>The system keyring did not store the password for {key} ({detail}).</source>
        <translation>Systemets nøkkelring lagret ikke passordet for {key} ({detail}).</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Kunden ble endret av noen andre mens du redigerte. Last inn kunden på nytt og gjør endringen din igjen.</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Kunden må ha et navn.</translation>
    </message>
    <message>
        <source>The company name is {length} characters long; at most {limit} fit.</source>
        <translation>Firmanavnet er {length} tegn langt; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The notes are {length} characters long; at most {limit} fit.</source>
        <translation>Notatene er {length} tegn lange; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {limit} fit.</source>
        <translation>Navnet er {length} tegn langt; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>The customer was deleted by someone else.</source>
        <translation>Kunden er slettet av noen andre.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>Databaseadressen er ugyldig: {url}</translation>
    </message>
    <message>
        <source>Skranke cannot use the database {url}: {detail}</source>
        <translation>Skranke kan ikke bruke databasen {url}: {detail}</translation>
    </message>
    <message>
        <source>Skranke cannot reach the database {url}. Check that the server is running, the address is right and you may log in. ({detail})</source>
        <translation>Skranke får ikke kontakt med databasen {url}. Kontroller at serveren kjører, at adressen er riktig, og at du har lov til å logge på. ({detail})</translation>
    </message>
    <message>
        <source>The canned response needs a title.</source>
        <translation>Standardsvaret må ha en tittel.</translation>
    </message>
    <message>
        <source>The canned response has no text.</source>
        <translation>Standardsvaret har ingen tekst.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Use {{customer_name}}, {{agent_name}} or {{ticket_number}}.</source>
        <translation>Ukjent plassholder {{{name}}}. Bruk {{customer_name}}, {{agent_name}} eller {{ticket_number}}.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; at most {limit} fit.</source>
        <translation>Tittelen er {length} tegn lang; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>Teksten er {length} tegn lang; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The database {url} cannot be used: {detail}</source>
        <translation>Databasen {url} kan ikke brukes: {detail}</translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of Skranke (schema {schema}). Install the newer Skranke; this one will not touch that database.</source>
        <translation>Databasen {url} er oppgradert av en nyere versjon av Skranke (skjema {schema}). Installer den nyere Skranke; denne versjonen rører ikke databasen.</translation>
    </message>
    <message>
        <source>You are not allowed to delete customers.</source>
        <translation>Du har ikke tillatelse til å slette kunder.</translation>
    </message>
    <message>
        <source>No one may change the audit log.</source>
        <translation>Ingen kan endre revisjonsloggen.</translation>
    </message>
    <message>
        <source>No one may delete from the audit log.</source>
        <translation>Ingen kan slette fra revisjonsloggen.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be changed once written.</source>
        <translation>Kommentarer i saker kan ikke endres etter at de er skrevet.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be deleted.</source>
        <translation>Kommentarer i saker kan ikke slettes.</translation>
    </message>
    <message>
        <source>You are not allowed to delete tickets.</source>
        <translation>Du har ikke tillatelse til å slette saker.</translation>
    </message>
    <message>
        <source>Calls and visits cannot be deleted; they are kept for statistics.</source>
        <translation>Anrop og besøk kan ikke slettes; de lagres for statistikk.</translation>
    </message>
    <message>
        <source>You are not allowed to delete callbacks.</source>
        <translation>Du har ikke tillatelse til å slette tilbakeringinger.</translation>
    </message>
    <message>
        <source>Only supervisors see the list of escalations.</source>
        <translation>Bare teamledere ser listen over eskaleringer.</translation>
    </message>
    <message>
        <source>Only supervisors can mark escalations as seen.</source>
        <translation>Bare teamledere kan merke eskaleringer som sett.</translation>
    </message>
    <message>
        <source>Escalations cannot be deleted; supervisors mark them as seen.</source>
        <translation>Eskaleringer kan ikke slettes; teamledere merker dem som sett.</translation>
    </message>
    <message>
        <source>Only agents and supervisors record escalations.</source>
        <translation>Bare agenter og teamledere registrerer eskaleringer.</translation>
    </message>
    <message>
        <source>Only supervisors can manage users.</source>
        <translation>Bare teamledere kan administrere brukere.</translation>
    </message>
    <message>
        <source>Only supervisors can manage sites.</source>
        <translation>Bare teamledere kan administrere lokasjoner.</translation>
    </message>
    <message>
        <source>Only supervisors can manage queues.</source>
        <translation>Bare teamledere kan administrere køer.</translation>
    </message>
    <message>
        <source>Only supervisors can change SLA policies.</source>
        <translation>Bare teamledere kan endre SLA-policyer.</translation>
    </message>
    <message>
        <source>Only supervisors can change the counter&apos;s reasons and resolutions.</source>
        <translation>Bare teamledere kan endre skrankens årsaker og løsninger.</translation>
    </message>
    <message>
        <source>Only supervisors can manage disposition codes.</source>
        <translation>Bare teamledere kan administrere utfallskoder.</translation>
    </message>
    <message>
        <source>Only supervisors can manage pause reasons.</source>
        <translation>Bare teamledere kan administrere pauseårsaker.</translation>
    </message>
    <message>
        <source>Only supervisors can manage canned responses.</source>
        <translation>Bare teamledere kan administrere standardsvar.</translation>
    </message>
    <message>
        <source>Someone else changed {fields} of this customer while you edited; your change was not saved. Reload the customer and make your change again.</source>
        <translation>Noen andre endret {fields} for denne kunden mens du redigerte; endringen din ble ikke lagret. Last inn kunden på nytt, og gjør endringen igjen.</translation>
    </message>
    <message>
        <source>The database {url} has an older schema ({schema}) than this Skranke. Ask the administrator to upgrade the server (skranke setup-server); until then your changes stay on this computer.</source>
        <translation>Databasen {url} har et eldre skjema ({schema}) enn denne Skranke. Be administratoren om å oppgradere serveren (skranke setup-server); inntil da blir endringene dine på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Only supervisors can write knowledge articles.</source>
        <translation>Bare teamledere kan skrive artikler i kunnskapsbasen.</translation>
    </message>
    <message>
        <source>A colleague saved this article while you were editing it. Your text is still here: copy it, reload the article and make your change again.</source>
        <translation>En kollega lagret artikkelen mens du redigerte den. Teksten din er fortsatt her: kopier den, last inn artikkelen på nytt og gjør endringen igjen.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artikkelen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Artikkelen må ha en tittel.</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>Artikkelen har ingen tekst.</translation>
    </message>
    <message>
        <source>The tag “{tag}…” is too long; a tag has at most {limit} characters.</source>
        <translation>Taggen «{tag}…» er for lang; en tagg kan ha høyst {limit} tegn.</translation>
    </message>
    <message>
        <source>Too many tags: together they may have at most {limit} characters.</source>
        <translation>For mange tagger: til sammen kan de ha høyst {limit} tegn.</translation>
    </message>
    <message>
        <source>Knowledge articles cannot be deleted; archive them instead.</source>
        <translation>Artikler i kunnskapsbasen kan ikke slettes; arkiver dem i stedet.</translation>
    </message>
    <message>
        <source>Only supervisors can change opening hours.</source>
        <translation>Bare teamledere kan endre åpningstider.</translation>
    </message>
    <message>
        <source>Only supervisors can change the holidays in the opening hours.</source>
        <translation>Bare teamledere kan endre helligdagene i åpningstidene.</translation>
    </message>
    <message>
        <source>You can only change customers you serve.</source>
        <translation>Du kan bare endre kunder du betjener.</translation>
    </message>
    <message>
        <source>You can only record walk-ins at your own site, with customers you serve.</source>
        <translation>Du kan bare registrere besøk i butikk på din egen lokasjon og med kunder du betjener.</translation>
    </message>
    <message>
        <source>You can only work on tickets of customers you serve.</source>
        <translation>Du kan bare jobbe med saker for kunder du betjener.</translation>
    </message>
    <message>
        <source>You can only comment on tickets of customers you serve.</source>
        <translation>Du kan bare kommentere saker for kunder du betjener.</translation>
    </message>
    <message>
        <source>You can only plan callbacks for customers you serve.</source>
        <translation>Du kan bare planlegge tilbakeringinger til kunder du betjener.</translation>
    </message>
    <message>
        <source>Audit entries are written in your own name only.</source>
        <translation>Revisjonsoppføringer skrives bare i ditt eget navn.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Rollen din tillater ikke denne endringen.</translation>
    </message>
    <message>
        <source>You have looked up too many new customers today. Ask a supervisor if you need more.</source>
        <translation>Du har slått opp for mange nye kunder i dag. Spør en teamleder hvis du trenger flere.</translation>
    </message>
    <message>
        <source>Only the database owner (a login allowed to create roles) can add users or change their passwords.</source>
        <translation>Bare databasens eier (en pålogging som kan opprette roller) kan legge til brukere eller endre passordene deres.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade that only its owner can run. Ask your administrator to run “skranke setup-server” with this version of Skranke.</source>
        <translation>Den felles databasen må oppgraderes, og det kan bare eieren gjøre. Be administratoren din om å kjøre «skranke setup-server» med denne versjonen av Skranke.</translation>
    </message>
    <message>
        <source>Only supervisors may erase customers.</source>
        <translation>Bare teamledere kan slette kunder permanent.</translation>
    </message>
    <message>
        <source>Your role may not see this information.</source>
        <translation>Rollen din har ikke tilgang til denne informasjonen.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnummeret er tomt.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: use digits, spaces and +.</source>
        <translation>«{text}» er ikke et telefonnummer: Bruk sifre, mellomrom og +.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number for {region}. Check the digits, or write the country code (+46 …) for a foreign number.</source>
        <translation>«{text}» er ikke et gyldig telefonnummer for {region}. Kontroller sifrene, eller skriv landskoden (+46 …) for et utenlandsk nummer.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Offered: calls that reached the queue, answered or abandoned. A call that rang several agents at once (ring group) counts once. Callers who hung up within {short} s are not counted.</source>
        <translation>Tilbudt: anrop som nådde køen, besvarte eller avbrutte. Et anrop som ringte hos flere agenter samtidig (ringegruppe), telles én gang. Innringere som la på innen {short} s, telles ikke med.</translation>
    </message>
    <message>
        <source>Answered: offered calls that an agent picked up.</source>
        <translation>Besvart: tilbudte anrop som en agent tok.</translation>
    </message>
    <message>
        <source>Abandoned: callers who hung up before anyone answered, after waiting at least {short} s (shorter hang-ups are left out of every figure).</source>
        <translation>Avbrutt: innringere som la på før noen svarte, etter å ha ventet minst {short} s (kortere anrop er utelatt fra alle tall).</translation>
    </message>
    <message>
        <source>Average speed of answer (ASA): the mean wait from reaching the queue to being answered, over answered calls.</source>
        <translation>Gjennomsnittlig svartid (ASA): den gjennomsnittlige ventetiden fra anropet når køen til det blir besvart, for besvarte anrop.</translation>
    </message>
    <message>
        <source>Average handle time (AHT): talk + hold + wrap-up per answered call, averaged over the calls that have ended.</source>
        <translation>Gjennomsnittlig behandlingstid (AHT): samtaletid + ventetid + etterarbeid per besvart anrop, i snitt over anropene som er avsluttet.</translation>
    </message>
    <message>
        <source>Waiting now: calls ringing in the queue that nobody has answered yet; the longest wait is the oldest of them.</source>
        <translation>Venter nå: anrop i køen som ingen har svart på ennå; den lengste ventetiden er det eldste av dem.</translation>
    </message>
    <message>
        <source>Callbacks: open callbacks for this queue due before the end of today; overdue ones are past their agreed time.</source>
        <translation>Tilbakeringinger: åpne tilbakeringinger for denne køen som skal gjøres før dagen er omme; forsinkede har passert det avtalte tidspunktet.</translation>
    </message>
    <message>
        <source>Tickets: open tickets whose reply is due within 30 minutes (near) or already past its due time (past SLA).</source>
        <translation>Saker: åpne saker der svarfristen går ut innen 30 minutter (nær) eller allerede er passert (over SLA).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarte</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutte</translation>
    </message>
    <message>
        <source>Service level %</source>
        <translation>Servicenivå %</translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation>ASA (s)</translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation>AHT (s)</translation>
    </message>
    <message>
        <source>First-contact resolution %</source>
        <translation>Løst ved første kontakt %</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Tilbakeringinger utført</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>Tilbakeringinger med kontakt</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Saker opprettet</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Saker løst</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-brudd</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Ingen lokasjon</translation>
    </message>
    <message>
        <source>Pause time: time agents spent paused, by the reason they chose, cut at day boundaries.</source>
        <translation>Pausetid: tiden agentene har hatt pause, fordelt på årsaken de valgte og delt ved døgnskifte.</translation>
    </message>
    <message>
        <source>First-contact resolution: answered queue calls from a known customer after which the same customer made no further contact on any channel within {days} days. Recent periods are provisional until {days} days have passed.</source>
        <translation>Løst ved første kontakt: besvarte køanrop fra en kjent kunde der samme kunde ikke tok kontakt igjen i noen kanal innen {days} dager. De siste periodene er foreløpige til det har gått {days} dager.</translation>
    </message>
    <message>
        <source>Callbacks made: attempts dialled in the period; reached: attempts where the customer answered.</source>
        <translation>Tilbakeringinger utført: forsøk som ble ringt i perioden; med kontakt: forsøk der kunden svarte.</translation>
    </message>
    <message>
        <source>Tickets opened and solved in the period; SLA breaches: tickets whose first reply was due in the period and came late or not at all.</source>
        <translation>Saker opprettet og løst i perioden; SLA-brudd: saker der fristen for første svar var i perioden, og svaret kom for sent eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use 1–63 lower-case letters, digits, “.”, “-” or “_”, starting with a letter (not “pg_” or “skranke_”).</source>
        <translation>«{name}» kan ikke brukes som brukernavn: Bruk 1–63 små bokstaver, sifre, «.», «-» eller «_», og begynn med en bokstav (ikke «pg_» eller «skranke_»).</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Passordet må ha minst {count} tegn.</translation>
    </message>
    <message>
        <source>The user needs a full name.</source>
        <translation>Brukeren må ha et fullt navn.</translation>
    </message>
    <message>
        <source>Logins per user exist only on a shared PostgreSQL database.</source>
        <translation>Pålogging per bruker finnes bare på en felles PostgreSQL-database.</translation>
    </message>
    <message>
        <source>“{name}” is the database owner&apos;s login; choose another user name.</source>
        <translation>«{name}» er databaseeierens pålogging; velg et annet brukernavn.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}” (use --update to change them).</source>
        <translation>Det finnes allerede en bruker med navnet «{name}» (bruk --update for å endre brukeren).</translation>
    </message>
    <message>
        <source>Set the password in the environment variable {name} or run this command in a terminal to be asked for it.</source>
        <translation>Angi passordet i miljøvariabelen {name}, eller kjør kommandoen i en terminal for å bli spurt om det.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er forskjellige.</translation>
    </message>
    <message>
        <source>Keep at least one day of applied changes.</source>
        <translation>Behold minst én dags anvendte endringer.</translation>
    </message>
    <message>
        <source>setup-server prepares a shared PostgreSQL database; {url} is not one.</source>
        <translation>setup-server klargjør en felles PostgreSQL-database; {url} er ikke en slik.</translation>
    </message>
    <message>
        <source>prune-sync-log cleans a shared PostgreSQL database; {url} is not one.</source>
        <translation>prune-sync-log rydder opp i en felles PostgreSQL-database; {url} er ikke en slik.</translation>
    </message>
    <message>
        <source>The user could not be created: {detail}</source>
        <translation>Brukeren kunne ikke opprettes: {detail}</translation>
    </message>
    <message>
        <source>The record of applied changes could not be pruned: {detail}</source>
        <translation>Loggen over anvendte endringer kunne ikke ryddes opp: {detail}</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Innstillingsfilen {path} er ikke gyldig TOML ({detail}). Skranke startet med standardinnstillinger; filen din er uendret.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({detail}). Skranke started with default settings.</source>
        <translation>Innstillingsfilen {path} kan ikke leses ({detail}). Skranke startet med standardinnstillinger.</translation>
    </message>
    <message>
        <source>The settings file {path} has values Skranke cannot use ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Innstillingsfilen {path} inneholder verdier Skranke ikke kan bruke ({detail}). Skranke startet med standardinnstillinger; filen din er uendret.</translation>
    </message>
    <message>
        <source>A reply time must be between 1 minute and 366 days.</source>
        <translation>En svartid må være mellom 1 minutt og 366 dager.</translation>
    </message>
    <message>
        <source>Only supervisors can do this from the wallboard.</source>
        <translation>Bare teamledere kan gjøre dette fra tavlen.</translation>
    </message>
    <message>
        <source>That person is no longer in the database.</source>
        <translation>Personen finnes ikke lenger i databasen.</translation>
    </message>
    <message>
        <source>An agent can only be set to available, paused or offline.</source>
        <translation>En agent kan bare settes til tilgjengelig, pause eller frakoblet.</translation>
    </message>
    <message>
        <source>Choose a pause reason.</source>
        <translation>Velg en pauseårsak.</translation>
    </message>
    <message>
        <source>This callback is already done or cancelled.</source>
        <translation>Denne tilbakeringingen er allerede utført eller avlyst.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Denne saken finnes ikke lenger.</translation>
    </message>
    <message>
        <source>One of the chosen queues no longer exists.</source>
        <translation>En av de valgte køene finnes ikke lenger.</translation>
    </message>
    <message>
        <source>{name} is on a call; the state follows the call and cannot be set now.</source>
        <translation>{name} er i et anrop; statusen følger anropet og kan ikke endres nå.</translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5.</source>
        <translation>Tilfredsheten angis fra 1 til 5.</translation>
    </message>
    <message>
        <source>Satisfaction can be recorded once the ticket is solved.</source>
        <translation>Tilfredshet kan registreres når saken er løst.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>En sak kan ikke slås sammen med seg selv.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged already.</source>
        <translation>Sak #{number} er allerede slått sammen.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged into another ticket; merge into that one instead.</source>
        <translation>Sak #{number} er slått sammen med en annen sak; slå sammen med den i stedet.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Saken ble endret av noen andre mens du redigerte. Last inn saken på nytt og gjør endringen din igjen.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Saken må ha et emne.</translation>
    </message>
    <message>
        <source>Unknown department “{name}”.</source>
        <translation>Ukjent avdeling «{name}».</translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {limit} fit.</source>
        <translation>Beskrivelsen er {length} tegn lang; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation>Emnet er {length} tegn langt; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren er tom.</translation>
    </message>
    <message>
        <source>The comment is {length} characters long; at most {limit} fit.</source>
        <translation>Kommentaren er {length} tegn lang; det er plass til maks. {limit}.</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Saken finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Service level: calls answered within the queue&apos;s threshold of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Servicenivå: anrop besvart innen køens terskel etter at de nådde køen, delt på tilbudte anrop (besvarte + avbrutte etter {short} s).</translation>
    </message>
    <message>
        <source>Service level: calls answered within {seconds} s of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Servicenivå: anrop besvart innen {seconds} s etter at de nådde køen, delt på tilbudte anrop (besvarte + avbrutte etter {short} s).</translation>
    </message>
    <message>
        <source>The shared database has no user “{name}”. Ask a supervisor to add you (skranke add-user), and check the user name in the settings.</source>
        <translation>Den felles databasen har ingen bruker «{name}». Be en teamleder om å legge deg til (skranke add-user), og kontroller brukernavnet i innstillingene.</translation>
    </message>
    <message>
        <source>The code “{code}” does not exist.</source>
        <translation>Koden «{code}» finnes ikke.</translation>
    </message>
    <message>
        <source>The queue is very busy; press “Take a number” again.</source>
        <translation>Det er svært travelt i køen; trykk på «Trekk kølapp» igjen.</translation>
    </message>
    <message>
        <source>Visits: walk-ins started in the period, by the store where they were logged.</source>
        <translation>Besøk: butikkbesøk som startet i perioden, fordelt på butikken der de ble registrert.</translation>
    </message>
    <message>
        <source>Solved now: visits finished as solved at the desk; the share of all visits is the counter&apos;s first-visit resolution.</source>
        <translation>Løst nå: besøk som ble avsluttet som løst ved skranken; andelen av alle besøk er skrankens løsningsgrad ved første besøk.</translation>
    </message>
    <message>
        <source>Average visit: from the start of the search at the desk until the visit was logged.</source>
        <translation>Gjennomsnittlig besøk: fra søket ved skranken starter til besøket er registrert.</translation>
    </message>
    <message>
        <source>Unknown kind of code “{kind}”.</source>
        <translation>Ukjent kodetype «{kind}».</translation>
    </message>
    <message>
        <source>A code needs 1 to 40 characters.</source>
        <translation>En kode må ha 1 til 40 tegn.</translation>
    </message>
    <message>
        <source>A label needs 1 to 200 characters.</source>
        <translation>En betegnelse må ha 1 til 200 tegn.</translation>
    </message>
    <message>
        <source>Choose how the visit ended.</source>
        <translation>Velg hvordan besøket endte.</translation>
    </message>
    <message>
        <source>A callback needs a phone number.</source>
        <translation>En tilbakeringing må ha et telefonnummer.</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Velg når det skal ringes tilbake.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time.</source>
        <translation>{time} er utenfor anropsvinduet ({start:02d}:00–{end:02d}:00 i {zone}). Velg et annet tidspunkt.</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Velg en årsak til besøket.</translation>
    </message>
    <message>
        <source>The resolution code “{code}” is not in use.</source>
        <translation>Utfallskoden «{code}» er ikke i bruk.</translation>
    </message>
    <message>
        <source>Choose a disposition code before finishing this call.</source>
        <translation>Velg en utfallskode før du avslutter anropet.</translation>
    </message>
    <message>
        <source>“{code}” is not a disposition code in use.</source>
        <translation>«{code}» er ikke en utfallskode som er i bruk.</translation>
    </message>
    <message>
        <source>The linked ticket no longer exists.</source>
        <translation>Den tilknyttede saken finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This call is no longer in the database; the notes were not saved.</source>
        <translation>Anropet finnes ikke lenger i databasen; notatene ble ikke lagret.</translation>
    </message>
</context>
</TS>
