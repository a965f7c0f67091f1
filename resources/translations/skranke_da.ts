<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AbandonedModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Opkalder</translation>
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
        <translation>Ukendt opkalder</translation>
    </message>
    <message>
        <source>Hidden number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Håndteret</translation>
    </message>
    <message>
        <source>Answered later, called back, or a callback is already scheduled.</source>
        <translation>Besvaret senere, ringet tilbage til, eller en tilbageringning er allerede planlagt.</translation>
    </message>
</context>
<context>
    <name>AbandonedView</name>
    <message>
        <source>Callers who hung up before anyone answered, after waiting the short-abandon time or longer.</source>
        <translation>Opkaldere, der lagde på, før nogen svarede, efter at have ventet mindst den korte opgivelsestid.</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlæg tilbageringning</translation>
    </message>
    <message>
        <source>Schedule a callback to %1</source>
        <translation>Planlæg en tilbageringning til %1</translation>
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
        <translation>Licens</translation>
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
        <translation>Callcenterklient: softphone, kundehistorik, tilbageringninger og sager.</translation>
    </message>
    <message>
        <source>Skranke is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Skranke er fri software: Du kan videredistribuere det og/eller ændre det under betingelserne i GNU General Public License, som udgivet af Free Software Foundation, enten version 3 af licensen eller (efter dit valg) enhver senere version.</translation>
    </message>
    <message>
        <source>Skranke is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Skranke distribueres i håbet om, at det vil være nyttigt, men UDEN NOGEN GARANTI; endda uden den underforståede garanti for SALGBARHED eller EGNETHED TIL ET BESTEMT FORMÅL. Se GNU General Public License for flere detaljer.</translation>
    </message>
    <message>
        <source>Skranke contains pjproject, which is licensed under the GNU General Public License, version 2 or later; the combined program is therefore distributed under the GPL.</source>
        <translation>Skranke indeholder pjproject, som er licenseret under GNU General Public License, version 2 eller senere; det samlede program distribueres derfor under GPL.</translation>
    </message>
    <message>
        <source>Qt, Qt for Python (PySide6) and psycopg are licensed under the GNU Lesser General Public License, version 3. They are installed as separate shared libraries in Skranke&apos;s folder, so you may replace them with versions you have built or modified yourself.</source>
        <translation>Qt, Qt for Python (PySide6) og psycopg er licenseret under GNU Lesser General Public License, version 3. De er installeret som separate delte biblioteker i Skrankes mappe, så du kan erstatte dem med versioner, du selv har bygget eller ændret.</translation>
    </message>
    <message>
        <source>The full licence text: {url}</source>
        <translation>Den fulde licenstekst: {url}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>The complete corresponding source code of this version of Skranke, including the source of pjproject and of every other GPL or LGPL component it contains, together with the scripts used to build and install it, is available at {url}.</source>
        <translation>Den fuldstændige tilsvarende kildekode til denne version af Skranke, herunder kildekoden til pjproject og til alle andre GPL- eller LGPL-komponenter, som den indeholder, sammen med de scripts, der bruges til at bygge og installere den, findes på {url}.</translation>
    </message>
    <message>
        <source>Written offer: for at least three years after you received this copy, and for as long as spare parts or support are offered for it, whoever gave you this copy of Skranke will give you, or any third party, the complete corresponding source code on a durable medium for no more than the cost of physically performing the distribution. Ask the person or organisation that supplied Skranke, or ask through the address above.</source>
        <translation>Skriftligt tilbud: I mindst tre år efter, at du modtog denne kopi, og så længe der tilbydes reservedele eller support til den, vil den, der gav dig denne kopi af Skranke, give dig eller enhver tredjepart den fuldstændige tilsvarende kildekode på et varigt medium for højst det, det koster fysisk at udføre distributionen. Spørg den person eller organisation, der leverede Skranke, eller spørg via adressen ovenfor.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>same as user</source>
        <translation>samme som bruger</translation>
    </message>
    <message>
        <source>the registrar&apos;s host</source>
        <translation>registrarens vært</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>tom: systemets certifikatudstedere</translation>
    </message>
    <message>
        <source>TLS only: a PEM file with the certificate of the authority that signed the PBX&apos;s certificate. The PBX&apos;s certificate is always checked.</source>
        <translation>Kun TLS: en PEM-fil med certifikatet fra den udsteder, der har signeret telefonsystemets certifikat. Telefonsystemets certifikat kontrolleres altid.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Brug denne konto</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
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
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Authentication user</source>
        <translation>Godkendelsesbruger</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domæne</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Vist navn</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Udgående proxy</translation>
    </message>
    <message>
        <source>CA certificate file (TLS)</source>
        <translation>CA-certifikatfil (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Encrypted media (SRTP)</source>
        <translation>Krypteret lyd (SRTP)</translation>
    </message>
</context>
<context>
    <name>AgentActions</name>
    <message>
        <source>Set available</source>
        <translation>Sæt til ledig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Sæt til offline</translation>
    </message>
    <message>
        <source>Queues…</source>
        <translation>Køer…</translation>
    </message>
    <message>
        <source>Hand over callbacks and tickets…</source>
        <translation>Overdrag tilbageringninger og sager…</translation>
    </message>
    <message>
        <source>The state of an agent on a call follows the call.</source>
        <translation>Status for en medarbejder i et opkald følger opkaldet.</translation>
    </message>
    <message>
        <source>Supervisor action</source>
        <translation>Handling som teamleder</translation>
    </message>
    <message>
        <source>%1 has no open callbacks or tickets.</source>
        <translation>%1 har ingen åbne tilbageringninger eller sager.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I opkald</translation>
    </message>
    <message>
        <source>Caller on hold</source>
        <translation>Opkalder på hold</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Opkald i dag</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Aktuelt opkald</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Queue calls this agent answered since local midnight.</source>
        <translation>Køopkald, som medarbejderen har besvaret siden midnat lokal tid.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
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
        <translation>Tilføj helligdag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Helligdage (lukket hele dagen)</translation>
    </message>
    <message>
        <source>Default (sites without their own)</source>
        <translation>Standard (øvrige lokationer)</translation>
    </message>
    <message>
        <source>Some days have a break; saving here keeps one span from opening to closing.</source>
        <translation>Nogle dage har en pause; gemmer du her, bliver det én periode fra åbning til lukning.</translation>
    </message>
    <message>
        <source>Check the time zone and that every day closes after it opens.</source>
        <translation>Kontrollér tidszonen, og at hver dag lukker, efter at den åbner.</translation>
    </message>
    <message>
        <source>Saved. New due times follow these hours.</source>
        <translation>Gemt. Nye frister følger disse tider.</translation>
    </message>
    <message>
        <source>Opening hours could not be saved</source>
        <translation>Åbningstiderne kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>CallCoordinator</name>
    <message>
        <source>Call transferred: a follow-up ticket is in your list, to check that the customer&apos;s problem was solved.</source>
        <translation>Opkaldet er viderestillet: Der ligger en opfølgningssag på din liste, så du kan tjekke, at kundens problem blev løst.</translation>
    </message>
    <message>
        <source>Call transferred, but no follow-up ticket could be made: %1</source>
        <translation>Opkaldet er viderestillet, men der kunne ikke oprettes en opfølgningssag: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved on this computer; it is sent when the shared database is back.</source>
        <translation>Efterbehandlingen er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Wrap-up saved.</source>
        <translation>Efterbehandling gemt.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mig</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Kø %1</translation>
    </message>
    <message>
        <source>Callback scheduled.</source>
        <translation>Tilbageringning planlagt.</translation>
    </message>
    <message>
        <source>Callback saved on this computer; it is sent when the shared database is back.</source>
        <translation>Tilbageringningen er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen.</translation>
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
        <translation>Hvornår</translation>
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
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Taletid</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Optagelse</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ind</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ud</translation>
    </message>
</context>
<context>
    <name>CallHistoryView</name>
    <message>
        <source>Missed calls only</source>
        <translation>Kun ubesvarede opkald</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlæg tilbageringning</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Ring tilbage</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Afspil optagelse</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Åbn mappen med optagelser</translation>
    </message>
    <message>
        <source>The selected call was not recorded.</source>
        <translation>Det valgte opkald blev ikke optaget.</translation>
    </message>
    <message>
        <source>The recording is not on this computer: %1</source>
        <translation>Optagelsen findes ikke på denne computer: %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På hold</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Sat på hold af modparten</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Indgående opkald</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer op…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringer…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Phone not started</source>
        <translation>Telefonen er ikke startet</translation>
    </message>
    <message>
        <source>Ready: registered again</source>
        <translation>Klar: registreret igen</translation>
    </message>
    <message>
        <source>Ready: registered</source>
        <translation>Klar: registreret</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Not registered: wrong user name or password</source>
        <translation>Ikke registreret: forkert brugernavn eller adgangskode</translation>
    </message>
    <message>
        <source>Not registered: the PBX&apos;s certificate could not be verified (see the CA file setting)</source>
        <translation>Ikke registreret: telefonsystemets certifikat kunne ikke verificeres (se indstillingen for CA-fil)</translation>
    </message>
    <message>
        <source>Not registered (%1 %2); trying again</source>
        <translation>Ikke registreret (%1 %2); prøver igen</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Nummer/lokalnr.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring op</translation>
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
        <translation>Ingen opkald. F7 besvarer, F8 lægger på, F9 sætter på hold, F10 slår lyden fra.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Højttaler</translation>
    </message>
    <message>
        <source>Demo phone: calls are simulated (Ctrl+Shift+I rings)</source>
        <translation>Demotelefon: opkald simuleres (Ctrl+Shift+I ringer)</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sæt på hold</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Slå lyd til</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Slå lyd fra</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Besvar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Viderestil…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Rådfør dig først…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Fuldfør viderestilling</translation>
    </message>
    <message>
        <source>Back to caller</source>
        <translation>Tilbage til opkalder</translation>
    </message>
    <message>
        <source>Keypad…</source>
        <translation>Tastatur…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <source>Record this call, or pause and resume the recording (F12)</source>
        <translation>Optag dette opkald, eller sæt optagelsen på pause og genoptag den (F12)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stop optagelsen</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Viderestil direkte</translation>
    </message>
    <message>
        <source>Transfer the caller to (number or extension):</source>
        <translation>Viderestil opkalderen til (nummer eller lokalnummer):</translation>
    </message>
    <message>
        <source>Consult before transfer</source>
        <translation>Rådfør dig før viderestilling</translation>
    </message>
    <message>
        <source>Call this colleague while the caller waits on hold:</source>
        <translation>Ring til denne kollega, mens opkalderen venter på hold:</translation>
    </message>
    <message>
        <source>A note your colleague sees when the call rings (optional):</source>
        <translation>En note, som din kollega ser, når opkaldet ringer (valgfrit):</translation>
    </message>
    <message>
        <source>Send tones</source>
        <translation>Send toner</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Cifre, der skal sendes (0-9, *, #):</translation>
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
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>fælles</translation>
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
        <translation>Ring nu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Fik kontakt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Forkert nummer</translation>
    </message>
    <message>
        <source>%1 callbacks, %2 overdue.</source>
        <translation>Tilbageringninger: %1, forsinkede: %2.</translation>
    </message>
    <message>
        <source>Calling a callback needs the shared database, so that no two agents call the same customer. It cannot be reached now: try again when it is back.</source>
        <translation>At ringe en tilbageringning op kræver den fælles database, så to medarbejdere ikke ringer til den samme kunde. Den kan ikke nås lige nu: prøv igen, når den er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Someone else is already calling this customer back.</source>
        <translation>En anden er allerede ved at ringe tilbage til denne kunde.</translation>
    </message>
    <message>
        <source>The outcome needs the shared database, which cannot be reached now: record it again when it is back.</source>
        <translation>Resultatet kræver den fælles database, som ikke kan nås lige nu: registrér det igen, når den er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Callback due %1: %2</source>
        <translation>Tilbageringning kl. %1: %2</translation>
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
        <translation>Slet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Hello {customer_name}, … Kind regards, {agent_name}</source>
        <translation>Hej {customer_name}, … Venlig hilsen {agent_name}</translation>
    </message>
    <message>
        <source>Placeholders: {customer_name}, {agent_name}, {ticket_number}</source>
        <translation>Pladsholdere: {customer_name}, {agent_name}, {ticket_number}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Canned responses could not be saved</source>
        <translation>Standardsvarene kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <translation>Søg i standardsvar…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Insert the response with the names filled in (Enter)</source>
        <translation>Indsæt svaret med navnene udfyldt (Enter)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Canned responses could not be loaded</source>
        <translation>Standardsvarene kunne ikke indlæses</translation>
    </message>
    <message>
        <source>No canned response matches.</source>
        <translation>Intet standardsvar passer.</translation>
    </message>
    <message>
        <source>No canned responses yet.</source>
        <translation>Ingen standardsvar endnu.</translation>
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
        <translation>Opkald ind</translation>
    </message>
    <message>
        <source>Call out</source>
        <translation>Opkald ud</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Ny kode, f.eks. Forsikringssag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <source>A retired code leaves the counter&apos;s buttons; visits that used it keep it.</source>
        <translation>En deaktiveret kode forsvinder fra skrankens knapper; besøg, der brugte den, beholder den.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktiveret)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” er tilføjet.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Omdøbt til “%1”.</translation>
    </message>
    <message>
        <source>Retired “%1”. Old visits keep it.</source>
        <translation>“%1” er deaktiveret. Tidligere besøg beholder den.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1” er i brug igen.</translation>
    </message>
</context>
<context>
    <name>CodesAdmin</name>
    <message>
        <source>The buttons the counter staff choose from, in this order. Double-click a name to change it. Retired codes stay on the visits that used them.</source>
        <translation>Knapperne, som skrankepersonalet vælger mellem, i denne rækkefølge. Dobbeltklik på et navn for at ændre det. Deaktiverede koder bliver stående på de besøg, der brugte dem.</translation>
    </message>
    <message>
        <source>Reasons for a visit</source>
        <translation>Årsager til besøg</translation>
    </message>
    <message>
        <source>Resolutions (what was done)</source>
        <translation>Løsninger (hvad der blev gjort)</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <source>&amp;Internal note</source>
        <translation>&amp;Intern note</translation>
    </message>
    <message>
        <source>To &amp;customer</source>
        <translation>Til &amp;kunden</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Return)</source>
        <translation>Tilføj kommentaren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Shift+R)</source>
        <translation>Indsæt et standardsvar (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Tilføj en kommentar</translation>
    </message>
    <message>
        <source>What happened, what the customer needs… (saved as an internal note)</source>
        <translation>Hvad skete der, hvad har kunden brug for… (gemmes som intern note)</translation>
    </message>
    <message>
        <source>Internal note, seen by colleagues only. Ctrl+Return adds it.</source>
        <translation>Intern note, kun synlig for kolleger. Ctrl+Return tilføjer den.</translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Return adds it.</source>
        <translation>Svar til kunden. Ctrl+Return tilføjer det.</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>No comments yet.</source>
        <translation>Ingen kommentarer endnu.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ukendt</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed the same fields</source>
        <translation>En anden har ændret de samme felter</translation>
    </message>
    <message>
        <source>Your other changes were saved together with theirs. These fields were changed by both of you; choose which value to keep.</source>
        <translation>Dine øvrige ændringer blev gemt sammen med den andens. Disse felter er ændret af jer begge; vælg, hvilken værdi der skal beholdes.</translation>
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
        <translation>Brug den andens</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Gem mine valg</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Beslut senere</translation>
    </message>
    <message>
        <source>Your values stay in the fields, unsaved</source>
        <translation>Dine værdier bliver stående i felterne uden at blive gemt</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Change customer</source>
        <translation>Skift kunde</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>ingen butik</translation>
    </message>
    <message>
        <source>No store is set for your user, so there is no queue here. A supervisor can set your store.</source>
        <translation>Der er ikke angivet en butik for din bruger, så der er ingen kø her. En teamleder kan angive din butik.</translation>
    </message>
    <message>
        <source>Find the customer first, or press “No customer record”.</source>
        <translation>Find kunden først, eller tryk på “Uden kundeoplysninger”.</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Vælg en årsag til besøget.</translation>
    </message>
    <message>
        <source>Ticket for %2 saved on this computer; it gets its number when the shared database is back.</source>
        <translation>Sag for %2 er gemt på denne computer; den får sit nummer, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Callback to %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Tilbageringning til %2 er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Visit by %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Besøg fra %2 er gemt på denne computer; det sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Ticket #%1 created for %2.</source>
        <translation>Sag #%1 er oprettet for %2.</translation>
    </message>
    <message>
        <source>Callback to %2 planned for %1 (their time).</source>
        <translation>Tilbageringning til %2 er planlagt til %1 (kundens tid).</translation>
    </message>
    <message>
        <source>Visit by %2 logged as solved.</source>
        <translation>Besøg fra %2 er registreret som løst.</translation>
    </message>
    <message>
        <source>The visit was not saved: %1 Everything you entered is still here; press the button again when the database is back.</source>
        <translation>Besøget blev ikke gemt: %1 Alt, hvad du har indtastet, er her stadig; tryk på knappen igen, når databasen er tilbage.</translation>
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
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Create a ticket for this customer (Ctrl+T)</source>
        <translation>Opret en sag for kunden (Ctrl+T)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbageringninger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No customer selected. Search on the left, or press Ctrl+N to create one.</source>
        <translation>Ingen kunde valgt. Søg til venstre, eller tryk Ctrl+N for at oprette en.</translation>
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
        <translation>Åbne sager (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Add number</source>
        <translation>Tilføj nummer</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Tilføj e-mail</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
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
        <translation>Ud fra det første nummer</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, business</source>
        <translation>Adskilt med komma, f.eks. vip, erhverv</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Tids&amp;zone</translation>
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
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;oter</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Return)</source>
        <translation>Gem (Ctrl+S eller Ctrl+Return)</translation>
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
        <translation>Gemt som {number}</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} tegn</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Copenhagen.</source>
        <translation>“{zone}” er ikke en tidszone. Vælg en fra listen, f.eks. Europe/Copenhagen.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Customer saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kunden er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Genindlæs og behold mine ændringer</translation>
    </message>
    <message>
        <source>The customer could not be saved</source>
        <translation>Kunden kunne ikke gemmes</translation>
    </message>
    <message>
        <source>This customer was deleted by someone else.</source>
        <translation>Kunden er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>Reloaded the newest version. The fields you changed kept your values: check them and save again.</source>
        <translation>Den nyeste version er indlæst. Felterne, du ændrede, har beholdt dine værdier: Kontrollér dem, og gem igen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringer?</translation>
    </message>
    <message>
        <source>The customer has unsaved changes. Discard them?</source>
        <translation>Kunden har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
    </message>
