<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AgentApp</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a minute, then try again.</source>
        <translation>Zbyt wiele nieudanych prób logowania. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This app does not match the server version. Please update it.</source>
        <translation>Ta aplikacja nie pasuje do wersji serwera. Zaktualizuj ją.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1.</source>
        <translation>Nie można połączyć się z serwerem %1.</translation>
    </message>
    <message>
        <source>This is an administrator account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) instead.</source>
        <translation>To jest konto administratora. Aplikacja konsultanta jest przeznaczona dla konsultantów i ekspertów: użyj aplikacji kierownika (cc-supervisor).</translation>
    </message>
    <message>
        <source>This is a supervisor account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) to watch queues and agents.</source>
        <translation>To jest konto kierownika. Aplikacja konsultanta jest przeznaczona dla konsultantów i ekspertów: do obserwowania kolejek i konsultantów użyj aplikacji kierownika (cc-supervisor).</translation>
    </message>
    <message>
        <source>This account (%1) cannot take conversations.</source>
        <translation>To konto (%1) nie może obsługiwać rozmów.</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Czas w stanie</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączony</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Skills: {0}</source>
        <translation>Umiejętności: {0}</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Obsługuje:</translation>
    </message>
    <message>
        <source>• {0} — {1} ({2}, {3})</source>
        <translation>• {0} — {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>mieszkaniec</translation>
    </message>
    <message>
        <source>Handling {0} more (details not received yet)</source>
        <translation>Obsługuje jeszcze {0} (szczegóły jeszcze nie dotarły)</translation>
    </message>
</context>
<context>
    <name>AgentTray</name>
    <message>
        <source>&amp;Open City Contact Centre</source>
        <translation>&amp;Otwórz Miejskie Centrum Kontaktu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Clear missed</source>
        <translation>&amp;Wyczyść nieodebrane</translation>
    </message>
    <message>
        <source>City Contact Centre — %1</source>
        <translation>Miejskie Centrum Kontaktu — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missed request(s)</source>
        <translation>
            <numerusform>%n nieodebrane zgłoszenie</numerusform>
            <numerusform>%n nieodebrane zgłoszenia</numerusform>
            <numerusform>%n nieodebranych zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 — %2, %3</source>
        <translation>Nieodebrane: %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>AgentWindow</name>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Dostępny</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>&amp;Niegotowy</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>N&amp;iedostępny</translation>
    </message>
    <message>
        <source>&amp;Toggle Available / Not ready</source>
        <translation>Prz&amp;ełącz Dostępny / Niegotowy</translation>
    </message>
    <message>
        <source>A&amp;ccept offer</source>
        <translation>&amp;Przyjmij zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Reject offer</source>
        <translation>&amp;Odrzuć zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>Rozłą&amp;cz</translation>
    </message>
    <message>
        <source>Hold / &amp;resume</source>
        <translation>Ws&amp;trzymaj / wznów</translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation>&amp;Wycisz / włącz mikrofon</translation>
    </message>
    <message>
        <source>&amp;Camera off / on (video call)</source>
        <translation>&amp;Kamera wył. / wł. (wideorozmowa)</translation>
    </message>
    <message>
        <source>Touch-tone &amp;keypad</source>
        <translation>K&amp;lawiatura tonowa</translation>
    </message>
    <message>
        <source>Call &amp;notes</source>
        <translation>&amp;Notatki do połączenia</translation>
    </message>
    <message>
        <source>C&amp;onsult an expert…</source>
        <translation>Kon&amp;sultuj z ekspertem…</translation>
    </message>
    <message>
        <source>&amp;Transfer to a department…</source>
        <translation>Prz&amp;ekaż do wydziału…</translation>
    </message>
    <message>
        <source>Con&amp;ference (citizen joins the consultation)</source>
        <translation>Kon&amp;ferencja (mieszkaniec dołącza do konsultacji)</translation>
    </message>
    <message>
        <source>Complete the trans&amp;fer (the expert takes over)</source>
        <translation>Zakończ przek&amp;azanie (ekspert przejmuje)</translation>
    </message>
    <message>
        <source>Cancel the cons&amp;ultation</source>
        <translation>Anuluj kons&amp;ultację</translation>
    </message>
    <message>
        <source>&amp;Staff chat</source>
        <translation>C&amp;zat wewnętrzny</translation>
    </message>
    <message>
        <source>&amp;End or close conversation</source>
        <translation>Zakończ lub za&amp;mknij rozmowę</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Następna &amp;rozmowa</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Poprze&amp;dnia rozmowa</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>Przejdź do pola w&amp;iadomości</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Przeszukaj &amp;bazę wiedzy</translation>
    </message>
    <message>
        <source>&amp;Insert article into chat</source>
        <translation>Wstaw art&amp;ykuł do czatu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>&amp;About City Contact Centre</source>
        <translation>&amp;O Miejskim Centrum Kontaktu</translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation>Urządzenia &amp;audio…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Stan</translation>
    </message>
    <message>
        <source>Not ready &amp;because…</source>
        <translation>Niegotowy, &amp;powód…</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Rozmowa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Zmień swój stan (F9 przełącza)</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Czas w tym stanie</translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation>Autoprzyjmowanie</translation>
    </message>
    <message>
        <source>Accept every offer as soon as it arrives</source>
        <translation>Przyjmuj każde zgłoszenie od razu po nadejściu</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Brak otwartych rozmów</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Mieszkaniec:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Wydział:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Rozpoczęto:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Wiadomości:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Z kim:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Identyfikator:</translation>
    </message>
    <message>
        <source>My session</source>
        <translation>Moja sesja</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Zalogowano:</translation>
    </message>
    <message>
        <source>Open conversations:</source>
        <translation>Otwarte rozmowy:</translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation>Obsłużone:</translation>
    </message>
    <message>
        <source>My topics</source>
        <translation>Moje tematy</translation>
    </message>
    <message>
        <source>Leave the conversation?</source>
        <translation>Opuścić rozmowę?</translation>
    </message>
    <message>
        <source>Leave the conversation with %1?</source>
        <translation>Opuścić rozmowę (%1)?</translation>
    </message>
    <message>
        <source>The colleague who asked you carries on alone.</source>
        <translation>Osoba, która Cię poprosiła, kontynuuje sama.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Opuść</translation>
    </message>
    <message>
        <source>Hang up?</source>
        <translation>Rozłączyć?</translation>
    </message>
    <message>
        <source>Hang up the call with %1?</source>
        <translation>Rozłączyć połączenie (%1)?</translation>
    </message>
    <message>
        <source>End the chat?</source>
        <translation>Zakończyć czat?</translation>
    </message>
    <message>
        <source>End the chat with %1?</source>
        <translation>Zakończyć czat (%1)?</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Zakończ czat</translation>
    </message>
    <message>
        <source>To pass it on instead, use Transfer… (%1).</source>
        <translation>Aby zamiast tego przekazać rozmowę, użyj polecenia Przekaż… (%1).</translation>
    </message>
    <message>
        <source>Press %1 again to confirm</source>
        <translation>Naciśnij ponownie %1, aby potwierdzić</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nowy wiersz w wiadomości</translation>
    </message>
    <message>
        <source>Submit wrap-up</source>
        <translation>Zatwierdź podsumowanie</translation>
    </message>
    <message>
        <source>Knowledge base: move through the articles</source>
        <translation>Baza wiedzy: przechodź między artykułami</translation>
    </message>
    <message>
        <source>Knowledge base: open the article</source>
        <translation>Baza wiedzy: otwórz artykuł</translation>
    </message>
    <message>
        <source>Knowledge base: clear the search, then back to the chat</source>
        <translation>Baza wiedzy: wyczyść wyszukiwanie i wróć do czatu</translation>
    </message>
    <message>
        <source>Directory: consult the selected person or department</source>
        <translation>Katalog: konsultuj z wybraną osobą lub wydziałem</translation>
    </message>
    <message>
        <source>Directory: transfer to the selected department</source>
        <translation>Katalog: przekaż do wybranego wydziału</translation>
    </message>
    <message>
        <source>Directory: star or unstar</source>
        <translation>Katalog: oznacz gwiazdką lub usuń gwiazdkę</translation>
    </message>
    <message>
        <source>Staff chat: send</source>
        <translation>Czat wewnętrzny: wyślij</translation>
    </message>
    <message>
        <source>About City Contact Centre</source>
        <translation>O Miejskim Centrum Kontaktu</translation>
    </message>
    <message>
        <source>City Contact Centre — Agent</source>
        <translation>Miejskie Centrum Kontaktu — Konsultant</translation>
    </message>
    <message>
        <source>One number and one chat for the whole city hall.
Open source, MIT licence.</source>
        <translation>Jeden numer i jeden czat dla całego urzędu miasta.
Oprogramowanie open source, licencja MIT.</translation>
    </message>
    <message>
        <source>No calls: the server did not take the softphone.</source>
        <translation>Brak połączeń: serwer nie zarejestrował softphone’a.</translation>
    </message>
    <message>
        <source>Ready for calls at %1</source>
        <translation>Gotowość do połączeń: %1</translation>
    </message>
    <message>
        <source>You missed an offer and are now Not ready. Press F9 when you are back.</source>
        <translation>Nie odebrano zgłoszenia, masz teraz stan Niegotowy. Naciśnij F9, gdy wrócisz.</translation>
    </message>
    <message>
        <source>Your presence was changed by %1.</source>
        <translation>Stan zmieniony przez: %1.</translation>
    </message>
    <message>
        <source>The offer timed out.</source>
        <translation>Czas na przyjęcie zgłoszenia minął.</translation>
    </message>
    <message>
        <source>The citizen left before the chat was accepted.</source>
        <translation>Mieszkaniec wyszedł, zanim czat został przyjęty.</translation>
    </message>
    <message>
        <source>The offer went to someone else.</source>
        <translation>Zgłoszenie trafiło do kogoś innego.</translation>
    </message>
    <message>
        <source>The offer was rejected.</source>
        <translation>Zgłoszenie zostało odrzucone.</translation>
    </message>
    <message>
        <source>New conversation: %1 (Ctrl+Tab to go there).</source>
        <translation>Nowa rozmowa: %1 (Ctrl+Tab, aby przejść).</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 opuszcza czat.</translation>
    </message>
    <message>
        <source>%1 joined your conversation with %2.</source>
        <translation>%1 dołącza do Twojej rozmowy (%2).</translation>
    </message>
    <message>
        <source>Not connected to the server: the request was not sent.</source>
        <translation>Brak połączenia z serwerem: żądanie nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Submit the wrap-up first.</source>
        <translation>Najpierw zatwierdź podsumowanie.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 pisze…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nowe: %1</translation>
    </message>
    <message>
        <source>Article inserted: edit it if needed, then press Enter to send.</source>
        <translation>Wstawiono artykuł: w razie potrzeby popraw go, a potem naciśnij Enter, aby wysłać.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ponowne łączenie…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niezalogowany</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Miejskie Centrum Kontaktu</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>You are available: the next chat will appear here.</source>
        <translation>Masz stan Dostępny: następny czat pojawi się tutaj.</translation>
    </message>
    <message>
        <source>Finish your wrap-up to receive new chats.</source>
        <translation>Zakończ podsumowanie, aby otrzymywać nowe czaty.</translation>
    </message>
    <message>
        <source>Press F9 or choose Available to start receiving chats.</source>
        <translation>Naciśnij F9 lub wybierz Dostępny, aby zacząć otrzymywać czaty.</translation>
    </message>
    <message>
        <source>Open a conversation to consult or transfer it.</source>
        <translation>Otwórz rozmowę, aby ją skonsultować lub przekazać.</translation>
    </message>
    <message>
        <source>&amp;Copy the article&apos;s short answer</source>
        <translation>Kopiuj krótką odpowiedź z art&amp;ykułu</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>od %1</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the citizen asks, in their words</source>
        <translation>O co pyta mieszkaniec, jego słowami</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Artykuły publiczne widzą także mieszkańcy</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Wydział:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Odbiorcy:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Ważny &amp;od:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Ważny &amp;do:</translation>
    </message>
    <message>
        <source>Queues this article answers: agents there get it suggested</source>
        <translation>Kolejki, których dotyczy artykuł: ich konsultanci zobaczą go w sugestiach</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Other words people use, e.g. bin, dustbin, trash</source>
        <translation>Inne słowa, których używają ludzie, np. kosz, śmietnik, pojemnik</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;ematy:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Słowa kluczowe:</translation>
    </message>
    <message>
        <source>S&amp;ynonyms:</source>
        <translation>S&amp;ynonimy:</translation>
    </message>
    <message>
        <source>The answer, in Markdown</source>
        <translation>Odpowiedź w formacie Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>What changed and why (shown in History)</source>
        <translation>Co się zmieniło i dlaczego (widoczne w Historii)</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>&amp;Notatka o zmianie:</translation>
    </message>
    <message>
        <source>Restored revision {0}</source>
        <translation>Przywrócono wersję {0}</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nowy artykuł</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation>★ przypięty</translation>
    </message>
    <message>
        <source>revision {0} by {1}, {2}</source>
        <translation>wersja {0}, autor: {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <source>History of “{0}”</source>
        <translation>Historia „{0}”</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>&amp;Restore into editor</source>
        <translation>&amp;Przywróć do edytora</translation>
    </message>
    <message>
        <source>Put this revision&apos;s title and text into the editor; save to keep it</source>
        <translation>Wstaw tytuł i treść tej wersji do edytora; zapisz, aby je zachować</translation>
    </message>
    <message>
        <source>No revisions</source>
        <translation>Brak wersji</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Wydział</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Jęz.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Wyświetlenia</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Konsultanci</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Pinned: every agent sees it as a banner</source>
        <translation>Przypięty: każdy konsultant widzi go jako baner</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Artykuły publiczne widzą także mieszkańcy</translation>
    </message>
    <message>
        <source>Times the article was opened</source>
        <translation>Liczba otwarć artykułu</translation>
    </message>
    <message>
        <source>Times an agent said the article answered it</source>
        <translation>Ile razy konsultant zaznaczył, że artykuł odpowiedział na pytanie</translation>
    </message>
    <message>
        <source>Citizens whose question the article answered (self-service)</source>
        <translation>Mieszkańcy, na których pytanie odpowiedział artykuł (samoobsługa)</translation>
    </message>
    <message>
        <source>Pinned, but agents see only published articles</source>
        <translation>Przypięty, ale konsultanci widzą tylko opublikowane artykuły</translation>
    </message>
    <message>
        <source>Revision {0} by {1}</source>
        <translation>Wersja {0}, autor: {1}</translation>
    </message>
    <message>
        <source>Valid {0} – {1}</source>
        <translation>Ważny {0} – {1}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tagi: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowany</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Wycofany</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Public</source>
        <translation>Publiczny</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Tylko dla pracowników</translation>
    </message>
</context>
<context>
    <name>AudioBridge</name>
    <message>
        <source>No audio device</source>
        <translation>Brak urządzenia audio</translation>
    </message>
    <message>
        <source>No microphone found: the call works but the other side hears silence.</source>
        <translation>Nie znaleziono mikrofonu: połączenie działa, ale rozmówca słyszy ciszę.</translation>
    </message>
    <message>
        <source>WAV file {name}</source>
        <translation>Plik WAV {name}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Nie można odczytać {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Nie można zapisać {path}: {error}</translation>
    </message>
    <message>
        <source>Audio file error: {error}</source>
        <translation>Błąd pliku audio: {error}</translation>
    </message>
    <message>
        <source>System audio</source>
        <translation>Dźwięk systemowy</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Mikrofon {name} używa formatu audio, którego ta aplikacja nie potrafi odczytać.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Nie można otworzyć mikrofonu {name}.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Nie znaleziono głośnika ani zestawu słuchawkowego: nie usłyszysz rozmówcy.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Głośnik {name} używa formatu audio, którego ta aplikacja nie potrafi odtworzyć.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Nie można otworzyć głośnika {name}.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Mikrofon przestał działać ({error}).</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Głośnik przestał działać ({error}).</translation>
    </message>
    <message>
        <source>No audio device found: the call works but the other side hears silence and you will not hear the caller.</source>
        <translation>Nie znaleziono urządzenia audio: połączenie działa, ale rozmówca słyszy ciszę, a Ty nie usłyszysz rozmówcy.</translation>
    </message>
    <message>
        <source>The sound system cannot be used ({error}): calls connect, but without microphone and speaker. Install PulseAudio&apos;s client library (libpulse0).</source>
        <translation>Nie można użyć systemu dźwięku ({error}): połączenia działają, ale bez mikrofonu i głośnika. Zainstaluj bibliotekę klienta PulseAudio (libpulse0).</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <source>Audio devices</source>
        <translation>Urządzenia audio</translation>
    </message>
    <message>
        <source>No audio device found. Calls still connect, but the other side hears silence and you hear nothing. Plug in a headset and reopen this dialog.</source>
        <translation>Nie znaleziono urządzenia audio. Połączenia nadal działają, ale rozmówca słyszy ciszę, a Ty nic nie słyszysz. Podłącz zestaw słuchawkowy i ponownie otwórz to okno.</translation>
    </message>
    <message>
        <source>No microphone found: the other side will hear silence.</source>
        <translation>Nie znaleziono mikrofonu: rozmówca usłyszy ciszę.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Nie znaleziono głośnika ani zestawu słuchawkowego: nie usłyszysz rozmówcy.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Głośnik:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślne systemowe</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (domyślne)</translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <source>Broadcast from a supervisor</source>
        <translation>Komunikat od kierownika</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Oznacz jako przeczytany</translation>
    </message>
    <message>
        <source>Mark read and show the next</source>
        <translation>Oznacz jako przeczytany i pokaż następny</translation>
    </message>
    <message>
        <source>Dismiss (counts as read)</source>
        <translation>Zamknij (liczy się jako przeczytany)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>wszyscy pracownicy</translation>
    </message>
    <message>
        <source>{0} to {1}, {2}</source>
        <translation>{0} → {1}, {2}</translation>
    </message>
    <message>
        <source>(+{0} more)</source>
        <translation>(+{0} więcej)</translation>
    </message>
</context>
<context>
    <name>BroadcastsPage</name>
    <message>
        <source>&amp;New broadcast…</source>
        <translation>&amp;Nowy komunikat…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now (Ctrl+B)</source>
        <translation>Przekaż coś teraz wszystkim pracownikom lub zespołowi (Ctrl+B)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Przeczytane</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Today&apos;s broadcasts</source>
        <translation>Dzisiejsze komunikaty</translation>
    </message>
    <message>
        <source>read by {0} of {1}</source>
        <translation>przeczytało {0} z {1}</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Wszyscy pracownicy</translation>
    </message>
    <message>
        <source>Broadcast not sent: {0}</source>
        <translation>Nie wysłano komunikatu: {0}</translation>
    </message>
    <message>
        <source>Broadcast sent to {0} people</source>
        <translation>Wysłano komunikat (liczba odbiorców: {0})</translation>
    </message>
</context>
<context>
    <name>CallWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Leave the call: the agent stays with the caller</source>
        <translation>Opuść połączenie: konsultant zostaje z rozmówcą</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Stan połączenia</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Czas rozmowy</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Klawiatura</translation>
    </message>
    <message>
        <source>Send touch tones</source>
        <translation>Wysyłaj sygnały tonowe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Notes (they go into the wrap-up):</source>
        <translation>&amp;Notatki (trafią do podsumowania):</translation>
    </message>
    <message>
        <source>What the caller asks, what you promised…</source>
        <translation>O co pyta rozmówca, co mu obiecano…</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Notatki do połączenia</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Numer zastrzeżony</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Earlier contacts from this number: %1</source>
        <translation>Wcześniejsze kontakty z tego numeru: %1</translation>
    </message>
    <message>
        <source>No earlier contacts from this number.</source>
        <translation>Brak wcześniejszych kontaktów z tego numeru.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Wysłano %1</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>Rozmówca się rozłączył.</translation>
    </message>
    <message>
        <source>The call was lost: %1</source>
        <translation>Połączenie zostało przerwane: %1</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Dzwonienie…</translation>
    </message>
    <message>
        <source>On hold — the caller hears music</source>
        <translation>Wstrzymane — rozmówca słyszy muzykę</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Rozłączanie…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Połączenie zakończone</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>wyciszono</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Take the caller back</source>
        <translation>Wróć do rozmówcy</translation>
    </message>
    <message>
        <source>Put the caller on hold with music</source>
        <translation>Wstrzymaj połączenie (rozmówca słyszy muzykę)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Wyłącz wyciszenie</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation>Wycisz mikrofon</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>call</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>video</source>
        <translation>wideo</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>C&amp;onsult…</source>
        <translation>K&amp;onsultuj…</translation>
    </message>
    <message>
        <source>Ask an expert to join</source>
        <translation>Poproś eksperta o dołączenie</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Przekaż…</translation>
    </message>
    <message>
        <source>Send it to a department&apos;s queue</source>
        <translation>Wyślij do kolejki wydziału</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Zakończ czat</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>Zakończ tę rozmowę</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Opuść</translation>
    </message>
    <message>
        <source>Leave the conversation: the agent keeps it</source>
        <translation>Opuść rozmowę: konsultant ją zachowuje</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Napisz odpowiedź…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Wyślij (Enter) · nowy wiersz: Shift+Enter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zam&amp;knij</translation>
    </message>
    <message>
        <source>Close this tab</source>
        <translation>Zamknij tę kartę</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 pisze…</translation>
    </message>
    <message>
        <source>Submit the wrap-up before closing this conversation.</source>
        <translation>Zatwierdź podsumowanie przed zamknięciem tej rozmowy.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Rozmowa jest zakończona.</translation>
    </message>
    <message>
        <source>You were asked to join: only the agent can consult or transfer.</source>
        <translation>Poproszono Cię o dołączenie: tylko konsultant może konsultować lub przekazywać.</translation>
    </message>
    <message>
        <source>One consultation at a time: cancel or complete this one first.</source>
        <translation>Jedna konsultacja naraz: najpierw anuluj lub zakończ bieżącą.</translation>
    </message>
    <message>
        <source>Conference: %1 now sees %2&apos;s messages.</source>
        <translation>Konferencja: %1 widzi teraz wiadomości od %2.</translation>
    </message>
    <message>
        <source>Conference: the citizen is in the conversation now.</source>
        <translation>Konferencja: mieszkaniec jest teraz w rozmowie.</translation>
    </message>
    <message>
        <source>%1 (%2) joined the conversation.</source>
        <translation>%1 (%2) dołącza do rozmowy.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 dołącza do rozmowy.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 opuszcza rozmowę.</translation>
    </message>
    <message>
        <source>Transferred to %1: the citizen keeps their place in line.</source>
        <translation>Przekazano do: %1. Mieszkaniec zachowuje miejsce w kolejce.</translation>
    </message>
    <message>
        <source>No callback: %1</source>
        <translation>Nie zarejestrowano oddzwonienia: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Callback registered for %1 (position %2).</source>
        <translation>Zarejestrowano oddzwonienie: %1 (pozycja %2).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>Conference: the citizen sees your messages now.</source>
        <translation>Konferencja: mieszkaniec widzi teraz Twoje wiadomości.</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 prosi Cię o dołączenie</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Przekazane przez: %1</translation>
    </message>
    <message>
        <source>You were asked to consult: write to the agent in the staff chat. You can write to the citizen once the agent makes it a conference.</source>
        <translation>Poproszono Cię o konsultację: pisz do konsultanta na czacie wewnętrznym. Do mieszkańca możesz pisać, gdy konsultant utworzy konferencję.</translation>
    </message>
    <message>
        <source>the expert</source>
        <translation>ekspert</translation>
    </message>
    <message>
        <source>%1 took over this conversation.</source>
        <translation>%1 przejmuje tę rozmowę.</translation>
    </message>
    <message>
        <source>You transferred the conversation to %1.</source>
        <translation>Przekazano rozmowę do: %1.</translation>
    </message>
    <message>
        <source>You handed the conversation back: a colleague takes it from here.</source>
        <translation>Oddano rozmowę: dalej poprowadzi ją inna osoba.</translation>
    </message>
    <message>
        <source>You handed the conversation to %1.</source>
        <translation>Przekazano rozmowę: %1.</translation>
    </message>
    <message>
        <source>You left the conversation.</source>
        <translation>Opuszczono rozmowę.</translation>
    </message>
    <message>
        <source>%1 ended the consultation.</source>
        <translation>%1 kończy konsultację.</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 opuszcza czat.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Rozmowa się zakończyła.</translation>
    </message>
    <message>
        <source>Your part in this conversation is over.</source>
        <translation>Twój udział w tej rozmowie się zakończył.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>rozpoczęto %1</translation>
    </message>
    <message>
        <source>Your part ended at %1</source>
        <translation>Twój udział zakończył się o %1</translation>
    </message>
    <message>
        <source>Conversation ended by the citizen at %1</source>
        <translation>Mieszkaniec zakończył rozmowę o %1</translation>
    </message>
    <message>
        <source>You ended the conversation at %1</source>
        <translation>Zakończono rozmowę o %1</translation>
    </message>
    <message>
        <source>Conversation ended</source>
        <translation>Rozmowa zakończona</translation>
    </message>
</context>
<context>
    <name>ComposeBroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Nowy komunikat</translation>
    </message>
    <message>
        <source>Appears at once in the app of everyone you address (and when they next sign in today). You see how many have read it.</source>
        <translation>Pojawia się od razu w aplikacji każdego adresata (oraz przy jego następnym logowaniu dzisiaj). Zobaczysz, ile osób go przeczytało.</translation>
    </message>
    <message>
        <source>What everyone needs to know now</source>
        <translation>Co wszyscy muszą teraz wiedzieć</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Wszyscy pracownicy</translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation>{0} (osoby: {1})</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Bez artykułu</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Pinned article:</source>
        <translation>&amp;Przypięty artykuł:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>{0} of {1} characters</source>
        <translation>{0} z {1} znaków</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>Kon&amp;ferencja</translation>
    </message>
    <message>
        <source>The citizen joins you and the expert</source>
        <translation>Mieszkaniec dołącza do Ciebie i eksperta</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>Zakończ przek&amp;azanie</translation>
    </message>
    <message>
        <source>The expert takes the conversation over; you leave and wrap up</source>
        <translation>Ekspert przejmuje rozmowę; opuszczasz ją i wypełniasz podsumowanie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the consultation: the citizen is back with you alone</source>
        <translation>Anuluj konsultację: mieszkaniec znów jest tylko z Tobą</translation>
    </message>
    <message>
        <source>Keep waiting in the queue</source>
        <translation>Czekaj dalej w kolejce</translation>
    </message>
    <message>
        <source>Transfer the conversation to the department&apos;s queue: the citizen keeps their place and the first free expert takes it</source>
        <translation>Przekaż rozmowę do kolejki wydziału: mieszkaniec zachowuje miejsce, a rozmowę przejmie pierwszy wolny ekspert</translation>
    </message>
    <message>
        <source>Citizen&apos;s phone number</source>
        <translation>Numer telefonu mieszkańca</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Numer do oddzwonienia</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Oddzwoń</translation>
    </message>
    <message>
        <source>Register a callback: the citizen is phoned when an expert is free</source>
        <translation>Zarejestruj oddzwonienie: mieszkaniec otrzyma telefon, gdy zwolni się ekspert</translation>
    </message>
    <message>
        <source>The caller hears music.</source>
        <translation>Rozmówca słyszy muzykę.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Zapytanie do: %1…</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Dzwonienie: %1…</translation>
    </message>
    <message>
        <source>Waiting for %1 (position %2) — nobody free</source>
        <translation>Oczekiwanie na: %1 (pozycja %2) — nikt nie jest wolny</translation>
    </message>
    <message>
        <source>Waiting for %1 — nobody free</source>
        <translation>Oczekiwanie na: %1 — nikt nie jest wolny</translation>
    </message>
    <message>
        <source>Nobody of %1 is signed in now.</source>
        <translation>%1: nikt nie jest teraz zalogowany.</translation>
    </message>
    <message>
        <source>The expert did not answer.</source>
        <translation>Ekspert nie odpowiedział.</translation>
    </message>
    <message>
        <source>The expert declined.</source>
        <translation>Ekspert odmówił.</translation>
    </message>
    <message>
        <source>Keep the citizen waiting in the queue, or register a callback.</source>
        <translation>Pozostaw mieszkańca w kolejce lub zarejestruj oddzwonienie.</translation>
    </message>
    <message>
        <source>%1 is with you</source>
        <translation>%1 jest z Tobą</translation>
    </message>
    <message>
        <source>The caller hears music until you make it a conference.</source>
        <translation>Rozmówca słyszy muzykę, dopóki nie utworzysz konferencji.</translation>
    </message>
    <message>
        <source>The citizen does not see %1 until you make it a conference.</source>
        <translation>Mieszkaniec nie widzi wiadomości od %1, dopóki nie utworzysz konferencji.</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Konferencja z: %1</translation>
    </message>
    <message>
        <source>Everyone hears everyone.</source>
        <translation>Wszyscy słyszą wszystkich.</translation>
    </message>
    <message>
        <source>The citizen sees %1&apos;s messages.</source>
        <translation>Mieszkaniec widzi wiadomości od %1.</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Przekazano: %1</translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation>Anulowano konsultację.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 opuszcza rozmowę.</translation>
    </message>
    <message>
        <source>%1&apos;s app lost its connection.</source>
        <translation>Utracono połączenie z aplikacją: %1.</translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation>Konsultacja zakończona</translation>
    </message>
    <message>
        <source>&amp;End consultation</source>
        <translation>&amp;Zakończ konsultację</translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation>Konferencja: %1</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Zakończ: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Anuluj: %1</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Oddzwoń: %1</translation>
    </message>
</context>
<context>
    <name>ConsultPicker</name>
    <message>
        <source>Consult an expert</source>
        <translation>Konsultacja z ekspertem</translation>
    </message>
    <message>
        <source>Who should join your conversation with %1?</source>
        <translation>Kto ma dołączyć do rozmowy (%1)?</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>Przekazanie do wydziału</translation>
    </message>
    <message>
        <source>Which department&apos;s queue should %1 wait in? They keep their place in line.</source>
        <translation>W kolejce którego wydziału ma czekać %1? Miejsce w kolejce zostaje zachowane.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>mieszkaniec</translation>
    </message>
    <message>
        <source>What the expert should know (shown when it rings)</source>
        <translation>Co ekspert powinien wiedzieć (widoczne podczas dzwonienia)</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Co powinna wiedzieć następna osoba</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Konsultuj</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Przekaż</translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation>Wybierz wydział lub osobę.</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Arrived</source>
        <translation>Nadejście</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Topic and tags</source>
        <translation>Temat i tagi</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Przekazana</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>nobody (abandoned)</source>
        <translation>nikt (porzucona)</translation>
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
        <translation>nazwa użytkownika</translation>
    </message>
    <message>
        <source>topic or tag</source>
        <translation>temat lub tag</translation>
    </message>
    <message>
        <source>digits of the number</source>
        <translation>cyfry numeru</translation>
    </message>
    <message>
        <source>words in the chat</source>
        <translation>słowa w czacie</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>Transferred or not</source>
        <translation>Przekazane lub nie</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Przekazane</translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation>Nieprzekazane</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>dowolna długość</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation>Szukaj z tymi filtrami (Enter)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>K&amp;onsultant</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;emat</translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation>&amp;Rozmówca</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anał</translation>
    </message>
    <message>
        <source>Transfe&amp;rred</source>
        <translation>Przekaza&amp;ne</translation>
    </message>
    <message>
        <source>Lo&amp;nger than</source>
        <translation>Dłu&amp;ższe niż</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Znalezione rozmowy</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Wczytaj &amp;więcej</translation>
    </message>
    <message>
        <source>Pick a conversation to read or play it.</source>
        <translation>Wybierz rozmowę, aby ją przeczytać lub odtworzyć.</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tagi rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation>Zapisz &amp;tagi</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Save the recording or transcript (Ctrl+S)</source>
        <translation>Zapisz nagranie lub transkrypcję (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>O&amp;ceń…</translation>
    </message>
    <message>
        <source>Score this conversation (Ctrl+E)</source>
        <translation>Oceń tę rozmowę (Ctrl+E)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Pokazano %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>Znaleziono %n rozmowę</numerusform>
            <numerusform>Znaleziono %n rozmowy</numerusform>
            <numerusform>Znaleziono %n rozmów</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>Pobieranie nagrania…</translation>
    </message>
    <message>
        <source>Recording ready: Space plays it</source>
        <translation>Nagranie gotowe: Space je odtwarza</translation>
    </message>
    <message>
        <source>Could not open it: %1</source>
        <translation>Nie można otworzyć: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No transcript: a call without a recording.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Brak transkrypcji: połączenie bez nagrania.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Zapisano tagi</translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation>Nie zapisano tagów: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Dźwięk WAV (*.wav)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Nobody answered it: there is nobody to score</source>
        <translation>Nikt jej nie odebrał: nie ma kogo oceniać</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Offline</source>
        <translation>Niedostępny</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Niegotowy</translation>
    </message>
    <message>
        <source>In wrap-up</source>
        <translation>W podsumowaniu</translation>
    </message>
    <message>
        <source>No softphone: cannot take calls</source>
        <translation>Brak softphone’a: nie może odbierać połączeń</translation>
    </message>
    <message>
        <source>Busy: cannot take a call now</source>
        <translation>Zajęty: nie może teraz odebrać połączenia</translation>
    </message>
    <message>
        <source>Busy: no room for another chat</source>
        <translation>Zajęty: brak miejsca na kolejny czat</translation>
    </message>
    <message>
        <source>That is you</source>
        <translation>To Ty</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <source>First-line colleagues</source>
        <translation>Konsultanci pierwszej linii</translation>
    </message>
    <message>
        <source>Takes calls</source>
        <translation>Odbiera połączenia</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>Wolni: %1 z %2</translation>
    </message>
    <message>
        <source>No experts</source>
        <translation>Brak ekspertów</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>Oczekuje: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Tematy: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message>
        <source>Find a person, department or topic</source>
        <translation>Znajdź osobę, wydział lub temat</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Przeszukaj katalog</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Konsultuj</translation>
    </message>
    <message>
        <source>Ask them to join the conversation (Enter)</source>
        <translation>Poproś o dołączenie do rozmowy (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Przekaż</translation>
    </message>
    <message>
        <source>Send the conversation to the department&apos;s queue (Shift+Enter)</source>
        <translation>Wyślij rozmowę do kolejki wydziału (Shift+Enter)</translation>
    </message>
    <message>
        <source>in 1 conversation</source>
        <translation>w 1 rozmowie</translation>
    </message>
    <message>
        <source>in %1 conversations</source>
        <translation>w rozmowach: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>Consult: the first free expert of %1 joins.</source>
        <translation>Konsultacja: dołączy pierwszy wolny ekspert (%1).</translation>
    </message>
    <message>
        <source>Nobody of %1 is free now: a consultation waits in its queue.</source>
        <translation>%1: nikt nie jest teraz wolny, konsultacja czeka w kolejce.</translation>
    </message>
    <message>
        <source>&amp;Consult first free</source>
        <translation>&amp;Konsultuj z pierwszym wolnym</translation>
    </message>
    <message>
        <source>The first free expert of %1 joins (Enter)</source>
        <translation>Dołączy pierwszy wolny ekspert: %1 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer to queue</source>
        <translation>&amp;Przekaż do kolejki</translation>
    </message>
    <message>
        <source>Send the conversation to the queue of %1 (Shift+Enter)</source>
        <translation>Wyślij rozmowę do kolejki: %1 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Only a department&apos;s queue takes transfers</source>
        <translation>Przekazania przyjmuje tylko kolejka wydziału</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Usuń gwiazdkę</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Oznacz gwiazdką</translation>
    </message>
    <message>
        <source>Favourites come first in the directory (%1)</source>
        <translation>Ulubione są na początku katalogu (%1)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Score the conversation</source>
        <translation>Ocena rozmowy</translation>
    </message>
    <message>
        <source>&amp;Whom you score:</source>
        <translation>&amp;Kogo oceniasz:</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Wczytywanie formularza…</translation>
    </message>
    <message>
        <source>What went well, what to coach (the agent&apos;s team lead reads it)</source>
        <translation>Co poszło dobrze, nad czym popracować (czyta to lider zespołu konsultanta)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Submit the scores (Ctrl+Enter)</source>
        <translation>Wyślij oceny (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>Ko&amp;mentarz</translation>
    </message>
    <message>
        <source>The form could not be loaded: %1</source>
        <translation>Nie można wczytać formularza: %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Weight in the total</source>
        <translation>Waga w wyniku łącznym</translation>
    </message>
    <message>
        <source>You scored %1 on %2 (%3 of 5): submitting replaces it.</source>
        <translation>Twoja ocena: %1, %2 (%3 z 5). Wysłanie ją zastąpi.</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt; of 5 (weighted)</source>
        <translation>Razem: &lt;b&gt;%1&lt;/b&gt; z 5 (średnia ważona)</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria still to score</source>
        <translation>
            <numerusform>Pozostało %n kryterium do oceny</numerusform>
            <numerusform>Pozostały %n kryteria do oceny</numerusform>
            <numerusform>Pozostało %n kryteriów do oceny</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source> — the form changed: close and score again.</source>
        <translation> — formularz się zmienił: zamknij i oceń ponownie.</translation>
    </message>
    <message>
        <source>Sending… wait for the answer.</source>
        <translation>Wysyłanie… poczekaj na odpowiedź.</translation>
    </message>
    <message>
        <source>Unsent scores</source>
        <translation>Niewysłane oceny</translation>
    </message>
    <message>
        <source>Discard the scores you have not submitted?</source>
        <translation>Odrzucić niewysłane oceny?</translation>
    </message>
</context>
<context>
    <name>ExpertMode</name>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>wszyscy pracownicy</translation>
    </message>
    <message>
        <source>No system tray here: this window stands in for it.</source>
        <translation>Brak zasobnika systemowego: to okno go zastępuje.</translation>
    </message>
    <message>
        <source>No input for %1: you are Away. Move the mouse to come back.</source>
        <translation>Brak aktywności przez %1: masz stan Nieobecny. Porusz myszą, aby wrócić.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Nieobecny</translation>
    </message>
    <message>
        <source>Welcome back: %1 again.</source>
        <translation>Witaj ponownie: znów %1.</translation>
    </message>
</context>
<context>
    <name>ExpertPresence</name>
    <message>
        <source>&amp;Available for consultations</source>
        <translation>&amp;Dostępny do konsultacji</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;Zajęty</translation>
    </message>
    <message>
        <source>Signed in, but no consultations for now</source>
        <translation>Zalogowany, ale na razie bez konsultacji</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>&amp;Nieobecny</translation>
    </message>
    <message>
        <source>Not at the computer: nothing is offered to you</source>
        <translation>Poza komputerem: nie otrzymujesz żadnych zgłoszeń</translation>
    </message>
    <message>
        <source>Busy &amp;because…</source>
        <translation>Zajęty, &amp;powód…</translation>
    </message>
    <message>
        <source>Available for consultations</source>
        <translation>Dostępny do konsultacji</translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation>W rozmowie</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Busy — %1</source>
        <translation>Zajęty — %1</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęty</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Nieobecny</translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Pełne okno</translation>
    </message>
    <message>
        <source>Open the full window with the knowledge base (Ctrl+Shift+F)</source>
        <translation>Otwórz pełne okno z bazą wiedzy (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Przeszukaj &amp;bazę wiedzy</translation>
    </message>
    <message>
        <source>&amp;Leave the conversation</source>
        <translation>&amp;Opuść rozmowę</translation>
    </message>
    <message>
        <source>Leave: the colleague who asked carries on alone (Ctrl+Shift+L)</source>
        <translation>Opuść: osoba, która prosiła, kontynuuje sama (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Message to your &amp;colleague</source>
        <translation>Wiadomość do &amp;współpracownika</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Zmień swój stan (F9 przełącza)</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <source>Settings, shortcuts, sign out, quit</source>
        <translation>Ustawienia, skróty, wylogowanie, zakończenie</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so this window stands in for it: keep it open (minimise it if you like). Requests from colleagues pop up in the corner of the screen; closing this window quits.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc zastępuje go to okno: nie zamykaj go (możesz je zminimalizować). Zgłoszenia od współpracowników pojawiają się w rogu ekranu; zamknięcie tego okna kończy działanie aplikacji.</translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation>Nieodebrane (%1)</translation>
    </message>
    <message>
        <source>Popup: accept</source>
        <translation>Okienko: przyjmij</translation>
    </message>
    <message>
        <source>Popup: decline</source>
        <translation>Okienko: odrzuć</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nowy wiersz w wiadomości</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>Three-way with %1: the citizen sees and hears you too.</source>
        <translation>Rozmowa trójstronna (%1): mieszkaniec też Cię widzi i słyszy.</translation>
    </message>
    <message>
        <source>%1 asked you to join. The citizen does not see you: talk to %1 in the staff chat (Ctrl+I).</source>
        <translation>%1 prosi Cię o dołączenie. Mieszkaniec Cię nie widzi: pisz na czacie wewnętrznym (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 handed this conversation to you: it is yours now.</source>
        <translation>%1 przekazuje Ci tę rozmowę: jest teraz Twoja.</translation>
    </message>
    <message>
        <source>Your part in this conversation has ended.</source>
        <translation>Twój udział w tej rozmowie się zakończył.</translation>
    </message>
</context>
<context>
    <name>ForceNotReadyDialog</name>
    <message>
        <source>Force Not Ready</source>
        <translation>Wymuś stan Niegotowy</translation>
    </message>
    <message>
        <source>{0} will receive no new work and will see this reason until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>{0} nie otrzyma nowej pracy i będzie widzieć ten powód, dopóki ponownie nie ustawi stanu Dostępny. Działanie jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Requested by supervisor</source>
        <translation>Na polecenie kierownika</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>Set Not Ready</source>
        <translation>Ustaw Niegotowy</translation>
    </message>
</context>
<context>
    <name>ForceOfflineBox</name>
    <message>
        <source>Force Offline</source>
        <translation>Wymuś stan Niedostępny</translation>
    </message>
    <message>
        <source>Set {0} Offline?</source>
        <translation>Ustawić stan Niedostępny: {0}?</translation>
    </message>
    <message>
        <source>They will receive no new work until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>Ta osoba nie otrzyma nowej pracy, dopóki ponownie nie ustawi stanu Dostępny. Działanie jest zapisywane w dzienniku audytu.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Conversations offered per hour and weekday</source>
        <translation>Rozmowy oferowane wg godziny i dnia tygodnia</translation>
    </message>
</context>
<context>
    <name>InternalChat</name>
    <message>
        <source>Staff chat</source>
        <translation>Czat wewnętrzny</translation>
    </message>
    <message>
        <source>The citizen does not see these messages.</source>
        <translation>Mieszkaniec nie widzi tych wiadomości.</translation>
    </message>
    <message>
        <source>Staff messages</source>
        <translation>Wiadomości wewnętrzne</translation>
    </message>
    <message>
        <source>Message to the staff…</source>
        <translation>Wiadomość do pracowników…</translation>
    </message>
    <message>
        <source>Message to the staff</source>
        <translation>Wiadomość do pracowników</translation>
    </message>
    <message>
        <source>Staff only (%1)</source>
        <translation>Tylko pracownicy (%1)</translation>
    </message>
    <message>
        <source>Only the staff in this conversation read it; Enter sends</source>
        <translation>Czytają to tylko pracownicy w tej rozmowie; Enter wysyła</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Messages between the staff in this conversation appear here.</source>
        <translation>Tu pojawiają się wiadomości między pracownikami w tej rozmowie.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Utwórz nowy artykuł</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the article as a new revision</source>
        <translation>Zapisz artykuł jako nową wersję</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Opublikuj</translation>
    </message>
    <message>
        <source>Save and make the article visible to agents (and citizens if public)</source>
        <translation>Zapisz i udostępnij artykuł konsultantom (oraz mieszkańcom, jeśli jest publiczny)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Wycofaj</translation>
    </message>
    <message>
        <source>Withdraw the article: nobody finds it any more</source>
        <translation>Wycofaj artykuł: nikt go już nie znajdzie</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>&amp;Przypnij</translation>
    </message>
    <message>
        <source>Show the article as a banner to every agent</source>
        <translation>Pokaż artykuł jako baner każdemu konsultantowi</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Earlier revisions: who changed what, and restore one</source>
        <translation>Wcześniejsze wersje: kto co zmienił; przywróć wybraną</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Odśw&amp;ież</translation>
    </message>
    <message>
        <source>Load the list again (other supervisors&apos; changes)</source>
        <translation>Wczytaj listę ponownie (zmiany innych kierowników)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Przetwarzanie</translation>
    </message>
    <message>
        <source>Find by title, tag, keyword or text</source>
        <translation>Szukaj w tytułach, tagach, słowach kluczowych i treści</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Wszystkie wydziały</translation>
    </message>
    <message>
        <source>Could not load the articles: {0}</source>
        <translation>Nie można wczytać artykułów: {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation>Zapisać zmiany w „{0}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>Jeśli nie, zostaną utracone.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Saved “{0}” (revision {1})</source>
        <translation>Zapisano „{0}” (wersja {1})</translation>
    </message>
    <message>
        <source>Published “{0}”</source>
        <translation>Opublikowano „{0}”</translation>
    </message>
    <message>
        <source>Retired “{0}”</source>
        <translation>Wycofano „{0}”</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Nie zmieniono statusu</translation>
    </message>
    <message>
        <source>Pin not changed</source>
        <translation>Nie zmieniono przypięcia</translation>
    </message>
    <message>
        <source>Pinned “{0}” for every agent</source>
        <translation>Przypięto „{0}” dla wszystkich konsultantów</translation>
    </message>
    <message>
        <source>Unpinned “{0}”</source>
        <translation>Odpięto „{0}”</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Brak historii</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: you may not edit articles.</source>
        <translation>{0}: nie masz uprawnień do edycji artykułów.</translation>
    </message>
    <message>
        <source>{0}: the server could not do it ({1}). Try again.</source>
        <translation>{0}: serwer nie mógł tego wykonać ({1}). Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Pin article</source>
        <translation>Przypnij artykuł</translation>
    </message>
    <message>
        <source>Pin “{0}”?</source>
        <translation>Przypiąć „{0}”?</translation>
    </message>
    <message>
        <source>Every agent will see this as a banner at the top of their window until it is unpinned. The action is recorded in the audit log.</source>
        <translation>Każdy konsultant będzie widzieć go jako baner u góry okna, dopóki nie zostanie odpięty. Działanie jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Pin for everyone</source>
        <translation>Przypnij dla wszystkich</translation>
    </message>
    <message>
        <source>Revision {0} is in the editor: save to make it current</source>
        <translation>Wersja {0} jest w edytorze: zapisz, aby stała się bieżąca</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation>Artykuły: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} articles</source>
        <translation>Artykuły: {0} z {1}</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>O&amp;depnij</translation>
    </message>
    <message>
        <source>Remove the banner from every agent&apos;s window</source>
        <translation>Usuń baner z okien wszystkich konsultantów</translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Szukaj artykułów (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Przeszukaj bazę wiedzy</translation>
    </message>
    <message>
        <source>Only articles of this department</source>
        <translation>Tylko artykuły tego wydziału</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Wszystkie wydziały</translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation>Tylko artykuły w tym języku</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Zamknij artykuł</translation>
    </message>
    <message>
        <source>&amp;Insert into chat</source>
        <translation>&amp;Wstaw do czatu</translation>
    </message>
    <message>
        <source>Put the short answer into the message box, to edit and send (Ctrl+Shift+I)</source>
        <translation>Wstaw krótką odpowiedź do pola wiadomości, aby ją poprawić i wysłać (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>This &amp;answered it</source>
        <translation>To &amp;pomogło</translation>
    </message>
    <message>
        <source>Tell the editors this article answered the citizen&apos;s question</source>
        <translation>Przekaż redaktorom, że ten artykuł odpowiedział na pytanie mieszkańca</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>The search failed. Type again to retry.</source>
        <translation>Wyszukiwanie nie powiodło się. Zacznij pisać, aby spróbować ponownie.</translation>
    </message>
    <message>
        <source>Articles found: %1</source>
        <translation>Znalezione artykuły: %1</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Czy chodziło o: %1?</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Brak artykułów pasujących do „%1”.</translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation>Sugerowane dla tej rozmowy</translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question to find articles.</source>
        <translation>Wpisz kilka słów z pytania mieszkańca, aby znaleźć artykuły.</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>przypięty</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>ważny do %1</translation>
    </message>
    <message>
        <source>for staff only</source>
        <translation>tylko dla pracowników</translation>
    </message>
    <message>
        <source>This article has no short answer to use.</source>
        <translation>Ten artykuł nie ma krótkiej odpowiedzi do użycia.</translation>
    </message>
    <message>
        <source>Short answer copied: paste it where you need it.</source>
        <translation>Skopiowano krótką odpowiedź: wklej ją tam, gdzie potrzebujesz.</translation>
    </message>
    <message>
        <source>Thank you: the editors will know it helped.</source>
        <translation>Dziękujemy: redaktorzy dowiedzą się, że artykuł pomógł.</translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation>&amp;Kopiuj odpowiedź</translation>
    </message>
    <message>
        <source>Copy the short answer to the clipboard: this conversation takes no text (Ctrl+Shift+I)</source>
        <translation>Kopiuj krótką odpowiedź do schowka: ta rozmowa nie przyjmuje tekstu (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Open a chat to insert the short answer into it</source>
        <translation>Otwórz czat, aby wstawić do niego krótką odpowiedź</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Pomogło</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Duński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>%1 is used from the next start of the app.</source>
        <translation>Język %1 będzie używany od następnego uruchomienia aplikacji.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — City Contact Centre</source>
        <translation>Logowanie — Miejskie Centrum Kontaktu</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Miejskie Centrum Kontaktu</translation>
    </message>
    <message>
        <source>Sign in with your city hall account.</source>
        <translation>Zaloguj się kontem urzędu miasta.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <source>Missed request</source>
        <translation>Nieodebrane zgłoszenie</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>%1 asked you to join %2.</source>
        <translation>%1 — prośba o dołączenie: %2.</translation>
    </message>
    <message>
        <source>%1 handed you %2.</source>
        <translation>%1 — przekazano Ci: %2.</translation>
    </message>
    <message>
        <source>%1 was offered to you.</source>
        <translation>Zaproponowano Ci: %1.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 temu)</translation>
    </message>
    <message>
        <source>Rang out at:</source>
        <translation>Wygasło o:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Mieszkaniec:</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(brak notatki)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 — teraz</translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <source>The directory could not be reached.</source>
        <translation>Nie można połączyć się z katalogiem.</translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation>Brak w katalogu.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowany</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>W %n rozmowie</numerusform>
            <numerusform>W %n rozmowach</numerusform>
            <numerusform>W %n rozmowach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <source>Mode:</source>
        <translation>Tryb:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Czas:</translation>
    </message>
    <message>
        <source>In it:</source>
        <translation>Uczestnicy:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Odsłuch</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Podpowiedź</translation>
    </message>
    <message>
        <source>&amp;Barge</source>
        <translation>W&amp;łączenie się</translation>
    </message>
    <message>
        <source>Hear or read the conversation; nobody hears you</source>
        <translation>Słuchaj lub czytaj rozmowę; nikt Cię nie słyszy</translation>
    </message>
    <message>
        <source>Coach the agent: they hear you, the citizen does not</source>
        <translation>Podpowiadaj konsultantowi: słyszy Cię tylko on, mieszkaniec nie</translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears you</source>
        <translation>Włącz się do rozmowy: wszyscy Cię słyszą</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop monitoring; the conversation goes on</source>
        <translation>Zatrzymaj monitorowanie; rozmowa trwa dalej</translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation>P&amp;rzejmij</translation>
    </message>
    <message>
        <source>Take the conversation over: it is yours, the agent leaves it (a call: the caller talks to you on your phone)</source>
        <translation>Przejmij rozmowę: staje się Twoja, a konsultant ją opuszcza (połączenie: rozmówca rozmawia z Tobą przez Twój telefon)</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Zakończ rozmowę</translation>
    </message>
    <message>
        <source>End the conversation you took over (no wrap-up)</source>
        <translation>Zakończ przejętą rozmowę (bez podsumowania)</translation>
    </message>
    <message>
        <source>A monitored chat&apos;s messages appear here.</source>
        <translation>Tu pojawiają się wiadomości monitorowanego czatu.</translation>
    </message>
    <message>
        <source>Private note to the agent (whisper) — the citizen never sees it</source>
        <translation>Prywatna notatka dla konsultanta (podpowiedź) — mieszkaniec nigdy jej nie zobaczy</translation>
    </message>
    <message>
        <source>Message to the citizen (barge)</source>
        <translation>Wiadomość do mieszkańca (włączenie się)</translation>
    </message>
    <message>
        <source>Not monitoring. Pick an agent and choose Monitor (Ctrl+Shift+M).</source>
        <translation>Brak monitorowania. Wybierz konsultanta i polecenie Monitoruj (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Wiadomość do mieszkańca</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Odsłuch</translation>
    </message>
    <message>
        <source>Whispering to the agent</source>
        <translation>Podpowiadanie konsultantowi</translation>
    </message>
    <message>
        <source>Barged in (everyone hears you)</source>
        <translation>Włączono się (wszyscy Cię słyszą)</translation>
    </message>
    <message>
        <source>(a chat: no phone)</source>
        <translation>(czat: bez telefonu)</translation>
    </message>
    <message>
        <source>Ringing your softphone…</source>
        <translation>Dzwonienie do Twojego softphone’a…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation>Połączenie: {0}</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>numer zastrzeżony</translation>
    </message>
    <message>
        <source>Chat with {0}</source>
        <translation>Czat: {0}</translation>
    </message>
    <message>
        <source>You stopped monitoring.</source>
        <translation>Zatrzymano monitorowanie.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Rozmowa się zakończyła.</translation>
    </message>
    <message>
        <source>Your softphone hung up.</source>
        <translation>Twój softphone się rozłączył.</translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation>Wylogowano Cię.</translation>
    </message>
    <message>
        <source>Monitoring stopped: the conversation went to staff outside your teams.</source>
        <translation>Monitorowanie zatrzymane: rozmowa trafiła do pracowników spoza Twoich zespołów.</translation>
    </message>
    <message>
        <source>You took the conversation over.</source>
        <translation>Przejęto rozmowę.</translation>
    </message>
    <message>
        <source>{0} — yours now</source>
        <translation>{0} — teraz Twoja</translation>
    </message>
    <message>
        <source>Taken over: you talk to the citizen</source>
        <translation>Przejęta: rozmawiasz z mieszkańcem</translation>
    </message>
    <message>
        <source>You took the conversation over. End it with {0}.</source>
        <translation>Przejęto rozmowę. Zakończ ją klawiszem {0}.</translation>
    </message>
    <message>
        <source>The conversation you took over ended.</source>
        <translation>Przejęta rozmowa się zakończyła.</translation>
    </message>
    <message>
        <source>Monitoring: {0}</source>
        <translation>Monitorowanie: {0}</translation>
    </message>
</context>
<context>
    <name>MonitoredIndicator</name>
    <message>
        <source>listening</source>
        <translation>odsłuch</translation>
    </message>
    <message>
        <source>coaching you</source>
        <translation>podpowiada Ci</translation>
    </message>
    <message>
        <source>in the conversation</source>
        <translation>w rozmowie</translation>
    </message>
    <message>
        <source>Being monitored by {0} ({1})</source>
        <translation>Monitoruje: {0} ({1})</translation>
    </message>
    <message>
        <source>A supervisor monitors this conversation: Listen, Whisper or Barge</source>
        <translation>Kierownik monitoruje tę rozmowę: odsłuch, podpowiedź lub włączenie się</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move conversation</source>
        <translation>Przenieś rozmowę</translation>
    </message>
    <message>
        <source>{0} leaves the conversation and owes no wrap-up for it. The move is recorded in the audit log.</source>
        <translation>{0} opuszcza rozmowę i nie musi wypełniać dla niej podsumowania. Przeniesienie jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>&amp;Next free agent (front of its queue)</source>
        <translation>&amp;Następny wolny konsultant (początek kolejki)</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Współpracownik:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Wy&amp;dział:</translation>
    </message>
    <message>
        <source>Nobody is free now</source>
        <translation>Nikt nie jest teraz wolny</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Co powinna wiedzieć następna osoba</translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation>&amp;Rozmowa:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otatka:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
</context>
<context>
    <name>OfferToast</name>
    <message>
        <source>a call</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>numer zastrzeżony</translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation>Prośba o konsultację</translation>
    </message>
    <message>
        <source>%1 asks you to join %2</source>
        <translation>%1 prosi Cię o dołączenie: %2</translation>
    </message>
    <message>
        <source>Transferred to you</source>
        <translation>Przekazano do Ciebie</translation>
    </message>
    <message>
        <source>%1 hands you %2</source>
        <translation>%1 przekazuje Ci: %2</translation>
    </message>
    <message>
        <source>A colleague hands you %1</source>
        <translation>Współpracownik przekazuje Ci: %1</translation>
    </message>
    <message>
        <source>Callback to place</source>
        <translation>Oddzwonienie do wykonania</translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation>Oddzwoń do mieszkańca</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nowe połączenie</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <source>From the queue</source>
        <translation>Z kolejki</translation>
    </message>
    <message>
        <source>Incoming request</source>
        <translation>Przychodzące zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Decline (Esc)</source>
        <translation>&amp;Odrzuć (Esc)</translation>
    </message>
    <message>
        <source>Decline: the next expert is asked (Shift+F5, Esc)</source>
        <translation>Odrzuć: zgłoszenie trafi do następnego eksperta (Shift+F5, Esc)</translation>
    </message>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Przyjmij (F5)</translation>
    </message>
    <message>
        <source>Accept (F5, Enter)</source>
        <translation>Przyjmij (F5, Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>czeka jeszcze %n</numerusform>
            <numerusform>czekają jeszcze %n</numerusform>
            <numerusform>czeka jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Pozostało %1 s</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Wygasa…</translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Przyjmij (F5)</translation>
    </message>
    <message>
        <source>&amp;Reject (Shift+F5)</source>
        <translation>&amp;Odrzuć (Shift+F5)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>call</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>voice call from the browser</source>
        <translation>połączenie głosowe z przeglądarki</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>wideorozmowa</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>%1 asks you to join a call</source>
        <translation>%1 prosi Cię o dołączenie do połączenia</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 prosi Cię o dołączenie</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Przekazane przez: %1</translation>
    </message>
    <message>
        <source>New %1 · %2</source>
        <translation>Nowe: %1 · %2</translation>
    </message>
    <message>
        <source>sign language %1</source>
        <translation>język migowy %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Numer zastrzeżony</translation>
    </message>
    <message>
        <source>&amp;Join (F5)</source>
        <translation>&amp;Dołącz (F5)</translation>
    </message>
    <message>
        <source>First contact from this number.</source>
        <translation>Pierwszy kontakt z tego numeru.</translation>
    </message>
    <message>
        <source>Contacted us %1 time(s) before; last on %2 about %3</source>
        <translation>Wcześniejsze kontakty: %1; ostatni %2, temat: %3</translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation>%1 · czeka %2</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Pozostało %1 s</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Wygasa…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <source>This call cannot be answered any more.</source>
        <translation>Tego połączenia nie można już odebrać.</translation>
    </message>
    <message>
        <source>Could not answer the call: {error}</source>
        <translation>Nie można odebrać połączenia: {error}</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call.</source>
        <translation>Sygnały tonowe wymagają nawiązanego połączenia.</translation>
    </message>
    <message>
        <source>Could not send the keypad tones: {error}</source>
        <translation>Nie można wysłać sygnałów tonowych: {error}</translation>
    </message>
    <message>
        <source>Could not connect the call&apos;s audio: {error}</source>
        <translation>Nie można połączyć dźwięku połączenia: {error}</translation>
    </message>
    <message>
        <source>The audio device failed ({error}): the other side hears silence.</source>
        <translation>Awaria urządzenia audio ({error}): rozmówca słyszy ciszę.</translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned articles</source>
        <translation>Przypięte artykuły</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Przypięte</translation>
    </message>
    <message>
        <source>Show every pinned article</source>
        <translation>Pokaż wszystkie przypięte artykuły</translation>
    </message>
    <message>
        <source>Collapse to one line</source>
        <translation>Zwiń do jednego wiersza</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Odtwórz</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Odtwórz lub wstrzymaj (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Szybkość odtwarzania</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauza</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Niegotowy</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęty</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Niedostępny</translation>
    </message>
    <message>
        <source>Missed offer</source>
        <translation>Nieodebrane zgłoszenie</translation>
    </message>
    <message>
        <source>Set by supervisor</source>
        <translation>Ustawione przez kierownika</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Rozłączony</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Read the evaluations again (F5)</source>
        <translation>Wczytaj oceny ponownie (F5)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najniższa</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najwyższa</translation>
    </message>
    <message>
        <source>Average per agent</source>
        <translation>Średnia na konsultanta</translation>
    </message>
    <message>
        <source>Score a conversation from the Conversations tab (Ctrl+7, then Ctrl+E).</source>
        <translation>Oceń rozmowę na karcie Rozmowy (Ctrl+7, potem Ctrl+E).</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>O co pyta</translation>
    </message>
    <message>
        <source>Quality form</source>
        <translation>Formularz jakości</translation>
    </message>
    <message>
        <source>e.g. plain_language</source>
        <translation>np. plain_language</translation>
    </message>
    <message>
        <source>Scored in new evaluations</source>
        <translation>Oceniane w nowych ocenach</translation>
    </message>
    <message>
        <source>Sa&amp;ve criterion</source>
        <translation>Zapi&amp;sz kryterium</translation>
    </message>
    <message>
        <source>Add or change a criterion</source>
        <translation>Dodaj lub zmień kryterium</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Klucz</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ytuł</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;pis</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Waga</translation>
    </message>
    <message>
        <source>Every criterion is scored 1–5; the total is their weighted average. A retired criterion keeps the scores it was given. Administrators change the form.</source>
        <translation>Każde kryterium jest oceniane w skali 1–5; wynik łączny to ich średnia ważona. Wycofane kryterium zachowuje przyznane oceny. Formularz zmieniają administratorzy.</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Przechowywanie (dni)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Rozmiar (MB)</translation>
    </message>
    <message>
        <source>Retention per topic</source>
        <translation>Przechowywanie wg tematu</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>id tematu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>&amp;Keep for this long</source>
        <translation>&amp;Przechowuj tak długo</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;emat</translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation>Pr&amp;zez</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Quality not read: %1</source>
        <translation>Nie odczytano danych jakości: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation>
            <numerusform>%n ocena w okresie</numerusform>
            <numerusform>%n oceny w okresie</numerusform>
            <numerusform>%n ocen w okresie</numerusform>
        </translation>
    </message>
    <message>
        <source>, average %1 of 5.</source>
        <translation>, średnio %1 z 5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>centre default</source>
        <translation>domyślne dla centrum</translation>
    </message>
    <message>
        <source>this topic&apos;s</source>
        <translation>dla tego tematu</translation>
    </message>
    <message>
        <source>last run %1, deleted %2</source>
        <translation>ostatnie uruchomienie %1, usunięto: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>jeszcze nie uruchomiono</translation>
    </message>
    <message>
        <source>Recordings are kept %1 days unless their topic says otherwise, then deleted by a daily job (%2; next run %3). Every deletion is in the audit log.</source>
        <translation>Nagrania są przechowywane przez %1 dni, chyba że ich temat stanowi inaczej, a następnie usuwa je codzienne zadanie (%2; następne uruchomienie %3). Każde usunięcie jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>A criterion needs a key and a title</source>
        <translation>Kryterium wymaga klucza i tytułu</translation>
    </message>
    <message>
        <source>Criterion %1 saved</source>
        <translation>Zapisano kryterium %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Wybierz temat</translation>
    </message>
    <message>
        <source>Recordings of %1 are kept %2 days</source>
        <translation>Nagrania tematu %1 są przechowywane przez %2 dni</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Nie ustawiono: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekujący</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdłuższe oczekiwanie</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Zalogowani</translation>
    </message>
    <message>
        <source>Self-service today</source>
        <translation>Samoobsługa dziś</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <source>Avg. answer</source>
        <translation>Śr. czas odbioru</translation>
    </message>
    <message>
        <source>Avg. handling</source>
        <translation>Śr. czas obsługi</translation>
    </message>
    <message>
        <source>Today: share answered within the threshold (short abandons not counted)</source>
        <translation>Dziś: odsetek odebranych w progu czasu (bez krótkich porzuceń)</translation>
    </message>
    <message>
        <source>Today: share who left before an answer</source>
        <translation>Dziś: odsetek osób, które rozłączyły się przed odebraniem</translation>
    </message>
    <message>
        <source>Today: average speed of answer</source>
        <translation>Dziś: średni czas odbioru</translation>
    </message>
    <message>
        <source>Today: average handle time, talk and wrap-up</source>
        <translation>Dziś: średni czas obsługi (rozmowa i podsumowanie)</translation>
    </message>
    <message>
        <source>Agents with this skill who are logged in</source>
        <translation>Zalogowani konsultanci z tą umiejętnością</translation>
    </message>
    <message>
        <source>Citizens whose question a knowledge-base article answered today</source>
        <translation>Mieszkańcy, na których pytanie odpowiedział dziś artykuł bazy wiedzy</translation>
    </message>
    <message>
        <source>Citizens are waiting and nobody with this skill is available</source>
        <translation>Mieszkańcy czekają, a nikt z tą umiejętnością nie jest dostępny</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Offered</source>
        <translation>Oferowane</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Krótkie porzucenia</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Czas odbioru</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Czas podsumowania</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Odsetek przekazań</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Rozwiązanie przy pierwszym kontakcie</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Samoobsługa</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Od – do</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>A citizen back on the same topic within this many days was not resolved</source>
        <translation>Jeśli mieszkaniec wrócił z tym samym tematem w ciągu tylu dni, sprawa nie została rozwiązana</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation>Utwórz raport (F5)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as CSV (Ctrl+S)</source>
        <translation>Zapisz pokazaną tabelę jako CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Okres</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>O&amp;d</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Repeat &amp;window</source>
        <translation>Okno &amp;powtórzeń</translation>
    </message>
    <message>
        <source>Choose a period and press Run (F5).</source>
        <translation>Wybierz okres i naciśnij Uruchom (F5).</translation>
    </message>
    <message>
        <source>Conversations per topic</source>
        <translation>Rozmowy wg tematu</translation>
    </message>
    <message>
        <source>Offered and answered per half hour</source>
        <translation>Oferowane i odebrane na każde pół godziny</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Oferowane</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Citizens back on the same topic, per topic</source>
        <translation>Mieszkańcy wracający z tym samym tematem, wg tematu</translation>
    </message>
    <message>
        <source>Average quality score per criterion (1–5)</source>
        <translation>Średnia ocena jakości wg kryterium (1–5)</translation>
    </message>
    <message>
        <source>Quality per agent and topic</source>
        <translation>Jakość wg konsultanta i tematu</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Wg tematu</translation>
    </message>
    <message>
        <source>Day curve</source>
        <translation>Przebieg dnia</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>Godzina × dzień tygodnia</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Wg konsultanta</translation>
    </message>
    <message>
        <source>Hardest topics</source>
        <translation>Najtrudniejsze tematy</translation>
    </message>
    <message>
        <source>Failure demand</source>
        <translation>Nierozwiązane sprawy</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Jakość</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Brak raportu: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 offered, %4 answered, %5 abandoned (%6 within %7 s not counted), service level %8, speed of answer %9,&lt;br&gt;handle time %10, transfer rate %11, first-contact resolution %12, self-service answers %13, quality score %14.</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;: oferowane %3, odebrane %4, porzucone %5 (%6 w ciągu %7 s nieliczone), poziom obsługi %8, czas odbioru %9,&lt;br&gt;czas obsługi %10, odsetek przekazań %11, rozwiązanie przy pierwszym kontakcie %12, odpowiedzi samoobsługowe %13, ocena jakości %14.</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message numerus="yes">
        <source>The %n agent(s) with the fewest conversations are not shown (too many for one reply): filter by an agent, or print them all with cc-server report --by agent.</source>
        <translation>
            <numerusform>Nie pokazano %n konsultanta z najmniejszą liczbą rozmów (za dużo na jedną odpowiedź): odfiltruj konsultanta lub wypisz wszystkich poleceniem cc-server report --by agent.</numerusform>
            <numerusform>Nie pokazano %n konsultantów z najmniejszą liczbą rozmów (za dużo na jedną odpowiedź): odfiltruj konsultanta lub wypisz wszystkich poleceniem cc-server report --by agent.</numerusform>
            <numerusform>Nie pokazano %n konsultantów z najmniejszą liczbą rozmów (za dużo na jedną odpowiedź): odfiltruj konsultanta lub wypisz wszystkich poleceniem cc-server report --by agent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest handling: %1. Most transfers: %2. Lowest first-contact resolution: %3.</source>
        <translation>Najdłuższa obsługa: %1. Najwięcej przekazań: %2. Najniższy odsetek rozwiązań przy pierwszym kontakcie: %3.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts (%3) were followed by the same citizen on the same topic within %4 days; %5 citizens came back.</source>
        <translation>%1 z %2 kontaktów (%3) miało ponowny kontakt tego samego mieszkańca w tym samym temacie w ciągu %4 dni; wróciło mieszkańców: %5.</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Ponowne kontakty</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Raport gotowy</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of these conversations, average %1 of 5.</source>
        <translation>
            <numerusform>%n ocena tych rozmów, średnio %1 z 5.</numerusform>
            <numerusform>%n oceny tych rozmów, średnio %1 z 5.</numerusform>
            <numerusform>%n ocen tych rozmów, średnio %1 z 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation of the period is scored yet: score one in the Conversations tab (Ctrl+E).</source>
        <translation>Żadna rozmowa z tego okresu nie jest jeszcze oceniona: oceń ją na karcie Rozmowy (Ctrl+E).</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <source>Agent or topic</source>
        <translation>Konsultant lub temat</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najniższa</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najwyższa</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>konsultant</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Powtórzenia</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Odsetek powtórzeń</translation>
    </message>
    <message>
        <source>Nothing to export here</source>
        <translation>Nic do wyeksportowania</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Zapisano %n wiersz do %1</numerusform>
            <numerusform>Zapisano %n wiersze do %1</numerusform>
            <numerusform>Zapisano %n wierszy do %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik zmiany</translation>
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
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Quit with live conversations?</source>
        <translation>Zakończyć z trwającymi rozmowami?</translation>
    </message>
    <message>
        <source>Sign out with live conversations?</source>
        <translation>Wylogować się z trwającymi rozmowami?</translation>
    </message>
    <message>
        <source>Go offline with live conversations?</source>
        <translation>Przejść w stan Niedostępny z trwającymi rozmowami?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n live conversation(s):</source>
        <translation>
            <numerusform>Masz %n trwającą rozmowę:</numerusform>
            <numerusform>Masz %n trwające rozmowy:</numerusform>
            <numerusform>Masz %n trwających rozmów:</numerusform>
        </translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>połączenie telefoniczne</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>%1, you were asked to join</source>
        <translation>%1, poproszono Cię o dołączenie</translation>
    </message>
    <message>
        <source>Handing back ends none of them: each goes to the colleague consulted on it, else to the front of its queue for the next free colleague, with everything written so far. You owe no wrap-up for them. Where you were only asked to join, you leave and the colleague who asked carries on.</source>
        <translation>Oddanie nie kończy żadnej z nich: każda trafia do osoby konsultowanej w tej sprawie, a jeśli jej nie ma — na początek swojej kolejki, do następnej wolnej osoby, z całą dotychczasową treścią. Nie musisz wypełniać dla nich podsumowania. Tam, gdzie poproszono Cię tylko o dołączenie, wychodzisz, a osoba, która prosiła, kontynuuje.</translation>
    </message>
    <message>
        <source>A caller hears that they are back in line, then hold music.</source>
        <translation>Rozmówca usłyszy, że wraca do kolejki, a potem muzykę.</translation>
    </message>
    <message>
        <source>To give one to a particular department instead, choose Cancel and use Transfer… (%1) in its tab.</source>
        <translation>Aby zamiast tego przekazać rozmowę konkretnemu wydziałowi, wybierz Anuluj i użyj polecenia Przekaż… (%1) na jej karcie.</translation>
    </message>
    <message>
        <source>To finish them first without new ones, choose Not ready (F9).</source>
        <translation>Aby najpierw je dokończyć bez przyjmowania nowych, wybierz Niegotowy (F9).</translation>
    </message>
    <message>
        <source>&amp;Hand back and quit</source>
        <translation>&amp;Oddaj i zakończ</translation>
    </message>
    <message>
        <source>&amp;Hand back and sign out</source>
        <translation>&amp;Oddaj i wyloguj</translation>
    </message>
    <message>
        <source>&amp;Hand back and go offline</source>
        <translation>&amp;Oddaj i przejdź w Niedostępny</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Zakończ &amp;mimo to</translation>
    </message>
    <message>
        <source>&amp;Sign out anyway</source>
        <translation>Wyloguj &amp;mimo to</translation>
    </message>
    <message>
        <source>&amp;Go offline anyway</source>
        <translation>Przejdź w Niedostępny &amp;mimo to</translation>
    </message>
    <message>
        <source>Handing back…</source>
        <translation>Oddawanie…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing could be handed back. If you go anyway, the conversations stay yours on the server and come back when you sign in again; what you typed is kept.</source>
        <translation>Nie można połączyć się z serwerem, więc nic nie zostało oddane. Jeśli mimo to wyjdziesz, rozmowy pozostaną przypisane do Ciebie na serwerze i wrócą po ponownym zalogowaniu; wpisany tekst zostanie zachowany.</translation>
    </message>
    <message>
        <source>A call in progress ends when the app quits.</source>
        <translation>Trwające połączenie zakończy się po zamknięciu aplikacji.</translation>
    </message>
    <message>
        <source>The server did not take every conversation back: %1</source>
        <translation>Serwer nie przyjął z powrotem wszystkich rozmów: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Czas obsługi</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Potrzebni</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>Do grafiku</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom obsługi</translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation>P(oczek.)</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Czas odbioru</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Obłożenie</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Zalogowani</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <source>Typed in, not from the history</source>
        <translation>Wpisane ręcznie, nie z historii</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planuj</translation>
    </message>
    <message>
        <source>Plan the day with these targets (F5)</source>
        <translation>Zaplanuj dzień z tymi celami (F5)</translation>
    </message>
    <message>
        <source>&amp;Clear typed-in figures</source>
        <translation>&amp;Wyczyść wpisane wartości</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Dzie&amp;ń</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anał</translation>
    </message>
    <message>
        <source>&amp;Service level</source>
        <translation>Poziom &amp;obsługi</translation>
    </message>
    <message>
        <source>Answered &amp;within</source>
        <translation>Odebrane w &amp;ciągu</translation>
    </message>
    <message>
        <source>Shrin&amp;kage (breaks, training)</source>
        <translation>Niedostęp&amp;ność (przerwy, szkolenia)</translation>
    </message>
    <message>
        <source>Agents needed per half hour</source>
        <translation>Potrzebni konsultanci na każde pół godziny</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>Do grafiku</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Zalogowani</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Konsultanci</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Planowanie: %1…</translation>
    </message>
    <message>
        <source>Could not plan: %1</source>
        <translation>Nie można zaplanować: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>Peak: %1 agents to schedule from %2. Demand averaged over %3.</source>
        <translation>Szczyt: do grafiku %1 os. od %2. Zapotrzebowanie uśrednione z: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Short of agents in %n half hour(s) so far.</source>
        <translation>
            <numerusform>Dotąd za mało konsultantów w %n półgodzinie.</numerusform>
            <numerusform>Dotąd za mało konsultantów w %n półgodzinach.</numerusform>
            <numerusform>Dotąd za mało konsultantów w %n półgodzinach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Zaplanowano: %1</translation>
    </message>
</context>
<context>
    <name>SteppingIn</name>
    <message>
        <source>&amp;Move conversation…</source>
        <translation>&amp;Przenieś rozmowę…</translation>
    </message>
    <message>
        <source>Give one of the selected agent&apos;s conversations to a colleague, a department or the next free agent</source>
        <translation>Przekaż jedną z rozmów wybranego konsultanta współpracownikowi, wydziałowi lub następnemu wolnemu konsultantowi</translation>
    </message>
    <message>
        <source>Could not load the directory: {0}</source>
        <translation>Nie można wczytać katalogu: {0}</translation>
    </message>
    <message>
        <source>Could not move it: {0}</source>
        <translation>Nie można jej przenieść: {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>do: {0}</translation>
    </message>
    <message>
        <source>to the next free agent</source>
        <translation>do następnego wolnego konsultanta</translation>
    </message>
    <message>
        <source>{0}&apos;s conversation moved {1}</source>
        <translation>{0}: rozmowa przeniesiona {1}</translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Nieznany użytkownik lub nieprawidłowe hasło.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: {0}</source>
        <translation>Serwer odrzucił logowanie: {0}</translation>
    </message>
    <message>
        <source>Cannot reach the server at {0} ({1}).</source>
        <translation>Nie można połączyć się z serwerem {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a supervisor account.</source>
        <translation>{0} nie jest kontem kierownika.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>City Contact Centre — Supervisor</source>
        <translation>Miejskie Centrum Kontaktu — Kierownik</translation>
    </message>
    <message>
        <source>Force &amp;Not Ready…</source>
        <translation>Wymuś stan &amp;Niegotowy…</translation>
    </message>
    <message>
        <source>Stop new work reaching the selected agent, with a reason they will see</source>
        <translation>Zatrzymaj przydzielanie nowej pracy wybranemu konsultantowi, podając powód, który zobaczy</translation>
    </message>
    <message>
        <source>Force &amp;Offline</source>
        <translation>Wymuś stan N&amp;iedostępny</translation>
    </message>
    <message>
        <source>Set the selected agent Offline</source>
        <translation>Ustaw wybranemu konsultantowi stan Niedostępny</translation>
    </message>
    <message>
        <source>Force &amp;Available</source>
        <translation>Wymuś stan &amp;Dostępny</translation>
    </message>
    <message>
        <source>Set the selected agent Available</source>
        <translation>Ustaw wybranemu konsultantowi stan Dostępny</translation>
    </message>
    <message>
        <source>&amp;Log Out Agent…</source>
        <translation>&amp;Wyloguj konsultanta…</translation>
    </message>
    <message>
        <source>End the selected agent&apos;s session: their app is signed out</source>
        <translation>Zakończ sesję wybranego konsultanta: jego aplikacja zostanie wylogowana</translation>
    </message>
    <message>
        <source>&amp;Timeline Today…</source>
        <translation>&amp;Oś czasu dzisiaj…</translation>
    </message>
    <message>
        <source>The selected agent&apos;s states today</source>
        <translation>Stany wybranego konsultanta dzisiaj</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>Tryb &amp;tablicy</translation>
    </message>
    <message>
        <source>&amp;Monitor conversation</source>
        <translation>&amp;Monitoruj rozmowę</translation>
    </message>
    <message>
        <source>Listen to the selected agent&apos;s call or read their chat live</source>
        <translation>Słuchaj połączenia lub czytaj czat wybranego konsultanta na żywo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <source>&amp;Live view</source>
        <translation>Na &amp;żywo</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Baza wiedzy</translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation>&amp;Komunikaty</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Zespoły</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
    </message>
    <message>
        <source>&amp;Staffing</source>
        <translation>&amp;Obsada</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>Roz&amp;mowy</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Jakość</translation>
    </message>
    <message>
        <source>New &amp;broadcast…</source>
        <translation>Nowy &amp;komunikat…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now</source>
        <translation>Przekaż coś teraz wszystkim pracownikom lub zespołowi</translation>
    </message>
    <message>
        <source>Find by name or reason</source>
        <translation>Szukaj wg nazwy lub powodu</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Konsultanci i eksperci</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Konsultanci</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Eksperci</translation>
    </message>
    <message>
        <source>Only queues with citizens waiting</source>
        <translation>Tylko kolejki z oczekującymi mieszkańcami</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Na żywo</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Baza wiedzy</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Obsada</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Jakość</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Konsultant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Loading agents: %v of %m</source>
        <translation>Wczytywanie konsultantów: %v z %m</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Wczytywanie konsultantów</translation>
    </message>
    <message>
        <source>A new day: today&apos;s figures start again</source>
        <translation>Nowy dzień: dzisiejsze dane liczone są od nowa</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Zalogowano jako {0}</translation>
    </message>
    <message>
        <source>Signed in as {0} at {1}</source>
        <translation>Zalogowano jako {0} o {1}</translation>
    </message>
    <message>
        <source>Request failed: {0}</source>
        <translation>Żądanie nie powiodło się: {0}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Utracono połączenie, ponowne łączenie…</translation>
    </message>
    <message>
        <source>Stale since {0}: reconnecting to the server…</source>
        <translation>Nieaktualne od {0}: ponowne łączenie z serwerem…</translation>
    </message>
    <message>
        <source>City Contact Centre — Supervisor (stale since {0})</source>
        <translation>Miejskie Centrum Kontaktu — Kierownik (nieaktualne od {0})</translation>
    </message>
    <message>
        <source>{0}: a citizen has waited {1}</source>
        <translation>{0}: mieszkaniec czeka już {1}</translation>
    </message>
    <message>
        <source>{0}: service level today is {1}</source>
        <translation>{0}: poziom obsługi dzisiaj wynosi {1}</translation>
    </message>
    <message>
        <source>Wallboard alert</source>
        <translation>Alert tablicy</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>mieszkaniec</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} since {3}</source>
        <translation>{0} — {1}, {2} od {3}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Log out agent</source>
        <translation>Wyloguj konsultanta</translation>
    </message>
    <message>
        <source>Sign {0} out of the contact centre? Their app closes its session.</source>
        <translation>Wylogować użytkownika {0} z centrum kontaktu? Jego aplikacja zamknie sesję.</translation>
    </message>
    <message>
        <source>Could not log out {0}: {1}</source>
        <translation>Nie można wylogować użytkownika {0}: {1}</translation>
    </message>
    <message>
        <source>{0} was logged out</source>
        <translation>Wylogowano: {0}</translation>
    </message>
    <message>
        <source>No timeline for {0}: {1}</source>
        <translation>Brak osi czasu ({0}): {1}</translation>
    </message>
    <message>
        <source>Monitor conversation</source>
        <translation>Monitoruj rozmowę</translation>
    </message>
    <message>
        <source>{0} has {1} conversations. Which one do you monitor?</source>
        <translation>{0} — rozmowy w toku: {1}. Którą monitorować?</translation>
    </message>
    <message>
        <source>Cannot monitor: {0}</source>
        <translation>Nie można monitorować: {0}</translation>
    </message>
    <message>
        <source>Could not change {0}: {1}</source>
        <translation>Nie można zmienić ({0}): {1}</translation>
    </message>
    <message>
        <source>{0} set to {1}: {2}</source>
        <translation>{0} — ustawiono stan {1}: {2}</translation>
    </message>
    <message>
        <source>{0} set to {1}</source>
        <translation>{0} — ustawiono stan {1}</translation>
    </message>
    <message>
        <source>%1 scored %2 of 5</source>
        <translation>%1 — ocena %2 z 5</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>Live view of the city hall&apos;s contact centre: queues, agents and their state, pushed by the routing server.</source>
        <translation>Widok na żywo centrum kontaktu urzędu miasta: kolejki, konsultanci i ich stany, przesyłane przez serwer routingu.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nazwa zespołu</translation>
    </message>
    <message>
        <source>&amp;New team</source>
        <translation>&amp;Nowy zespół</translation>
    </message>
    <message>
        <source>Create a team with the name typed (Ctrl+N)</source>
        <translation>Utwórz zespół o wpisanej nazwie (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Zmień n&amp;azwę</translation>
    </message>
    <message>
        <source>Give the selected team the name typed (F2)</source>
        <translation>Nadaj wybranemu zespołowi wpisaną nazwę (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Konsultanci i eksperci</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Dodaj &amp;członka</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Kierownicy</translation>
    </message>
    <message>
        <source>Assign &amp;supervisor</source>
        <translation>Przypisz &amp;kierownika</translation>
    </message>
    <message>
        <source>A supervisor sees and acts on the members of their teams only; an admin on everyone. While there is no team at all, every supervisor supervises everyone.</source>
        <translation>Kierownik widzi tylko członków swoich zespołów i tylko nimi zarządza; administrator — wszystkimi. Dopóki nie ma żadnego zespołu, każdy kierownik nadzoruje wszystkich.</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Zmieniono nazwę zespołu</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Usuń zespół</translation>
    </message>
    <message>
        <source>Delete the team {0}?</source>
        <translation>Usunąć zespół {0}?</translation>
    </message>
    <message>
        <source>Its supervisors no longer supervise its {0} members.</source>
        <translation>Jego kierownicy przestaną nadzorować jego członków (liczba: {0}).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Team deleted</source>
        <translation>Usunięto zespół</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>Zmieniono: {0}</translation>
    </message>
    <message>
        <source>Could not create the team: {0}</source>
        <translation>Nie można utworzyć zespołu: {0}</translation>
    </message>
    <message>
        <source>Team {0} created</source>
        <translation>Utworzono zespół {0}</translation>
    </message>
    <message>
        <source>Teams: {0}</source>
        <translation>Zespoły: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>{0} today</source>
        <translation>{0} — dzisiaj</translation>
    </message>
</context>
<context>
    <name>TraySettingsDialog</name>
    <message>
        <source>Expert tray settings</source>
        <translation>Ustawienia zasobnika eksperta</translation>
    </message>
    <message>
        <source>Automatic Away</source>
        <translation>Automatyczny stan Nieobecny</translation>
    </message>
    <message>
        <source>Set me &amp;Away after</source>
        <translation>Ustaw stan &amp;Nieobecny po</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without input</source>
        <translation>Minuty bez aktywności</translation>
    </message>
    <message>
        <source>without keyboard or mouse input</source>
        <translation>bez użycia klawiatury lub myszy</translation>
    </message>
    <message>
        <source>Only while you wait for requests (available or busy), never during a conversation. The first key or mouse move brings back what you had chosen.</source>
        <translation>Tylko podczas oczekiwania na zgłoszenia (stan Dostępny lub Zajęty), nigdy w trakcie rozmowy. Pierwsze naciśnięcie klawisza lub ruch myszą przywraca wybrany wcześniej stan.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <source>&amp;Start in the tray when I sign in to this computer</source>
        <translation>&amp;Uruchamiaj w zasobniku po zalogowaniu na tym komputerze</translation>
    </message>
    <message>
        <source>Windows: the Run key of your account</source>
        <translation>Windows: klucz Run Twojego konta</translation>
    </message>
    <message>
        <source>This computer tells the idle time through %1.</source>
        <translation>Ten komputer podaje czas bezczynności przez %1.</translation>
    </message>
    <message>
        <source>Wayland desktops do not tell applications how long you have been idle.</source>
        <translation>Pulpity Wayland nie udostępniają aplikacjom czasu bezczynności.</translation>
    </message>
    <message>
        <source>This display platform (%1) does not tell the idle time.</source>
        <translation>Ta platforma wyświetlania (%1) nie podaje czasu bezczynności.</translation>
    </message>
    <message>
        <source>The idle time cannot be read here (%1).</source>
        <translation>Nie można tu odczytać czasu bezczynności (%1).</translation>
    </message>
    <message>
        <source>Automatic Away is off: set Away yourself when you leave.</source>
        <translation>Automatyczny stan Nieobecny jest wyłączony: ustawiaj go ręcznie, gdy odchodzisz.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Nie można zmienić uruchamiania przy logowaniu: %1</translation>
    </message>
</context>
<context>
    <name>VideoCall</name>
    <message>
        <source>No camera found: the citizen sees a black picture.</source>
        <translation>Nie znaleziono kamery: mieszkaniec widzi czarny obraz.</translation>
    </message>
    <message>
        <source>The camera stopped working ({error}).</source>
        <translation>Kamera przestała działać ({error}).</translation>
    </message>
    <message>
        <source>No microphone found: the citizen hears silence.</source>
        <translation>Nie znaleziono mikrofonu: mieszkaniec słyszy ciszę.</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Mikrofon {name} używa formatu audio, którego ta aplikacja nie potrafi odczytać.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Nie można otworzyć mikrofonu {name}.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Mikrofon przestał działać ({error}).</translation>
    </message>
    <message>
        <source>There is no camera in this call to switch.</source>
        <translation>W tym połączeniu nie ma kamery do przełączenia.</translation>
    </message>
    <message>
        <source>There is no microphone in this call to switch.</source>
        <translation>W tym połączeniu nie ma mikrofonu do przełączenia.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the citizen.</source>
        <translation>Nie znaleziono głośnika ani zestawu słuchawkowego: nie usłyszysz mieszkańca.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Głośnik {name} używa formatu audio, którego ta aplikacja nie potrafi odtworzyć.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Nie można otworzyć głośnika {name}.</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Głośnik przestał działać ({error}).</translation>
    </message>
</context>
<context>
    <name>VideoCalls</name>
    <message>
        <source>The video call could not be connected.</source>
        <translation>Nie można nawiązać wideorozmowy.</translation>
    </message>
</context>
<context>
    <name>VideoChatWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <source>Hang up and end the call</source>
        <translation>Rozłącz i zakończ połączenie</translation>
    </message>
    <message>
        <source>A video call cannot be transferred; an expert can join its chat.</source>
        <translation>Wideorozmowy nie można przekazać; ekspert może dołączyć do jej czatu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>The citizen hung up.</source>
        <translation>Mieszkaniec się rozłączył.</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Połączenie zakończone</translation>
    </message>
    <message>
        <source>The citizen&apos;s connection was lost.</source>
        <translation>Utracono połączenie z mieszkańcem.</translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation>Nie można nawiązać połączenia.</translation>
    </message>
    <message>
        <source>%1: the call&apos;s media stopped; the chat goes on.</source>
        <translation>%1: przesyłanie obrazu i dźwięku zostało przerwane; czat trwa dalej.</translation>
    </message>
</context>
<context>
    <name>VideoDevicesDialog</name>
    <message>
        <source>Video call devices</source>
        <translation>Urządzenia do wideorozmów</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślne systemowe</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (domyślne)</translation>
    </message>
    <message>
        <source>No camera found: the citizen sees black.</source>
        <translation>Nie znaleziono kamery: mieszkaniec widzi czarny obraz.</translation>
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
        <translation>Oczekiwanie na kamerę mieszkańca…</translation>
    </message>
    <message>
        <source>The citizen&apos;s video</source>
        <translation>Obraz mieszkańca</translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation>Twoja kamera</translation>
    </message>
    <message>
        <source>Your own video</source>
        <translation>Twój obraz</translation>
    </message>
    <message>
        <source>Video call state</source>
        <translation>Stan wideorozmowy</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Czas rozmowy</translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation>&amp;Urządzenia…</translation>
    </message>
    <message>
        <source>Camera, microphone and speaker</source>
        <translation>Kamera, mikrofon i głośnik</translation>
    </message>
    <message>
        <source>Voice call from the browser: no pictures.</source>
        <translation>Połączenie głosowe z przeglądarki: bez obrazu.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s call…</source>
        <translation>Oczekiwanie na połączenie od mieszkańca…</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Wyłącz wyciszenie</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation>Wycisz mikrofon</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Włącz kamerę</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Wyłącz kamerę</translation>
    </message>
    <message>
        <source>Stop or start sending your picture</source>
        <translation>Zatrzymaj lub wznów wysyłanie obrazu</translation>
    </message>
</context>
<context>
    <name>WallModeWidget</name>
    <message>
        <source>Wallboard</source>
        <translation>Tablica</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Free to take work</source>
        <translation>Gotowi do pracy</translation>
    </message>
    <message>
        <source>Connected agents who chose Available, owe no wrap-up and have room for one more conversation on some channel: the routing would offer them one now</source>
        <translation>Połączeni konsultanci ze stanem Dostępny, bez zaległego podsumowania i z miejscem na jeszcze jedną rozmowę w którymś kanale: routing zaproponowałby im ją teraz</translation>
    </message>
    <message>
        <source>Citizens waiting</source>
        <translation>Oczekujący mieszkańcy</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdłuższe oczekiwanie</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Poziom obsługi dziś</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Porzucone dziś</translation>
    </message>
    <message>
        <source>Avg. speed of answer</source>
        <translation>Śr. czas odbioru</translation>
    </message>
    <message>
        <source>Avg. handle time</source>
        <translation>Śr. czas obsługi</translation>
    </message>
    <message>
        <source>On interactions</source>
        <translation>W rozmowach</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Niegotowi</translation>
    </message>
    <message>
        <source>Agents logged in</source>
        <translation>Zalogowani konsultanci</translation>
    </message>
    <message>
        <source>Answered by self-service today</source>
        <translation>Samoobsługa dziś</translation>
    </message>
    <message>
        <source>Answered within {0} s / (answered + abandoned after more than {1} s), today</source>
        <translation>Odebrane w ciągu {0} s / (odebrane + porzucone po ponad {1} s), dziś</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Above: the citizen. Below: the agent or expert. Click to seek.</source>
        <translation>Góra: mieszkaniec. Dół: konsultant lub ekspert. Kliknij, aby przewinąć.</translation>
    </message>
</context>
<context>
    <name>WrapupWidget</name>
    <message>
        <source>Wrap-up</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Complete the wrap-up to finish this conversation.</source>
        <translation>Wypełnij podsumowanie, aby zakończyć tę rozmowę.</translation>
    </message>
    <message>
        <source>Add a wrap-up for this conversation, or skip it.</source>
        <translation>Dodaj podsumowanie tej rozmowy lub je pomiń.</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>Wybierz temat…</translation>
    </message>
    <message>
        <source>What was asked and what you did (optional)</source>
        <translation>O co pytano i co zrobiono (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Resolved at first contact</source>
        <translation>&amp;Rozwiązano przy pierwszym kontakcie</translation>
    </message>
    <message>
        <source>&amp;Submit wrap-up</source>
        <translation>&amp;Zatwierdź podsumowanie</translation>
    </message>
    <message>
        <source>Submit (%1)</source>
        <translation>Zatwierdź (%1)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 z 5</translation>
    </message>
</context>
<context>
    <name>_PeopleBox</name>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected person from the team (Del)</source>
        <translation>Usuń wybraną osobę z zespołu (Del)</translation>
    </message>
</context>
</TS>
