<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AbandonedModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Hidden number</source>
        <translation>Dolt nummer</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Hanterat</translation>
    </message>
    <message>
        <source>Answered later, called back, or a callback is already scheduled.</source>
        <translation>Besvarat senare, uppringd, eller så är en återuppringning redan planerad.</translation>
    </message>
</context>
<context>
    <name>AbandonedView</name>
    <message>
        <source>Callers who hung up before anyone answered, after waiting the short-abandon time or longer.</source>
        <translation>Uppringare som lade på innan någon svarade, efter att ha väntat minst den korta avbrottstiden.</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planera återuppringning</translation>
    </message>
    <message>
        <source>Schedule a callback to %1</source>
        <translation>Planera en återuppringning till %1</translation>
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
        <translation>Källkod</translation>
    </message>
    <message>
        <source>Skranke {version}</source>
        <translation>Skranke {version}</translation>
    </message>
    <message>
        <source>Call-center client: softphone, customer history, callbacks and tickets.</source>
        <translation>Kundtjänstklient: softphone, kundhistorik, återuppringningar och ärenden.</translation>
    </message>
    <message>
        <source>Skranke is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Skranke är fri programvara: du kan vidaredistribuera det och/eller ändra det enligt villkoren i GNU General Public License, publicerad av Free Software Foundation, antingen version 3 av licensen eller (om du så vill) en senare version.</translation>
    </message>
    <message>
        <source>Skranke is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Skranke distribueras i hopp om att det ska vara användbart, men UTAN NÅGON GARANTI; inte ens underförstådd garanti om SÄLJBARHET eller LÄMPLIGHET FÖR ETT VISST ÄNDAMÅL. Se GNU General Public License för fler detaljer.</translation>
    </message>
    <message>
        <source>Skranke contains pjproject, which is licensed under the GNU General Public License, version 2 or later; the combined program is therefore distributed under the GPL.</source>
        <translation>Skranke innehåller pjproject, som är licensierat under GNU General Public License, version 2 eller senare; det sammansatta programmet distribueras därför under GPL.</translation>
    </message>
    <message>
        <source>Qt, Qt for Python (PySide6) and psycopg are licensed under the GNU Lesser General Public License, version 3. They are installed as separate shared libraries in Skranke&apos;s folder, so you may replace them with versions you have built or modified yourself.</source>
        <translation>Qt, Qt for Python (PySide6) och psycopg är licensierade under GNU Lesser General Public License, version 3. De är installerade som separata delade bibliotek i Skrankes mapp, så du kan ersätta dem med versioner som du själv har byggt eller ändrat.</translation>
    </message>
    <message>
        <source>The full licence text: {url}</source>
        <translation>Den fullständiga licenstexten: {url}</translation>
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
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>The complete corresponding source code of this version of Skranke, including the source of pjproject and of every other GPL or LGPL component it contains, together with the scripts used to build and install it, is available at {url}.</source>
        <translation>Den fullständiga motsvarande källkoden för den här versionen av Skranke, inklusive källkoden för pjproject och för alla andra GPL- eller LGPL-komponenter som den innehåller, tillsammans med de skript som används för att bygga och installera den, finns på {url}.</translation>
    </message>
    <message>
        <source>Written offer: for at least three years after you received this copy, and for as long as spare parts or support are offered for it, whoever gave you this copy of Skranke will give you, or any third party, the complete corresponding source code on a durable medium for no more than the cost of physically performing the distribution. Ask the person or organisation that supplied Skranke, or ask through the address above.</source>
        <translation>Skriftligt erbjudande: i minst tre år efter att du tog emot den här kopian, och så länge reservdelar eller support erbjuds för den, ger den som gav dig den här kopian av Skranke dig, eller vilken tredje part som helst, den fullständiga motsvarande källkoden på ett varaktigt medium för högst kostnaden för att fysiskt utföra distributionen. Fråga den person eller organisation som levererade Skranke, eller fråga via adressen ovan.</translation>
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
        <translation>samma som användare</translation>
    </message>
    <message>
        <source>the registrar&apos;s host</source>
        <translation>registrarens värd</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>tomt: systemets certifikatutfärdare</translation>
    </message>
    <message>
        <source>TLS only: a PEM file with the certificate of the authority that signed the PBX&apos;s certificate. The PBX&apos;s certificate is always checked.</source>
        <translation>Endast TLS: en PEM-fil med certifikatet från den utfärdare som har signerat växelns certifikat. Växelns certifikat kontrolleras alltid.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfri</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Använd det här kontot</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Authentication user</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Utgående proxy</translation>
    </message>
    <message>
        <source>CA certificate file (TLS)</source>
        <translation>CA-certifikatfil (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Encrypted media (SRTP)</source>
        <translation>Krypterat ljud (SRTP)</translation>
    </message>
</context>
<context>
    <name>AgentActions</name>
    <message>
        <source>Set available</source>
        <translation>Sätt till tillgänglig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Sätt till offline</translation>
    </message>
    <message>
        <source>Queues…</source>
        <translation>Köer…</translation>
    </message>
    <message>
        <source>Hand over callbacks and tickets…</source>
        <translation>Överlåt återuppringningar och ärenden…</translation>
    </message>
    <message>
        <source>The state of an agent on a call follows the call.</source>
        <translation>Statusen för en agent i ett samtal följer samtalet.</translation>
    </message>
    <message>
        <source>Supervisor action</source>
        <translation>Åtgärd som teamledare</translation>
    </message>
    <message>
        <source>%1 has no open callbacks or tickets.</source>
        <translation>%1 har inga öppna återuppringningar eller ärenden.</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <source>Caller on hold</source>
        <translation>Uppringare parkerad</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paus</translation>
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
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Samtal i dag</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Pågående samtal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Queue calls this agent answered since local midnight.</source>
        <translation>Kösamtal som agenten har besvarat sedan midnatt lokal tid.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
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
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Lägg till helgdag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Helgdagar (stängt hela dagen)</translation>
    </message>
    <message>
        <source>Default (sites without their own)</source>
        <translation>Standard (övriga platser)</translation>
    </message>
    <message>
        <source>Some days have a break; saving here keeps one span from opening to closing.</source>
        <translation>Vissa dagar har ett uppehåll; sparar du här blir det en sammanhängande period från öppning till stängning.</translation>
    </message>
    <message>
        <source>Check the time zone and that every day closes after it opens.</source>
        <translation>Kontrollera tidszonen och att varje dag stänger efter att den öppnar.</translation>
    </message>
    <message>
        <source>Saved. New due times follow these hours.</source>
        <translation>Sparat. Nya tidsfrister följer de här tiderna.</translation>
    </message>
    <message>
        <source>Opening hours could not be saved</source>
        <translation>Öppettiderna kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>CallCoordinator</name>
    <message>
        <source>Call transferred: a follow-up ticket is in your list, to check that the customer&apos;s problem was solved.</source>
        <translation>Samtalet har kopplats vidare: ett uppföljningsärende finns i din lista, så att du kan kontrollera att kundens problem löstes.</translation>
    </message>
    <message>
        <source>Call transferred, but no follow-up ticket could be made: %1</source>
        <translation>Samtalet har kopplats vidare, men inget uppföljningsärende kunde skapas: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved on this computer; it is sent when the shared database is back.</source>
        <translation>Efterarbetet har sparats på den här datorn; det skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Wrap-up saved.</source>
        <translation>Efterarbetet har sparats.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mig</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Kö %1</translation>
    </message>
    <message>
        <source>Callback scheduled.</source>
        <translation>Återuppringningen har planerats.</translation>
    </message>
    <message>
        <source>Callback saved on this computer; it is sent when the shared database is back.</source>
        <translation>Återuppringningen har sparats på den här datorn; den skickas när den delade databasen är tillgänglig igen.</translation>
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
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
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
        <translation>Samtalstid</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
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
        <translation>Endast missade samtal</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planera återuppringning</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Ring upp</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Spela upp inspelning</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Öppna mappen med inspelningar</translation>
    </message>
    <message>
        <source>The selected call was not recorded.</source>
        <translation>Det valda samtalet spelades inte in.</translation>
    </message>
    <message>
        <source>The recording is not on this computer: %1</source>
        <translation>Inspelningen finns inte på den här datorn: %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Parkerat</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Parkerat av motparten</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Inkommande samtal</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Ringer upp…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Det ringer…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Phone not started</source>
        <translation>Telefonen har inte startat</translation>
    </message>
    <message>
        <source>Ready: registered again</source>
        <translation>Klar: registrerad igen</translation>
    </message>
    <message>
        <source>Ready: registered</source>
        <translation>Klar: registrerad</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Not registered: wrong user name or password</source>
        <translation>Inte registrerad: fel användarnamn eller lösenord</translation>
    </message>
    <message>
        <source>Not registered: the PBX&apos;s certificate could not be verified (see the CA file setting)</source>
        <translation>Inte registrerad: växelns certifikat kunde inte verifieras (se inställningen för CA-fil)</translation>
    </message>
    <message>
        <source>Not registered (%1 %2); trying again</source>
        <translation>Inte registrerad (%1 %2); försöker igen</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Nummer/anknytning</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Knappsats</translation>
    </message>
    <message>
        <source>Show the dial pad</source>
        <translation>Visa knappsatsen</translation>
    </message>
    <message>
        <source>No calls. F7 answers, F8 hangs up, F9 holds, F10 mutes.</source>
        <translation>Inga samtal. F7 svarar, F8 lägger på, F9 parkerar, F10 stänger av mikrofonen.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Högtalare</translation>
    </message>
    <message>
        <source>Demo phone: calls are simulated (Ctrl+Shift+I rings)</source>
        <translation>Demotelefon: samtalen simuleras (Ctrl+Shift+I ringer)</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Parkera</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Slå på mikrofon</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stäng av mikrofon</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Koppla vidare…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Rådfråga först…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Slutför kopplingen</translation>
    </message>
    <message>
        <source>Back to caller</source>
        <translation>Tillbaka till uppringaren</translation>
    </message>
    <message>
        <source>Keypad…</source>
        <translation>Knappsats…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Lägg på</translation>
    </message>
    <message>
        <source>Record this call, or pause and resume the recording (F12)</source>
        <translation>Spela in det här samtalet, eller pausa och återuppta inspelningen (F12)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stoppa inspelningen</translation>
    </message>
    <message>
        <source>Blind transfer</source>
        <translation>Koppla vidare direkt</translation>
    </message>
    <message>
        <source>Transfer the caller to (number or extension):</source>
        <translation>Koppla vidare uppringaren till (nummer eller anknytning):</translation>
    </message>
    <message>
        <source>Consult before transfer</source>
        <translation>Rådfråga före vidarekoppling</translation>
    </message>
    <message>
        <source>Call this colleague while the caller waits on hold:</source>
        <translation>Ring den här kollegan medan uppringaren väntar parkerad:</translation>
    </message>
    <message>
        <source>A note your colleague sees when the call rings (optional):</source>
        <translation>En anteckning som kollegan ser när samtalet ringer (valfritt):</translation>
    </message>
    <message>
        <source>Send tones</source>
        <translation>Skicka toner</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Siffror att skicka (0-9, *, #):</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>gemensam</translation>
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
        <translation>Mina</translation>
    </message>
    <message>
        <source>My queues</source>
        <translation>Mina köer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Ring nu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Fick kontakt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptaget</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Fel nummer</translation>
    </message>
    <message>
        <source>%1 callbacks, %2 overdue.</source>
        <translation>Återuppringningar: %1, försenade: %2.</translation>
    </message>
    <message>
        <source>Calling a callback needs the shared database, so that no two agents call the same customer. It cannot be reached now: try again when it is back.</source>
        <translation>Att ringa en återuppringning kräver den delade databasen, så att inte två agenter ringer samma kund. Den kan inte nås just nu: försök igen när den är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Someone else is already calling this customer back.</source>
        <translation>Någon annan ringer redan tillbaka till den här kunden.</translation>
    </message>
    <message>
        <source>The outcome needs the shared database, which cannot be reached now: record it again when it is back.</source>
        <translation>Resultatet kräver den delade databasen, som inte kan nås just nu: registrera det igen när den är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Callback due %1: %2</source>
        <translation>Återuppringning kl. %1: %2</translation>
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
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Alla avdelningar</translation>
    </message>
    <message>
        <source>Hello {customer_name}, … Kind regards, {agent_name}</source>
        <translation>Hej {customer_name}, … Vänliga hälsningar, {agent_name}</translation>
    </message>
    <message>
        <source>Placeholders: {customer_name}, {agent_name}, {ticket_number}</source>
        <translation>Platshållare: {customer_name}, {agent_name}, {ticket_number}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Canned responses could not be saved</source>
        <translation>Standardsvaren kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <translation>Sök bland standardsvar…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <source>Insert the response with the names filled in (Enter)</source>
        <translation>Infoga svaret med namnen ifyllda (Enter)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Canned responses could not be loaded</source>
        <translation>Standardsvaren kunde inte läsas in</translation>
    </message>
    <message>
        <source>No canned response matches.</source>
        <translation>Inget standardsvar matchar.</translation>
    </message>
    <message>
        <source>No canned responses yet.</source>
        <translation>Inga standardsvar än.</translation>
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
        <translation>Samtal in</translation>
    </message>
    <message>
        <source>Call out</source>
        <translation>Samtal ut</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>New code, e.g. Insurance claim</source>
        <translation>Ny kod, t.ex. Försäkringsärende</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>A retired code leaves the counter&apos;s buttons; visits that used it keep it.</source>
        <translation>En inaktiverad kod försvinner från butikens knappar; besök som använde den behåller den.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (inaktiverad)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>”%1” har lagts till.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nytt namn: ”%1”.</translation>
    </message>
    <message>
        <source>Retired “%1”. Old visits keep it.</source>
        <translation>”%1” har inaktiverats. Tidigare besök behåller den.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>”%1” används igen.</translation>
    </message>
</context>
<context>
    <name>CodesAdmin</name>
    <message>
        <source>The buttons the counter staff choose from, in this order. Double-click a name to change it. Retired codes stay on the visits that used them.</source>
        <translation>Knapparna som butikspersonalet väljer bland, i den här ordningen. Dubbelklicka på ett namn för att ändra det. Inaktiverade koder finns kvar på de besök som använde dem.</translation>
    </message>
    <message>
        <source>Reasons for a visit</source>
        <translation>Anledningar till besök</translation>
    </message>
    <message>
        <source>Resolutions (what was done)</source>
        <translation>Lösningar (vad som gjordes)</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <source>&amp;Internal note</source>
        <translation>&amp;Intern anteckning</translation>
    </message>
    <message>
        <source>To &amp;customer</source>
        <translation>Till &amp;kunden</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Return)</source>
        <translation>Lägg till kommentaren (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Shift+R)</source>
        <translation>Infoga ett standardsvar (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Lägg till en kommentar</translation>
    </message>
    <message>
        <source>What happened, what the customer needs… (saved as an internal note)</source>
        <translation>Vad hände, vad behöver kunden… (sparas som intern anteckning)</translation>
    </message>
    <message>
        <source>Internal note, seen by colleagues only. Ctrl+Return adds it.</source>
        <translation>Intern anteckning, syns bara för kollegor. Ctrl+Return lägger till den.</translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Return adds it.</source>
        <translation>Svar till kunden. Ctrl+Return lägger till det.</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>No comments yet.</source>
        <translation>Inga kommentarer än.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed the same fields</source>
        <translation>Någon annan har ändrat samma fält</translation>
    </message>
    <message>
        <source>Your other changes were saved together with theirs. These fields were changed by both of you; choose which value to keep.</source>
        <translation>Dina övriga ändringar sparades tillsammans med den andras. De här fälten ändrades av er båda; välj vilket värde som ska behållas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll mitt</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Använd den andras</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Spara mina val</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>Your values stay in the fields, unsaved</source>
        <translation>Dina värden ligger kvar i fälten utan att sparas</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Change customer</source>
        <translation>Byt kund</translation>
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
        <translation>Ingen butik är angiven för din användare, så det finns ingen kö här. En teamledare kan ange din butik.</translation>
    </message>
    <message>
        <source>Find the customer first, or press “No customer record”.</source>
        <translation>Sök upp kunden först, eller tryck på ”Utan kunduppgifter”.</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Välj en anledning till besöket.</translation>
    </message>
    <message>
        <source>Ticket for %2 saved on this computer; it gets its number when the shared database is back.</source>
        <translation>Ärende för %2 har sparats på den här datorn; det får sitt nummer när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Callback to %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Återuppringning till %2 har sparats på den här datorn; den skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Visit by %2 saved on this computer; it is sent when the shared database is back.</source>
        <translation>Besök av %2 har sparats på den här datorn; det skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Ticket #%1 created for %2.</source>
        <translation>Ärende #%1 har skapats för %2.</translation>
    </message>
    <message>
        <source>Callback to %2 planned for %1 (their time).</source>
        <translation>Återuppringning till %2 har planerats till %1 (kundens tid).</translation>
    </message>
    <message>
        <source>Visit by %2 logged as solved.</source>
        <translation>Besök av %2 har registrerats som löst.</translation>
    </message>
    <message>
        <source>The visit was not saved: %1 Everything you entered is still here; press the button again when the database is back.</source>
        <translation>Besöket sparades inte: %1 Allt du har skrivit finns kvar; tryck på knappen igen när databasen är tillbaka.</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit the customer (Ctrl+E)</source>
        <translation>Redigera kunden (Ctrl+E)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Create a ticket for this customer (Ctrl+T)</source>
        <translation>Skapa ett ärende för kunden (Ctrl+T)</translation>
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
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Återuppringningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No customer selected. Search on the left, or press Ctrl+N to create one.</source>
        <translation>Ingen kund vald. Sök till vänster, eller tryck Ctrl+N för att skapa en.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundnr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n planerad</numerusform>
            <numerusform>%n planerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation>Öppna ärenden (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Add number</source>
        <translation>Lägg till nummer</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Lägg till e-post</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>From the first number</source>
        <translation>Från det första numret</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, business</source>
        <translation>Kommaseparerade, t.ex. vip, företag</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Tids&amp;zon</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>&amp;Telefonnummer</translation>
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
        <translation>Ta&amp;ggar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Return)</source>
        <translation>Spara (Ctrl+S eller Ctrl+Return)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Edit customer {name} (#{number})</source>
        <translation>Redigera kund {name} (#{number})</translation>
    </message>
    <message>
        <source>Saved as {number}</source>
        <translation>Sparad som {number}</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} tecken</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Copenhagen.</source>
        <translation>”{zone}” är inte en tidszon. Välj en i listan, t.ex. Europe/Stockholm.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Inte en e-postadress.</translation>
    </message>
    <message>
        <source>Customer saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kunden har sparats på den här datorn; den skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Läs in igen och behåll mina ändringar</translation>
    </message>
    <message>
        <source>The customer could not be saved</source>
        <translation>Kunden kunde inte sparas</translation>
    </message>
    <message>
        <source>This customer was deleted by someone else.</source>
        <translation>Kunden har tagits bort av någon annan.</translation>
    </message>
    <message>
        <source>Reloaded the newest version. The fields you changed kept your values: check them and save again.</source>
        <translation>Den senaste versionen har lästs in. Fälten du ändrade har kvar dina värden: kontrollera dem och spara igen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Ignorera ändringarna?</translation>
    </message>
    <message>
        <source>The customer has unsaved changes. Discard them?</source>
        <translation>Kunden har osparade ändringar. Vill du ignorera dem?</translation>
    </message>
</context>
<context>
    <name>CustomerFinder</name>
    <message>
        <source>Phone, name or customer number — Enter to search</source>
        <translation>Telefon, namn eller kundnummer – Enter för att söka</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>Utan kunduppgifter</translation>
    </message>
    <message>
        <source>Visitor without a record</source>
        <translation>Besökare utan kunduppgifter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Create and continue</source>
        <translation>Skapa och fortsätt</translation>
    </message>
    <message>
        <source>No customer found. Press “New customer” to register them.</source>
        <translation>Ingen kund hittades. Tryck på ”Ny kund” för att registrera kunden.</translation>
    </message>
    <message>
        <source>Maybe: {customer}</source>
        <translation>Kanske: {customer}</translation>
    </message>
    <message>
        <source>A new customer needs a name and a phone number.</source>
        <translation>En ny kund behöver ett namn och ett telefonnummer.</translation>
    </message>
    <message>
        <source>These customers have this number already. Pick one, or press “Create and continue” again to register a new customer.</source>
        <translation>De här kunderna har redan det här numret. Välj en av dem, eller tryck på ”Skapa och fortsätt” igen för att registrera en ny kund.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Search failed</source>
        <translation>Sökningen misslyckades</translation>
    </message>
</context>
<context>
    <name>CustomerSearchPanel</name>
    <message>
        <source>Search name, company, e-mail, phone or customer no.</source>
        <translation>Namn, företag, e-post, tfn eller kundnr</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Your recent customers. Type to find any customer; Ctrl+N creates one.</source>
        <translation>Dina senaste kunder. Skriv för att hitta en kund; Ctrl+N skapar en ny.</translation>
    </message>
    <message>
        <source>Type to find a customer. Ctrl+N creates one.</source>
        <translation>Skriv för att hitta en kund. Ctrl+N skapar en ny.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kund matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>Calls per half hour</source>
        <translation>Samtal per halvtimme</translation>
    </message>
    <message>
        <source>Service level per half hour (%)</source>
        <translation>Servicenivå per halvtimme (%)</translation>
    </message>
    <message>
        <source>Offered and answered queue calls in each half hour of today (local time), by when the caller reached the queue.</source>
        <translation>Erbjudna och besvarade kösamtal för varje halvtimme i dag (lokal tid), efter när uppringaren nådde kön.</translation>
    </message>
    <message>
        <source>Calls answered within the queue&apos;s threshold / offered calls, per half hour; the dashed line is the target.</source>
        <translation>Samtal besvarade inom köns gräns / erbjudna samtal, per halvtimme; den streckade linjen är målet.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Erbjudna</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
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
        <translation>Eskaleringar</translation>
    </message>
    <message>
        <source>Show seen ones too</source>
        <translation>Visa även sedda</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>Markera som sedd</translation>
    </message>
    <message>
        <source>Take the selected escalations off the list; the breach stays on the ticket</source>
        <translation>Ta bort de valda eskaleringarna från listan; överträdelsen finns kvar på ärendet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>first reply</source>
        <translation>första svar</translation>
    </message>
    <message>
        <source>next reply</source>
        <translation>nästa svar</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 overdue, %4</source>
        <translation>#%1 %2 – %3 försenat, %4</translation>
    </message>
    <message>
        <source>%1 (seen)</source>
        <translation>%1 (sedd)</translation>
    </message>
    <message>
        <source>No escalations waiting.</source>
        <translation>Inga eskaleringar väntar.</translation>
    </message>
    <message>
        <source>The escalations could not be loaded or marked</source>
        <translation>Eskaleringarna kunde inte läsas in eller markeras</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over work of: %1</source>
        <translation>Lämna över arbete från: %1</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Nobody (callbacks back to the queue)</source>
        <translation>Ingen (återuppringningar tillbaka till kön)</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Överlåt till</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ticket #%1</source>
        <translation>ärende #%1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select an entry to read its notes.</source>
        <translation>Välj en post för att läsa anteckningarna.</translation>
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
        <translation>Redigera artikel</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Högst %n tecken</numerusform>
            <numerusform>Högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla avdelningar</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. router, wifi</source>
        <translation>Åtskilda med kommatecken, t.ex. router, wifi</translation>
    </message>
    <message numerus="yes">
        <source>Plain text, at most %n characters</source>
        <translation>
            <numerusform>Vanlig text, högst %n tecken</numerusform>
            <numerusform>Vanlig text, högst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Hämta kollegans version</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Your text is still here; save again when it is back.</source>
        <translation>Den delade databasen kan inte nås. Din text finns kvar här; spara igen när den är tillbaka.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artikeln finns inte längre.</translation>
    </message>
    <message>
        <source>This is your colleague&apos;s version. Your text is on the clipboard.</source>
        <translation>Det här är kollegans version. Din text finns i urklippet.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Knowledge base</source>
        <translation>Kunskapsbas</translation>
    </message>
    <message>
        <source>Search articles: every word must match…</source>
        <translation>Sök artiklar: alla ord måste matcha …</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla avdelningar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text to the clipboard</source>
        <translation>Kopiera artikelns text till urklipp</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <source>Insert the article&apos;s text where you were typing (Enter)</source>
        <translation>Infoga artikelns text där du skrev (Enter)</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Ny artikel …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Hide the article from searches; it is kept, not deleted</source>
        <translation>Dölj artikeln i sökningar; den sparas, den raderas inte</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in …</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopierat till urklipp.</translation>
    </message>
    <message>
        <source>Inserted.</source>
        <translation>Infogat.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. The articles loaded before can still be searched; try again later.</source>
        <translation>Den delade databasen kan inte nås. Du kan fortfarande söka i artiklarna som redan lästs in; försök igen senare.</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded</source>
        <translation>Kunskapsbasen kunde inte läsas in</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Inga artiklar ännu.</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Ingen artikel matchar.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n articles of %1; type more words to narrow it down.</source>
        <translation>
            <numerusform>Den första artikeln av %1; skriv fler ord för att begränsa sökningen.</numerusform>
            <numerusform>De första %n artiklarna av %1; skriv fler ord för att begränsa sökningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
            <numerusform>%n artiklar</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Arkiverad: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Återuppringningar</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Registering the phone again after sleep or a network change.</source>
        <translation>Telefonen registreras igen efter viloläge eller nätverksbyte.</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kund</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>&amp;Redigera kund</translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation>Nytt &amp;ärende</translation>
    </message>
    <message>
        <source>Show &amp;customer</source>
        <translation>Visa &amp;kund</translation>
    </message>
    <message>
        <source>Show t&amp;ickets</source>
        <translation>Visa &amp;ärenden</translation>
    </message>
    <message>
        <source>Show call&amp;backs</source>
        <translation>Visa &amp;återuppringningar</translation>
    </message>
    <message>
        <source>Show ca&amp;ll history</source>
        <translation>Visa &amp;samtalshistorik</translation>
    </message>
    <message>
        <source>Schedule a call&amp;back</source>
        <translation>&amp;Planera en återuppringning</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Knowledge &amp;base…</source>
        <translation>Kunskaps&amp;bas …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Ring ett nummer</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>&amp;Hang up or decline</source>
        <translation>&amp;Lägg på eller avvisa</translation>
    </message>
    <message>
        <source>H&amp;old or resume</source>
        <translation>&amp;Parkera eller återuppta</translation>
    </message>
    <message>
        <source>&amp;Mute or unmute</source>
        <translation>Stäng av eller slå på &amp;mikrofonen</translation>
    </message>
    <message>
        <source>&amp;Record, pause or resume recording</source>
        <translation>Spela in, pausa eller åter&amp;uppta inspelningen</translation>
    </message>
    <message>
        <source>&amp;Swap lines</source>
        <translation>&amp;Växla mellan samtal</translation>
    </message>
    <message>
        <source>&amp;Conference the two calls</source>
        <translation>Koppla ihop de två samtalen i en &amp;konferens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Simulate an &amp;incoming call</source>
        <translation>Simulera ett &amp;inkommande samtal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Teamledare</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>embedded database</source>
        <translation>inbyggd databas</translation>
    </message>
    <message>
        <source>shared database</source>
        <translation>delad databas</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>Kunden har sparats.</translation>
    </message>
    <message>
        <source>Settings saved. Language, database and phone accounts change when Skranke is restarted.</source>
        <translation>Inställningarna har sparats. Språk, databas och telefonkonton ändras när Skranke startas om.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Väggtavla</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Counter codes</source>
        <translation>Butikskoder</translation>
    </message>
    <message>
        <source>Queue recording</source>
        <translation>Inspelning per kö</translation>
    </message>
    <message>
        <source>&amp;Wall screen</source>
        <translation>&amp;Väggskärm</translation>
    </message>
    <message>
        <source>Show the &amp;counter</source>
        <translation>Visa &amp;butiken</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Answered</source>
        <translation>Besvarat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Besvarat</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjänad</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptaget</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Vidarekopplat</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <source>Type a number to call.</source>
        <translation>Skriv ett nummer att ringa.</translation>
    </message>
    <message>
        <source>The other side refused the call&apos;s audio. This account requires encrypted audio (SRTP mandatory), which the other side probably does not offer; set SRTP to optional or ask the PBX administrator.</source>
        <translation>Motparten avvisade samtalets ljud. Det här kontot kräver krypterat ljud (SRTP obligatoriskt), vilket motparten troligen inte erbjuder; ställ in SRTP på valfritt eller fråga växelns administratör.</translation>
    </message>
    <message>
        <source>The phone could not do that: %1</source>
        <translation>Telefonen kunde inte utföra åtgärden: %1</translation>
    </message>
    <message>
        <source>Transfer completed.</source>
        <translation>Samtalet har kopplats vidare.</translation>
    </message>
    <message>
        <source>Transfer failed (%1 %2).</source>
        <translation>Vidarekopplingen misslyckades (%1 %2).</translation>
    </message>
    <message>
        <source>The phone stopped: %1</source>
        <translation>Telefonen har stoppat: %1</translation>
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
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Inkommande samtal: %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Ringer: %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>kö %1</translation>
    </message>
    <message>
        <source>From this computer&apos;s copy (offline): the shared database cannot be reached.</source>
        <translation>Från den här datorns kopia (offline): den delade databasen kan inte nås.</translation>
    </message>
    <message>
        <source>Transferred to you: %1</source>
        <translation>Vidarekopplat till dig: %1</translation>
    </message>
    <message>
        <source>Last note (%1, %2): %3</source>
        <translation>Senaste anteckning (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 customers have this number. Who is calling?</source>
        <translation>%1 kunder har det här numret. Vem ringer?</translation>
    </message>
    <message>
        <source>No customer has this number.</source>
        <translation>Ingen kund har det här numret.</translation>
    </message>
    <message>
        <source>New customer with this number</source>
        <translation>Ny kund med det här numret</translation>
    </message>
    <message>
        <source>Maybe: %1</source>
        <translation>Kanske: %1</translation>
    </message>
    <message>
        <source>Open the transferred ticket</source>
        <translation>Öppna det vidarekopplade ärendet</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
</context>
<context>
    <name>QueueDisplay</name>
    <message>
        <source>Now serving</source>
        <translation>Nu betjänas</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Även: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n väntar</numerusform>
            <numerusform>%n väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Now serving</source>
        <translation>Nu betjänas</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Ta en kölapp</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Ropa upp nästa</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundskärm</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Ingen väntar</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, longest %1 min</source>
        <translation>
            <numerusform>%n väntar, längst %1 min</numerusform>
            <numerusform>%n väntar, längst %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 taken</source>
        <translation>Kölapp %1 är tagen</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen väntar.</translation>
    </message>
</context>
<context>
    <name>QueueRecordingAdmin</name>
    <message>
        <source>A queue can require recording for every call (for example complaints) or let agents record on demand; an agent&apos;s own setting can only make it stricter. Recordings older than the queue&apos;s retention are deleted with their files, daily.</source>
        <translation>En kö kan kräva inspelning av alla samtal (till exempel klagomål) eller låta agenterna spela in vid behov; en agents egen inställning kan bara göra det strängare. Inspelningar som är äldre än köns lagringstid raderas med sina filer varje dag.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Spara inspelningar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>As the agent&apos;s setting</source>
        <translation>Som agentens inställning</translation>
    </message>
    <message>
        <source>Agents may record</source>
        <translation>Agenter får spela in</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alla samtal</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Inget att spara.</translation>
    </message>
    <message>
        <source>Queues saved: %1.</source>
        <translation>Köer sparade: %1.</translation>
    </message>
</context>
<context>
    <name>QueueTileWidget</name>
    <message>
        <source>%1 waiting · longest %2</source>
        <translation>%1 väntar · längst %2</translation>
    </message>
    <message>
        <source>Answered %1 · Abandoned %2 · of %3</source>
        <translation>Besvarade %1 · Avbrutna %2 · av %3</translation>
    </message>
    <message>
        <source>ASA %1 · AHT %2</source>
        <translation>ASA %1 · AHT %2</translation>
    </message>
    <message>
        <source>Callbacks due %1 · overdue %2</source>
        <translation>Återuppringningar %1 · försenade %2</translation>
    </message>
    <message>
        <source>Waiting too long</source>
        <translation>Väntar för länge</translation>
    </message>
    <message>
        <source>Below target (%1 %)</source>
        <translation>Under målet (%1 %)</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Inga samtal än</translation>
    </message>
    <message>
        <source>On target (%1 %)</source>
        <translation>Inom målet (%1 %)</translation>
    </message>
</context>
<context>
    <name>QueuesDialog</name>
    <message>
        <source>Queues for %1</source>
        <translation>Köer för %1</translation>
    </message>
    <message>
        <source>Calls to the ticked queues ring at this agent.</source>
        <translation>Samtal till de markerade köerna ringer hos den här agenten.</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Only a connected call can be recorded.</source>
        <translation>Bara ett uppkopplat samtal kan spelas in.</translation>
    </message>
    <message>
        <source>This call is not being recorded.</source>
        <translation>Det här samtalet spelas inte in.</translation>
    </message>
    <message>
        <source>Recording is switched off: &quot;Record calls&quot; is set to &quot;Never&quot; in your settings.</source>
        <translation>Inspelning är avstängd: &quot;Spela in samtal&quot; är inställt på &quot;Aldrig&quot; i dina inställningar.</translation>
    </message>
    <message>
        <source>Every call is recorded here (&quot;Every call&quot;, in your settings or for this queue); you can pause the recording, not stop it.</source>
        <translation>Alla samtal spelas in här (&quot;Alla samtal&quot;, i dina inställningar eller för den här kön); du kan pausa inspelningen men inte stoppa den.</translation>
    </message>
    <message>
        <source>No folder for recordings is set.</source>
        <translation>Ingen mapp för inspelningar har angetts.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>When I start it</source>
        <translation>När jag startar den</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Alla samtal</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausa inspelningen</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Återuppta inspelningen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Spela in</translation>
    </message>
    <message>
        <source>❚❚ REC paused %1</source>
        <translation>❚❚ REC pausad %1</translation>
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
        <translation>Inspelningar med utgången lagringstid raderade: %1.</translation>
    </message>
    <message>
        <source>Recordings that could not be deleted: %1. Skranke tries again tomorrow.</source>
        <translation>Inspelningar som inte kunde raderas: %1. Skranke försöker igen i morgon.</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the shared database refused</source>
        <translation>Ändringar som den delade databasen avvisade</translation>
    </message>
    <message>
        <source>These changes are kept on this computer. Send one again once the cause is fixed (for example a code a supervisor turned off), or drop it.</source>
        <translation>De här ändringarna finns kvar på den här datorn. Skicka en igen när orsaken är åtgärdad (till exempel en kod som en teamledare har stängt av), eller kasta den.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Walk-in visit</source>
        <translation>Besök i butik</translation>
    </message>
    <message>
        <source>Call or contact</source>
        <translation>Samtal eller kontakt</translation>
    </message>
    <message>
        <source>Call notes and disposition</source>
        <translation>Samtalsanteckningar och utfall</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Call times and outcome</source>
        <translation>Samtalstider och utfall</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Paus: %1</translation>
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
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per kö</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Per agent</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>Hela centret</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Per plats</translation>
    </message>
    <message>
        <source>First-contact resolution: days without a further contact</source>
        <translation>Lösta vid första kontakten: dagar utan ytterligare kontakt</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Visa rapport</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Semicolons and decimal commas, UTF-8: opens in Danish, Swedish and Norwegian Excel with æøå intact.</source>
        <translation>Semikolon och decimalkomma, UTF-8: öppnas i dansk, svensk och norsk Excel med åäö intakta.</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportera Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Indelning</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>FCR days</source>
        <translation>FCR-dagar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>%1 rows · times in %2</source>
        <translation>%1 rader · tider i %2</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Rapporten misslyckades: %1</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>Planera en återuppringning</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>The customer asked to be called outside 08–20</source>
        <translation>Kunden har bett om att bli uppringd utanför 08–20</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Kundens tidszon</translation>
    </message>
    <message>
        <source>Call at (customer&apos;s time)</source>
        <translation>Ring kl. (kundens tid)</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Vem ringer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Okänd tidszon</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>Det motsvarar %1 hos dig</translation>
    </message>
</context>
<context>
    <name>Seeded</name>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ärende skapat</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Återuppringning planerad</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Vidarekopplat</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information lämnad</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Fel nummer</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Rast</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Back-office work</source>
        <translation>Backoffice-arbete</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Tekniskt problem</translation>
    </message>
    <message>
        <source>Repair or faulty device</source>
        <translation>Reparation eller trasig enhet</translation>
    </message>
    <message>
        <source>Bill or payment</source>
        <translation>Faktura eller betalning</translation>
    </message>
    <message>
        <source>Subscription change</source>
        <translation>Ändring av abonnemang</translation>
    </message>
    <message>
        <source>Setup help</source>
        <translation>Hjälp med installation</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Retur eller byte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Explained or advised</source>
        <translation>Förklarat eller gett råd</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>Åtgärdat på plats</translation>
    </message>
    <message>
        <source>Replaced or exchanged</source>
        <translation>Ersatt eller bytt</translation>
    </message>
    <message>
        <source>Passed on to another team</source>
        <translation>Skickat vidare till ett annat team</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>empty: the embedded database on this computer</source>
        <translation>tomt: den inbyggda databasen på den här datorn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Default country for numbers</source>
        <translation>Standardland för nummer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Lägg till konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Answer calls automatically (headset users)</source>
        <translation>Svara automatiskt på samtal (för headset)</translation>
    </message>
    <message>
        <source>Do not disturb: decline incoming calls as busy</source>
        <translation>Stör ej: avvisa inkommande samtal som upptaget</translation>
    </message>
    <message>
        <source>The password is stored in the system keyring, never in the settings file.</source>
        <translation>Lösenordet sparas i systemets nyckelring, aldrig i inställningsfilen.</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Spela in samtal</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Mapp för inspelningar</translation>
    </message>
    <message>
        <source>Until deleted</source>
        <translation>Tills de raderas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Spara inspelningar</translation>
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
        <translation>Högtalare eller headset</translation>
    </message>
    <message>
        <source>Ringing on</source>
        <translation>Ringsignal i</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Two accounts have the same name; each needs its own.</source>
        <translation>Två konton har samma namn; vart och ett behöver ett eget.</translation>
    </message>
    <message>
        <source>Some values cannot be used, nothing was saved: %1</source>
        <translation>Vissa värden kan inte användas, inget sparades: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>SlaPolicyEditor</name>
    <message>
        <source>SLA reply times</source>
        <translation>SLA-svarstider</translation>
    </message>
    <message>
        <source>Minutes of business time until the first reply and between replies.</source>
        <translation>Minuter av öppettiden fram till första svaret och mellan svaren.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>First reply (min)</source>
        <translation>Första svar (min)</translation>
    </message>
    <message>
        <source>Next reply (min)</source>
        <translation>Nästa svar (min)</translation>
    </message>
    <message>
        <source>The SLA table could not be saved</source>
        <translation>SLA-tabellen kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Skranke cannot sign you in</source>
        <translation>Skranke kan inte logga in dig</translation>
    </message>
    <message>
        <source>The phone did not start: %1</source>
        <translation>Telefonen startade inte: %1</translation>
    </message>
    <message>
        <source>Skranke cannot open the database</source>
        <translation>Skranke kan inte öppna databasen</translation>
    </message>
    <message>
        <source>Use the embedded database</source>
        <translation>Använd den inbyggda databasen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>This is demo data: %1 made-up customers were created so you can try Skranke.</source>
        <translation>Det här är demodata: %1 påhittade kunder har skapats så att du kan prova Skranke.</translation>
    </message>
    <message>
        <source>Offline: working from this computer; connecting to the shared database in the background…</source>
        <translation>Offline: arbetar från den här datorn; ansluter till den delade databasen i bakgrunden…</translation>
    </message>
    <message>
        <source>Connected to the shared database: sending what was saved on this computer.</source>
        <translation>Ansluten till den delade databasen: skickar det som sparades på den här datorn.</translation>
    </message>
    <message>
        <source>Offline: the shared database&apos;s version does not match</source>
        <translation>Offline: den delade databasens version stämmer inte</translation>
    </message>
    <message>
        <source>Skranke stays offline</source>
        <translation>Skranke förblir offline</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>Today: service level %1 · waiting %6 · offered %2 · answered %3 · abandoned %4 · ASA %5</source>
        <translation>I dag: servicenivå %1 · väntar %6 · erbjudna %2 · besvarade %3 · avbrutna %4 · ASA %5</translation>
    </message>
    <message>
        <source>No agents signed in</source>
        <translation>Inga agenter inloggade</translation>
    </message>
    <message>
        <source>Tickets: %1 near SLA · %2 past SLA</source>
        <translation>Ärenden: %1 nära SLA · %2 över SLA</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline – %n ändring väntar</numerusform>
            <numerusform>Offline – %n ändringar väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Skickar %n ändring…</numerusform>
            <numerusform>Skickar %n ändringar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n ändring avvisad</numerusform>
            <numerusform>%n ändringar avvisade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Satisfaction</source>
        <translation>Nöjdhet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} av 5</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with how the ticket was solved (CSAT)</source>
        <translation>Kundens nöjdhet med hur ärendet löstes (CSAT)</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <source>Move this ticket&apos;s comments, calls and tags to another ticket and close this one</source>
        <translation>Flytta ärendets kommentarer, samtal och taggar till ett annat ärende och stäng det här</translation>
    </message>
    <message>
        <source>Merged into #{number}</source>
        <translation>Sammanslaget med #{number}</translation>
    </message>
    <message>
        <source>Follow-up of #{number}</source>
        <translation>Uppföljning av #{number}</translation>
    </message>
    <message>
        <source>Merge ticket</source>
        <translation>Slå ihop ärende</translation>
    </message>
    <message>
        <source>Merge #{number} into ticket number:</source>
        <translation>Slå ihop #{number} med ärende nummer:</translation>
    </message>
    <message>
        <source>There is no ticket #{number}.</source>
        <translation>Det finns inget ärende #{number}.</translation>
    </message>
    <message>
        <source>The ticket could not be changed</source>
        <translation>Ärendet kunde inte ändras</translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Spara ärendet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Load the newest version; your unsaved changes are kept</source>
        <translation>Läs in den senaste versionen; dina osparade ändringar behålls</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Due times are set from the SLA table when the ticket is saved.</source>
        <translation>Tidsfrister sätts utifrån SLA-tabellen när ärendet sparas.</translation>
    </message>
    <message>
        <source>Your unsaved new ticket is back.</source>
        <translation>Ditt osparade nya ärende är tillbaka.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this ticket are back.</source>
        <translation>Dina osparade ändringar i det här ärendet är tillbaka.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Ärendet behöver ett ämne.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Det här ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>Ticket #{number}</source>
        <translation>Ärende #{number}</translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation>Inget ärende öppet</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kund: {name}</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ingen kund</translation>
    </message>
    <message>
        <source>Ticket not sent yet</source>
        <translation>Ärendet har inte skickats än</translation>
    </message>
    <message>
        <source>Ticket saved on this computer; it is sent when the shared database is back. It appears in the ticket list with its number once it has been sent.</source>
        <translation>Ärendet har sparats på den här datorn; det skickas när den delade databasen är tillgänglig igen. Det visas i ärendelistan med sitt nummer när det har skickats.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Läs in igen och behåll mina ändringar</translation>
    </message>
    <message>
        <source>The ticket could not be saved</source>
        <translation>Ärendet kunde inte sparas</translation>
    </message>
    <message>
        <source>Reloaded the newest version. Your changes are still in the fields: check them and save again.</source>
        <translation>Den senaste versionen har lästs in. Dina ändringar finns kvar i fälten: kontrollera dem och spara igen.</translation>
    </message>
    <message>
        <source>Saved together with changes someone else made meanwhile.</source>
        <translation>Sparat tillsammans med ändringar som någon annan har gjort under tiden.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which values to keep.</source>
        <translation>Någon annan har ändrat samma fält. Välj vilka värden som ska behållas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Changes saved on this computer; they are sent when the shared database is back.</source>
        <translation>Ändringarna har sparats på den här datorn; de skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>Your values for the overlapping fields are not saved yet.</source>
        <translation>Dina värden i de överlappande fälten har inte sparats än.</translation>
    </message>
    <message>
        <source>Kept their values; nothing else to save.</source>
        <translation>Den andras värden behölls; inget mer att spara.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren är tom.</translation>
    </message>
    <message>
        <source>{name} · not sent yet</source>
        <translation>{name} · inte skickat än</translation>
    </message>
    <message>
        <source>Comment saved on this computer; it is sent when the shared database is back.</source>
        <translation>Kommentaren har sparats på den här datorn; den skickas när den delade databasen är tillgänglig igen.</translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation>Kommentaren kunde inte läggas till</translation>
    </message>
    <message>
        <source>The ticket could not be loaded</source>
        <translation>Ärendet kunde inte läsas in</translation>
    </message>
</context>
<context>
    <name>TicketFields</name>
    <message>
        <source>What is the ticket about?</source>
        <translation>Vad gäller ärendet?</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
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
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>A&amp;nsvarig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>(unknown: {value})</source>
        <translation>(okänt: {value})</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Tickets assigned to me</source>
        <translation>Ärenden som tilldelats mig</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Tickets of everyone</source>
        <translation>Allas ärenden</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Endast öppna</translation>
    </message>
    <message>
        <source>New, open, pending and on-hold tickets</source>
        <translation>Nya, öppna, väntande och parkerade ärenden</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Show only tickets with this status</source>
        <translation>Visa endast ärenden med den här statusen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message>
        <source>Show only tickets with this priority</source>
        <translation>Visa endast ärenden med den här prioriteten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Över SLA</translation>
    </message>
    <message>
        <source>Open tickets whose reply is overdue</source>
        <translation>Öppna ärenden där svaret är försenat</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Endast den här kunden</translation>
    </message>
    <message>
        <source>Show tickets of all customers</source>
        <translation>Visa ärenden för alla kunder</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Internal note</source>
        <translation>Intern anteckning</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Till kunden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Parkerad</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
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
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>due soon: {left}</source>
        <translation>snart försenat: {left}</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>overdue {duration}</source>
        <translation>försenat {duration}</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>om {duration}</translation>
    </message>
    <message>
        <source>No reply clock runs on a closed or solved ticket.</source>
        <translation>Ingen svarstid räknas för ett stängt eller löst ärende.</translation>
    </message>
    <message>
        <source>No reply due while the ticket waits.</source>
        <translation>Ingen svarstid medan ärendet väntar.</translation>
    </message>
    <message>
        <source>No SLA for this department and priority.</source>
        <translation>Inget SLA för den här avdelningen och prioriteten.</translation>
    </message>
    <message>
        <source>Reply was due {due}</source>
        <translation>Svaret skulle ha getts senast {due}</translation>
    </message>
    <message>
        <source>Next reply overdue since {due}</source>
        <translation>Nästa svar försenat sedan {due}</translation>
    </message>
    <message>
        <source>Next reply due {due}</source>
        <translation>Nästa svar senast {due}</translation>
    </message>
    <message>
        <source>First reply overdue since {due}</source>
        <translation>Första svar försenat sedan {due}</translation>
    </message>
    <message>
        <source>First reply due {due}</source>
        <translation>Första svar senast {due}</translation>
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
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
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
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Svara senast</translation>
    </message>
    <message>
        <source>Next reply due {when}</source>
        <translation>Nästa svar senast {when}</translation>
    </message>
    <message>
        <source>First reply due {when}</source>
        <translation>Första svar senast {when}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelat</translation>
    </message>
</context>
<context>
    <name>TicketListView</name>
    <message>
        <source>Manage</source>
        <translation>Hantera</translation>
    </message>
    <message>
        <source>SLA reply times, opening hours, canned responses and escalations</source>
        <translation>SLA-svarstider, öppettider, standardsvar och eskaleringar</translation>
    </message>
    <message>
        <source>SLA reply times…</source>
        <translation>SLA-svarstider…</translation>
    </message>
    <message>
        <source>Opening hours…</source>
        <translation>Öppettider…</translation>
    </message>
    <message>
        <source>Canned responses…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Escalations…</source>
        <translation>Eskaleringar…</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Läser in ärenden…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded. Refresh to try again.</source>
        <translation>Ärendena kunde inte läsas in. Uppdatera för att försöka igen.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Inga ärenden matchar de här filtren.</translation>
    </message>
    <message>
        <source>Tickets shown: {count}. Scroll down for more.</source>
        <translation>Visade ärenden: {count}. Rulla nedåt för fler.</translation>
    </message>
    <message>
        <source>Tickets: {count}</source>
        <translation>Ärenden: {count}</translation>
    </message>
    <message>
        <source>New SLA breaches: {count}. See Breached.</source>
        <translation>Nya SLA-brott: {count}. Se Över SLA.</translation>
    </message>
    <message>
        <source>Tickets could not be loaded</source>
        <translation>Ärendena kunde inte läsas in</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>What was done (Ctrl+Enter: solved now)</source>
        <translation>Vad som gjordes (Ctrl+Enter: löst direkt)</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Löst direkt</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
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
        <translation>Om 1 timme</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>I morgon kl. 10:00</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Annan tid…</translation>
    </message>
    <message>
        <source>In the customer&apos;s own time</source>
        <translation>I kundens lokala tid</translation>
    </message>
    <message>
        <source>Schedule callback</source>
        <translation>Planera återuppringning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
</context>
<context>
    <name>WalkInModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Solved now</source>
        <translation>Löst direkt</translation>
    </message>
    <message>
        <source>Solved now %</source>
        <translation>Löst direkt %</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Återuppringningar</translation>
    </message>
    <message>
        <source>Average visit (min)</source>
        <translation>Snitt per besök (min)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Anledning: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Lösning: %1</translation>
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
        <translation>Besök i butikerna</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>Inga besök under den här perioden.</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Skranke wallboard</source>
        <translation>Skranke – väggtavla</translation>
    </message>
    <message>
        <source>Over threshold: %1</source>
        <translation>Över gränsen: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>I samtal</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Parkerat</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paus</translation>
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
        <translation>Ljudlarm</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Väggskärm</translation>
    </message>
    <message>
        <source>Full-screen wallboard with large type (Esc closes it).</source>
        <translation>Väggtavla i helskärm med stor text (Esc stänger den).</translation>
    </message>
    <message>
        <source>Show the agents of one site</source>
        <translation>Visa agenterna på en plats</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Avbrutna i dag</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Inte uppdaterad: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterad %1</translation>
    </message>
    <message>
        <source>Right-click an agent to set their state or queues.</source>
        <translation>Högerklicka på en agent för att ange status eller köer.</translation>
    </message>
    <message>
        <source>Over threshold: %1</source>
        <translation>Över gränsen: %1</translation>
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
        <translation>Anteckningar om samtalet: sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Taggar, separerade med kommatecken</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Create a ticket from this call (Ctrl+T)</source>
        <translation>Skapa ett ärende från samtalet (Ctrl+T)</translation>
    </message>
    <message>
        <source>Callback…</source>
        <translation>Återuppringning…</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response into the notes (Ctrl+Shift+R)</source>
        <translation>Infoga ett standardsvar i anteckningarna (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Finish the wrap-up (Ctrl+Return)</source>
        <translation>Avsluta efterarbetet (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Outcome (Alt+1…9)</source>
        <translation>Utfall (Alt+1…9)</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Samtal med %1</translation>
    </message>
    <message>
        <source>Unfinished notes from an earlier call (saved %1)</source>
        <translation>Ofärdiga anteckningar från ett tidigare samtal (sparade %1)</translation>
    </message>
    <message>
        <source>Unfinished notes restored.</source>
        <translation>Osparade anteckningar har återställts.</translation>
    </message>
    <message>
        <source>Outcome, required (Alt+1…9)</source>
        <translation>Utfall, obligatoriskt (Alt+1…9)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Saved on this computer %1</source>
        <translation>Sparat på den här datorn %1</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Kopplat till ärende %1</translation>
    </message>
    <message>
        <source>Linked to a ticket</source>
        <translation>Kopplat till ett ärende</translation>
    </message>
    <message>
        <source>The call&apos;s customer and ticket could not be read</source>
        <translation>Samtalets kund och ärende kunde inte läsas</translation>
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
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>+45 32 12 34 56</source>
        <translation>+46 8 123 456 78</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Ta bort det här numret</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Ta bort den här adressen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>“{zone}” is not a time zone Skranke knows.</source>
        <translation>”{zone}” är inte en tidszon som Skranke känner till.</translation>
    </message>
    <message>
        <source>The calling window {start}–{end} is not a range of hours.</source>
        <translation>Samtalsfönstret {start}–{end} är inte ett intervall av timmar.</translation>
    </message>
    <message>
        <source>The reason is too long: at most {limit} characters.</source>
        <translation>Anledningen är för lång: högst {limit} tecken.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time, or confirm that the customer asked to be called then.</source>
        <translation>{time} ligger utanför samtalsfönstret ({start:02d}:00–{end:02d}:00 i {zone}). Välj en annan tid, eller bekräfta att kunden har bett om att bli uppringd då.</translation>
    </message>
    <message>
        <source>“{outcome}” is not a callback outcome.</source>
        <translation>”{outcome}” är inte ett utfall för en återuppringning.</translation>
    </message>
    <message>
        <source>This callback is already closed.</source>
        <translation>Den här återuppringningen är redan avslutad.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Skranke cannot store passwords safely. On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and sign in to your desktop session again.</source>
        <translation>Det finns ingen nyckelring i systemet, så Skranke kan inte spara lösenord säkert. På Linux installerar och startar du en Secret Service (GNOME Keyring eller KWallet) och loggar in på skrivbordet igen.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the password for {key} ({detail}).</source>
        <translation>Systemets nyckelring vägrade lämna ut lösenordet för {key} ({detail}).</translation>
    </message>
    <message>
        <source>The system keyring did not store the password for {key} ({detail}).</source>
        <translation>Systemets nyckelring sparade inte lösenordet för {key} ({detail}).</translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Kunden ändrades av någon annan medan du redigerade. Läs in kunden igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Kunden behöver ett namn.</translation>
    </message>
    <message>
        <source>The company name is {length} characters long; at most {limit} fit.</source>
        <translation>Företagsnamnet är {length} tecken långt; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The notes are {length} characters long; at most {limit} fit.</source>
        <translation>Anteckningarna är {length} tecken långa; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {limit} fit.</source>
        <translation>Namnet är {length} tecken långt; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>”{text}” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The customer was deleted by someone else.</source>
        <translation>Kunden har tagits bort av någon annan.</translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation>Databasadressen är ogiltig: {url}</translation>
    </message>
    <message>
        <source>Skranke cannot use the database {url}: {detail}</source>
        <translation>Skranke kan inte använda databasen {url}: {detail}</translation>
    </message>
    <message>
        <source>Skranke cannot reach the database {url}. Check that the server is running, the address is right and you may log in. ({detail})</source>
        <translation>Skranke når inte databasen {url}. Kontrollera att servern är igång, att adressen stämmer och att du får logga in. ({detail})</translation>
    </message>
    <message>
        <source>The canned response needs a title.</source>
        <translation>Standardsvaret behöver en titel.</translation>
    </message>
    <message>
        <source>The canned response has no text.</source>
        <translation>Standardsvaret har ingen text.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}. Use {{customer_name}}, {{agent_name}} or {{ticket_number}}.</source>
        <translation>Okänd platshållare {{{name}}}. Använd {{customer_name}}, {{agent_name}} eller {{ticket_number}}.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; at most {limit} fit.</source>
        <translation>Titeln är {length} tecken lång; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>Texten är {length} tecken lång; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The database {url} cannot be used: {detail}</source>
        <translation>Databasen {url} kan inte användas: {detail}</translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of Skranke (schema {schema}). Install the newer Skranke; this one will not touch that database.</source>
        <translation>Databasen {url} har uppgraderats av en nyare version av Skranke (schema {schema}). Installera den nyare Skranke; den här versionen rör inte databasen.</translation>
    </message>
    <message>
        <source>You are not allowed to delete customers.</source>
        <translation>Du har inte behörighet att ta bort kunder.</translation>
    </message>
    <message>
        <source>No one may change the audit log.</source>
        <translation>Ingen får ändra granskningsloggen.</translation>
    </message>
    <message>
        <source>No one may delete from the audit log.</source>
        <translation>Ingen får ta bort något ur granskningsloggen.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be changed once written.</source>
        <translation>Kommentarer i ärenden kan inte ändras när de väl har skrivits.</translation>
    </message>
    <message>
        <source>Ticket comments cannot be deleted.</source>
        <translation>Kommentarer i ärenden kan inte tas bort.</translation>
    </message>
    <message>
        <source>You are not allowed to delete tickets.</source>
        <translation>Du har inte behörighet att ta bort ärenden.</translation>
    </message>
    <message>
        <source>Calls and visits cannot be deleted; they are kept for statistics.</source>
        <translation>Samtal och besök kan inte tas bort; de sparas för statistik.</translation>
    </message>
    <message>
        <source>You are not allowed to delete callbacks.</source>
        <translation>Du har inte behörighet att ta bort återuppringningar.</translation>
    </message>
    <message>
        <source>Only supervisors see the list of escalations.</source>
        <translation>Endast teamledare ser listan över eskaleringar.</translation>
    </message>
    <message>
        <source>Only supervisors can mark escalations as seen.</source>
        <translation>Endast teamledare kan markera eskaleringar som sedda.</translation>
    </message>
    <message>
        <source>Escalations cannot be deleted; supervisors mark them as seen.</source>
        <translation>Eskaleringar kan inte tas bort; teamledare markerar dem som sedda.</translation>
    </message>
    <message>
        <source>Only agents and supervisors record escalations.</source>
        <translation>Endast agenter och teamledare registrerar eskaleringar.</translation>
    </message>
    <message>
        <source>Only supervisors can manage users.</source>
        <translation>Endast teamledare kan hantera användare.</translation>
    </message>
    <message>
        <source>Only supervisors can manage sites.</source>
        <translation>Endast teamledare kan hantera platser.</translation>
    </message>
    <message>
        <source>Only supervisors can manage queues.</source>
        <translation>Endast teamledare kan hantera köer.</translation>
    </message>
    <message>
        <source>Only supervisors can change SLA policies.</source>
        <translation>Endast teamledare kan ändra SLA-policyer.</translation>
    </message>
    <message>
        <source>Only supervisors can change the counter&apos;s reasons and resolutions.</source>
        <translation>Endast teamledare kan ändra butikens anledningar och lösningar.</translation>
    </message>
    <message>
        <source>Only supervisors can manage disposition codes.</source>
        <translation>Endast teamledare kan hantera utfallskoder.</translation>
    </message>
    <message>
        <source>Only supervisors can manage pause reasons.</source>
        <translation>Endast teamledare kan hantera pausorsaker.</translation>
    </message>
    <message>
        <source>Only supervisors can manage canned responses.</source>
        <translation>Endast teamledare kan hantera standardsvar.</translation>
    </message>
    <message>
        <source>Someone else changed {fields} of this customer while you edited; your change was not saved. Reload the customer and make your change again.</source>
        <translation>Någon annan ändrade {fields} för den här kunden medan du redigerade; din ändring sparades inte. Läs in kunden igen och gör ändringen på nytt.</translation>
    </message>
    <message>
        <source>The database {url} has an older schema ({schema}) than this Skranke. Ask the administrator to upgrade the server (skranke setup-server); until then your changes stay on this computer.</source>
        <translation>Databasen {url} har ett äldre schema ({schema}) än den här Skranke. Be administratören att uppgradera servern (skranke setup-server); tills dess stannar dina ändringar på den här datorn.</translation>
    </message>
    <message>
        <source>Only supervisors can write knowledge articles.</source>
        <translation>Endast teamledare kan skriva artiklar i kunskapsbasen.</translation>
    </message>
    <message>
        <source>A colleague saved this article while you were editing it. Your text is still here: copy it, reload the article and make your change again.</source>
        <translation>En kollega sparade artikeln medan du redigerade den. Din text finns kvar här: kopiera den, läs in artikeln igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Artikeln finns inte längre.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Artikeln behöver en rubrik.</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>Artikeln har ingen text.</translation>
    </message>
    <message>
        <source>The tag “{tag}…” is too long; a tag has at most {limit} characters.</source>
        <translation>Taggen ”{tag}…” är för lång; en tagg får ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Too many tags: together they may have at most {limit} characters.</source>
        <translation>För många taggar: tillsammans får de ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Knowledge articles cannot be deleted; archive them instead.</source>
        <translation>Artiklar i kunskapsbasen kan inte raderas; arkivera dem i stället.</translation>
    </message>
    <message>
        <source>Only supervisors can change opening hours.</source>
        <translation>Endast teamledare kan ändra öppettider.</translation>
    </message>
    <message>
        <source>Only supervisors can change the holidays in the opening hours.</source>
        <translation>Endast teamledare kan ändra helgdagarna i öppettiderna.</translation>
    </message>
    <message>
        <source>You can only change customers you serve.</source>
        <translation>Du kan bara ändra kunder som du betjänar.</translation>
    </message>
    <message>
        <source>You can only record walk-ins at your own site, with customers you serve.</source>
        <translation>Du kan bara registrera besök i butik på din egen plats och med kunder som du betjänar.</translation>
    </message>
    <message>
        <source>You can only work on tickets of customers you serve.</source>
        <translation>Du kan bara arbeta med ärenden för kunder som du betjänar.</translation>
    </message>
    <message>
        <source>You can only comment on tickets of customers you serve.</source>
        <translation>Du kan bara kommentera ärenden för kunder som du betjänar.</translation>
    </message>
    <message>
        <source>You can only plan callbacks for customers you serve.</source>
        <translation>Du kan bara planera återuppringningar till kunder som du betjänar.</translation>
    </message>
    <message>
        <source>Audit entries are written in your own name only.</source>
        <translation>Granskningsposter skrivs bara i ditt eget namn.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Din roll tillåter inte den här ändringen.</translation>
    </message>
    <message>
        <source>You have looked up too many new customers today. Ask a supervisor if you need more.</source>
        <translation>Du har slagit upp för många nya kunder i dag. Fråga en teamledare om du behöver fler.</translation>
    </message>
    <message>
        <source>Only the database owner (a login allowed to create roles) can add users or change their passwords.</source>
        <translation>Endast databasens ägare (en inloggning som får skapa roller) kan lägga till användare eller ändra deras lösenord.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade that only its owner can run. Ask your administrator to run “skranke setup-server” with this version of Skranke.</source>
        <translation>Den delade databasen behöver en uppgradering som bara dess ägare kan göra. Be din administratör att köra ”skranke setup-server” med den här versionen av Skranke.</translation>
    </message>
    <message>
        <source>Only supervisors may erase customers.</source>
        <translation>Endast teamledare får radera kunder permanent.</translation>
    </message>
    <message>
        <source>Your role may not see this information.</source>
        <translation>Din roll har inte åtkomst till den här informationen.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonnumret är tomt.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: use digits, spaces and +.</source>
        <translation>”{text}” är inte ett telefonnummer: använd siffror, mellanslag och +.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number for {region}. Check the digits, or write the country code (+46 …) for a foreign number.</source>
        <translation>”{text}” är inte ett giltigt telefonnummer för {region}. Kontrollera siffrorna, eller skriv landsnumret (+45 …) för ett utländskt nummer.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>”{text}” är inte ett telefonnummer.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Kunden finns inte längre.</translation>
    </message>
    <message>
        <source>Offered: calls that reached the queue, answered or abandoned. A call that rang several agents at once (ring group) counts once. Callers who hung up within {short} s are not counted.</source>
        <translation>Erbjudna: samtal som nådde kön, besvarade eller avbrutna. Ett samtal som ringde hos flera agenter samtidigt (ringgrupp) räknas en gång. Uppringare som lade på inom {short} s räknas inte.</translation>
    </message>
    <message>
        <source>Answered: offered calls that an agent picked up.</source>
        <translation>Besvarade: erbjudna samtal som en agent svarade på.</translation>
    </message>
    <message>
        <source>Abandoned: callers who hung up before anyone answered, after waiting at least {short} s (shorter hang-ups are left out of every figure).</source>
        <translation>Avbrutna: uppringare som lade på innan någon svarade, efter att ha väntat minst {short} s (kortare samtal räknas inte med i någon siffra).</translation>
    </message>
    <message>
        <source>Average speed of answer (ASA): the mean wait from reaching the queue to being answered, over answered calls.</source>
        <translation>Genomsnittlig svarstid (ASA): den genomsnittliga väntetiden från att samtalet når kön till att det besvaras, för besvarade samtal.</translation>
    </message>
    <message>
        <source>Average handle time (AHT): talk + hold + wrap-up per answered call, averaged over the calls that have ended.</source>
        <translation>Genomsnittlig hanteringstid (AHT): samtalstid + parkering + efterarbete per besvarat samtal, i genomsnitt över avslutade samtal.</translation>
    </message>
    <message>
        <source>Waiting now: calls ringing in the queue that nobody has answered yet; the longest wait is the oldest of them.</source>
        <translation>Väntar nu: samtal i kön som ingen har svarat på än; den längsta väntetiden är det äldsta av dem.</translation>
    </message>
    <message>
        <source>Callbacks: open callbacks for this queue due before the end of today; overdue ones are past their agreed time.</source>
        <translation>Återuppringningar: öppna återuppringningar för den här kön som ska göras före dagens slut; försenade har passerat den överenskomna tiden.</translation>
    </message>
    <message>
        <source>Tickets: open tickets whose reply is due within 30 minutes (near) or already past its due time (past SLA).</source>
        <translation>Ärenden: öppna ärenden där svaret ska ges inom 30 minuter (nära) eller redan är försenat (över SLA).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Erbjudna</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutna</translation>
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
        <translation>Lösta vid första kontakten %</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Återuppringningar gjorda</translation>
    </message>
    <message>
        <source>Callbacks reached</source>
        <translation>Återuppringningar med kontakt</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Ärenden skapade</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Ärenden lösta</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-överträdelser</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Ingen plats</translation>
    </message>
    <message>
        <source>Pause time: time agents spent paused, by the reason they chose, cut at day boundaries.</source>
        <translation>Paustid: tid som agenterna har haft paus, fördelad på den orsak de valde och delad vid dygnsskiften.</translation>
    </message>
    <message>
        <source>First-contact resolution: answered queue calls from a known customer after which the same customer made no further contact on any channel within {days} days. Recent periods are provisional until {days} days have passed.</source>
        <translation>Lösta vid första kontakten: besvarade kösamtal från en känd kund där samma kund inte hörde av sig igen i någon kanal inom {days} dagar. De senaste perioderna är preliminära tills {days} dagar har gått.</translation>
    </message>
    <message>
        <source>Callbacks made: attempts dialled in the period; reached: attempts where the customer answered.</source>
        <translation>Återuppringningar gjorda: försök som ringdes under perioden; med kontakt: försök där kunden svarade.</translation>
    </message>
    <message>
        <source>Tickets opened and solved in the period; SLA breaches: tickets whose first reply was due in the period and came late or not at all.</source>
        <translation>Ärenden skapade och lösta under perioden; SLA-överträdelser: ärenden där första svaret skulle ges under perioden och kom för sent eller inte alls.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use 1–63 lower-case letters, digits, “.”, “-” or “_”, starting with a letter (not “pg_” or “skranke_”).</source>
        <translation>”{name}” kan inte vara ett användarnamn: använd 1–63 gemener, siffror, ”.”, ”-” eller ”_” och börja med en bokstav (inte ”pg_” eller ”skranke_”).</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Lösenordet måste ha minst {count} tecken.</translation>
    </message>
    <message>
        <source>The user needs a full name.</source>
        <translation>Användaren behöver ett fullständigt namn.</translation>
    </message>
    <message>
        <source>Logins per user exist only on a shared PostgreSQL database.</source>
        <translation>Inloggningar per användare finns bara i en delad PostgreSQL-databas.</translation>
    </message>
    <message>
        <source>“{name}” is the database owner&apos;s login; choose another user name.</source>
        <translation>”{name}” är databasägarens inloggning; välj ett annat användarnamn.</translation>
    </message>
    <message>
        <source>There is already a user called “{name}” (use --update to change them).</source>
        <translation>Det finns redan en användare som heter ”{name}” (använd --update för att ändra användaren).</translation>
    </message>
    <message>
        <source>Set the password in the environment variable {name} or run this command in a terminal to be asked for it.</source>
        <translation>Ange lösenordet i miljövariabeln {name}, eller kör kommandot i en terminal för att bli tillfrågad om det.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden skiljer sig åt.</translation>
    </message>
    <message>
        <source>Keep at least one day of applied changes.</source>
        <translation>Behåll minst en dags tillämpade ändringar.</translation>
    </message>
    <message>
        <source>setup-server prepares a shared PostgreSQL database; {url} is not one.</source>
        <translation>setup-server förbereder en delad PostgreSQL-databas; {url} är ingen sådan.</translation>
    </message>
    <message>
        <source>prune-sync-log cleans a shared PostgreSQL database; {url} is not one.</source>
        <translation>prune-sync-log rensar en delad PostgreSQL-databas; {url} är ingen sådan.</translation>
    </message>
    <message>
        <source>The user could not be created: {detail}</source>
        <translation>Användaren kunde inte skapas: {detail}</translation>
    </message>
    <message>
        <source>The record of applied changes could not be pruned: {detail}</source>
        <translation>Loggen över tillämpade ändringar kunde inte rensas: {detail}</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Inställningsfilen {path} är inte giltig TOML ({detail}). Skranke startade med standardinställningar; din fil är oförändrad.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({detail}). Skranke started with default settings.</source>
        <translation>Inställningsfilen {path} kan inte läsas ({detail}). Skranke startade med standardinställningar.</translation>
    </message>
    <message>
        <source>The settings file {path} has values Skranke cannot use ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation>Inställningsfilen {path} innehåller värden som Skranke inte kan använda ({detail}). Skranke startade med standardinställningar; din fil är oförändrad.</translation>
    </message>
    <message>
        <source>A reply time must be between 1 minute and 366 days.</source>
        <translation>En svarstid måste vara mellan 1 minut och 366 dagar.</translation>
    </message>
    <message>
        <source>Only supervisors can do this from the wallboard.</source>
        <translation>Endast teamledare kan göra detta från väggtavlan.</translation>
    </message>
    <message>
        <source>That person is no longer in the database.</source>
        <translation>Personen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>An agent can only be set to available, paused or offline.</source>
        <translation>En agent kan bara sättas till tillgänglig, paus eller offline.</translation>
    </message>
    <message>
        <source>Choose a pause reason.</source>
        <translation>Välj en pausorsak.</translation>
    </message>
    <message>
        <source>This callback is already done or cancelled.</source>
        <translation>Den här återuppringningen är redan utförd eller inställd.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Det här ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>One of the chosen queues no longer exists.</source>
        <translation>En av de valda köerna finns inte längre.</translation>
    </message>
    <message>
        <source>{name} is on a call; the state follows the call and cannot be set now.</source>
        <translation>{name} är i ett samtal; statusen följer samtalet och kan inte ändras nu.</translation>
    </message>
    <message>
        <source>A satisfaction score is from 1 to 5.</source>
        <translation>Nöjdheten anges från 1 till 5.</translation>
    </message>
    <message>
        <source>Satisfaction can be recorded once the ticket is solved.</source>
        <translation>Nöjdhet kan registreras när ärendet är löst.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Ett ärende kan inte slås ihop med sig självt.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged already.</source>
        <translation>Ärende #{number} har redan slagits ihop.</translation>
    </message>
    <message>
        <source>Ticket #{number} was merged into another ticket; merge into that one instead.</source>
        <translation>Ärende #{number} har slagits ihop med ett annat ärende; slå ihop med det i stället.</translation>
    </message>
    <message>
        <source>The ticket was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation>Ärendet ändrades av någon annan medan du redigerade. Läs in ärendet igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation>Ärendet behöver ett ämne.</translation>
    </message>
    <message>
        <source>Unknown department “{name}”.</source>
        <translation>Okänd avdelning ”{name}”.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {limit} fit.</source>
        <translation>Beskrivningen är {length} tecken lång; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation>Ämnet är {length} tecken långt; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren är tom.</translation>
    </message>
    <message>
        <source>The comment is {length} characters long; at most {limit} fit.</source>
        <translation>Kommentaren är {length} tecken lång; högst {limit} får plats.</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>Service level: calls answered within the queue&apos;s threshold of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Servicenivå: samtal som besvarats inom köns gränsvärde från att de nådde kön, delat med erbjudna samtal (besvarade + avbrutna efter {short} s).</translation>
    </message>
    <message>
        <source>Service level: calls answered within {seconds} s of reaching the queue, divided by offered calls (answered + abandoned after {short} s).</source>
        <translation>Servicenivå: samtal som besvarats inom {seconds} s från att de nådde kön, delat med erbjudna samtal (besvarade + avbrutna efter {short} s).</translation>
    </message>
    <message>
        <source>The shared database has no user “{name}”. Ask a supervisor to add you (skranke add-user), and check the user name in the settings.</source>
        <translation>Den delade databasen har ingen användare ”{name}”. Be en teamledare att lägga till dig (skranke add-user), och kontrollera användarnamnet i inställningarna.</translation>
    </message>
    <message>
        <source>The code “{code}” does not exist.</source>
        <translation>Koden ”{code}” finns inte.</translation>
    </message>
    <message>
        <source>The queue is very busy; press “Take a number” again.</source>
        <translation>Det är mycket tryck i kön; tryck på ”Ta en kölapp” igen.</translation>
    </message>
    <message>
        <source>Visits: walk-ins started in the period, by the store where they were logged.</source>
        <translation>Besök: butiksbesök som började under perioden, fördelade på den butik där de registrerades.</translation>
    </message>
    <message>
        <source>Solved now: visits finished as solved at the desk; the share of all visits is the counter&apos;s first-visit resolution.</source>
        <translation>Löst direkt: besök som avslutades som lösta vid disken; andelen av alla besök är butikens lösningsgrad vid första besöket.</translation>
    </message>
    <message>
        <source>Average visit: from the start of the search at the desk until the visit was logged.</source>
        <translation>Genomsnittligt besök: från att sökningen vid disken börjar tills besöket har registrerats.</translation>
    </message>
    <message>
        <source>Unknown kind of code “{kind}”.</source>
        <translation>Okänd kodtyp ”{kind}”.</translation>
    </message>
    <message>
        <source>A code needs 1 to 40 characters.</source>
        <translation>En kod måste ha 1 till 40 tecken.</translation>
    </message>
    <message>
        <source>A label needs 1 to 200 characters.</source>
        <translation>En benämning måste ha 1 till 200 tecken.</translation>
    </message>
    <message>
        <source>Choose how the visit ended.</source>
        <translation>Välj hur besöket slutade.</translation>
    </message>
    <message>
        <source>A callback needs a phone number.</source>
        <translation>En återuppringning behöver ett telefonnummer.</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Välj när du ska ringa upp.</translation>
    </message>
    <message>
        <source>{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another time.</source>
        <translation>{time} ligger utanför samtalsfönstret ({start:02d}:00–{end:02d}:00 i {zone}). Välj en annan tid.</translation>
    </message>
    <message>
        <source>Choose a reason for the visit.</source>
        <translation>Välj en anledning till besöket.</translation>
    </message>
    <message>
        <source>The resolution code “{code}” is not in use.</source>
        <translation>Utfallskoden ”{code}” används inte.</translation>
    </message>
    <message>
        <source>Choose a disposition code before finishing this call.</source>
        <translation>Välj en utfallskod innan du avslutar samtalet.</translation>
    </message>
    <message>
        <source>“{code}” is not a disposition code in use.</source>
        <translation>”{code}” är inte en utfallskod som används.</translation>
    </message>
    <message>
        <source>The linked ticket no longer exists.</source>
        <translation>Det kopplade ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>This call is no longer in the database; the notes were not saved.</source>
        <translation>Samtalet finns inte längre i databasen; anteckningarna sparades inte.</translation>
    </message>
</context>
</TS>