</context>
<context>
    <name>CustomerFinder</name>
    <message>
        <source>Phone, name or customer number — Enter to search</source>
        <translation>Telefon, navn eller kundenummer – Enter for at søge</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>Uden kundeoplysninger</translation>
    </message>
    <message>
        <source>Visitor without a record</source>
        <translation>Besøgende uden kundeoplysninger</translation>
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
        <translation>Opret og fortsæt</translation>
    </message>
    <message>
        <source>No customer found. Press “New customer” to register them.</source>
        <translation>Ingen kunde fundet. Tryk på “Ny kunde” for at oprette kunden.</translation>
    </message>
    <message>
        <source>Maybe: {customer}</source>
        <translation>Måske: {customer}</translation>
    </message>
    <message>
        <source>A new customer needs a name and a phone number.</source>
        <translation>En ny kunde skal have et navn og et telefonnummer.</translation>
    </message>
    <message>
        <source>These customers have this number already. Pick one, or press “Create and continue” again to register a new customer.</source>
        <translation>Disse kunder har allerede dette nummer. Vælg en af dem, eller tryk på “Opret og fortsæt” igen for at oprette en ny kunde.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Search failed</source>
        <translation>Søgningen mislykkedes</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPanel</name>
    <message>
        <source>Search name, company, e-mail, phone or customer no.</source>
        <translation>Navn, firma, e-mail, tlf. eller kundenr.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>Your recent customers. Type to find any customer; Ctrl+N creates one.</source>
        <translation>Dine seneste kunder. Skriv for at finde en kunde; Ctrl+N opretter en ny.</translation>
    </message>
    <message>
        <source>Type to find a customer. Ctrl+N creates one.</source>
        <translation>Skriv for at finde en kunde. Ctrl+N opretter en ny.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kunde matcher “%1”.</translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>Calls per half hour</source>
        <translation>Opkald pr. halve time</translation>
    </message>
    <message>
        <source>Service level per half hour (%)</source>
        <translation>Serviceniveau pr. halve time (%)</translation>
    </message>
    <message>
        <source>Offered and answered queue calls in each half hour of today (local time), by when the caller reached the queue.</source>
        <translation>Tilbudte og besvarede køopkald i hver halve time i dag (lokal tid), efter hvornår opkalderen nåede køen.</translation>
    </message>
    <message>
        <source>Calls answered within the queue&apos;s threshold / offered calls, per half hour; the dashed line is the target.</source>
        <translation>Opkald besvaret inden for køens grænse / tilbudte opkald, pr. halve time; den stiplede linje er målet.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarede</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
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
        <translation>Vis også sete</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Åbn sag</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>Markér som set</translation>
    </message>
    <message>
        <source>Take the selected escalations off the list; the breach stays on the ticket</source>
        <translation>Fjern de valgte eskaleringer fra listen; bruddet bliver stående på sagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>first reply</source>
        <translation>første svar</translation>
    </message>
    <message>
        <source>next reply</source>
        <translation>næste svar</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 overdue, %4</source>
        <translation>#%1 %2 – %3 overskredet, %4</translation>
    </message>
    <message>
        <source>%1 (seen)</source>
        <translation>%1 (set)</translation>
    </message>
    <message>
        <source>No escalations waiting.</source>
        <translation>Ingen eskaleringer venter.</translation>
    </message>
    <message>
        <source>The escalations could not be loaded or marked</source>
        <translation>Eskaleringerne kunne ikke indlæses eller markeres</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over work of: %1</source>
        <translation>Overdrag arbejde fra: %1</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbageringning</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Nobody (callbacks back to the queue)</source>
        <translation>Ingen (tilbageringninger tilbage i køen)</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Overdrag til</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ticket #%1</source>
        <translation>sag #%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select an entry to read its notes.</source>
        <translation>Vælg en post for at læse dens noter.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Rediger artikel</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Højst %n tegn</numerusform>
            <numerusform>Højst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. router, wifi</source>
        <translation>Adskilt med komma, fx router, wifi</translation>
    </message>
    <message numerus="yes">
        <source>Plain text, at most %n characters</source>
        <translation>
            <numerusform>Ren tekst, højst %n tegn</numerusform>
            <numerusform>Ren tekst, højst %n tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Hent kollegaens version</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Your text is still here; save again when it is back.</source>
        <translation>Der er ingen forbindelse til den fælles database. Din tekst er her stadig; gem igen, når den er tilbage.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artiklen findes ikke længere.</translation>
    </message>
    <message>
        <source>This is your colleague&apos;s version. Your text is on the clipboard.</source>
        <translation>Dette er kollegaens version. Din tekst ligger i udklipsholderen.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Vidensbase</translation>
    </message>
    <message>
        <source>Search articles: every word must match…</source>
        <translation>Søg i artikler: alle ord skal passe …</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text to the clipboard</source>
        <translation>Kopiér artiklens tekst til udklipsholderen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Insert the article&apos;s text where you were typing (Enter)</source>
        <translation>Indsæt artiklens tekst, hvor du skrev (Enter)</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Ny artikel …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Hide the article from searches; it is kept, not deleted</source>
        <translation>Skjul artiklen i søgninger; den gemmes, den slettes ikke</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser …</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <source>Inserted.</source>
        <translation>Indsat.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The articles loaded before can still be searched; try again later.</source>
        <translation>Der er ingen forbindelse til den fælles database. Du kan stadig søge i de artikler, der allerede er hentet; prøv igen senere.</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded</source>
        <translation>Vidensbasen kunne ikke indlæses</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Ingen artikler endnu.</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Ingen artikler passer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n articles of %1; type more words to narrow it down.</source>
        <translation>
            <numerusform>Den første artikel af %1; skriv flere ord for at indsnævre søgningen.</numerusform>
            <numerusform>De første %n artikler af %1; skriv flere ord for at indsnævre søgningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
            <numerusform>%n artikler</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Arkiveret: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
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
        <translation>Historik</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbageringninger</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Registering the phone again after sleep or a network change.</source>
        <translation>Telefonen registreres igen efter dvale eller netværksskift.</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find kunde</translation>
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
        <translation>Ny &amp;sag</translation>
    </message>
    <message>
        <source>Show &amp;customer</source>
        <translation>Vis &amp;kunde</translation>
    </message>
    <message>
        <source>Show t&amp;ickets</source>
        <translation>Vis &amp;sager</translation>
    </message>
    <message>
        <source>Show call&amp;backs</source>
        <translation>Vis &amp;tilbageringninger</translation>
    </message>
    <message>
        <source>Show ca&amp;ll history</source>
        <translation>Vis &amp;opkaldshistorik</translation>
    </message>
    <message>
        <source>Schedule a call&amp;back</source>
        <translation>Planlæg en &amp;tilbageringning</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Knowledge &amp;base…</source>
        <translation>&amp;Vidensbase …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Ring til et nummer</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Besvar</translation>
    </message>
    <message>
        <source>&amp;Hang up or decline</source>
        <translation>&amp;Læg på eller afvis</translation>
    </message>
    <message>
        <source>H&amp;old or resume</source>
        <translation>Sæt på &amp;hold eller genoptag</translation>
    </message>
    <message>
        <source>&amp;Mute or unmute</source>
        <translation>Slå lyden &amp;fra eller til</translation>
    </message>
    <message>
        <source>&amp;Record, pause or resume recording</source>
        <translation>&amp;Optag, sæt optagelsen på pause eller genoptag</translation>
    </message>
    <message>
        <source>&amp;Swap lines</source>
        <translation>&amp;Skift mellem opkald</translation>
    </message>
    <message>
        <source>&amp;Conference the two calls</source>
        <translation>Saml de to opkald i en &amp;konference</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
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
        <translation>Simulér et &amp;indgående opkald</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
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
        <translation>indbygget database</translation>
    </message>
    <message>
        <source>shared database</source>
        <translation>fælles database</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>Kunden er gemt.</translation>
    </message>
    <message>
        <source>Settings saved. Language, database and phone accounts change when Skranke is restarted.</source>
        <translation>Indstillingerne er gemt. Sprog, database og telefonkonti skifter, når Skranke genstartes.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
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
        <translation>Optagelse pr. kø</translation>
    </message>
    <message>
        <source>&amp;Wall screen</source>
        <translation>&amp;Vægskærm</translation>
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
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ubesvaret</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbageringning</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjent</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Viderestillet</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Type a number to call.</source>
        <translation>Skriv et nummer, du vil ringe til.</translation>
    </message>
    <message>
        <source>The other side refused the call&apos;s audio. This account requires encrypted audio (SRTP mandatory), which the other side probably does not offer; set SRTP to optional or ask the PBX administrator.</source>
        <translation>Modparten afviste opkaldets lyd. Denne konto kræver krypteret lyd (SRTP påkrævet), som modparten sandsynligvis ikke tilbyder; sæt SRTP til valgfri, eller spørg administratoren af telefonsystemet.</translation>
    </message>
    <message>
        <source>The phone could not do that: %1</source>
        <translation>Telefonen kunne ikke udføre handlingen: %1</translation>
    </message>
    <message>
        <source>Transfer completed.</source>
        <translation>Opkaldet er viderestillet.</translation>
    </message>
    <message>
        <source>Transfer failed (%1 %2).</source>
        <translation>Viderestillingen mislykkedes (%1 %2).</translation>
    </message>
    <message>
        <source>The phone stopped: %1</source>
        <translation>Telefonen er stoppet: %1</translation>
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
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Indgående opkald: %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Ringer til: %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>kø %1</translation>
    </message>
    <message>
        <source>From this computer&apos;s copy (offline): the shared database cannot be reached.</source>
        <translation>Fra denne computers kopi (offline): den fælles database kan ikke nås.</translation>
    </message>
    <message>
        <source>Transferred to you: %1</source>
        <translation>Viderestillet til dig: %1</translation>
    </message>
    <message>
        <source>Last note (%1, %2): %3</source>
        <translation>Seneste note (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 customers have this number. Who is calling?</source>
        <translation>%1 kunder har dette nummer. Hvem ringer?</translation>
    </message>
    <message>
        <source>No customer has this number.</source>
        <translation>Ingen kunde har dette nummer.</translation>
    </message>
    <message>
        <source>New customer with this number</source>
        <translation>Ny kunde med dette nummer</translation>
    </message>
    <message>
        <source>Maybe: %1</source>
        <translation>Måske: %1</translation>
    </message>
    <message>
        <source>Open the transferred ticket</source>
        <translation>Åbn den viderestillede sag</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gendan standarder</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Gem ikke</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér &amp;linkadresse</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now serving</source>
        <translation>Nu betjenes</translation>
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
        <translation>Nu betjenes</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Træk et nummer</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kald næste</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundeskærm</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Ingen venter</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, longest %1 min</source>
        <translation>
            <numerusform>%n venter, længst %1 min</numerusform>
            <numerusform>%n venter, længst %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 taken</source>
        <translation>Nummer %1 er trukket</translation>
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
        <translation>En kø kan kræve optagelse af alle opkald (for eksempel klager) eller lade medarbejderne optage efter behov; en medarbejders egen indstilling kan kun gøre det strengere. Optagelser, der er ældre end køens opbevaringstid, slettes med deres filer hver dag.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Optagelse</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Gem optagelser</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>As the agent&apos;s setting</source>
        <translation>Som medarbejderens indstilling</translation>
    </message>
    <message>
        <source>Agents may record</source>
        <translation>Medarbejdere må optage</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alle opkald</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Intet at gemme.</translation>
    </message>
    <message>
        <source>Queues saved: %1.</source>
        <translation>Køer gemt: %1.</translation>
    </message>
</context>
<context>
    <name>QueueTileWidget</name>
    <message>
        <source>%1 waiting · longest %2</source>
        <translation>%1 venter · længst %2</translation>
    </message>
    <message>
        <source>Answered %1 · Abandoned %2 · of %3</source>
        <translation>Besvaret %1 · Opgivet %2 · af %3</translation>
    </message>
    <message>
        <source>ASA %1 · AHT %2</source>
        <translation>ASA %1 · AHT %2</translation>
    </message>
    <message>
        <source>Callbacks due %1 · overdue %2</source>
        <translation>Tilbageringninger %1 · forsinkede %2</translation>
    </message>
    <message>
        <source>Waiting too long</source>
        <translation>Venter for længe</translation>
    </message>
    <message>
        <source>Below target (%1 %)</source>
        <translation>Under målet (%1 %)</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Ingen opkald endnu</translation>
    </message>
    <message>
        <source>On target (%1 %)</source>
        <translation>På målet (%1 %)</translation>
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
        <translation>Opkald til de afkrydsede køer ringer hos denne medarbejder.</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Only a connected call can be recorded.</source>
        <translation>Kun et forbundet opkald kan optages.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Dette opkald bliver ikke optaget.</translation>
    </message>
    <message>
        <source>Recording is switched off: &quot;Record calls&quot; is set to &quot;Never&quot; in your settings.</source>
        <translation>Optagelse er slået fra: &quot;Optag opkald&quot; er sat til &quot;Aldrig&quot; i dine indstillinger.</translation>
    </message>
    <message>
        <source>Every call is recorded here (&quot;Every call&quot;, in your settings or for this queue); you can pause the recording, not stop it.</source>
        <translation>Alle opkald optages her (&quot;Alle opkald&quot;, i dine indstillinger eller for denne kø); du kan sætte optagelsen på pause, men ikke stoppe den.</translation>
    </message>
    <message>
        <source>No folder for recordings is set.</source>
        <translation>Der er ikke angivet en mappe til optagelser.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>When I start it</source>
        <translation>Når jeg starter den</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alle opkald</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausér optagelsen</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Genoptag optagelsen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Optag</translation>
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
        <translation>Optagelser med udløbet opbevaringstid slettet: %1.</translation>
    </message>
    <message>
        <source>Recordings that could not be deleted: %1. Skranke tries again tomorrow.</source>
        <translation>Optagelser, der ikke kunne slettes: %1. Skranke prøver igen i morgen.</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the shared database refused</source>
        <translation>Ændringer, som den fælles database afviste</translation>
    </message>
    <message>
        <source>These changes are kept on this computer. Send one again once the cause is fixed (for example a code a supervisor turned off), or drop it.</source>
        <translation>Disse ændringer er gemt på denne computer. Send en igen, når årsagen er rettet (f.eks. en kode, som en teamleder har slået fra), eller kassér den.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send igen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>Besøg i butik</translation>
    </message>
    <message>
        <source>Call or contact</source>
        <translation>Opkald eller kontakt</translation>
    </message>
    <message>
        <source>Call notes and disposition</source>
        <translation>Opkaldsnoter og resultat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Call times and outcome</source>
        <translation>Opkaldstider og resultat</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbageringning</translation>
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
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Pr. kø</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Pr. medarbejder</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Hele centret</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Pr. lokation</translation>
    </message>
    <message>
        <source>First-contact resolution: days without a further contact</source>
        <translation>Løst ved første kontakt: dage uden yderligere kontakt</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Vis rapport</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Semicolons and decimal commas, UTF-8: opens in Danish, Swedish and Norwegian Excel with æøå intact.</source>
        <translation>Semikolon og decimalkomma, UTF-8: åbner i dansk, svensk og norsk Excel med æøå i behold.</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Eksportér Excel…</translation>
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
        <translation>Inddeling</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>FCR days</source>
        <translation>FCR-dage</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller…</translation>
    </message>
    <message>
        <source>%1 rows · times in %2</source>
        <translation>%1 rækker · tider i %2</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Rapporten mislykkedes: %1</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportér rapport</translation>
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
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>Planlæg en tilbageringning</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukendt opkalder</translation>
    </message>
    <message>
        <source>The customer asked to be called outside 08–20</source>
        <translation>Kunden har bedt om at blive ringet op uden for 08–20</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Kundens tidszone</translation>
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
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Ukendt tidszone</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>Det svarer til %1 hos dig</translation>
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
        <translation>Sag oprettet</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Tilbageringning planlagt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Viderestillet</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Oplysninger givet</translation>
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
        <translation>Forkert nummer</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Back-office work</source>
        <translation>Backoffice-arbejde</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Teknisk problem</translation>
    </message>
    <message>
        <source>Repair or faulty device</source>
        <translation>Reparation eller defekt enhed</translation>
    </message>
    <message>
        <source>Bill or payment</source>
        <translation>Regning eller betaling</translation>
    </message>
    <message>
        <source>Subscription change</source>
        <translation>Ændring af abonnement</translation>
    </message>
    <message>
        <source>Setup help</source>
        <translation>Hjælp til opsætning</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Returnering eller ombytning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Explained or advised</source>
        <translation>Forklaret eller rådgivet</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>Ordnet på stedet</translation>
    </message>
    <message>
        <source>Replaced or exchanged</source>
        <translation>Erstattet eller byttet om</translation>
    </message>
    <message>
        <source>Passed on to another team</source>
        <translation>Sendt videre til et andet team</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>empty: the embedded database on this computer</source>
        <translation>tom: den indbyggede database på denne computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Default country for numbers</source>
        <translation>Standardland for numre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tilføj konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Answer calls automatically (headset users)</source>
        <translation>Besvar opkald automatisk (headsetbrugere)</translation>
    </message>
    <message>
        <source>Do not disturb: decline incoming calls as busy</source>
        <translation>Forstyr ikke: afvis indgående opkald som optaget</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring, never in the settings file.</source>
        <translation>Adgangskoden gemmes i systemets nøglering, aldrig i indstillingsfilen.</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Optag opkald</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Mappe til optagelser</translation>
    </message>
    <message>
        <source>Until deleted</source>
        <translation>Indtil de slettes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Gem optagelser</translation>
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
        <translation>Højttaler eller headset</translation>
    </message>
    <message>
        <source>Ringing on</source>
        <translation>Ringetone på</translation>
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
        <translation>To konti har samme navn; hver skal have sit eget.</translation>
    </message>
    <message>
        <source>Some values cannot be used, nothing was saved: %1</source>
        <translation>Nogle værdier kan ikke bruges, intet blev gemt: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
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
        <translation>Minutter inden for åbningstiden indtil første svar og mellem svar.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <translation>Næste svar (min)</translation>
    </message>
    <message>
        <source>The SLA table could not be saved</source>
        <translation>SLA-tabellen kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Skranke cannot sign you in</source>
        <translation>Skranke kan ikke logge dig på</translation>
    </message>
    <message>
        <source>The phone did not start: %1</source>
        <translation>Telefonen startede ikke: %1</translation>
    </message>
    <message>
        <source>Skranke cannot open the database</source>
        <translation>Skranke kan ikke åbne databasen</translation>
    </message>
    <message>
        <source>Use the embedded database</source>
        <translation>Brug den indbyggede database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>This is demo data: %1 made-up customers were created so you can try Skranke.</source>
        <translation>Dette er demodata: %1 opdigtede kunder er oprettet, så du kan prøve Skranke.</translation>
    </message>
    <message>
        <source>Offline: working from this computer; connecting to the shared database in the background…</source>
        <translation>Offline: arbejder fra denne computer; forbinder til den fælles database i baggrunden…</translation>
    </message>
    <message>
        <source>Connected to the shared database: sending what was saved on this computer.</source>
        <translation>Forbundet til den fælles database: sender det, der blev gemt på denne computer.</translation>
    </message>
    <message>
        <source>Offline: the shared database&apos;s version does not match</source>
        <translation>Offline: den fælles databases version passer ikke</translation>
    </message>
    <message>
        <source>Skranke stays offline</source>
        <translation>Skranke forbliver offline</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Today: service level %1 · waiting %6 · offered %2 · answered %3 · abandoned %4 · ASA %5</source>
        <translation>I dag: serviceniveau %1 · venter %6 · tilbudt %2 · besvaret %3 · opgivet %4 · ASA %5</translation>
    </message>
    <message>
        <source>No agents signed in</source>
        <translation>Ingen medarbejdere logget på</translation>
    </message>
    <message>
        <source>Tickets: %1 near SLA · %2 past SLA</source>
        <translation>Sager: %1 nær SLA · %2 over SLA</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline – %n ændring venter</numerusform>
            <numerusform>Offline – %n ændringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sender %n ændring…</numerusform>
            <numerusform>Sender %n ændringer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n ændring afvist</numerusform>
            <numerusform>%n ændringer afvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Satisfaction</source>
        <translation>Tilfredshed</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} af 5</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with how the ticket was solved (CSAT)</source>
        <translation>Kundens tilfredshed med, hvordan sagen blev løst (CSAT)</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Flet ind i…</translation>
    </message>
    <message>
        <source>Move this ticket&apos;s comments, calls and tags to another ticket and close this one</source>
        <translation>Flyt sagens kommentarer, opkald og tags til en anden sag, og luk denne</translation>
    </message>
    <message>
        <source>Merged into #{number}</source>
        <translation>Flettet ind i #{number}</translation>
    </message>
    <message>
        <source>Follow-up of #{number}</source>
        <translation>Opfølgning på #{number}</translation>
    </message>
    <message>
        <source>Merge ticket</source>
        <translation>Flet sag</translation>
    </message>
    <message>
        <source>Merge #{number} into ticket number:</source>
        <translation>Flet #{number} ind i sag nummer:</translation>
    </message>
    <message>
        <source>There is no ticket #{number}.</source>
        <translation>Der findes ingen sag #{number}.</translation>
    </message>
    <message>
        <source>The ticket could not be changed</source>
        <translation>Sagen kunne ikke ændres</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Gem sagen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Load the newest version; your unsaved changes are kept</source>
        <translation>Indlæs den nyeste version; dine ændringer, der ikke er gemt, bevares</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Due times are set from the SLA table when the ticket is saved.</source>
        <translation>Frister sættes ud fra SLA-tabellen, når sagen gemmes.</translation>
    </message>
    <message>
        <source>Your unsaved new ticket is back.</source>
        <translation>Din nye sag, der ikke var gemt, er tilbage.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this ticket are back.</source>
        <translation>Dine ændringer til denne sag, der ikke var gemt, er tilbage.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Sagen skal have et emne.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Denne sag findes ikke længere.</translation>
    </message>
    <message>
        <source>Ticket #{number}</source>
        <translation>Sag #{number}</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>Ingen sag åben</translation>
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
        <translation>Sagen er ikke sendt endnu</translation>
    </message>
    <message>
        <source>Ticket saved on this computer; it is sent when the shared database is back. It appears in the ticket list with its number once it has been sent.</source>
        <translation>Sagen er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen. Den vises i sagslisten med sit nummer, når den er sendt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Genindlæs og behold mine ændringer</translation>
    </message>
    <message>
        <source>The ticket could not be saved</source>
        <translation>Sagen kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Reloaded the newest version. Your changes are still in the fields: check them and save again.</source>
        <translation>Den nyeste version er indlæst. Dine ændringer står stadig i felterne: Kontrollér dem, og gem igen.</translation>
    </message>
    <message>
        <source>Saved together with changes someone else made meanwhile.</source>
        <translation>Gemt sammen med ændringer, som en anden har foretaget i mellemtiden.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which values to keep.</source>
        <translation>En anden har ændret de samme felter. Vælg, hvilke værdier der skal beholdes.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Changes saved on this computer; they are sent when the shared database is back.</source>
        <translation>Ændringerne er gemt på denne computer; de sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>Your values for the overlapping fields are not saved yet.</source>
        <translation>Dine værdier i de overlappende felter er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Kept their values; nothing else to save.</source>
        <translation>Den andens værdier er beholdt; der er ikke mere at gemme.</translation>
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
        <translation>{name} · ikke sendt endnu</translation>
    </message>
    <message>
        <source>Comment saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kommentaren er gemt på denne computer; den sendes, når den fælles database er tilgængelig igen.</translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation>Kommentaren kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>The ticket could not be loaded</source>
        <translation>Sagen kunne ikke indlæses</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <source>What is the ticket about?</source>
        <translation>Hvad drejer sagen sig om?</translation>
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
        <translation>&amp;Afdeling</translation>
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
        <translation>(ukendt: {value})</translation>
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
        <translation>Sager, der er tildelt mig</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tickets of everyone</source>
        <translation>Alles sager</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Kun åbne</translation>
    </message>
    <message>
        <source>New, open, pending and on-hold tickets</source>
        <translation>Sager, der er nye, åbne, afventer eller er i bero</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Show only tickets with this status</source>
        <translation>Vis kun sager med denne status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message>
        <source>Show only tickets with this priority</source>
        <translation>Vis kun sager med denne prioritet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Over SLA</translation>
    </message>
    <message>
        <source>Open tickets whose reply is overdue</source>
        <translation>Åbne sager, hvor svarfristen er overskredet</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Kun denne kunde</translation>
    </message>
    <message>
        <source>Show tickets of all customers</source>
        <translation>Vis sager for alle kunder</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Til kunden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>I bero</translation>
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
        <translation>Høj</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Erhverv</translation>
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
        <translation>Afdeling</translation>
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
        <translation>Der løber ingen svarfrist på en lukket eller løst sag.</translation>
    </message>
    <message>
        <source>No reply due while the ticket waits.</source>
        <translation>Ingen svarfrist, mens sagen venter.</translation>
    </message>
    <message>
        <source>No SLA for this department and priority.</source>
        <translation>Ingen SLA for denne afdeling og prioritet.</translation>
    </message>
    <message>
        <source>Reply was due {due}</source>
        <translation>Svarfristen var {due}</translation>
    </message>
    <message>
        <source>Next reply overdue since {due}</source>
        <translation>Frist for næste svar overskredet siden {due}</translation>
    </message>
    <message>
        <source>Next reply due {due}</source>
        <translation>Frist for næste svar {due}</translation>
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
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Next reply due {when}</source>
        <translation>Frist for næste svar {when}</translation>
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
        <translation>Administrér</translation>
    </message>
    <message>
        <source>SLA reply times, opening hours, canned responses and escalations</source>
        <translation>SLA-svartider, åbningstider, standardsvar og eskaleringer</translation>
    </message>
    <message>
        <source>SLA reply times…</source>
        <translation>SLA-svartider…</translation>
    </message>
    <message>
        <source>Opening hours…</source>
        <translation>Åbningstider…</translation>
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
        <translation>Indlæser sager…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded. Refresh to try again.</source>
        <translation>Sagerne kunne ikke indlæses. Opdater for at prøve igen.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Ingen sager matcher disse filtre.</translation>
    </message>
    <message>
        <source>Tickets shown: {count}. Scroll down for more.</source>
        <translation>Viste sager: {count}. Rul ned for flere.</translation>
    </message>
    <message>
        <source>Tickets: {count}</source>
        <translation>Sager: {count}</translation>
    </message>
    <message>
        <source>New SLA breaches: {count}. See Breached.</source>
        <translation>Nye SLA-brud: {count}. Se Over SLA.</translation>
    </message>
    <message>
        <source>Tickets could not be loaded</source>
        <translation>Sagerne kunne ikke indlæses</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>What was done (Ctrl+Enter: solved now)</source>
        <translation>Hvad blev gjort (Ctrl+Enter: løst nu)</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Løst nu</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Tilbageringning</translation>
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
        <translation>Andet tidspunkt…</translation>
    </message>
    <message>
        <source>In the customer&apos;s own time</source>
        <translation>I kundens lokale tid</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planlæg tilbageringning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hvad blev gjort</translation>
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
        <translation>Butik</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Løst nu</translation>
    </message>
    <message>
        <source>Solved now %</source>
        <translation>Løst nu %</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Tilbageringninger</translation>
    </message>
    <message>
        <source>Average visit (min)</source>
        <translation>Gns. besøg (min)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsag: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Løsning: %1</translation>
    </message>
    <message>
        <source>No store</source>
        <translation>Ingen butik</translation>
    </message>
