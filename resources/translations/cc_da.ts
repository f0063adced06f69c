<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AgentApp</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarede ikke i tide.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a minute, then try again.</source>
        <translation>For mange mislykkede logonforsøg. Vent et minut, og prøv igen.</translation>
    </message>
    <message>
        <source>This app does not match the server version. Please update it.</source>
        <translation>Appen passer ikke til serverens version. Opdater den.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1.</source>
        <translation>Kan ikke få forbindelse til serveren på %1.</translation>
    </message>
    <message>
        <source>This is an administrator account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) instead.</source>
        <translation>Dette er en administratorkonto. Medarbejderappen er til medarbejdere og specialister: brug teamlederappen (cc-supervisor) i stedet.</translation>
    </message>
    <message>
        <source>This is a supervisor account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) to watch queues and agents.</source>
        <translation>Dette er en teamlederkonto. Medarbejderappen er til medarbejdere og specialister: brug teamlederappen (cc-supervisor) til at følge køer og medarbejdere.</translation>
    </message>
    <message>
        <source>This account (%1) cannot take conversations.</source>
        <translation>Denne konto (%1) kan ikke modtage henvendelser.</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Presence</source>
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
        <source>Interactions</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Skills: {0}</source>
        <translation>Kompetencer: {0}</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Behandler:</translation>
    </message>
    <message>
        <source>• {0} — {1} ({2}, {3})</source>
        <translation>• {0} — {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>Handling {0} more (details not received yet)</source>
        <translation>Behandler {0} mere (detaljer ikke modtaget endnu)</translation>
    </message>
</context>
<context>
    <name>AgentTray</name>
    <message>
        <source>&amp;Open City Contact Centre</source>
        <translation>&amp;Åbn Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Clear missed</source>
        <translation>&amp;Ryd ubesvarede</translation>
    </message>
    <message>
        <source>City Contact Centre — %1</source>
        <translation>Kommunens Kontaktcenter — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missed request(s)</source>
        <translation>
            <numerusform>%n ubesvaret henvendelse</numerusform>
            <numerusform>%n ubesvarede henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 — %2, %3</source>
        <translation>Ubesvaret: %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>AgentWindow</name>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Ledig</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>&amp;Ikke klar</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <source>&amp;Toggle Available / Not ready</source>
        <translation>&amp;Skift mellem Ledig / Ikke klar</translation>
    </message>
    <message>
        <source>A&amp;ccept offer</source>
        <translation>&amp;Accepter tilbud</translation>
    </message>
    <message>
        <source>&amp;Reject offer</source>
        <translation>Afv&amp;is tilbud</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Læg på</translation>
    </message>
    <message>
        <source>Hold / &amp;resume</source>
        <translation>Sæt på hold / &amp;genoptag</translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation>&amp;Slå lyd fra / til</translation>
    </message>
    <message>
        <source>&amp;Camera off / on (video call)</source>
        <translation>&amp;Kamera fra / til (videoopkald)</translation>
    </message>
    <message>
        <source>Touch-tone &amp;keypad</source>
        <translation>&amp;Tastatur (tonesignaler)</translation>
    </message>
    <message>
        <source>Call &amp;notes</source>
        <translation>Opkaldsnote&amp;r</translation>
    </message>
    <message>
        <source>C&amp;onsult an expert…</source>
        <translation>K&amp;onsulter en specialist…</translation>
    </message>
    <message>
        <source>&amp;Transfer to a department…</source>
        <translation>&amp;Viderestil til en afdeling…</translation>
    </message>
    <message>
        <source>Con&amp;ference (citizen joins the consultation)</source>
        <translation>Konferen&amp;ce (borgeren deltager i konsultationen)</translation>
    </message>
    <message>
        <source>Complete the trans&amp;fer (the expert takes over)</source>
        <translation>F&amp;uldfør viderestillingen (specialisten overtager)</translation>
    </message>
    <message>
        <source>Cancel the cons&amp;ultation</source>
        <translation>Annull&amp;er konsultationen</translation>
    </message>
    <message>
        <source>&amp;Staff chat</source>
        <translation>&amp;Personalechat</translation>
    </message>
    <message>
        <source>&amp;End or close conversation</source>
        <translation>Afslut eller luk &amp;henvendelse</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>&amp;Næste henvendelse</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Forrige henvendelse</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>Fokus på &amp;beskedfeltet</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Søg i vi&amp;densbasen</translation>
    </message>
    <message>
        <source>&amp;Insert article into chat</source>
        <translation>Inds&amp;æt artikel i chatten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About City Contact Centre</source>
        <translation>&amp;Om Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation>Ly&amp;denheder…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Log af</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Not ready &amp;because…</source>
        <translation>Ikke klar &amp;fordi…</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>H&amp;envendelse</translation>
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
        <source>Directory</source>
        <translation>Telefonbog</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Telefonbog</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Skift din status (F9 skifter)</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Tid i denne status</translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation>Accepter automatisk</translation>
    </message>
    <message>
        <source>Accept every offer as soon as it arrives</source>
        <translation>Accepter hvert tilbud, så snart det kommer</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Ingen åbne henvendelser</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Startet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Beskeder:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Med:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>My session</source>
        <translation>Min session</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Logget på:</translation>
    </message>
    <message>
        <source>Open conversations:</source>
        <translation>Åbne henvendelser:</translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation>Behandlet:</translation>
    </message>
    <message>
        <source>My topics</source>
        <translation>Mine emner</translation>
    </message>
    <message>
        <source>Leave the conversation?</source>
        <translation>Forlad henvendelsen?</translation>
    </message>
    <message>
        <source>Leave the conversation with %1?</source>
        <translation>Forlad henvendelsen med %1?</translation>
    </message>
    <message>
        <source>The colleague who asked you carries on alone.</source>
        <translation>Kollegaen, der spurgte dig, fortsætter alene.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Forlad</translation>
    </message>
    <message>
        <source>Hang up?</source>
        <translation>Læg på?</translation>
    </message>
    <message>
        <source>Hang up the call with %1?</source>
        <translation>Læg på opkaldet med %1?</translation>
    </message>
    <message>
        <source>End the chat?</source>
        <translation>Afslut chatten?</translation>
    </message>
    <message>
        <source>End the chat with %1?</source>
        <translation>Afslut chatten med %1?</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Afslut chat</translation>
    </message>
    <message>
        <source>To pass it on instead, use Transfer… (%1).</source>
        <translation>Brug Viderestil… (%1) for at give den videre i stedet.</translation>
    </message>
    <message>
        <source>Press %1 again to confirm</source>
        <translation>Tryk på %1 igen for at bekræfte</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send besked</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Ny linje i en besked</translation>
    </message>
    <message>
        <source>Submit wrap-up</source>
        <translation>Indsend efterbehandling</translation>
    </message>
    <message>
        <source>Knowledge base: move through the articles</source>
        <translation>Vidensbase: gå gennem artiklerne</translation>
    </message>
    <message>
        <source>Knowledge base: open the article</source>
        <translation>Vidensbase: åbn artiklen</translation>
    </message>
    <message>
        <source>Knowledge base: clear the search, then back to the chat</source>
        <translation>Vidensbase: ryd søgningen, og gå tilbage til chatten</translation>
    </message>
    <message>
        <source>Directory: consult the selected person or department</source>
        <translation>Telefonbog: konsulter den valgte person eller afdeling</translation>
    </message>
    <message>
        <source>Directory: transfer to the selected department</source>
        <translation>Telefonbog: viderestil til den valgte afdeling</translation>
    </message>
    <message>
        <source>Directory: star or unstar</source>
        <translation>Telefonbog: tilføj eller fjern stjerne</translation>
    </message>
    <message>
        <source>Staff chat: send</source>
        <translation>Personalechat: send</translation>
    </message>
    <message>
        <source>About City Contact Centre</source>
        <translation>Om Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>City Contact Centre — Agent</source>
        <translation>Kommunens Kontaktcenter — Medarbejder</translation>
    </message>
    <message>
        <source>One number and one chat for the whole city hall.
Open source, MIT licence.</source>
        <translation>Ét nummer og én chat for hele rådhuset.
Open source, MIT-licens.</translation>
    </message>
    <message>
        <source>No calls: the server did not take the softphone.</source>
        <translation>Ingen opkald: serveren accepterede ikke softphonen.</translation>
    </message>
    <message>
        <source>Ready for calls at %1</source>
        <translation>Klar til opkald på %1</translation>
    </message>
    <message>
        <source>You missed an offer and are now Not ready. Press F9 when you are back.</source>
        <translation>Du missede et tilbud og er nu Ikke klar. Tryk på F9, når du er tilbage.</translation>
    </message>
    <message>
        <source>Your presence was changed by %1.</source>
        <translation>Din status blev ændret af %1.</translation>
    </message>
    <message>
        <source>The offer timed out.</source>
        <translation>Tilbuddet udløb.</translation>
    </message>
    <message>
        <source>The citizen left before the chat was accepted.</source>
        <translation>Borgeren gik, før chatten blev accepteret.</translation>
    </message>
    <message>
        <source>The offer went to someone else.</source>
        <translation>Tilbuddet gik til en anden.</translation>
    </message>
    <message>
        <source>The offer was rejected.</source>
        <translation>Tilbuddet blev afvist.</translation>
    </message>
    <message>
        <source>New conversation: %1 (Ctrl+Tab to go there).</source>
        <translation>Ny henvendelse: %1 (Ctrl+Tab for at gå dertil).</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 forlod chatten.</translation>
    </message>
    <message>
        <source>%1 joined your conversation with %2.</source>
        <translation>%1 deltager nu i din henvendelse med %2.</translation>
    </message>
    <message>
        <source>Not connected to the server: the request was not sent.</source>
        <translation>Ikke forbundet til serveren: anmodningen blev ikke sendt.</translation>
    </message>
    <message>
        <source>Submit the wrap-up first.</source>
        <translation>Indsend efterbehandlingen først.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 skriver…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <source>Article inserted: edit it if needed, then press Enter to send.</source>
        <translation>Artikel indsat: ret den om nødvendigt, og tryk på Enter for at sende.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Genopretter forbindelse…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget på</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>You are available: the next chat will appear here.</source>
        <translation>Du er ledig: den næste chat vises her.</translation>
    </message>
    <message>
        <source>Finish your wrap-up to receive new chats.</source>
        <translation>Afslut din efterbehandling for at modtage nye chats.</translation>
    </message>
    <message>
        <source>Press F9 or choose Available to start receiving chats.</source>
        <translation>Tryk på F9, eller vælg Ledig for at begynde at modtage chats.</translation>
    </message>
    <message>
        <source>Open a conversation to consult or transfer it.</source>
        <translation>Åbn en henvendelse for at konsultere eller viderestille den.</translation>
    </message>
    <message>
        <source>&amp;Copy the article&apos;s short answer</source>
        <translation>&amp;Kopiér artiklens korte svar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the citizen asks, in their words</source>
        <translation>Hvad borgeren spørger om, med egne ord</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Offentlige artikler vises også for borgere</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gyldig &amp;fra:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gyldig t&amp;il</translation>
    </message>
    <message>
        <source>Queues this article answers: agents there get it suggested</source>
        <translation>Køer, som artiklen besvarer: medarbejdere dér får den foreslået</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommasepareret</translation>
    </message>
    <message>
        <source>Other words people use, e.g. bin, dustbin, trash</source>
        <translation>Andre ord, folk bruger, f.eks. skraldespand, affaldsspand, skrald</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Emner:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Nøgleord:</translation>
    </message>
    <message>
        <source>S&amp;ynonyms:</source>
        <translation>S&amp;ynonymer:</translation>
    </message>
    <message>
        <source>The answer, in Markdown</source>
        <translation>Svaret, i Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>What changed and why (shown in History)</source>
        <translation>Hvad der er ændret og hvorfor (vises i Historik)</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>Ændringsn&amp;ote:</translation>
    </message>
    <message>
        <source>Restored revision {0}</source>
        <translation>Version {0} gendannet</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation>★ fastgjort</translation>
    </message>
    <message>
        <source>revision {0} by {1}, {2}</source>
        <translation>version {0} af {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <source>History of “{0}”</source>
        <translation>Historik for “{0}”</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Restore into editor</source>
        <translation>&amp;Gendan i editoren</translation>
    </message>
    <message>
        <source>Put this revision&apos;s title and text into the editor; save to keep it</source>
        <translation>Læg denne versions titel og tekst i editoren; gem for at beholde den</translation>
    </message>
    <message>
        <source>No revisions</source>
        <translation>Ingen versioner</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarb.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Pinned: every agent sees it as a banner</source>
        <translation>Fastgjort: alle medarbejdere ser den som et banner</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Offentlige artikler vises også for borgere</translation>
    </message>
    <message>
        <source>Times the article was opened</source>
        <translation>Antal gange artiklen blev åbnet</translation>
    </message>
    <message>
        <source>Times an agent said the article answered it</source>
        <translation>Antal gange en medarbejder angav, at artiklen besvarede henvendelsen</translation>
    </message>
    <message>
        <source>Citizens whose question the article answered (self-service)</source>
        <translation>Borgere, hvis spørgsmål artiklen besvarede (selvbetjening)</translation>
    </message>
    <message>
        <source>Pinned, but agents see only published articles</source>
        <translation>Fastgjort, men medarbejdere ser kun publicerede artikler</translation>
    </message>
    <message>
        <source>Revision {0} by {1}</source>
        <translation>Version {0} af {1}</translation>
    </message>
    <message>
        <source>Valid {0} – {1}</source>
        <translation>Gyldig {0} – {1}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiceret</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udgået</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Kun personale</translation>
    </message>
</context>
<context>
    <name>AudioBridge</name>
    <message>
        <source>No audio device</source>
        <translation>Ingen lydenhed</translation>
    </message>
    <message>
        <source>No microphone found: the call works but the other side hears silence.</source>
        <translation>Ingen mikrofon fundet: opkaldet fungerer, men den anden part hører stilhed.</translation>
    </message>
    <message>
        <source>WAV file {name}</source>
        <translation>WAV-fil {name}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan ikke læse {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan ikke skrive {path}: {error}</translation>
    </message>
    <message>
        <source>Audio file error: {error}</source>
        <translation>Fejl i lydfil: {error}</translation>
    </message>
    <message>
        <source>System audio</source>
        <translation>Systemlyd</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Mikrofonen {name} bruger et lydformat, som appen ikke kan læse.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Mikrofonen {name} kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Ingen højttaler eller headset fundet: du vil ikke kunne høre den, der ringer.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Højttaleren {name} bruger et lydformat, som appen ikke kan afspille.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Højttaleren {name} kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Mikrofonen holdt op med at virke ({error}).</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Højttaleren holdt op med at virke ({error}).</translation>
    </message>
    <message>
        <source>No audio device found: the call works but the other side hears silence and you will not hear the caller.</source>
        <translation>Ingen lydenhed fundet: opkaldet fungerer, men den anden part hører stilhed, og du kan ikke høre den, der ringer.</translation>
    </message>
    <message>
        <source>The sound system cannot be used ({error}): calls connect, but without microphone and speaker. Install PulseAudio&apos;s client library (libpulse0).</source>
        <translation>Lydsystemet kan ikke bruges ({error}): opkald forbindes, men uden mikrofon og højttaler. Installer PulseAudios klientbibliotek (libpulse0).</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <source>Audio devices</source>
        <translation>Lydenheder</translation>
    </message>
    <message>
        <source>No audio device found. Calls still connect, but the other side hears silence and you hear nothing. Plug in a headset and reopen this dialog.</source>
        <translation>Ingen lydenhed fundet. Opkald forbindes stadig, men den anden part hører stilhed, og du hører intet. Tilslut et headset, og åbn denne dialog igen.</translation>
    </message>
    <message>
        <source>No microphone found: the other side will hear silence.</source>
        <translation>Ingen mikrofon fundet: den anden part vil høre stilhed.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Ingen højttaler eller headset fundet: du vil ikke kunne høre den, der ringer.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Højttaler:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (standard)</translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <source>Broadcast from a supervisor</source>
        <translation>Meddelelse fra en teamleder</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Markér som læst</translation>
    </message>
    <message>
        <source>Mark read and show the next</source>
        <translation>Markér som læst, og vis den næste</translation>
    </message>
    <message>
        <source>Dismiss (counts as read)</source>
        <translation>Afvis (tæller som læst)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>alle medarbejdere</translation>
    </message>
    <message>
        <source>{0} to {1}, {2}</source>
        <translation>{0} til {1}, {2}</translation>
    </message>
    <message>
        <source>(+{0} more)</source>
        <translation>(+{0} mere)</translation>
    </message>
</context>
<context>
    <name>BroadcastsPage</name>
    <message>
        <source>&amp;New broadcast…</source>
        <translation>&amp;Ny meddelelse…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now (Ctrl+B)</source>
        <translation>Fortæl alle medarbejdere eller et team noget nu (Ctrl+B)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Læst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Today&apos;s broadcasts</source>
        <translation>Dagens meddelelser</translation>
    </message>
    <message>
        <source>read by {0} of {1}</source>
        <translation>læst af {0} af {1}</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>Broadcast not sent: {0}</source>
        <translation>Meddelelsen blev ikke sendt: {0}</translation>
    </message>
    <message>
        <source>Broadcast sent to {0} people</source>
        <translation>Meddelelsen er sendt til {0} personer</translation>
    </message>
</context>
<context>
    <name>CallWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Læg på</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <source>Leave the call: the agent stays with the caller</source>
        <translation>Forlad opkaldet: medarbejderen bliver hos den, der ringer</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Opkaldsstatus</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Taletid</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Send touch tones</source>
        <translation>Send tonesignaler</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>&amp;Notes (they go into the wrap-up):</source>
        <translation>&amp;Noter (de indgår i efterbehandlingen):</translation>
    </message>
    <message>
        <source>What the caller asks, what you promised…</source>
        <translation>Hvad den, der ringer, spørger om, hvad du har lovet…</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Opkaldsnoter</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Earlier contacts from this number: %1</source>
        <translation>Tidligere henvendelser fra dette nummer: %1</translation>
    </message>
    <message>
        <source>No earlier contacts from this number.</source>
        <translation>Ingen tidligere henvendelser fra dette nummer.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>Den, der ringede, lagde på.</translation>
    </message>
    <message>
        <source>The call was lost: %1</source>
        <translation>Opkaldet blev afbrudt: %1</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ringer…</translation>
    </message>
    <message>
        <source>On hold — the caller hears music</source>
        <translation>På hold — den, der ringer, hører musik</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Lægger på…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Opkald afsluttet</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>lyd fra</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sæt på hold</translation>
    </message>
    <message>
        <source>Take the caller back</source>
        <translation>Tag den, der ringer, tilbage</translation>
    </message>
    <message>
        <source>Put the caller on hold with music</source>
        <translation>Sæt den, der ringer, på hold med musik</translation>
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
        <source>Mute your microphone</source>
        <translation>Slå din mikrofon fra</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>call</source>
        <translation>opkald</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>C&amp;onsult…</source>
        <translation>K&amp;onsulter…</translation>
    </message>
    <message>
        <source>Ask an expert to join</source>
        <translation>Bed en specialist om at deltage</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Viderestil…</translation>
    </message>
    <message>
        <source>Send it to a department&apos;s queue</source>
        <translation>Send den til en afdelings kø</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Afslut chat</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>Afslut denne henvendelse</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Forlad</translation>
    </message>
    <message>
        <source>Leave the conversation: the agent keeps it</source>
        <translation>Forlad henvendelsen: medarbejderen beholder den</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Skriv et svar…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Send (Enter) · ny linje: Shift+Enter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Close this tab</source>
        <translation>Luk denne fane</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 skriver…</translation>
    </message>
    <message>
        <source>Submit the wrap-up before closing this conversation.</source>
        <translation>Indsend efterbehandlingen, før du lukker denne henvendelse.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Henvendelsen er slut.</translation>
    </message>
    <message>
        <source>You were asked to join: only the agent can consult or transfer.</source>
        <translation>Du blev bedt om at deltage: kun medarbejderen kan konsultere eller viderestille.</translation>
    </message>
    <message>
        <source>One consultation at a time: cancel or complete this one first.</source>
        <translation>Én konsultation ad gangen: annuller eller fuldfør denne først.</translation>
    </message>
    <message>
        <source>Conference: %1 now sees %2&apos;s messages.</source>
        <translation>Konference: %1 ser nu beskeder fra %2.</translation>
    </message>
    <message>
        <source>Conference: the citizen is in the conversation now.</source>
        <translation>Konference: borgeren deltager nu i henvendelsen.</translation>
    </message>
    <message>
        <source>%1 (%2) joined the conversation.</source>
        <translation>%1 (%2) deltager nu i henvendelsen.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 deltager nu i henvendelsen.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 forlod henvendelsen.</translation>
    </message>
    <message>
        <source>Transferred to %1: the citizen keeps their place in line.</source>
        <translation>Viderestillet til %1: borgeren beholder sin plads i køen.</translation>
    </message>
    <message>
        <source>No callback: %1</source>
        <translation>Intet tilbagekald: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarede ikke i tide.</translation>
    </message>
    <message>
        <source>Callback registered for %1 (position %2).</source>
        <translation>Tilbagekald registreret for %1 (nummer %2 i køen).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>Conference: the citizen sees your messages now.</source>
        <translation>Konference: borgeren ser nu dine beskeder.</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 beder dig deltage</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Viderestillet af %1</translation>
    </message>
    <message>
        <source>You were asked to consult: write to the agent in the staff chat. You can write to the citizen once the agent makes it a conference.</source>
        <translation>Du blev bedt om at rådgive: skriv til medarbejderen i personalechatten. Du kan skrive til borgeren, når medarbejderen gør det til en konference.</translation>
    </message>
    <message>
        <source>the expert</source>
        <translation>specialisten</translation>
    </message>
    <message>
        <source>%1 took over this conversation.</source>
        <translation>%1 overtog denne henvendelse.</translation>
    </message>
    <message>
        <source>You transferred the conversation to %1.</source>
        <translation>Du viderestillede henvendelsen til %1.</translation>
    </message>
    <message>
        <source>You handed the conversation back: a colleague takes it from here.</source>
        <translation>Du gav henvendelsen tilbage: en kollega tager over herfra.</translation>
    </message>
    <message>
        <source>You handed the conversation to %1.</source>
        <translation>Du gav henvendelsen til %1.</translation>
    </message>
    <message>
        <source>You left the conversation.</source>
        <translation>Du forlod henvendelsen.</translation>
    </message>
    <message>
        <source>%1 ended the consultation.</source>
        <translation>%1 afsluttede konsultationen.</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>Medarbejderen</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 forlod chatten.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Henvendelsen er afsluttet.</translation>
    </message>
    <message>
        <source>Your part in this conversation is over.</source>
        <translation>Din del af denne henvendelse er slut.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>startet %1</translation>
    </message>
    <message>
        <source>Your part ended at %1</source>
        <translation>Din del sluttede kl. %1</translation>
    </message>
    <message>
        <source>Conversation ended by the citizen at %1</source>
        <translation>Henvendelsen blev afsluttet af borgeren kl. %1</translation>
    </message>
    <message>
        <source>You ended the conversation at %1</source>
        <translation>Du afsluttede henvendelsen kl. %1</translation>
    </message>
    <message>
        <source>Conversation ended</source>
        <translation>Henvendelse afsluttet</translation>
    </message>
</context>
<context>
    <name>ComposeBroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Ny meddelelse</translation>
    </message>
    <message>
        <source>Appears at once in the app of everyone you address (and when they next sign in today). You see how many have read it.</source>
        <translation>Vises med det samme i appen hos alle, du skriver til (og når de næste gang logger på i dag). Du kan se, hvor mange der har læst den.</translation>
    </message>
    <message>
        <source>What everyone needs to know now</source>
        <translation>Hvad alle skal vide nu</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation>{0} ({1} personer)</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Ingen artikel</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Besked:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Pinned article:</source>
        <translation>&amp;Fastgjort artikel:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>{0} of {1} characters</source>
        <translation>{0} af {1} tegn</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>Kon&amp;ference</translation>
    </message>
    <message>
        <source>The citizen joins you and the expert</source>
        <translation>Borgeren kommer med i samtalen med dig og specialisten</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>Fuldfør viderestil&amp;ling</translation>
    </message>
    <message>
        <source>The expert takes the conversation over; you leave and wrap up</source>
        <translation>Specialisten overtager henvendelsen; du forlader den og efterbehandler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancel the consultation: the citizen is back with you alone</source>
        <translation>Annuller konsultationen: borgeren er alene med dig igen</translation>
    </message>
    <message>
        <source>Keep waiting in the queue</source>
        <translation>Bliv ved med at vente i køen</translation>
    </message>
    <message>
        <source>Transfer the conversation to the department&apos;s queue: the citizen keeps their place and the first free expert takes it</source>
        <translation>Viderestil henvendelsen til afdelingens kø: borgeren beholder sin plads, og den første ledige specialist tager den</translation>
    </message>
    <message>
        <source>Citizen&apos;s phone number</source>
        <translation>Borgerens telefonnummer</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Nummer, der skal ringes tilbage til</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Ring tilbage</translation>
    </message>
    <message>
        <source>Register a callback: the citizen is phoned when an expert is free</source>
        <translation>Registrer et tilbagekald: borgeren bliver ringet op, når en specialist er ledig</translation>
    </message>
    <message>
        <source>The caller hears music.</source>
        <translation>Den, der ringer, hører musik.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Spørger %1…</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Ringer til %1…</translation>
    </message>
    <message>
        <source>Waiting for %1 (position %2) — nobody free</source>
        <translation>Venter på %1 (nummer %2) — ingen ledige</translation>
    </message>
    <message>
        <source>Waiting for %1 — nobody free</source>
        <translation>Venter på %1 — ingen ledige</translation>
    </message>
    <message>
        <source>Nobody of %1 is signed in now.</source>
        <translation>Ingen fra %1 er logget på nu.</translation>
    </message>
    <message>
        <source>The expert did not answer.</source>
        <translation>Specialisten svarede ikke.</translation>
    </message>
    <message>
        <source>The expert declined.</source>
        <translation>Specialisten afviste.</translation>
    </message>
    <message>
        <source>Keep the citizen waiting in the queue, or register a callback.</source>
        <translation>Lad borgeren vente i køen, eller registrer et tilbagekald.</translation>
    </message>
    <message>
        <source>%1 is with you</source>
        <translation>%1 er med dig</translation>
    </message>
    <message>
        <source>The caller hears music until you make it a conference.</source>
        <translation>Den, der ringer, hører musik, indtil du gør det til en konference.</translation>
    </message>
    <message>
        <source>The citizen does not see %1 until you make it a conference.</source>
        <translation>Borgeren ser ikke %1, før du gør det til en konference.</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Konference med %1</translation>
    </message>
    <message>
        <source>Everyone hears everyone.</source>
        <translation>Alle hører alle.</translation>
    </message>
    <message>
        <source>The citizen sees %1&apos;s messages.</source>
        <translation>Borgeren ser beskeder fra %1.</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Overdraget til %1</translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation>Du annullerede den.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 gik.</translation>
    </message>
    <message>
        <source>%1&apos;s app lost its connection.</source>
        <translation>%1s app mistede forbindelsen.</translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation>Konsultation afsluttet</translation>
    </message>
    <message>
        <source>&amp;End consultation</source>
        <translation>&amp;Afslut konsultation</translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation>Konference: %1</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Fuldfør: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annuller: %1</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Ring tilbage til %1</translation>
    </message>
</context>
<context>
    <name>ConsultPicker</name>
    <message>
        <source>Consult an expert</source>
        <translation>Konsulter en specialist</translation>
    </message>
    <message>
        <source>Who should join your conversation with %1?</source>
        <translation>Hvem skal deltage i din henvendelse med %1?</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>Viderestil til en afdeling</translation>
    </message>
    <message>
        <source>Which department&apos;s queue should %1 wait in? They keep their place in line.</source>
        <translation>Hvilken afdelings kø skal %1 vente i? Borgeren beholder sin plads i køen.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>borgeren</translation>
    </message>
    <message>
        <source>What the expert should know (shown when it rings)</source>
        <translation>Hvad specialisten skal vide (vises, når det ringer)</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Hvad den næste person skal vide</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Konsulter</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Viderestil</translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation>Vælg en afdeling eller en person.</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Arrived</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic and tags</source>
        <translation>Emne og tags</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Viderestillet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Optagelse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>nobody (abandoned)</source>
        <translation>ingen (afbrudt)</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>user name</source>
        <translation>brugernavn</translation>
    </message>
    <message>
        <source>topic or tag</source>
        <translation>emne eller tag</translation>
    </message>
    <message>
        <source>digits of the number</source>
        <translation>cifre i nummeret</translation>
    </message>
    <message>
        <source>words in the chat</source>
        <translation>ord i chatten</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Transferred or not</source>
        <translation>Viderestillet eller ej</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Viderestillet</translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation>Ikke viderestillet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>vilkårlig længde</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation>Søg med disse filtre (Enter)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>&amp;Emne</translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation>&amp;Opkalder</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <source>Transfe&amp;rred</source>
        <translation>&amp;Viderestillet</translation>
    </message>
    <message>
        <source>Lo&amp;nger than</source>
        <translation>&amp;Længere end</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Fundne henvendelser</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Indl&amp;æs flere</translation>
    </message>
    <message>
        <source>Pick a conversation to read or play it.</source>
        <translation>Vælg en henvendelse for at læse eller afspille den.</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, adskilt med komma</translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation>&amp;Gem tags</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Eks&amp;portér…</translation>
    </message>
    <message>
        <source>Save the recording or transcript (Ctrl+S)</source>
        <translation>Gem optagelsen eller udskriften (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>&amp;Bedøm…</translation>
    </message>
    <message>
        <source>Score this conversation (Ctrl+E)</source>
        <translation>Bedøm denne henvendelse (Ctrl+E)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Udskrift</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Søgningen mislykkedes: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 af %2 vist</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>%n henvendelse fundet</numerusform>
            <numerusform>%n henvendelser fundet</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>Henter optagelsen…</translation>
    </message>
    <message>
        <source>Recording ready: Space plays it</source>
        <translation>Optagelsen er klar: Mellemrum afspiller den</translation>
    </message>
    <message>
        <source>Could not open it: %1</source>
        <translation>Kunne ikke åbne den: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No transcript: a call without a recording.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ingen udskrift: et opkald uden optagelse.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Tags gemt</translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation>Tags ikke gemt: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-lyd (*.wav)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Nobody answered it: there is nobody to score</source>
        <translation>Ingen besvarede den: der er ingen at bedømme</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Ikke klar</translation>
    </message>
    <message>
        <source>In wrap-up</source>
        <translation>I efterbehandling</translation>
    </message>
    <message>
        <source>No softphone: cannot take calls</source>
        <translation>Ingen softphone: kan ikke tage opkald</translation>
    </message>
    <message>
        <source>Busy: cannot take a call now</source>
        <translation>Optaget: kan ikke tage et opkald nu</translation>
    </message>
    <message>
        <source>Busy: no room for another chat</source>
        <translation>Optaget: ikke plads til endnu en chat</translation>
    </message>
    <message>
        <source>That is you</source>
        <translation>Det er dig</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritter</translation>
    </message>
    <message>
        <source>First-line colleagues</source>
        <translation>Kolleger i første linje</translation>
    </message>
    <message>
        <source>Takes calls</source>
        <translation>Tager opkald</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 af %2 ledige</translation>
    </message>
    <message>
        <source>No experts</source>
        <translation>Ingen specialister</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 venter</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Emner: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message>
        <source>Find a person, department or topic</source>
        <translation>Find en person, afdeling eller et emne</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Søg i telefonbogen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Telefonbog</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Konsulter</translation>
    </message>
    <message>
        <source>Ask them to join the conversation (Enter)</source>
        <translation>Bed dem deltage i henvendelsen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Viderestil</translation>
    </message>
    <message>
        <source>Send the conversation to the department&apos;s queue (Shift+Enter)</source>
        <translation>Send henvendelsen til afdelingens kø (Shift+Enter)</translation>
    </message>
    <message>
        <source>in 1 conversation</source>
        <translation>i 1 henvendelse</translation>
    </message>
    <message>
        <source>in %1 conversations</source>
        <translation>i %1 henvendelser</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Consult: the first free expert of %1 joins.</source>
        <translation>Konsulter: den første ledige specialist fra %1 deltager.</translation>
    </message>
    <message>
        <source>Nobody of %1 is free now: a consultation waits in its queue.</source>
        <translation>Ingen fra %1 er ledige nu: en konsultation venter i køen.</translation>
    </message>
    <message>
        <source>&amp;Consult first free</source>
        <translation>&amp;Konsulter første ledige</translation>
    </message>
    <message>
        <source>The first free expert of %1 joins (Enter)</source>
        <translation>Den første ledige specialist fra %1 deltager (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer to queue</source>
        <translation>&amp;Viderestil til kø</translation>
    </message>
    <message>
        <source>Send the conversation to the queue of %1 (Shift+Enter)</source>
        <translation>Send henvendelsen til køen for %1 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Only a department&apos;s queue takes transfers</source>
        <translation>Kun en afdelings kø kan modtage viderestillinger</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Fjern stjerne</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Tilføj stjerne</translation>
    </message>
    <message>
        <source>Favourites come first in the directory (%1)</source>
        <translation>Favoritter vises først i telefonbogen (%1)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Score the conversation</source>
        <translation>Bedøm henvendelsen</translation>
    </message>
    <message>
        <source>&amp;Whom you score:</source>
        <translation>&amp;Hvem du bedømmer:</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Indlæser skemaet…</translation>
    </message>
    <message>
        <source>What went well, what to coach (the agent&apos;s team lead reads it)</source>
        <translation>Hvad gik godt, hvad skal der coaches i (medarbejderens teamleder læser det)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Indsend</translation>
    </message>
    <message>
        <source>Submit the scores (Ctrl+Enter)</source>
        <translation>Indsend bedømmelsen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>The form could not be loaded: %1</source>
        <translation>Skemaet kunne ikke indlæses: %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Weight in the total</source>
        <translation>Vægt i totalen</translation>
    </message>
    <message>
        <source>You scored %1 on %2 (%3 of 5): submitting replaces it.</source>
        <translation>Du bedømte %1 %2 (%3 af 5): indsender du nu, erstattes den.</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt; of 5 (weighted)</source>
        <translation>I alt: &lt;b&gt;%1&lt;/b&gt; af 5 (vægtet)</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria still to score</source>
        <translation>
            <numerusform>%n kriterium mangler at blive bedømt</numerusform>
            <numerusform>%n kriterier mangler at blive bedømt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Ikke indsendt: %1</translation>
    </message>
    <message>
        <source> — the form changed: close and score again.</source>
        <translation> — skemaet er ændret: luk, og bedøm igen.</translation>
    </message>
    <message>
        <source>Sending… wait for the answer.</source>
        <translation>Sender… vent på svaret.</translation>
    </message>
    <message>
        <source>Unsent scores</source>
        <translation>Ikke-sendte bedømmelser</translation>
    </message>
    <message>
        <source>Discard the scores you have not submitted?</source>
        <translation>Kassér de bedømmelser, du ikke har indsendt?</translation>
    </message>
</context>
<context>
    <name>ExpertMode</name>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} til {1}</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>alle medarbejdere</translation>
    </message>
    <message>
        <source>No system tray here: this window stands in for it.</source>
        <translation>Der er ingen systembakke her: dette vindue træder i stedet for den.</translation>
    </message>
    <message>
        <source>No input for %1: you are Away. Move the mouse to come back.</source>
        <translation>Ingen aktivitet i %1: du er Væk. Bevæg musen for at komme tilbage.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
    <message>
        <source>Welcome back: %1 again.</source>
        <translation>Velkommen tilbage: %1 igen.</translation>
    </message>
</context>
<context>
    <name>ExpertPresence</name>
    <message>
        <source>&amp;Available for consultations</source>
        <translation>&amp;Ledig til konsultationer</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;Optaget</translation>
    </message>
    <message>
        <source>Signed in, but no consultations for now</source>
        <translation>Logget på, men ingen konsultationer lige nu</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>&amp;Væk</translation>
    </message>
    <message>
        <source>Not at the computer: nothing is offered to you</source>
        <translation>Ikke ved computeren: du får ikke tilbudt noget</translation>
    </message>
    <message>
        <source>Busy &amp;because…</source>
        <translation>Optaget &amp;fordi…</translation>
    </message>
    <message>
        <source>Available for consultations</source>
        <translation>Ledig til konsultationer</translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation>I en henvendelse</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Busy — %1</source>
        <translation>Optaget — %1</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>F&amp;uldt vindue</translation>
    </message>
    <message>
        <source>Open the full window with the knowledge base (Ctrl+Shift+F)</source>
        <translation>Åbn det fulde vindue med vidensbasen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Søg i &amp;vidensbasen</translation>
    </message>
    <message>
        <source>&amp;Leave the conversation</source>
        <translation>&amp;Forlad henvendelsen</translation>
    </message>
    <message>
        <source>Leave: the colleague who asked carries on alone (Ctrl+Shift+L)</source>
        <translation>Forlad: kollegaen, der spurgte, fortsætter alene (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Message to your &amp;colleague</source>
        <translation>Besked til din &amp;kollega</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Skift din status (F9 skifter)</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <source>Settings, shortcuts, sign out, quit</source>
        <translation>Indstillinger, genveje, log af, afslut</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so this window stands in for it: keep it open (minimise it if you like). Requests from colleagues pop up in the corner of the screen; closing this window quits.</source>
        <translation>Dette skrivebord har ingen systembakke, så dette vindue træder i stedet for den: hold det åbent (minimer det gerne). Anmodninger fra kolleger dukker op i hjørnet af skærmen; lukker du vinduet, afsluttes appen.</translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation>Ubesvarede (%1)</translation>
    </message>
    <message>
        <source>Popup: accept</source>
        <translation>Pop op: accepter</translation>
    </message>
    <message>
        <source>Popup: decline</source>
        <translation>Pop op: afvis</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send besked</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Ny linje i en besked</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>Three-way with %1: the citizen sees and hears you too.</source>
        <translation>Trepartssamtale med %1: borgeren ser og hører også dig.</translation>
    </message>
    <message>
        <source>%1 asked you to join. The citizen does not see you: talk to %1 in the staff chat (Ctrl+I).</source>
        <translation>%1 bad dig deltage. Borgeren ser dig ikke: tal med %1 i personalechatten (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 handed this conversation to you: it is yours now.</source>
        <translation>%1 gav dig denne henvendelse: den er din nu.</translation>
    </message>
    <message>
        <source>Your part in this conversation has ended.</source>
        <translation>Din del af denne henvendelse er slut.</translation>
    </message>
</context>
<context>
    <name>ForceNotReadyDialog</name>
    <message>
        <source>Force Not Ready</source>
        <translation>Gennemtving Ikke klar</translation>
    </message>
    <message>
        <source>{0} will receive no new work and will see this reason until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>{0} får ikke nyt arbejde og ser denne årsag, indtil vedkommende melder sig ledig igen. Handlingen registreres i revisionsloggen.</translation>
    </message>
    <message>
        <source>Requested by supervisor</source>
        <translation>Anmodet af teamleder</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>Set Not Ready</source>
        <translation>Sæt Ikke klar</translation>
    </message>
</context>
<context>
    <name>ForceOfflineBox</name>
    <message>
        <source>Force Offline</source>
        <translation>Gennemtving Offline</translation>
    </message>
    <message>
        <source>Set {0} Offline?</source>
        <translation>Sæt {0} Offline?</translation>
    </message>
    <message>
        <source>They will receive no new work until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>Vedkommende får ikke nyt arbejde, før vedkommende melder sig ledig igen. Handlingen registreres i revisionsloggen.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Conversations offered per hour and weekday</source>
        <translation>Henvendelser tilbudt pr. time og ugedag</translation>
    </message>
</context>
<context>
    <name>InternalChat</name>
    <message>
        <source>Staff chat</source>
        <translation>Personalechat</translation>
    </message>
    <message>
        <source>The citizen does not see these messages.</source>
        <translation>Borgeren ser ikke disse beskeder.</translation>
    </message>
    <message>
        <source>Staff messages</source>
        <translation>Personalebeskeder</translation>
    </message>
    <message>
        <source>Message to the staff…</source>
        <translation>Besked til personalet…</translation>
    </message>
    <message>
        <source>Message to the staff</source>
        <translation>Besked til personalet</translation>
    </message>
    <message>
        <source>Staff only (%1)</source>
        <translation>Kun personale (%1)</translation>
    </message>
    <message>
        <source>Only the staff in this conversation read it; Enter sends</source>
        <translation>Kun personalet i denne henvendelse kan læse den; Enter sender</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Messages between the staff in this conversation appear here.</source>
        <translation>Beskeder mellem personalet i denne henvendelse vises her.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Start en ny artikel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the article as a new revision</source>
        <translation>Gem artiklen som en ny version</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicér</translation>
    </message>
    <message>
        <source>Save and make the article visible to agents (and citizens if public)</source>
        <translation>Gem, og gør artiklen synlig for medarbejdere (og borgere, hvis den er offentlig)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Udfas</translation>
    </message>
    <message>
        <source>Withdraw the article: nobody finds it any more</source>
        <translation>Træk artiklen tilbage: ingen kan finde den længere</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>&amp;Fastgør</translation>
    </message>
    <message>
        <source>Show the article as a banner to every agent</source>
        <translation>Vis artiklen som et banner for alle medarbejdere</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Earlier revisions: who changed what, and restore one</source>
        <translation>Tidligere versioner: hvem ændrede hvad, og gendan en af dem</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Load the list again (other supervisors&apos; changes)</source>
        <translation>Indlæs listen igen (andre teamlederes ændringer)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>Find by title, tag, keyword or text</source>
        <translation>Find efter titel, tag, nøgleord eller tekst</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Could not load the articles: {0}</source>
        <translation>Kunne ikke indlæse artiklerne: {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation>Vil du gemme dine ændringer i “{0}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>Hvis du ikke gør det, går de tabt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved “{0}” (revision {1})</source>
        <translation>“{0}” gemt (version {1})</translation>
    </message>
    <message>
        <source>Published “{0}”</source>
        <translation>“{0}” publiceret</translation>
    </message>
    <message>
        <source>Retired “{0}”</source>
        <translation>“{0}” udfaset</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status ikke ændret</translation>
    </message>
    <message>
        <source>Pin not changed</source>
        <translation>Fastgørelse ikke ændret</translation>
    </message>
    <message>
        <source>Pinned “{0}” for every agent</source>
        <translation>“{0}” fastgjort for alle medarbejdere</translation>
    </message>
    <message>
        <source>Unpinned “{0}”</source>
        <translation>“{0}” er ikke længere fastgjort</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Ingen historik</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: you may not edit articles.</source>
        <translation>{0}: du må ikke redigere artikler.</translation>
    </message>
    <message>
        <source>{0}: the server could not do it ({1}). Try again.</source>
        <translation>{0}: serveren kunne ikke udføre det ({1}). Prøv igen.</translation>
    </message>
    <message>
        <source>Pin article</source>
        <translation>Fastgør artikel</translation>
    </message>
    <message>
        <source>Pin “{0}”?</source>
        <translation>Fastgør “{0}”?</translation>
    </message>
    <message>
        <source>Every agent will see this as a banner at the top of their window until it is unpinned. The action is recorded in the audit log.</source>
        <translation>Alle medarbejdere vil se den som et banner øverst i deres vindue, indtil den frigøres. Handlingen registreres i revisionsloggen.</translation>
    </message>
    <message>
        <source>Pin for everyone</source>
        <translation>Fastgør for alle</translation>
    </message>
    <message>
        <source>Revision {0} is in the editor: save to make it current</source>
        <translation>Version {0} er i editoren: gem for at gøre den aktuel</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation>{0} artikler</translation>
    </message>
    <message>
        <source>{0} of {1} articles</source>
        <translation>{0} af {1} artikler</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Frigør</translation>
    </message>
    <message>
        <source>Remove the banner from every agent&apos;s window</source>
        <translation>Fjern banneret fra alle medarbejderes vinduer</translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Søg i artikler (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Søg i vidensbasen</translation>
    </message>
    <message>
        <source>Only articles of this department</source>
        <translation>Kun artikler fra denne afdeling</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation>Kun artikler på dette sprog</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Søger</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikler</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Luk artiklen</translation>
    </message>
    <message>
        <source>&amp;Insert into chat</source>
        <translation>&amp;Indsæt i chatten</translation>
    </message>
    <message>
        <source>Put the short answer into the message box, to edit and send (Ctrl+Shift+I)</source>
        <translation>Læg det korte svar i beskedfeltet, så du kan rette og sende det (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>This &amp;answered it</source>
        <translation>Dette &amp;besvarede det</translation>
    </message>
    <message>
        <source>Tell the editors this article answered the citizen&apos;s question</source>
        <translation>Fortæl redaktørerne, at artiklen besvarede borgerens spørgsmål</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>The search failed. Type again to retry.</source>
        <translation>Søgningen mislykkedes. Skriv igen for at prøve igen.</translation>
    </message>
    <message>
        <source>Articles found: %1</source>
        <translation>Fundne artikler: %1</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Mente du: %1?</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Ingen artikler matcher “%1”.</translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation>Foreslået til denne henvendelse</translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question to find articles.</source>
        <translation>Skriv et par ord fra borgerens spørgsmål for at finde artikler.</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fastgjort</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gyldig til %1</translation>
    </message>
    <message>
        <source>for staff only</source>
        <translation>kun for personale</translation>
    </message>
    <message>
        <source>This article has no short answer to use.</source>
        <translation>Denne artikel har intet kort svar at bruge.</translation>
    </message>
    <message>
        <source>Short answer copied: paste it where you need it.</source>
        <translation>Kort svar kopieret: indsæt det, hvor du har brug for det.</translation>
    </message>
    <message>
        <source>Thank you: the editors will know it helped.</source>
        <translation>Tak: redaktørerne får besked om, at den hjalp.</translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation>&amp;Kopiér svar</translation>
    </message>
    <message>
        <source>Copy the short answer to the clipboard: this conversation takes no text (Ctrl+Shift+I)</source>
        <translation>Kopiér det korte svar til udklipsholderen: denne henvendelse kan ikke modtage tekst (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Open a chat to insert the short answer into it</source>
        <translation>Åbn en chat for at indsætte det korte svar i den</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Besvaret</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisk</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>%1 is used from the next start of the app.</source>
        <translation>%1 bruges, næste gang appen startes.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — City Contact Centre</source>
        <translation>Log på — Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Kommunens Kontaktcenter</translation>
    </message>
    <message>
        <source>Sign in with your city hall account.</source>
        <translation>Log på med din kommunale konto.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log på</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger på…</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <source>Missed request</source>
        <translation>Ubesvaret anmodning</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>et opkald</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>en chat</translation>
    </message>
    <message>
        <source>%1 asked you to join %2.</source>
        <translation>%1 bad dig deltage i %2.</translation>
    </message>
    <message>
        <source>%1 handed you %2.</source>
        <translation>%1 gav dig %2.</translation>
    </message>
    <message>
        <source>%1 was offered to you.</source>
        <translation>%1 blev tilbudt dig.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (for %2 siden)</translation>
    </message>
    <message>
        <source>Rang out at:</source>
        <translation>Ringede ud kl.:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(ingen note)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 nu</translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation>Slår dem op…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Fjern fra listen</translation>
    </message>
    <message>
        <source>The directory could not be reached.</source>
        <translation>Telefonbogen kunne ikke nås.</translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation>Ikke i telefonbogen.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Logget af</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>I %n henvendelse</numerusform>
            <numerusform>I %n henvendelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <source>Mode:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>In it:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Lyt med</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Hvisk</translation>
    </message>
    <message>
        <source>&amp;Barge</source>
        <translation>&amp;Bryd ind</translation>
    </message>
    <message>
        <source>Hear or read the conversation; nobody hears you</source>
        <translation>Hør eller læs henvendelsen; ingen hører dig</translation>
    </message>
    <message>
        <source>Coach the agent: they hear you, the citizen does not</source>
        <translation>Coach medarbejderen: medarbejderen hører dig, borgeren gør ikke</translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears you</source>
        <translation>Deltag i henvendelsen: alle hører dig</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop monitoring; the conversation goes on</source>
        <translation>Stop overvågningen; henvendelsen fortsætter</translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation>&amp;Overtag</translation>
    </message>
    <message>
        <source>Take the conversation over: it is yours, the agent leaves it (a call: the caller talks to you on your phone)</source>
        <translation>Overtag henvendelsen: den er din, medarbejderen forlader den (et opkald: den, der ringer, taler med dig på din telefon)</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Afslut henvendelse</translation>
    </message>
    <message>
        <source>End the conversation you took over (no wrap-up)</source>
        <translation>Afslut den henvendelse, du har overtaget (ingen efterbehandling)</translation>
    </message>
    <message>
        <source>A monitored chat&apos;s messages appear here.</source>
        <translation>Beskeder fra en overvåget chat vises her.</translation>
    </message>
    <message>
        <source>Private note to the agent (whisper) — the citizen never sees it</source>
        <translation>Privat note til medarbejderen (hvisk) — borgeren ser den aldrig</translation>
    </message>
    <message>
        <source>Message to the citizen (barge)</source>
        <translation>Besked til borgeren (bryd ind)</translation>
    </message>
    <message>
        <source>Not monitoring. Pick an agent and choose Monitor (Ctrl+Shift+M).</source>
        <translation>Overvåger ikke. Vælg en medarbejder, og vælg Overvåg (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Besked til borgeren</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lytter med</translation>
    </message>
    <message>
        <source>Whispering to the agent</source>
        <translation>Hvisker til medarbejderen</translation>
    </message>
    <message>
        <source>Barged in (everyone hears you)</source>
        <translation>Brudt ind (alle hører dig)</translation>
    </message>
    <message>
        <source>(a chat: no phone)</source>
        <translation>(en chat: ingen telefon)</translation>
    </message>
    <message>
        <source>Ringing your softphone…</source>
        <translation>Ringer til din softphone…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation>Opkald fra {0}</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>et skjult nummer</translation>
    </message>
    <message>
        <source>Chat with {0}</source>
        <translation>Chat med {0}</translation>
    </message>
    <message>
        <source>You stopped monitoring.</source>
        <translation>Du stoppede overvågningen.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Henvendelsen er afsluttet.</translation>
    </message>
    <message>
        <source>Your softphone hung up.</source>
        <translation>Din softphone lagde på.</translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation>Du blev logget af.</translation>
    </message>
    <message>
        <source>Monitoring stopped: the conversation went to staff outside your teams.</source>
        <translation>Overvågning stoppet: henvendelsen gik til personale uden for dine teams.</translation>
    </message>
    <message>
        <source>You took the conversation over.</source>
        <translation>Du overtog henvendelsen.</translation>
    </message>
    <message>
        <source>{0} — yours now</source>
        <translation>{0} — din nu</translation>
    </message>
    <message>
        <source>Taken over: you talk to the citizen</source>
        <translation>Overtaget: du taler med borgeren</translation>
    </message>
    <message>
        <source>You took the conversation over. End it with {0}.</source>
        <translation>Du overtog henvendelsen. Afslut den med {0}.</translation>
    </message>
    <message>
        <source>The conversation you took over ended.</source>
        <translation>Den henvendelse, du overtog, er afsluttet.</translation>
    </message>
    <message>
        <source>Monitoring: {0}</source>
        <translation>Overvåger: {0}</translation>
    </message>
</context>
<context>
    <name>MonitoredIndicator</name>
    <message>
        <source>listening</source>
        <translation>lytter med</translation>
    </message>
    <message>
        <source>coaching you</source>
        <translation>coacher dig</translation>
    </message>
    <message>
        <source>in the conversation</source>
        <translation>i henvendelsen</translation>
    </message>
    <message>
        <source>Being monitored by {0} ({1})</source>
        <translation>Overvåges af {0} ({1})</translation>
    </message>
    <message>
        <source>A supervisor monitors this conversation: Listen, Whisper or Barge</source>
        <translation>En teamleder overvåger denne henvendelse: Lyt med, Hvisk eller Bryd ind</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move conversation</source>
        <translation>Flyt henvendelse</translation>
    </message>
    <message>
        <source>{0} leaves the conversation and owes no wrap-up for it. The move is recorded in the audit log.</source>
        <translation>{0} forlader henvendelsen og skal ikke efterbehandle den. Flytningen registreres i revisionsloggen.</translation>
    </message>
    <message>
        <source>&amp;Next free agent (front of its queue)</source>
        <translation>&amp;Næste ledige medarbejder (forrest i køen)</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Kollega:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Nobody is free now</source>
        <translation>Ingen er ledige nu</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Hvad den næste person skal vide</translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation>&amp;Henvendelse:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
</context>
<context>
    <name>OfferToast</name>
    <message>
        <source>a call</source>
        <translation>et opkald</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>en chat</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>skjult nummer</translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation>Anmodning om konsultation</translation>
    </message>
    <message>
        <source>%1 asks you to join %2</source>
        <translation>%1 beder dig deltage i %2</translation>
    </message>
    <message>
        <source>Transferred to you</source>
        <translation>Viderestillet til dig</translation>
    </message>
    <message>
        <source>%1 hands you %2</source>
        <translation>%1 giver dig %2</translation>
    </message>
    <message>
        <source>A colleague hands you %1</source>
        <translation>En kollega giver dig %1</translation>
    </message>
    <message>
        <source>Callback to place</source>
        <translation>Tilbagekald at foretage</translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation>Ring borgeren op igen</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nyt opkald</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <source>From the queue</source>
        <translation>Fra køen</translation>
    </message>
    <message>
        <source>Incoming request</source>
        <translation>Indgående anmodning</translation>
    </message>
    <message>
        <source>&amp;Decline (Esc)</source>
        <translation>Af&amp;vis (Esc)</translation>
    </message>
    <message>
        <source>Decline: the next expert is asked (Shift+F5, Esc)</source>
        <translation>Afvis: den næste specialist bliver spurgt (Shift+F5, Esc)</translation>
    </message>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Accepter (F5)</translation>
    </message>
    <message>
        <source>Accept (F5, Enter)</source>
        <translation>Accepter (F5, Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n mere venter</numerusform>
            <numerusform>%n flere venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s tilbage</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Udløber…</translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Accepter (F5)</translation>
    </message>
    <message>
        <source>&amp;Reject (Shift+F5)</source>
        <translation>Af&amp;vis (Shift+F5)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>call</source>
        <translation>opkald</translation>
    </message>
    <message>
        <source>voice call from the browser</source>
        <translation>taleopkald fra browseren</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>videoopkald</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>%1 asks you to join a call</source>
        <translation>%1 beder dig deltage i et opkald</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 beder dig deltage</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Viderestillet af %1</translation>
    </message>
    <message>
        <source>New %1 · %2</source>
        <translation>Ny %1 · %2</translation>
    </message>
    <message>
        <source>sign language %1</source>
        <translation>tegnsprog %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>&amp;Join (F5)</source>
        <translation>&amp;Deltag (F5)</translation>
    </message>
    <message>
        <source>First contact from this number.</source>
        <translation>Første henvendelse fra dette nummer.</translation>
    </message>
    <message>
        <source>Contacted us %1 time(s) before; last on %2 about %3</source>
        <translation>Har kontaktet os %1 gang(e) før; senest %2 om %3</translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation>%1 · venter %2</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s tilbage</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Udløber…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <source>This call cannot be answered any more.</source>
        <translation>Opkaldet kan ikke længere besvares.</translation>
    </message>
    <message>
        <source>Could not answer the call: {error}</source>
        <translation>Kunne ikke besvare opkaldet: {error}</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call.</source>
        <translation>Tonesignaler kræver et forbundet opkald.</translation>
    </message>
    <message>
        <source>Could not send the keypad tones: {error}</source>
        <translation>Kunne ikke sende tonesignalerne: {error}</translation>
    </message>
    <message>
        <source>Could not connect the call&apos;s audio: {error}</source>
        <translation>Kunne ikke forbinde opkaldets lyd: {error}</translation>
    </message>
    <message>
        <source>The audio device failed ({error}): the other side hears silence.</source>
        <translation>Lydenheden svigtede ({error}): den anden part hører stilhed.</translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned articles</source>
        <translation>Fastgjorte artikler</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fastgjort</translation>
    </message>
    <message>
        <source>Show every pinned article</source>
        <translation>Vis alle fastgjorte artikler</translation>
    </message>
    <message>
        <source>Collapse to one line</source>
        <translation>Fold sammen til én linje</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Afspil</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Afspil eller pause (Mellemrum)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Afspilningshastighed</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Ikke klar</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Missed offer</source>
        <translation>Ubesvaret tilbud</translation>
    </message>
    <message>
        <source>Set by supervisor</source>
        <translation>Sat af teamleder</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Afbrudt forbindelse</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the evaluations again (F5)</source>
        <translation>Læs bedømmelserne igen (F5)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Bedømmer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bedømmelser</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Laveste</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Højeste</translation>
    </message>
    <message>
        <source>Average per agent</source>
        <translation>Gennemsnit pr. medarbejder</translation>
    </message>
    <message>
        <source>Score a conversation from the Conversations tab (Ctrl+7, then Ctrl+E).</source>
        <translation>Bedøm en henvendelse fra fanen Henvendelser (Ctrl+7, derefter Ctrl+E).</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vægt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Hvad det spørger om</translation>
    </message>
    <message>
        <source>Quality form</source>
        <translation>Kvalitetsskema</translation>
    </message>
    <message>
        <source>e.g. plain_language</source>
        <translation>f.eks. plain_language</translation>
    </message>
    <message>
        <source>Scored in new evaluations</source>
        <translation>Bedømmes i nye bedømmelser</translation>
    </message>
    <message>
        <source>Sa&amp;ve criterion</source>
        <translation>&amp;Gem kriterium</translation>
    </message>
    <message>
        <source>Add or change a criterion</source>
        <translation>Tilføj eller ret et kriterium</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Nøgle</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Vægt</translation>
    </message>
    <message>
        <source>Every criterion is scored 1–5; the total is their weighted average. A retired criterion keeps the scores it was given. Administrators change the form.</source>
        <translation>Hvert kriterium bedømmes 1–5; totalen er deres vægtede gennemsnit. Et udgået kriterium beholder de scorer, det har fået. Administratorer ændrer skemaet.</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Gemmes (dage)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Optagelser</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Størrelse (MB)</translation>
    </message>
    <message>
        <source>Retention per topic</source>
        <translation>Opbevaring pr. emne</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>emne-id</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>&amp;Keep for this long</source>
        <translation>Opbevar så &amp;længe</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Emne</translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation>&amp;Behold</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Quality not read: %1</source>
        <translation>Kvalitet ikke indlæst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation>
            <numerusform>%n bedømmelse i perioden</numerusform>
            <numerusform>%n bedømmelser i perioden</numerusform>
        </translation>
    </message>
    <message>
        <source>, average %1 of 5.</source>
        <translation>, gennemsnit %1 af 5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udgået</translation>
    </message>
    <message>
        <source>centre default</source>
        <translation>centerets standard</translation>
    </message>
    <message>
        <source>this topic&apos;s</source>
        <translation>emnets egen</translation>
    </message>
    <message>
        <source>last run %1, deleted %2</source>
        <translation>seneste kørsel %1, slettet %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ikke kørt endnu</translation>
    </message>
    <message>
        <source>Recordings are kept %1 days unless their topic says otherwise, then deleted by a daily job (%2; next run %3). Every deletion is in the audit log.</source>
        <translation>Optagelser gemmes i %1 dage, medmindre deres emne siger andet, og slettes derefter af et dagligt job (%2; næste kørsel %3). Hver sletning står i revisionsloggen.</translation>
    </message>
    <message>
        <source>A criterion needs a key and a title</source>
        <translation>Et kriterium skal have en nøgle og en titel</translation>
    </message>
    <message>
        <source>Criterion %1 saved</source>
        <translation>Kriterium %1 gemt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Vælg et emne</translation>
    </message>
    <message>
        <source>Recordings of %1 are kept %2 days</source>
        <translation>Optagelser af %1 gemmes i %2 dage</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Ikke angivet: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Længste ventetid</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>Self-service today</source>
        <translation>Selvbetjening i dag</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <source>Avg. answer</source>
        <translation>Gns. svartid</translation>
    </message>
    <message>
        <source>Avg. handling</source>
        <translation>Gns. behandling</translation>
    </message>
    <message>
        <source>Today: share answered within the threshold (short abandons not counted)</source>
        <translation>I dag: andel besvaret inden for grænsen (korte afbrud tælles ikke)</translation>
    </message>
    <message>
        <source>Today: share who left before an answer</source>
        <translation>I dag: andel, der gik, før de fik svar</translation>
    </message>
    <message>
        <source>Today: average speed of answer</source>
        <translation>I dag: gennemsnitlig svartid</translation>
    </message>
    <message>
        <source>Today: average handle time, talk and wrap-up</source>
        <translation>I dag: gennemsnitlig behandlingstid, samtale og efterbehandling</translation>
    </message>
    <message>
        <source>Agents with this skill who are logged in</source>
        <translation>Medarbejdere med denne kompetence, der er logget på</translation>
    </message>
    <message>
        <source>Citizens whose question a knowledge-base article answered today</source>
        <translation>Borgere, hvis spørgsmål en artikel i vidensbasen besvarede i dag</translation>
    </message>
    <message>
        <source>Citizens are waiting and nobody with this skill is available</source>
        <translation>Borgere venter, og ingen med denne kompetence er ledige</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Korte afbrud</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Svartid</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Efterbehandlingstid</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Viderestillingsrate</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Løst ved første kontakt</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>A citizen back on the same topic within this many days was not resolved</source>
        <translation>En borger, der vender tilbage om samme emne inden for så mange dage, blev ikke hjulpet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kør</translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation>Lav rapporten (F5)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as CSV (Ctrl+S)</source>
        <translation>Gem den viste tabel som CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Repeat &amp;window</source>
        <translation>Gentagelses&amp;vindue</translation>
    </message>
    <message>
        <source>Choose a period and press Run (F5).</source>
        <translation>Vælg en periode, og tryk på Kør (F5).</translation>
    </message>
    <message>
        <source>Conversations per topic</source>
        <translation>Henvendelser pr. emne</translation>
    </message>
    <message>
        <source>Offered and answered per half hour</source>
        <translation>Tilbudt og besvaret pr. halve time</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Citizens back on the same topic, per topic</source>
        <translation>Borgere tilbage om samme emne, pr. emne</translation>
    </message>
    <message>
        <source>Average quality score per criterion (1–5)</source>
        <translation>Gennemsnitlig kvalitetsscore pr. kriterium (1–5)</translation>
    </message>
    <message>
        <source>Quality per agent and topic</source>
        <translation>Kvalitet pr. medarbejder og emne</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Pr. emne</translation>
    </message>
    <message>
        <source>Day curve</source>
        <translation>Døgnkurve</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>Time × ugedag</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Pr. medarbejder</translation>
    </message>
    <message>
        <source>Hardest topics</source>
        <translation>Sværeste emner</translation>
    </message>
    <message>
        <source>Failure demand</source>
        <translation>Fejlefterspørgsel</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Laver rapporten…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Ingen rapport: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 offered, %4 answered, %5 abandoned (%6 within %7 s not counted), service level %8, speed of answer %9,&lt;br&gt;handle time %10, transfer rate %11, first-contact resolution %12, self-service answers %13, quality score %14.</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 tilbudt, %4 besvaret, %5 afbrudt (%6 inden for %7 s tælles ikke), serviceniveau %8, svartid %9,&lt;br&gt;behandlingstid %10, viderestillingsrate %11, løst ved første kontakt %12, selvbetjeningssvar %13, kvalitetsscore %14.</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afbrudt</translation>
    </message>
    <message numerus="yes">
        <source>The %n agent(s) with the fewest conversations are not shown (too many for one reply): filter by an agent, or print them all with cc-server report --by agent.</source>
        <translation>
            <numerusform>Den %n medarbejder med færrest henvendelser vises ikke (for mange til ét svar): filtrér på en medarbejder, eller udskriv dem alle med cc-server report --by agent.</numerusform>
            <numerusform>De %n medarbejdere med færrest henvendelser vises ikke (for mange til ét svar): filtrér på en medarbejder, eller udskriv dem alle med cc-server report --by agent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest handling: %1. Most transfers: %2. Lowest first-contact resolution: %3.</source>
        <translation>Længste behandling: %1. Flest viderestillinger: %2. Lavest løst ved første kontakt: %3.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts (%3) were followed by the same citizen on the same topic within %4 days; %5 citizens came back.</source>
        <translation>%1 af %2 henvendelser (%3) blev fulgt op af samme borger om samme emne inden for %4 dage; %5 borgere vendte tilbage.</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Gentagne henvendelser</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Rapporten er klar</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of these conversations, average %1 of 5.</source>
        <translation>
            <numerusform>%n bedømmelse af disse henvendelser, gennemsnit %1 af 5.</numerusform>
            <numerusform>%n bedømmelser af disse henvendelser, gennemsnit %1 af 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation of the period is scored yet: score one in the Conversations tab (Ctrl+E).</source>
        <translation>Ingen henvendelse i perioden er bedømt endnu: bedøm en i fanen Henvendelser (Ctrl+E).</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Gennemsnitlig score</translation>
    </message>
    <message>
        <source>Agent or topic</source>
        <translation>Medarbejder eller emne</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bedømmelser</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Laveste</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Højeste</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>emne</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gentagelser</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Gentagelsesrate</translation>
    </message>
    <message>
        <source>Nothing to export here</source>
        <translation>Intet at eksportere her</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n række gemt i %1</numerusform>
            <numerusform>%n rækker gemt i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Quit with live conversations?</source>
        <translation>Afslut med aktive henvendelser?</translation>
    </message>
    <message>
        <source>Sign out with live conversations?</source>
        <translation>Log af med aktive henvendelser?</translation>
    </message>
    <message>
        <source>Go offline with live conversations?</source>
        <translation>Gå offline med aktive henvendelser?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n live conversation(s):</source>
        <translation>
            <numerusform>Du har %n aktiv henvendelse:</numerusform>
            <numerusform>Du har %n aktive henvendelser:</numerusform>
        </translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefonopkald</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>%1, you were asked to join</source>
        <translation>%1, du blev bedt om at deltage</translation>
    </message>
    <message>
        <source>Handing back ends none of them: each goes to the colleague consulted on it, else to the front of its queue for the next free colleague, with everything written so far. You owe no wrap-up for them. Where you were only asked to join, you leave and the colleague who asked carries on.</source>
        <translation>Ingen af dem afsluttes, når du giver dem tilbage: hver går til den kollega, der blev konsulteret om den, ellers forrest i sin kø til den næste ledige kollega, med alt, hvad der er skrevet indtil nu. Du skal ikke efterbehandle dem. Hvor du kun blev bedt om at deltage, forlader du henvendelsen, og kollegaen, der spurgte, fortsætter.</translation>
    </message>
    <message>
        <source>A caller hears that they are back in line, then hold music.</source>
        <translation>Den, der ringer, får at vide, at de er tilbage i køen, og hører derefter ventemusik.</translation>
    </message>
    <message>
        <source>To give one to a particular department instead, choose Cancel and use Transfer… (%1) in its tab.</source>
        <translation>Vælg Annuller, og brug Viderestil… (%1) i fanen for at give en henvendelse til en bestemt afdeling i stedet.</translation>
    </message>
    <message>
        <source>To finish them first without new ones, choose Not ready (F9).</source>
        <translation>Vælg Ikke klar (F9) for at afslutte dem først uden at få nye.</translation>
    </message>
    <message>
        <source>&amp;Hand back and quit</source>
        <translation>&amp;Giv tilbage, og afslut</translation>
    </message>
    <message>
        <source>&amp;Hand back and sign out</source>
        <translation>&amp;Giv tilbage, og log af</translation>
    </message>
    <message>
        <source>&amp;Hand back and go offline</source>
        <translation>&amp;Giv tilbage, og gå offline</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Afslut alligevel</translation>
    </message>
    <message>
        <source>&amp;Sign out anyway</source>
        <translation>&amp;Log af alligevel</translation>
    </message>
    <message>
        <source>&amp;Go offline anyway</source>
        <translation>&amp;Gå offline alligevel</translation>
    </message>
    <message>
        <source>Handing back…</source>
        <translation>Giver tilbage…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing could be handed back. If you go anyway, the conversations stay yours on the server and come back when you sign in again; what you typed is kept.</source>
        <translation>Serveren kan ikke nås, så intet kunne gives tilbage. Hvis du går alligevel, forbliver henvendelserne dine på serveren og kommer tilbage, når du logger på igen; det, du har skrevet, bevares.</translation>
    </message>
    <message>
        <source>A call in progress ends when the app quits.</source>
        <translation>Et igangværende opkald afsluttes, når appen lukkes.</translation>
    </message>
    <message>
        <source>The server did not take every conversation back: %1</source>
        <translation>Serveren tog ikke alle henvendelser tilbage: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Behandlingstid</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>Skal planlægges</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation>P(vent)</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Svartid</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belægning</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Typed in, not from the history</source>
        <translation>Indtastet, ikke fra historikken</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planlæg</translation>
    </message>
    <message>
        <source>Plan the day with these targets (F5)</source>
        <translation>Planlæg dagen med disse mål (F5)</translation>
    </message>
    <message>
        <source>&amp;Clear typed-in figures</source>
        <translation>&amp;Ryd indtastede tal</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Service level</source>
        <translation>&amp;Serviceniveau</translation>
    </message>
    <message>
        <source>Answered &amp;within</source>
        <translation>Besvaret inden &amp;for</translation>
    </message>
    <message>
        <source>Shrin&amp;kage (breaks, training)</source>
        <translation>S&amp;vind (pauser, uddannelse)</translation>
    </message>
    <message>
        <source>Agents needed per half hour</source>
        <translation>Medarbejdere nødvendige pr. halve time</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>Skal planlægges</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planlægger %1…</translation>
    </message>
    <message>
        <source>Could not plan: %1</source>
        <translation>Kunne ikke planlægge: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Peak: %1 agents to schedule from %2. Demand averaged over %3.</source>
        <translation>Spidsbelastning: %1 medarbejdere skal planlægges fra %2. Efterspørgsel som gennemsnit over %3.</translation>
    </message>
    <message numerus="yes">
        <source>Short of agents in %n half hour(s) so far.</source>
        <translation>
            <numerusform>Mangler medarbejdere i %n halv time indtil nu.</numerusform>
            <numerusform>Mangler medarbejdere i %n halve timer indtil nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Planlagt %1</translation>
    </message>
</context>
<context>
    <name>SteppingIn</name>
    <message>
        <source>&amp;Move conversation…</source>
        <translation>&amp;Flyt henvendelse…</translation>
    </message>
    <message>
        <source>Give one of the selected agent&apos;s conversations to a colleague, a department or the next free agent</source>
        <translation>Giv en af den valgte medarbejders henvendelser til en kollega, en afdeling eller den næste ledige medarbejder</translation>
    </message>
    <message>
        <source>Could not load the directory: {0}</source>
        <translation>Kunne ikke indlæse telefonbogen: {0}</translation>
    </message>
    <message>
        <source>Could not move it: {0}</source>
        <translation>Kunne ikke flytte den: {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>til {0}</translation>
    </message>
    <message>
        <source>to the next free agent</source>
        <translation>til den næste ledige medarbejder</translation>
    </message>
    <message>
        <source>{0}&apos;s conversation moved {1}</source>
        <translation>{0}s henvendelse flyttet {1}</translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Ukendt bruger eller forkert adgangskode.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: {0}</source>
        <translation>Serveren afviste logon: {0}</translation>
    </message>
    <message>
        <source>Cannot reach the server at {0} ({1}).</source>
        <translation>Kan ikke få forbindelse til serveren på {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a supervisor account.</source>
        <translation>{0} er ikke en teamlederkonto.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>City Contact Centre — Supervisor</source>
        <translation>Kommunens Kontaktcenter — Teamleder</translation>
    </message>
    <message>
        <source>Force &amp;Not Ready…</source>
        <translation>Gennemtving &amp;Ikke klar…</translation>
    </message>
    <message>
        <source>Stop new work reaching the selected agent, with a reason they will see</source>
        <translation>Stop nyt arbejde til den valgte medarbejder med en årsag, som vedkommende kan se</translation>
    </message>
    <message>
        <source>Force &amp;Offline</source>
        <translation>Gennemtving &amp;Offline</translation>
    </message>
    <message>
        <source>Set the selected agent Offline</source>
        <translation>Sæt den valgte medarbejder Offline</translation>
    </message>
    <message>
        <source>Force &amp;Available</source>
        <translation>Gennemtving &amp;Ledig</translation>
    </message>
    <message>
        <source>Set the selected agent Available</source>
        <translation>Sæt den valgte medarbejder Ledig</translation>
    </message>
    <message>
        <source>&amp;Log Out Agent…</source>
        <translation>Log medarbejder &amp;af…</translation>
    </message>
    <message>
        <source>End the selected agent&apos;s session: their app is signed out</source>
        <translation>Afslut den valgte medarbejders session: medarbejderens app bliver logget af</translation>
    </message>
    <message>
        <source>&amp;Timeline Today…</source>
        <translation>&amp;Tidslinje i dag…</translation>
    </message>
    <message>
        <source>The selected agent&apos;s states today</source>
        <translation>Den valgte medarbejders statusser i dag</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>Ta&amp;vletilstand</translation>
    </message>
    <message>
        <source>&amp;Monitor conversation</source>
        <translation>Overvåg &amp;henvendelse</translation>
    </message>
    <message>
        <source>Listen to the selected agent&apos;s call or read their chat live</source>
        <translation>Lyt med på den valgte medarbejders opkald, eller læs chatten live</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Live view</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Vidensbase</translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation>&amp;Meddelelser</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>&amp;Staffing</source>
        <translation>&amp;Bemanding</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Henvendelser</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Kvalitet</translation>
    </message>
    <message>
        <source>New &amp;broadcast…</source>
        <translation>Ny &amp;meddelelse…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now</source>
        <translation>Fortæl alle medarbejdere eller et team noget nu</translation>
    </message>
    <message>
        <source>Find by name or reason</source>
        <translation>Find efter navn eller årsag</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Medarbejdere og specialister</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Specialister</translation>
    </message>
    <message>
        <source>Only queues with citizens waiting</source>
        <translation>Kun køer med ventende borgere</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Vidensbase</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Bemanding</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Overvåg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Medarbejder</translation>
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
        <source>Loading agents: %v of %m</source>
        <translation>Indlæser medarbejdere: %v af %m</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Indlæser medarbejdere</translation>
    </message>
    <message>
        <source>A new day: today&apos;s figures start again</source>
        <translation>En ny dag: dagens tal starter forfra</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Logget på som {0}</translation>
    </message>
    <message>
        <source>Signed in as {0} at {1}</source>
        <translation>Logget på som {0} kl. {1}</translation>
    </message>
    <message>
        <source>Request failed: {0}</source>
        <translation>Anmodningen mislykkedes: {0}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Forbindelsen mistet, genopretter…</translation>
    </message>
    <message>
        <source>Stale since {0}: reconnecting to the server…</source>
        <translation>Forældet siden {0}: genopretter forbindelsen til serveren…</translation>
    </message>
    <message>
        <source>City Contact Centre — Supervisor (stale since {0})</source>
        <translation>Kommunens Kontaktcenter — Teamleder (forældet siden {0})</translation>
    </message>
    <message>
        <source>{0}: a citizen has waited {1}</source>
        <translation>{0}: en borger har ventet {1}</translation>
    </message>
    <message>
        <source>{0}: service level today is {1}</source>
        <translation>{0}: serviceniveauet i dag er {1}</translation>
    </message>
    <message>
        <source>Wallboard alert</source>
        <translation>Tavlealarm</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} since {3}</source>
        <translation>{0} — {1}, {2} siden {3}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Log out agent</source>
        <translation>Log medarbejder af</translation>
    </message>
    <message>
        <source>Sign {0} out of the contact centre? Their app closes its session.</source>
        <translation>Log {0} af kontaktcenteret? Medarbejderens app lukker sin session.</translation>
    </message>
    <message>
        <source>Could not log out {0}: {1}</source>
        <translation>Kunne ikke logge {0} af: {1}</translation>
    </message>
    <message>
        <source>{0} was logged out</source>
        <translation>{0} blev logget af</translation>
    </message>
    <message>
        <source>No timeline for {0}: {1}</source>
        <translation>Ingen tidslinje for {0}: {1}</translation>
    </message>
    <message>
        <source>Monitor conversation</source>
        <translation>Overvåg henvendelse</translation>
    </message>
    <message>
        <source>{0} has {1} conversations. Which one do you monitor?</source>
        <translation>{0} har {1} henvendelser. Hvilken vil du overvåge?</translation>
    </message>
    <message>
        <source>Cannot monitor: {0}</source>
        <translation>Kan ikke overvåge: {0}</translation>
    </message>
    <message>
        <source>Could not change {0}: {1}</source>
        <translation>Kunne ikke ændre {0}: {1}</translation>
    </message>
    <message>
        <source>{0} set to {1}: {2}</source>
        <translation>{0} sat til {1}: {2}</translation>
    </message>
    <message>
        <source>{0} set to {1}</source>
        <translation>{0} sat til {1}</translation>
    </message>
    <message>
        <source>%1 scored %2 of 5</source>
        <translation>%1 fik %2 af 5</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Live view of the city hall&apos;s contact centre: queues, agents and their state, pushed by the routing server.</source>
        <translation>Liveoverblik over rådhusets kontaktcenter: køer, medarbejdere og deres status, sendt fra routingserveren.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnavn</translation>
    </message>
    <message>
        <source>&amp;New team</source>
        <translation>&amp;Nyt team</translation>
    </message>
    <message>
        <source>Create a team with the name typed (Ctrl+N)</source>
        <translation>Opret et team med det indtastede navn (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Give the selected team the name typed (F2)</source>
        <translation>Giv det valgte team det indtastede navn (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Medarbejdere og specialister</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Tilføj &amp;medlem</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Teamledere</translation>
    </message>
    <message>
        <source>Assign &amp;supervisor</source>
        <translation>Tildel &amp;teamleder</translation>
    </message>
    <message>
        <source>A supervisor sees and acts on the members of their teams only; an admin on everyone. While there is no team at all, every supervisor supervises everyone.</source>
        <translation>En teamleder ser og handler kun på medlemmerne af sine egne teams; en administrator på alle. Så længe der slet ingen teams er, er alle teamledere teamleder for alle.</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Team omdøbt</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Slet team</translation>
    </message>
    <message>
        <source>Delete the team {0}?</source>
        <translation>Vil du slette teamet {0}?</translation>
    </message>
    <message>
        <source>Its supervisors no longer supervise its {0} members.</source>
        <translation>Dets teamledere er ikke længere teamledere for dets {0} medlemmer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Team deleted</source>
        <translation>Team slettet</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} ændret</translation>
    </message>
    <message>
        <source>Could not create the team: {0}</source>
        <translation>Kunne ikke oprette teamet: {0}</translation>
    </message>
    <message>
        <source>Team {0} created</source>
        <translation>Team {0} oprettet</translation>
    </message>
    <message>
        <source>Teams: {0}</source>
        <translation>Teams: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>{0} today</source>
        <translation>{0} i dag</translation>
    </message>
</context>
<context>
    <name>TraySettingsDialog</name>
    <message>
        <source>Expert tray settings</source>
        <translation>Indstillinger for systembakke (specialist)</translation>
    </message>
    <message>
        <source>Automatic Away</source>
        <translation>Automatisk Væk</translation>
    </message>
    <message>
        <source>Set me &amp;Away after</source>
        <translation>Sæt mig til &amp;Væk efter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without input</source>
        <translation>Minutter uden aktivitet</translation>
    </message>
    <message>
        <source>without keyboard or mouse input</source>
        <translation>uden brug af tastatur eller mus</translation>
    </message>
    <message>
        <source>Only while you wait for requests (available or busy), never during a conversation. The first key or mouse move brings back what you had chosen.</source>
        <translation>Kun mens du venter på anmodninger (ledig eller optaget), aldrig under en henvendelse. Det første tastetryk eller musebevægelse gendanner det, du havde valgt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Start in the tray when I sign in to this computer</source>
        <translation>&amp;Start i systembakken, når jeg logger på denne computer</translation>
    </message>
    <message>
        <source>Windows: the Run key of your account</source>
        <translation>Windows: Run-nøglen for din konto</translation>
    </message>
    <message>
        <source>This computer tells the idle time through %1.</source>
        <translation>Denne computer oplyser inaktiv tid via %1.</translation>
    </message>
    <message>
        <source>Wayland desktops do not tell applications how long you have been idle.</source>
        <translation>Wayland-skriveborde oplyser ikke programmer om, hvor længe du har været inaktiv.</translation>
    </message>
    <message>
        <source>This display platform (%1) does not tell the idle time.</source>
        <translation>Denne skærmplatform (%1) oplyser ikke inaktiv tid.</translation>
    </message>
    <message>
        <source>The idle time cannot be read here (%1).</source>
        <translation>Den inaktive tid kan ikke læses her (%1).</translation>
    </message>
    <message>
        <source>Automatic Away is off: set Away yourself when you leave.</source>
        <translation>Automatisk Væk er slået fra: sæt selv Væk, når du går.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Kunne ikke ændre start ved logon: %1</translation>
    </message>
</context>
<context>
    <name>VideoCall</name>
    <message>
        <source>No camera found: the citizen sees a black picture.</source>
        <translation>Intet kamera fundet: borgeren ser et sort billede.</translation>
    </message>
    <message>
        <source>The camera stopped working ({error}).</source>
        <translation>Kameraet holdt op med at virke ({error}).</translation>
    </message>
    <message>
        <source>No microphone found: the citizen hears silence.</source>
        <translation>Ingen mikrofon fundet: borgeren hører stilhed.</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Mikrofonen {name} bruger et lydformat, som appen ikke kan læse.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Mikrofonen {name} kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Mikrofonen holdt op med at virke ({error}).</translation>
    </message>
    <message>
        <source>There is no camera in this call to switch.</source>
        <translation>Der er intet kamera at skifte i dette opkald.</translation>
    </message>
    <message>
        <source>There is no microphone in this call to switch.</source>
        <translation>Der er ingen mikrofon at skifte i dette opkald.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the citizen.</source>
        <translation>Ingen højttaler eller headset fundet: du vil ikke kunne høre borgeren.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Højttaleren {name} bruger et lydformat, som appen ikke kan afspille.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Højttaleren {name} kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Højttaleren holdt op med at virke ({error}).</translation>
    </message>
</context>
<context>
    <name>VideoCalls</name>
    <message>
        <source>The video call could not be connected.</source>
        <translation>Videoopkaldet kunne ikke forbindes.</translation>
    </message>
</context>
<context>
    <name>VideoChatWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Læg på</translation>
    </message>
    <message>
        <source>Hang up and end the call</source>
        <translation>Læg på, og afslut opkaldet</translation>
    </message>
    <message>
        <source>A video call cannot be transferred; an expert can join its chat.</source>
        <translation>Et videoopkald kan ikke viderestilles; en specialist kan deltage i chatten.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>The citizen hung up.</source>
        <translation>Borgeren lagde på.</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Opkald afsluttet</translation>
    </message>
    <message>
        <source>The citizen&apos;s connection was lost.</source>
        <translation>Forbindelsen til borgeren blev afbrudt.</translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation>Opkaldet kunne ikke forbindes.</translation>
    </message>
    <message>
        <source>%1: the call&apos;s media stopped; the chat goes on.</source>
        <translation>%1: opkaldets lyd og billede stoppede; chatten fortsætter.</translation>
    </message>
</context>
<context>
    <name>VideoDevicesDialog</name>
    <message>
        <source>Video call devices</source>
        <translation>Enheder til videoopkald</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (standard)</translation>
    </message>
    <message>
        <source>No camera found: the citizen sees black.</source>
        <translation>Intet kamera fundet: borgeren ser sort.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Waiting for the citizen&apos;s camera…</source>
        <translation>Venter på borgerens kamera…</translation>
    </message>
    <message>
        <source>The citizen&apos;s video</source>
        <translation>Borgerens video</translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation>Dit kamera</translation>
    </message>
    <message>
        <source>Your own video</source>
        <translation>Din egen video</translation>
    </message>
    <message>
        <source>Video call state</source>
        <translation>Status for videoopkald</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Taletid</translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation>&amp;Enheder…</translation>
    </message>
    <message>
        <source>Camera, microphone and speaker</source>
        <translation>Kamera, mikrofon og højttaler</translation>
    </message>
    <message>
        <source>Voice call from the browser: no pictures.</source>
        <translation>Taleopkald fra browseren: intet billede.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s call…</source>
        <translation>Venter på borgerens opkald…</translation>
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
        <source>Mute your microphone</source>
        <translation>Slå din mikrofon fra</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Kamera til</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera fra</translation>
    </message>
    <message>
        <source>Stop or start sending your picture</source>
        <translation>Stop eller start afsendelse af dit billede</translation>
    </message>
</context>
<context>
    <name>WallModeWidget</name>
    <message>
        <source>Wallboard</source>
        <translation>Tavle</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Free to take work</source>
        <translation>Ledige til arbejde</translation>
    </message>
    <message>
        <source>Connected agents who chose Available, owe no wrap-up and have room for one more conversation on some channel: the routing would offer them one now</source>
        <translation>Forbundne medarbejdere, der har valgt Ledig, ikke mangler efterbehandling og har plads til én henvendelse mere på en kanal: routingen ville tilbyde dem én nu</translation>
    </message>
    <message>
        <source>Citizens waiting</source>
        <translation>Ventende borgere</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Længste ventetid</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Serviceniveau i dag</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Afbrudt i dag</translation>
    </message>
    <message>
        <source>Avg. speed of answer</source>
        <translation>Gns. svartid</translation>
    </message>
    <message>
        <source>Avg. handle time</source>
        <translation>Gns. behandlingstid</translation>
    </message>
    <message>
        <source>On interactions</source>
        <translation>I henvendelser</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Ikke klar</translation>
    </message>
    <message>
        <source>Agents logged in</source>
        <translation>Medarbejdere logget på</translation>
    </message>
    <message>
        <source>Answered by self-service today</source>
        <translation>Besvaret via selvbetjening i dag</translation>
    </message>
    <message>
        <source>Answered within {0} s / (answered + abandoned after more than {1} s), today</source>
        <translation>Besvaret inden for {0} s / (besvaret + afbrudt efter mere end {1} s), i dag</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Above: the citizen. Below: the agent or expert. Click to seek.</source>
        <translation>Øverst: borgeren. Nederst: medarbejderen eller specialisten. Klik for at spole.</translation>
    </message>
</context>
<context>
    <name>WrapupWidget</name>
    <message>
        <source>Wrap-up</source>
        <translation>Efterbehandling</translation>
    </message>
    <message>
        <source>Complete the wrap-up to finish this conversation.</source>
        <translation>Udfyld efterbehandlingen for at afslutte denne henvendelse.</translation>
    </message>
    <message>
        <source>Add a wrap-up for this conversation, or skip it.</source>
        <translation>Tilføj en efterbehandling for denne henvendelse, eller spring den over.</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>Vælg et emne…</translation>
    </message>
    <message>
        <source>What was asked and what you did (optional)</source>
        <translation>Hvad der blev spurgt om, og hvad du gjorde (valgfrit)</translation>
    </message>
    <message>
        <source>&amp;Resolved at first contact</source>
        <translation>&amp;Løst ved første kontakt</translation>
    </message>
    <message>
        <source>&amp;Submit wrap-up</source>
        <translation>&amp;Indsend efterbehandling</translation>
    </message>
    <message>
        <source>Submit (%1)</source>
        <translation>Indsend (%1)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Spring over</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 af 5</translation>
    </message>
</context>
<context>
    <name>_PeopleBox</name>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected person from the team (Del)</source>
        <translation>Fjern den valgte person fra teamet (Del)</translation>
    </message>
</context>
</TS>
