<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AgentApp</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app does not match the server version. Please update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an administrator account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a supervisor account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) to watch queues and agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account (%1) cannot take conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0} — {1} ({2}, {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling {0} more (details not received yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTray</name>
    <message>
        <source>&amp;Open City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Contact Centre — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missed request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentWindow</name>
    <message>
        <source>&amp;Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toggle Available / Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold / &amp;resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera off / on (video call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-tone &amp;keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsult an expert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer to a department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;ference (citizen joins the consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the trans&amp;fer (the expert takes over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the cons&amp;ultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End or close conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert article into chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready &amp;because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every offer as soon as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the conversation with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague who asked you carries on alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the call with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the chat with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pass it on instead, use Transfer… (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: move through the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: clear the search, then back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: consult the selected person or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: transfer to the selected department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: star or unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff chat: send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Contact Centre — Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number and one chat for the whole city hall.
Open source, MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls: the server did not take the softphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for calls at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed an offer and are now Not ready. Press F9 when you are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence was changed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen left before the chat was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer went to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation: %1 (Ctrl+Tab to go there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined your conversation with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server: the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the wrap-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article inserted: edit it if needed, then press Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are available: the next chat will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish your wrap-up to receive new chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F9 or choose Available to start receiving chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation to consult or transfer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the article&apos;s short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the citizen asks, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues this article answers: agents there get it suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words people use, e.g. bin, dustbin, trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynonyms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (shown in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {0} by {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <source>History of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this revision&apos;s title and text into the editor; save to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: every agent sees it as a banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the article was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times an agent said the article answered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens whose question the article answered (self-service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned, but agents see only published articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioBridge</name>
    <message>
        <source>No audio device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found: the call works but the other side hears silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device found: the call works but the other side hears silence and you will not hear the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound system cannot be used ({error}): calls connect, but without microphone and speaker. Install PulseAudio&apos;s client library (libpulse0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device found. Calls still connect, but the other side hears silence and you hear nothing. Plug in a headset and reopen this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found: the other side will hear silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <source>Broadcast from a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read and show the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (counts as read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BroadcastsPage</name>
    <message>
        <source>&amp;New broadcast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell all staff or a team something now (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast sent to {0} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the call: the agent stays with the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send touch tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (they go into the wrap-up):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller asks, what you promised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier contacts from this number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier contacts from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold — the caller hears music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the caller on hold with music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>C&amp;onsult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an expert to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to a department&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the conversation: the agent keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the wrap-up before closing this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were asked to join: only the agent can consult or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One consultation at a time: cancel or complete this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: %1 now sees %2&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: the citizen is in the conversation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) joined the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to %1: the citizen keeps their place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback registered for %1 (position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: the citizen sees your messages now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were asked to consult: write to the agent in the staff chat. You can write to the citizen once the agent makes it a conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You transferred the conversation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You handed the conversation back: a colleague takes it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You handed the conversation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part in this conversation is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation ended by the citizen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the conversation at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeBroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears at once in the app of everyone you address (and when they next sign in today). You see how many have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What everyone needs to know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen joins you and the expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert takes the conversation over; you leave and wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the consultation: the citizen is back with you alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the conversation to the department&apos;s queue: the citizen keeps their place and the first free expert takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a callback: the citizen is phoned when an expert is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hears music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 (position %2) — nobody free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 — nobody free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of %1 is signed in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the citizen waiting in the queue, or register a callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hears music until you make it a conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen does not see %1 until you make it a conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone hears everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen sees %1&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s app lost its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultPicker</name>
    <message>
        <source>Consult an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should join your conversation with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which department&apos;s queue should %1 wait in? They keep their place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the expert should know (shown when it rings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (abandoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfe&amp;rred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;nger than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a conversation to read or play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording or transcript (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score this conversation (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording ready: Space plays it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No transcript: a call without a recording.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered it: there is nobody to score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No softphone: cannot take calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy: cannot take a call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy: no room for another chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-line colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message>
        <source>Find a person, department or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to join the conversation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the conversation to the department&apos;s queue (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult: the first free expert of %1 joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of %1 is free now: a consultation waits in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult first free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free expert of %1 joins (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the conversation to the queue of %1 (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a department&apos;s queue takes transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites come first in the directory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Score the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom you score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to coach (the agent&apos;s team lead reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the scores (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You scored %1 on %2 (%3 of 5): submitting replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt; of 5 (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria still to score</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the form changed: close and score again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the scores you have not submitted?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertMode</name>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray here: this window stands in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input for %1: you are Away. Move the mouse to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertPresence</name>
    <message>
        <source>&amp;Available for consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but no consultations for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at the computer: nothing is offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy &amp;because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full window with the knowledge base (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave: the colleague who asked carries on alone (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to your &amp;colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, shortcuts, sign out, quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so this window stands in for it: keep it open (minimise it if you like). Requests from colleagues pop up in the corner of the screen; closing this window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popup: accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popup: decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way with %1: the citizen sees and hears you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked you to join. The citizen does not see you: talk to %1 in the staff chat (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed this conversation to you: it is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part in this conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForceNotReadyDialog</name>
    <message>
        <source>Force Not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will receive no new work and will see this reason until they make themselves available again. The action is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Not Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForceOfflineBox</name>
    <message>
        <source>Force Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {0} Offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will receive no new work until they make themselves available again. The action is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Conversations offered per hour and weekday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InternalChat</name>
    <message>
        <source>Staff chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen does not see these messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the staff in this conversation read it; Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages between the staff in this conversation appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and make the article visible to agents (and citizens if public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the article: nobody finds it any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article as a banner to every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier revisions: who changed what, and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (other supervisors&apos; changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by title, tag, keyword or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the articles: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{0}” (revision {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned “{0}” for every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: you may not edit articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the server could not do it ({1}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent will see this as a banner at the top of their window until it is unpinned. The action is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {0} is in the editor: save to make it current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the banner from every agent&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles of this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the short answer into the message box, to edit and send (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;answered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the editors this article answered the citizen&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed. Type again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question to find articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no short answer to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer copied: paste it where you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: the editors will know it helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the short answer to the clipboard: this conversation takes no text (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a chat to insert the short answer into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your city hall account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <source>Missed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked you to join %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed you %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rang out at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear or read the conversation; nobody hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach the agent: they hear you, the citizen does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop monitoring; the conversation goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the conversation over: it is yours, the agent leaves it (a call: the caller talks to you on your phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conversation you took over (no wrap-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monitored chat&apos;s messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note to the agent (whisper) — the citizen never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the citizen (barge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitoring. Pick an agent and choose Monitor (Ctrl+Shift+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispering to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barged in (everyone hears you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a chat: no phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing your softphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your softphone hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring stopped: the conversation went to staff outside your teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the conversation over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — yours now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over: you talk to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the conversation over. End it with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation you took over ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoredIndicator</name>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being monitored by {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor monitors this conversation: Listen, Whisper or Barge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} leaves the conversation and owes no wrap-up for it. The move is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next free agent (front of its queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferToast</name>
    <message>
        <source>a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to join %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands you %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague hands you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline: the next expert is asked (Shift+F5, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (F5, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice call from the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to join a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted us %1 time(s) before; last on %2 about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <source>This call cannot be answered any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not answer the call: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad tones need a connected call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the keypad tones: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect the call&apos;s audio: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio device failed ({error}): the other side hears silence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every pinned article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse to one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the evaluations again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a conversation from the Conversations tab (Ctrl+7, then Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. plain_language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored in new evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion is scored 1–5; the total is their weighted average. A retired criterion keeps the scores it was given. Administrators change the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, average %1 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this topic&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run %1, deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings are kept %1 days unless their topic says otherwise, then deleted by a daily job (%2; next run %3). Every deletion is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs a key and a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings of %1 are kept %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: share answered within the threshold (short abandons not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: share who left before an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: average speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: average handle time, talk and wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents with this skill who are logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens whose question a knowledge-base article answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens are waiting and nobody with this skill is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen back on the same topic within this many days was not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table shown as CSV (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and press Run (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered and answered per half hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens back on the same topic, per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average quality score per criterion (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality per agent and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 offered, %4 answered, %5 abandoned (%6 within %7 s not counted), service level %8, speed of answer %9,&lt;br&gt;handle time %10, transfer rate %11, first-contact resolution %12, self-service answers %13, quality score %14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n agent(s) with the fewest conversations are not shown (too many for one reply): filter by an agent, or print them all with cc-server report --by agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Longest handling: %1. Most transfers: %2. Lowest first-contact resolution: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts (%3) were followed by the same citizen on the same topic within %4 days; %5 citizens came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of these conversations, average %1 of 5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation of the period is scored yet: score one in the Conversations tab (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Quit with live conversations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out with live conversations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go offline with live conversations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n live conversation(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you were asked to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing back ends none of them: each goes to the colleague consulted on it, else to the front of its queue for the next free colleague, with everything written so far. You owe no wrap-up for them. Where you were only asked to join, you leave and the colleague who asked carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller hears that they are back in line, then hold music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To give one to a particular department instead, choose Cancel and use Transfer… (%1) in its tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish them first without new ones, choose Not ready (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand back and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand back and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand back and go offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go offline anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing could be handed back. If you go anyway, the conversations stay yours on the server and come back when you sign in again; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call in progress ends when the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take every conversation back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in, not from the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day with these targets (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear typed-in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrin&amp;kage (breaks, training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents needed per half hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak: %1 agents to schedule from %2. Demand averaged over %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Short of agents in %n half hour(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteppingIn</name>
    <message>
        <source>&amp;Move conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of the selected agent&apos;s conversations to a colleague, a department or the next free agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the next free agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s conversation moved {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a supervisor account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>City Contact Centre — Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;Not Ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop new work reaching the selected agent, with a reason they will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected agent Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected agent Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected agent&apos;s session: their app is signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline Today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected agent&apos;s states today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the selected agent&apos;s call or read their chat live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;broadcast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell all staff or a team something now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only queues with citizens waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day: today&apos;s figures start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale since {0}: reconnecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Contact Centre — Supervisor (stale since {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: a citizen has waited {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: service level today is {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}, {2} since {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign {0} out of the contact centre? Their app closes its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log out {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline for {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has {1} conversations. Which one do you monitor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot monitor: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} set to {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} set to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scored %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live view of the city hall&apos;s contact centre: queues, agents and their state, pushed by the routing server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a team with the name typed (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected team the name typed (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor sees and acts on the members of their teams only; an admin on everyone. While there is no team at all, every supervisor supervises everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its supervisors no longer supervise its {0} members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the team: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {0} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>{0} today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraySettingsDialog</name>
    <message>
        <source>Expert tray settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set me &amp;Away after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without keyboard or mouse input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while you wait for requests (available or busy), never during a conversation. The first key or mouse move brings back what you had chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start in the tray when I sign in to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: the Run key of your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer tells the idle time through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wayland desktops do not tell applications how long you have been idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This display platform (%1) does not tell the idle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle time cannot be read here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Away is off: set Away yourself when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoCall</name>
    <message>
        <source>No camera found: the citizen sees a black picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped working ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found: the citizen hears silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera in this call to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no microphone in this call to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoCalls</name>
    <message>
        <source>The video call could not be connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoChatWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up and end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video call cannot be transferred; an expert can join its chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the call&apos;s media stopped; the chat goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoDevicesDialog</name>
    <message>
        <source>Video call devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: the citizen sees black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Waiting for the citizen&apos;s camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera, microphone and speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call from the browser: no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or start sending your picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallModeWidget</name>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Free to take work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected agents who chose Available, owe no wrap-up and have room for one more conversation on some channel: the routing would offer them one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by self-service today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within {0} s / (answered + abandoned after more than {1} s), today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Above: the citizen. Below: the agent or expert. Click to seek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupWidget</name>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the wrap-up to finish this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wrap-up for this conversation, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked and what you did (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved at first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PeopleBox</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person from the team (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