</context>
<context>
    <name>WalkInReportPanel</name>
    <message>
        <source>Walk-ins at the counters</source>
        <translation>Besøg ved skrankerne</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>Ingen besøg i denne periode.</translation>
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
        <translation>Over grænsen: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I opkald</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På hold</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <source>Sound alerts</source>
        <translation>Lydalarmer</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Vægskærm</translation>
    </message>
    <message>
        <source>Full-screen wallboard with large type (Esc closes it).</source>
        <translation>Tavle i fuld skærm med stor skrift (Esc lukker den).</translation>
    </message>
    <message>
        <source>Show the agents of one site</source>
        <translation>Vis medarbejderne på én lokation</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle lokationer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Opgivne i dag</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Ikke opdateret: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
    <message>
        <source>Right-click an agent to set their state or queues.</source>
        <translation>Højreklik på en medarbejder for at angive status eller køer.</translation>
    </message>
    <message>
        <source>Over threshold: %1</source>
        <translation>Over grænsen: %1</translation>
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
        <translation>Noter til opkaldet: gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, adskilt med komma</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Create a ticket from this call (Ctrl+T)</source>
        <translation>Opret en sag ud fra opkaldet (Ctrl+T)</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>Tilbageringning…</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response into the notes (Ctrl+Shift+R)</source>
        <translation>Indsæt et standardsvar i noterne (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Finish the wrap-up (Ctrl+Return)</source>
        <translation>Afslut efterbehandlingen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome (Alt+1…9)</source>
        <translation>Resultat (Alt+1…9)</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Opkald med %1</translation>
    </message>
    <message>
        <source>Unfinished notes from an earlier call (saved %1)</source>
        <translation>Ufærdige noter fra et tidligere opkald (gemt %1)</translation>
    </message>
    <message>
        <source>Unfinished notes restored.</source>
        <translation>Ufærdige noter er gendannet.</translation>
    </message>
    <message>
        <source>Outcome, required (Alt+1…9)</source>
        <translation>Resultat, påkrævet (Alt+1…9)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>Gemt på denne computer %1</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Knyttet til sag %1</translation>
    </message>
    <message>
        <source>Linked to a ticket</source>
        <translation>Knyttet til en sag</translation>
    </message>
    <message>
        <source>The call&apos;s customer and ticket could not be read</source>
        <translation>Opkaldets kunde og sag kunne ikke læses</translation>
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
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>+45 32 12 34 56</source>
        <translation>+45 32 12 34 56</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Fjern dette nummer</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Fjern denne adresse</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>“{zone}” is not a time zone Skranke knows.</source>
        <translation>“{zone}” er ikke en tidszone, som Skranke kender.</translation>
    </message>
    <message>
        <source>The calling window {start}–{end} is not a range of hours.</source>
        <translation>Opkaldsvinduet {start}–{end} er ikke et tidsrum i hele timer.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} characters.</source>
        <translation>Årsagen er for lang: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time, or confirm that the customer asked to be called then.</source>
        <translation>{time} er uden for opkaldsvinduet ({start:02d}:00–{end:02d}:00 i {zone}). Vælg et andet tidspunkt, eller bekræft, at kunden har bedt om at blive ringet op på det tidspunkt.</translation>
    </message>
    <message>
        <source>“{outcome}” is not a callback outcome.</source>
        <translation>“{outcome}” er ikke et resultat for en tilbageringning.</translation>
    </message>
    <message>
        <source>This callback is already closed.</source>
        <translation>Denne tilbageringning er allerede afsluttet.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Skranke cannot store passwords safely. On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and sign in to your desktop session again.</source>
        <translation>Der er ingen nøglering i systemet, så Skranke kan ikke gemme adgangskoder sikkert. På Linux skal du installere og starte en Secret Service (GNOME Keyring eller KWallet) og logge på dit skrivebord igen.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the password for {key} ({detail}).</source>
        <translation>Systemets nøglering afviste at udlevere adgangskoden til {key} ({detail}).</translation>
    </message>
    <message>
        <source>The system keyring did not store the password for {key} ({detail}).</source>
        <translation>Systemets nøglering gemte ikke adgangskoden til {key} ({detail}).</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Kunden blev ændret af en anden, mens du redigerede. Genindlæs kunden, og foretag din ændring igen.</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Kunden skal have et navn.</translation>
    </message>
    <message>
        <source>The company name is {length} characters long; at most {limit} fit.</source>
        <translation>Firmanavnet er {length} tegn langt; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The notes are {length} characters long; at most {limit} fit.</source>
        <translation>Noterne er {length} tegn lange; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {limit} fit.</source>
        <translation>Navnet er {length} tegn langt; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The customer was deleted by someone else.</source>
        <translation>Kunden er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>Databaseadressen er ugyldig: {url}</translation>
    </message>
    <message>
        <source>Skranke cannot use the database {url}: {detail}</source>
        <translation>Skranke kan ikke bruge databasen {url}: {detail}</translation>
    </message>
    <message>
        <source>Skranke cannot reach the database {url}. Check that the server is running, the address is right and you may log in. ({detail})</source>
        <translation>Skranke kan ikke få forbindelse til databasen {url}. Kontrollér, at serveren kører, at adressen er rigtig, og at du har adgang til at logge på. ({detail})</translation>
    </message>
    <message>
        <source>The canned response needs a title.</source>
        <translation>Standardsvaret skal have en titel.</translation>
    </message>
    <message>
        <source>The canned response has no text.</source>
        <translation>Standardsvaret har ingen tekst.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Use {{customer_name}}, {{agent_name}} or {{ticket_number}}.</source>
        <translation>Ukendt pladsholder {{{name}}}. Brug {{customer_name}}, {{agent_name}} eller {{ticket_number}}.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; at most {limit} fit.</source>
        <translation>Titlen er {length} tegn lang; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>Teksten er {length} tegn lang; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The database {url} cannot be used: {detail}</source>
        <translation>Databasen {url} kan ikke bruges: {detail}</translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of Skranke (schema {schema}). Install the newer Skranke; this one will not touch that database.</source>
        <translation>Databasen {url} er opgraderet af en nyere version af Skranke (skema {schema}). Installér den nyere Skranke; denne version rører ikke databasen.</translation>
    </message>
    <message>
        <source>You are not allowed to delete customers.</source>
        <translation>Du har ikke tilladelse til at slette kunder.</translation>
    </message>
    <message>
        <source>No one may change the audit log.</source>
        <translation>Ingen må ændre revisionsloggen.</translation>
    </message>
    <message>
        <source>No one may delete from the audit log.</source>
        <translation>Ingen må slette fra revisionsloggen.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be changed once written.</source>
        <translation>Kommentarer til sager kan ikke ændres, når de først er skrevet.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be deleted.</source>
        <translation>Kommentarer til sager kan ikke slettes.</translation>
    </message>
    <message>
        <source>You are not allowed to delete tickets.</source>
        <translation>Du har ikke tilladelse til at slette sager.</translation>
    </message>
    <message>
        <source>Calls and visits cannot be deleted; they are kept for statistics.</source>
        <translation>Opkald og besøg kan ikke slettes; de gemmes til statistik.</translation>
    </message>
    <message>
        <source>You are not allowed to delete callbacks.</source>
        <translation>Du har ikke tilladelse til at slette tilbageringninger.</translation>
    </message>
    <message>
        <source>Only supervisors see the list of escalations.</source>
        <translation>Kun teamledere kan se listen over eskaleringer.</translation>
    </message>
    <message>
        <source>Only supervisors can mark escalations as seen.</source>
        <translation>Kun teamledere kan markere eskaleringer som set.</translation>
    </message>
    <message>
        <source>Escalations cannot be deleted; supervisors mark them as seen.</source>
        <translation>Eskaleringer kan ikke slettes; teamledere markerer dem som set.</translation>
    </message>
    <message>
        <source>Only agents and supervisors record escalations.</source>
        <translation>Kun medarbejdere og teamledere registrerer eskaleringer.</translation>
    </message>
    <message>
        <source>Only supervisors can manage users.</source>
        <translation>Kun teamledere kan administrere brugere.</translation>
    </message>
    <message>
        <source>Only supervisors can manage sites.</source>
        <translation>Kun teamledere kan administrere lokationer.</translation>
    </message>
    <message>
        <source>Only supervisors can manage queues.</source>
        <translation>Kun teamledere kan administrere køer.</translation>
    </message>
    <message>
        <source>Only supervisors can change SLA policies.</source>
        <translation>Kun teamledere kan ændre SLA-politikker.</translation>
    </message>
    <message>
        <source>Only supervisors can change the counter&apos;s reasons and resolutions.</source>
        <translation>Kun teamledere kan ændre skrankens årsager og løsninger.</translation>
    </message>
    <message>
        <source>Only supervisors can manage disposition codes.</source>
        <translation>Kun teamledere kan administrere resultatkoder.</translation>
    </message>
    <message>
        <source>Only supervisors can manage pause reasons.</source>
        <translation>Kun teamledere kan administrere pauseårsager.</translation>
    </message>
    <message>
        <source>Only supervisors can manage canned responses.</source>
        <translation>Kun teamledere kan administrere standardsvar.</translation>
    </message>
    <message>
        <source>Someone else changed {fields} of this customer while you edited; your change was not saved. Reload the customer and make your change again.</source>
        <translation>En anden ændrede {fields} for denne kunde, mens du redigerede; din ændring blev ikke gemt. Genindlæs kunden, og foretag ændringen igen.</translation>
    </message>
    <message>
        <source>The database {url} has an older schema ({schema}) than this Skranke. Ask the administrator to upgrade the server (skranke setup-server); until then your changes stay on this computer.</source>
        <translation>Databasen {url} har et ældre skema ({schema}) end denne Skranke. Bed administratoren om at opgradere serveren (skranke setup-server); indtil da bliver dine ændringer på denne computer.</translation>
    </message>
    <message>
        <source>Only supervisors can write knowledge articles.</source>
        <translation>Kun teamledere kan skrive artikler i vidensbasen.</translation>
    </message>
    <message>
        <source>A colleague saved this article while you were editing it. Your text is still here: copy it, reload the article and make your change again.</source>
        <translation>En kollega gemte artiklen, mens du redigerede den. Din tekst er her stadig: kopiér den, hent artiklen igen, og lav din ændring igen.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artiklen findes ikke længere.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Artiklen skal have en titel.</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>Artiklen har ingen tekst.</translation>
    </message>
    <message>
        <source>The tag “{tag}…” is too long; a tag has at most {limit} characters.</source>
        <translation>Tagget “{tag}…” er for langt; et tag må højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>Too many tags: together they may have at most {limit} characters.</source>
        <translation>For mange tags: tilsammen må de højst have {limit} tegn.</translation>
    </message>
    <message>
        <source>Knowledge articles cannot be deleted; archive them instead.</source>
        <translation>Artikler i vidensbasen kan ikke slettes; arkivér dem i stedet.</translation>
    </message>
    <message>
        <source>Only supervisors can change opening hours.</source>
        <translation>Kun teamledere kan ændre åbningstider.</translation>
    </message>
    <message>
        <source>Only supervisors can change the holidays in the opening hours.</source>
        <translation>Kun teamledere kan ændre helligdagene i åbningstiderne.</translation>
    </message>
    <message>
        <source>You can only change customers you serve.</source>
        <translation>Du kan kun ændre kunder, du betjener.</translation>
    </message>
    <message>
        <source>You can only record walk-ins at your own site, with customers you serve.</source>
        <translation>Du kan kun registrere besøg i butik på din egen lokation og med kunder, du betjener.</translation>
    </message>
    <message>
        <source>You can only work on tickets of customers you serve.</source>
        <translation>Du kan kun arbejde med sager for kunder, du betjener.</translation>
    </message>
    <message>
        <source>You can only comment on tickets of customers you serve.</source>
        <translation>Du kan kun kommentere sager for kunder, du betjener.</translation>
    </message>
    <message>
        <source>You can only plan callbacks for customers you serve.</source>
        <translation>Du kan kun planlægge tilbageringninger til kunder, du betjener.</translation>
    </message>
    <message>
        <source>Audit entries are written in your own name only.</source>
        <translation>Revisionsposter skrives kun i dit eget navn.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Din rolle tillader ikke denne ændring.</translation>
    </message>
    <message>
        <source>You have looked up too many new customers today. Ask a supervisor if you need more.</source>
        <translation>Du har slået for mange nye kunder op i dag. Spørg en teamleder, hvis du har brug for flere.</translation>
    </message>
    <message>
        <source>Only the database owner (a login allowed to create roles) can add users or change their passwords.</source>
        <translation>Kun databasens ejer (et login, der må oprette roller) kan tilføje brugere eller ændre deres adgangskoder.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade that only its owner can run. Ask your administrator to run “skranke setup-server” with this version of Skranke.</source>
        <translation>Den fælles database skal opgraderes, og det kan kun dens ejer gøre. Bed din administrator om at køre “skranke setup-server” med denne version af Skranke.</translation>
    </message>
    <message>
        <source>Only supervisors may erase customers.</source>
        <translation>Kun teamledere må slette kunder permanent.</translation>
    </message>
    <message>
        <source>Your role may not see this information.</source>
        <translation>Din rolle har ikke adgang til disse oplysninger.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnummeret er tomt.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: use digits, spaces and +.</source>
        <translation>“{text}” er ikke et telefonnummer: Brug cifre, mellemrum og +.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number for {region}. Check the digits, or write the country code (+46 …) for a foreign number.</source>
        <translation>“{text}” er ikke et gyldigt telefonnummer for {region}. Kontrollér cifrene, eller skriv landekoden (+46 …) for et udenlandsk nummer.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden findes ikke længere.</translation>
    </message>
    <message>
        <source>Offered: calls that reached the queue, answered or abandoned. A call that rang several agents at once (ring group) counts once. Callers who hung up within {short} s are not counted.</source>
        <translation>Tilbudt: opkald, der nåede køen, besvarede eller opgivne. Et opkald, der ringede hos flere medarbejdere på én gang (ringegruppe), tælles én gang. Opkaldere, der lagde på inden for {short} s, tælles ikke med.</translation>
    </message>
    <message>
        <source>Answered: offered calls that an agent picked up.</source>
        <translation>Besvaret: tilbudte opkald, som en medarbejder tog.</translation>
    </message>
    <message>
        <source>Abandoned: callers who hung up before anyone answered, after waiting at least {short} s (shorter hang-ups are left out of every figure).</source>
        <translation>Opgivet: opkaldere, der lagde på, før nogen svarede, efter at have ventet mindst {short} s (kortere opkald er udeladt af alle tal).</translation>
    </message>
    <message>
        <source>Average speed of answer (ASA): the mean wait from reaching the queue to being answered, over answered calls.</source>
        <translation>Gennemsnitlig svartid (ASA): den gennemsnitlige ventetid fra opkaldet når køen, til det besvares, for besvarede opkald.</translation>
    </message>
    <message>
        <source>Average handle time (AHT): talk + hold + wrap-up per answered call, averaged over the calls that have ended.</source>
        <translation>Gennemsnitlig behandlingstid (AHT): taletid + hold + efterbehandling pr. besvaret opkald, i gennemsnit over de afsluttede opkald.</translation>
    </message>
    <message>
        <source>Waiting now: calls ringing in the queue that nobody has answered yet; the longest wait is the oldest of them.</source>
        <translation>Venter nu: opkald i køen, som ingen har besvaret endnu; den længste ventetid er det ældste af dem.</translation>
    </message>
    <message>
        <source>Callbacks: open callbacks for this queue due before the end of today; overdue ones are past their agreed time.</source>
        <translation>Tilbageringninger: åbne tilbageringninger for denne kø, der skal foretages inden dagens udgang; forsinkede er over det aftalte tidspunkt.</translation>
    </message>
    <message>
        <source>Tickets: open tickets whose reply is due within 30 minutes (near) or already past its due time (past SLA).</source>
        <translation>Sager: åbne sager, hvor svarfristen udløber inden for 30 minutter (nær) eller allerede er overskredet (over SLA).</translation>
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
        <translation>Besvarede</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opgivne</translation>
    </message>
    <message>
        <source>Service level %</source>
        <translation>Serviceniveau %</translation>
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
        <translation>Tilbageringninger foretaget</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>Tilbageringninger med kontakt</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Sager oprettet</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Sager løst</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-brud</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Ingen lokation</translation>
    </message>
    <message>
        <source>Pause time: time agents spent paused, by the reason they chose, cut at day boundaries.</source>
        <translation>Pausetid: den tid, medarbejderne har holdt pause, fordelt på den valgte årsag og delt ved døgnskift.</translation>
    </message>
    <message>
        <source>First-contact resolution: answered queue calls from a known customer after which the same customer made no further contact on any channel within {days} days. Recent periods are provisional until {days} days have passed.</source>
        <translation>Løst ved første kontakt: besvarede køopkald fra en kendt kunde, hvorefter samme kunde ikke tog kontakt igen på nogen kanal inden for {days} dage. De seneste perioder er foreløbige, indtil der er gået {days} dage.</translation>
    </message>
    <message>
        <source>Callbacks made: attempts dialled in the period; reached: attempts where the customer answered.</source>
        <translation>Tilbageringninger foretaget: forsøg, der blev ringet op i perioden; med kontakt: forsøg, hvor kunden svarede.</translation>
    </message>
    <message>
        <source>Tickets opened and solved in the period; SLA breaches: tickets whose first reply was due in the period and came late or not at all.</source>
        <translation>Sager oprettet og løst i perioden; SLA-brud: sager, hvor fristen for første svar lå i perioden, og svaret kom for sent eller slet ikke.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use 1–63 lower-case letters, digits, “.”, “-” or “_”, starting with a letter (not “pg_” or “skranke_”).</source>
        <translation>“{name}” kan ikke bruges som brugernavn: Brug 1–63 små bogstaver, cifre, “.”, “-” eller “_”, begyndende med et bogstav (ikke “pg_” eller “skranke_”).</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Adgangskoden skal være på mindst {count} tegn.</translation>
    </message>
    <message>
        <source>The user needs a full name.</source>
        <translation>Brugeren skal have et fuldt navn.</translation>
    </message>
    <message>
        <source>Logins per user exist only on a shared PostgreSQL database.</source>
        <translation>Personlige logins findes kun på en fælles PostgreSQL-database.</translation>
    </message>
    <message>
        <source>“{name}” is the database owner&apos;s login; choose another user name.</source>
        <translation>“{name}” er databaseejerens login; vælg et andet brugernavn.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}” (use --update to change them).</source>
        <translation>Der findes allerede en bruger med navnet “{name}” (brug --update for at ændre brugeren).</translation>
    </message>
    <message>
        <source>Set the password in the environment variable {name} or run this command in a terminal to be asked for it.</source>
        <translation>Angiv adgangskoden i miljøvariablen {name}, eller kør kommandoen i en terminal for at blive spurgt om den.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <source>Keep at least one day of applied changes.</source>
        <translation>Behold mindst én dags anvendte ændringer.</translation>
    </message>
    <message>
        <source>setup-server prepares a shared PostgreSQL database; {url} is not one.</source>
        <translation>setup-server klargør en fælles PostgreSQL-database; {url} er ikke en sådan.</translation>
    </message>
    <message>
        <source>prune-sync-log cleans a shared PostgreSQL database; {url} is not one.</source>
        <translation>prune-sync-log rydder op i en fælles PostgreSQL-database; {url} er ikke en sådan.</translation>
    </message>
    <message>
        <source>The user could not be created: {detail}</source>
        <translation>Brugeren kunne ikke oprettes: {detail}</translation>
    </message>
    <message>
        <source>The record of applied changes could not be pruned: {detail}</source>
        <translation>Loggen over anvendte ændringer kunne ikke ryddes op: {detail}</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Indstillingsfilen {path} er ikke gyldig TOML ({detail}). Skranke er startet med standardindstillinger; din fil er uændret.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({detail}). Skranke started with default settings.</source>
        <translation>Indstillingsfilen {path} kan ikke læses ({detail}). Skranke er startet med standardindstillinger.</translation>
    </message>
    <message>
        <source>The settings file {path} has values Skranke cannot use ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Indstillingsfilen {path} indeholder værdier, som Skranke ikke kan bruge ({detail}). Skranke er startet med standardindstillinger; din fil er uændret.</translation>
    </message>
    <message>
        <source>A reply time must be between 1 minute and 366 days.</source>
        <translation>En svartid skal være mellem 1 minut og 366 dage.</translation>
    </message>
    <message>
        <source>Only supervisors can do this from the wallboard.</source>
        <translation>Kun teamledere kan gøre dette fra tavlen.</translation>
    </message>
    <message>
        <source>That person is no longer in the database.</source>
        <translation>Personen findes ikke længere i databasen.</translation>
    </message>
    <message>
        <source>An agent can only be set to available, paused or offline.</source>
        <translation>En medarbejder kan kun sættes til ledig, pause eller offline.</translation>
    </message>
    <message>
        <source>Choose a pause reason.</source>
        <translation>Vælg en pauseårsag.</translation>
    </message>
    <message>
        <source>This callback is already done or cancelled.</source>
        <translation>Denne tilbageringning er allerede udført eller annulleret.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Denne sag findes ikke længere.</translation>
    </message>
    <message>
        <source>One of the chosen queues no longer exists.</source>
        <translation>En af de valgte køer findes ikke længere.</translation>
    </message>
    <message>
        <source>{name} is on a call; the state follows the call and cannot be set now.</source>
        <translation>{name} er i et opkald; status følger opkaldet og kan ikke ændres nu.</translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5.</source>
        <translation>Tilfredsheden angives fra 1 til 5.</translation>
    </message>
    <message>
        <source>Satisfaction can be recorded once the ticket is solved.</source>
        <translation>Tilfredshed kan registreres, når sagen er løst.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>En sag kan ikke flettes ind i sig selv.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged already.</source>
        <translation>Sag #{number} er allerede flettet.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged into another ticket; merge into that one instead.</source>
        <translation>Sag #{number} er flettet ind i en anden sag; flet ind i den i stedet.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Sagen blev ændret af en anden, mens du redigerede. Genindlæs sagen, og foretag din ændring igen.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Sagen skal have et emne.</translation>
    </message>
    <message>
        <source>Unknown department “{name}”.</source>
        <translation>Ukendt afdeling “{name}”.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {limit} fit.</source>
        <translation>Beskrivelsen er {length} tegn lang; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation>Emnet er {length} tegn langt; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren er tom.</translation>
    </message>
    <message>
        <source>The comment is {length} characters long; at most {limit} fit.</source>
        <translation>Kommentaren er {length} tegn lang; der er plads til højst {limit}.</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Sagen findes ikke længere.</translation>
    </message>
    <message>
        <source>Service level: calls answered within the queue&apos;s threshold of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Serviceniveau: opkald besvaret inden for køens grænse, efter at de nåede køen, divideret med tilbudte opkald (besvarede + opgivne efter {short} s).</translation>
    </message>
    <message>
        <source>Service level: calls answered within {seconds} s of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Serviceniveau: opkald besvaret inden for {seconds} s, efter at de nåede køen, divideret med tilbudte opkald (besvarede + opgivne efter {short} s).</translation>
    </message>
    <message>
        <source>The shared database has no user “{name}”. Ask a supervisor to add you (skranke add-user), and check the user name in the settings.</source>
        <translation>Den fælles database har ingen bruger “{name}”. Bed en teamleder om at tilføje dig (skranke add-user), og kontrollér brugernavnet i indstillingerne.</translation>
    </message>
    <message>
        <source>The code “{code}” does not exist.</source>
        <translation>Koden “{code}” findes ikke.</translation>
    </message>
    <message>
        <source>The queue is very busy; press “Take a number” again.</source>
        <translation>Der er meget travlt i køen; tryk på “Træk et nummer” igen.</translation>
    </message>
    <message>
        <source>Visits: walk-ins started in the period, by the store where they were logged.</source>
        <translation>Besøg: butiksbesøg, der begyndte i perioden, fordelt på den butik, hvor de blev registreret.</translation>
    </message>
    <message>
        <source>Solved now: visits finished as solved at the desk; the share of all visits is the counter&apos;s first-visit resolution.</source>
        <translation>Løst nu: besøg, der blev afsluttet som løst ved skranken; andelen af alle besøg er skrankens løsningsgrad ved første besøg.</translation>
    </message>
    <message>
        <source>Average visit: from the start of the search at the desk until the visit was logged.</source>
        <translation>Gennemsnitligt besøg: fra søgningen ved skranken begynder, til besøget er registreret.</translation>
    </message>
    <message>
        <source>Unknown kind of code “{kind}”.</source>
        <translation>Ukendt kodetype “{kind}”.</translation>
    </message>
    <message>
        <source>A code needs 1 to 40 characters.</source>
        <translation>En kode skal have 1 til 40 tegn.</translation>
    </message>
    <message>
        <source>A label needs 1 to 200 characters.</source>
        <translation>En betegnelse skal have 1 til 200 tegn.</translation>
    </message>
    <message>
        <source>Choose how the visit ended.</source>
        <translation>Vælg, hvordan besøget endte.</translation>
    </message>
    <message>
        <source>A callback needs a phone number.</source>
        <translation>En tilbageringning kræver et telefonnummer.</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Vælg, hvornår der skal ringes tilbage.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time.</source>
        <translation>{time} er uden for opkaldsvinduet ({start:02d}:00–{end:02d}:00 i {zone}). Vælg et andet tidspunkt.</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Vælg en årsag til besøget.</translation>
    </message>
    <message>
        <source>The resolution code “{code}” is not in use.</source>
        <translation>Resultatkoden “{code}” er ikke i brug.</translation>
    </message>
    <message>
        <source>Choose a disposition code before finishing this call.</source>
        <translation>Vælg en resultatkode, før du afslutter opkaldet.</translation>
    </message>
    <message>
        <source>“{code}” is not a disposition code in use.</source>
        <translation>“{code}” er ikke en resultatkode, der er i brug.</translation>
    </message>
    <message>
        <source>The linked ticket no longer exists.</source>
        <translation>Den tilknyttede sag findes ikke længere.</translation>
    </message>
    <message>
        <source>This call is no longer in the database; the notes were not saved.</source>
        <translation>Opkaldet findes ikke længere i databasen; noterne blev ikke gemt.</translation>
    </message>
</context>
</TS>
