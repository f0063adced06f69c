/* Citizen chat widget of the city hall contact centre.
 *
 * Plain JavaScript, no build step, no third-party code. Talks JSON over one websocket
 * at ws(s)://<this host>/ws (see shared/protocol.py for every message).
 *
 * Rules kept throughout:
 * - Text from the network or the user only ever reaches the page through textContent.
 * - Every message of the conversation has a server-assigned `seq`; the transcript is
 *   keyed by it, so a reload or reconnect re-renders without duplicates.
 * - Messages typed while offline wait in an outbox and are sent one at a time, in
 *   order, once `citizen.hello.ok` arrived again (one in flight keeps order and makes a
 *   lost reply easy to reconcile with the transcript the server sends back).
 * - Browsers do not send websocket pings, so the page sends `ping` itself.
 */
"use strict";

(() => {
  // ------------------------------------------------------------------ texts

  const STRINGS = {
    en: {
      "lang.name": "English",
      "lang.switch": "Polski",
      "lang.switch_label": "Przełącz na język polski",
      skip: "Skip to the chat",
      city: "Nowe Miasto City Hall",
      title: "Chat with the city hall",
      connecting: "Connecting…",
      reconnecting: "Reconnecting…",
      "start.heading": "How can we help?",
      "start.intro": "Choose a topic and ask your question. A city hall employee will answer you here.",
      "start.topic": "Topic",
      "start.name": "Your name (optional)",
      "start.text": "Your question",
      "start.submit": "Start chat",
      "start.starting": "Starting…",
      "start.no_topic": "Please choose a topic.",
      "start.no_text": "Please write your question.",
      "start.no_topics": "The chat is not available right now. Please try again later.",
      "hint.enter": "Enter sends, Shift+Enter starts a new line.",
      "chat.heading": "Chat: {topic}",
      "chat.heading_plain": "Your conversation",
      "chat.end": "End chat",
      "queue.position": "Waiting — you are number {n} in the queue",
      "queue.waiting": "Waiting for a free employee…",
      "agent.joined": "{name} joined the chat",
      "agent.chatting": "You are chatting with {name}",
      "agent.someone": "A city hall employee",
      typing: "{name} is typing…",
      you: "You",
      "state.sending": "sending…",
      "state.sent": "✓",
      "state.sent_label": "sent",
      "state.delivered": "✓✓",
      "state.delivered_label": "delivered",
      "state.failed": "not sent",
      "composer.label": "Your message",
      "composer.placeholder": "Write a message…",
      "composer.send": "Send",
      "ended.text": "The conversation has ended. Thank you.",
      "ended.new": "Start a new conversation",
      "notice.stored":
        "Chats are stored by Nowe Miasto City Hall to handle your request and improve our " +
        "service. Please do not share passwords or payment card numbers.",
      "error.generic": "Sorry, something went wrong ({code}). Please try again.",
      "error.too_large": "The message is too long.",
    },
    pl: {
      "lang.name": "Polski",
      "lang.switch": "English",
      "lang.switch_label": "Switch to English",
      skip: "Przejdź do czatu",
      city: "Urząd Miasta Nowe Miasto",
      title: "Czat z urzędem",
      connecting: "Łączenie…",
      reconnecting: "Ponowne łączenie…",
      "start.heading": "W czym możemy pomóc?",
      "start.intro": "Wybierz temat i zadaj pytanie. Pracownik urzędu odpowie Ci tutaj.",
      "start.topic": "Temat",
      "start.name": "Imię (opcjonalnie)",
      "start.text": "Twoje pytanie",
      "start.submit": "Rozpocznij czat",
      "start.starting": "Rozpoczynanie…",
      "start.no_topic": "Wybierz temat.",
      "start.no_text": "Wpisz swoje pytanie.",
      "start.no_topics": "Czat jest teraz niedostępny. Spróbuj ponownie później.",
      "hint.enter": "Enter wysyła, Shift+Enter dodaje nową linię.",
      "chat.heading": "Czat: {topic}",
      "chat.heading_plain": "Twoja rozmowa",
      "chat.end": "Zakończ czat",
      "queue.position": "Czekasz — jesteś {n}. w kolejce",
      "queue.waiting": "Czekasz na wolnego pracownika…",
      "agent.joined": "{name} dołącza do czatu",
      "agent.chatting": "Rozmawiasz z: {name}",
      "agent.someone": "Pracownik urzędu",
      typing: "{name} pisze…",
      you: "Ty",
      "state.sending": "wysyłanie…",
      "state.sent": "✓",
      "state.sent_label": "wysłano",
      "state.delivered": "✓✓",
      "state.delivered_label": "dostarczono",
      "state.failed": "nie wysłano",
      "composer.label": "Twoja wiadomość",
      "composer.placeholder": "Napisz wiadomość…",
      "composer.send": "Wyślij",
      "ended.text": "Rozmowa została zakończona. Dziękujemy.",
      "ended.new": "Rozpocznij nową rozmowę",
      "notice.stored":
        "Rozmowy są przechowywane przez Urząd Miasta Nowe Miasto w celu załatwienia Twojej " +
        "sprawy i poprawy obsługi. Nie podawaj haseł ani numerów kart płatniczych.",
      "error.generic": "Coś poszło nie tak ({code}). Spróbuj ponownie.",
      "error.too_large": "Wiadomość jest za długa.",
    },
  };

  // ------------------------------------------------------------------ settings

  const PROTOCOL_VERSION = 1;
  const KEEPALIVE_MS = 20000; // ping period
  const PONG_TIMEOUT_MS = 10000; // no pong by then: the connection is dead
  const HELLO_TIMEOUT_MS = 10000;
  const TYPING_IDLE_MS = 3000; // we stop "typing" after this long without input
  const REMOTE_TYPING_MAX_MS = 15000; // hide the agent's indicator if "false" got lost
  const BACKOFF_MIN_MS = 300;
  const BACKOFF_MAX_MS = 8000;
  const STORAGE = {
    token: "cc.citizen.resume_token",
    lang: "cc.citizen.lang",
    chat: "cc.citizen.chat", // {interaction_id, agent_name, delivered_seq}
  };

  // ------------------------------------------------------------------ tiny helpers

  const $ = (id) => document.getElementById(id);

  const store = {
    get(key) {
      try { return window.sessionStorage.getItem(key); } catch { return null; }
    },
    set(key, value) {
      try {
        if (value === null || value === undefined) window.sessionStorage.removeItem(key);
        else window.sessionStorage.setItem(key, value);
      } catch { /* storage disabled: we just cannot resume */ }
    },
    getJSON(key) {
      try { return JSON.parse(this.get(key) || "null"); } catch { return null; }
    },
    setJSON(key, value) { this.set(key, value === null ? null : JSON.stringify(value)); },
  };

  function pickLanguage() {
    const fromUrl = new URLSearchParams(location.search).get("lang");
    if (fromUrl && STRINGS[fromUrl]) return fromUrl;
    const saved = store.get(STORAGE.lang);
    if (saved && STRINGS[saved]) return saved;
    for (const l of navigator.languages || [navigator.language || "en"]) {
      const base = String(l).slice(0, 2).toLowerCase();
      if (STRINGS[base]) return base;
    }
    return "en";
  }

  let lang = pickLanguage();

  function t(key, params) {
    const dict = STRINGS[lang] || STRINGS.en;
    let text = dict[key] ?? STRINGS.en[key] ?? key;
    if (params) {
      text = text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
    }
    return text;
  }

  /** Set an element's text from the dictionary and remember how, for language switches. */
  function setText(el, key, params) {
    el.dataset.i18n = key;
    if (params) el.dataset.i18nArgs = JSON.stringify(params);
    else delete el.dataset.i18nArgs;
    el.textContent = t(key, params);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll("[data-i18n]")) {
      let params;
      try { params = el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : undefined; } catch { params = undefined; }
      el.textContent = t(el.dataset.i18n, params);
    }
    for (const el of document.querySelectorAll("[data-i18n-placeholder]")) {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    }
    for (const el of document.querySelectorAll("[data-i18n-label]")) {
      el.setAttribute("aria-label", t(el.dataset.i18nLabel));
      el.title = t(el.dataset.i18nLabel);
    }
    const toggle = $("lang-toggle");
    toggle.textContent = t("lang.switch");
    toggle.setAttribute("aria-label", t("lang.switch_label"));
    toggle.lang = lang === "en" ? "pl" : "en";
    document.title = `${t("title")} — ${t("city")}`;
    for (const el of document.querySelectorAll(".msg time[data-ts]")) {
      el.textContent = formatTime(Number(el.dataset.ts));
    }
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formatTime(ts) {
    const d = new Date(ts * 1000);
    if (Number.isNaN(d.getTime())) return "";
    return d.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
  }

  function firstName(full) {
    return String(full || "").trim().split(/\s+/)[0] || "";
  }

  // ------------------------------------------------------------------ state

  const state = {
    ws: null,
    online: false, // socket open and citizen.hello.ok received
    attempt: 0,
    everConnected: false,
    nextId: 1,
    pending: new Map(), // request id -> callback(reply | null)
    token: store.get(STORAGE.token),
    topics: [],
    interaction: null, // InteractionInfo of the current chat
    ended: false,
    agentName: "",
    agentNoticeShown: false,
    bySeq: new Map(), // seq -> <li>
    maxSeq: 0,
    ackedSeq: 0, // highest agent message we acknowledged
    deliveredSeq: 0, // agent received our messages up to here
    outbox: [], // [{text, li, afterSeq}] in order; outbox[0] may be in flight
    inFlight: null,
    starting: null, // {topic, name, text} while chat.start waits for its reply
    early: [], // events that arrived for a chat before its chat.started reply
    typingSent: false,
    timers: { typingIdle: 0, remoteTyping: 0, ping: 0, pong: 0, reconnect: 0, hello: 0 },
  };

  // ------------------------------------------------------------------ connection

  function wsUrl() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return `${scheme}//${location.host}/ws`;
  }

  function connect() {
    clearTimeout(state.timers.reconnect);
    state.timers.reconnect = 0;
    if (state.ws) return;
    let ws;
    try {
      ws = new WebSocket(wsUrl());
    } catch {
      scheduleReconnect();
      return;
    }
    state.ws = ws;
    ws.onopen = () => {
      sendHello();
      state.timers.ping = setInterval(sendPing, KEEPALIVE_MS);
    };
    ws.onmessage = (ev) => {
      let msg;
      try { msg = JSON.parse(ev.data); } catch { return; }
      if (msg && typeof msg.type === "string") dispatch(msg);
    };
    ws.onclose = () => dropConnection(ws);
    ws.onerror = () => { /* onclose follows */ };
  }

  function sendHello() {
    state.timers.hello = setTimeout(() => dropConnection(state.ws), HELLO_TIMEOUT_MS);
    request({ type: "citizen.hello", version: PROTOCOL_VERSION, resume_token: state.token || null },
      (reply) => {
        clearTimeout(state.timers.hello);
        if (!reply) return;
        if (reply.type === "citizen.hello.ok") {
          onHelloOk(reply);
        } else if (reply.type === "error" && state.token) {
          // The server does not know our token (expired, or a fresh database): start afresh.
          state.token = null;
          store.set(STORAGE.token, null);
          sendHello();
        } else {
          dropConnection(state.ws);
        }
      }, { beforeHello: true });
  }

  /** Forget the socket, fail pending replies, show "Reconnecting…" and try again later. */
  function dropConnection(ws) {
    if (!ws || ws !== state.ws) return;
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    try { ws.close(); } catch { /* already closed */ }
    state.ws = null;
    state.online = false;
    clearInterval(state.timers.ping);
    clearTimeout(state.timers.pong);
    clearTimeout(state.timers.hello);
    const callbacks = [...state.pending.values()];
    state.pending.clear();
    for (const cb of callbacks) cb(null);
    state.typingSent = false;
    hideRemoteTyping();
    renderConnection();
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (state.timers.reconnect) return;
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** state.attempt);
    state.attempt += 1;
    const delay = base * (0.5 + Math.random() / 2);
    state.timers.reconnect = setTimeout(() => { state.timers.reconnect = 0; connect(); }, delay);
  }

  function reconnectNow() {
    if (state.ws) return;
    state.attempt = 0;
    clearTimeout(state.timers.reconnect);
    state.timers.reconnect = 0;
    connect();
  }

  function send(msg) {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) return false;
    state.ws.send(JSON.stringify(msg));
    return true;
  }

  /** Send a request with a fresh id; cb(reply) gets the reply, or null if the link dropped. */
  function request(msg, cb, { beforeHello = false } = {}) {
    if (!beforeHello && !state.online) { cb(null); return; }
    const id = state.nextId++;
    state.pending.set(id, cb);
    if (!send({ ...msg, id })) {
      state.pending.delete(id);
      cb(null);
    }
  }

  /** Fire-and-forget messages (typing, acks); dropped while offline. */
  function notify(msg) {
    if (state.online) send(msg);
  }

  function sendPing() {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) return;
    const ws = state.ws;
    clearTimeout(state.timers.pong);
    state.timers.pong = setTimeout(() => dropConnection(ws), PONG_TIMEOUT_MS);
    const id = state.nextId++;
    state.pending.set(id, () => clearTimeout(state.timers.pong));
    send({ type: "ping", id });
  }

  // ------------------------------------------------------------------ dispatch

  function dispatch(msg) {
    if (typeof msg.id === "number" && msg.id !== 0 && state.pending.has(msg.id)) {
      const cb = state.pending.get(msg.id);
      state.pending.delete(msg.id);
      cb(msg);
      return;
    }
    const current = state.interaction && state.interaction.id;
    if (!current && state.starting && msg.interaction_id !== undefined) {
      // An event about the chat we are starting may overtake the chat.start reply.
      state.early.push(msg);
      return;
    }
    const mine = msg.interaction_id === undefined || msg.interaction_id === current;
    switch (msg.type) {
      case "queue.position":
        if (mine && !state.ended) showPosition(msg.position);
        break;
      case "chat.agent_joined":
        if (mine) onAgentJoined(msg.agent_name);
        break;
      case "chat.message":
        if (mine && msg.message) onChatMessage(msg.message);
        break;
      case "chat.typing":
        if (mine && msg.sender !== "citizen") {
          if (msg.typing) showRemoteTyping(); else hideRemoteTyping();
        }
        break;
      case "chat.delivered":
        if (mine) markDelivered(msg.seq);
        break;
      case "interaction.closed":
        if (mine) showEnded();
        break;
      case "error":
        // An error that answers nothing we wait for (e.g. a dropped notification).
        if (window.console) console.warn("server error", msg.code, msg.message);
        break;
      default:
        break; // unknown events are ignored: the server may be newer than this page
    }
  }

  // ------------------------------------------------------------------ hello / resume

  function onHelloOk(msg) {
    state.online = true;
    state.everConnected = true;
    state.attempt = 0;
    state.token = msg.resume_token;
    store.set(STORAGE.token, msg.resume_token);
    renderConnection();
    renderTopics(msg.topics || []);

    const info = msg.interaction;
    if (info && info.channel && info.channel !== "chat") {
      // Not something this page can show (a call); offer a new chat.
      if (!state.interaction) showStart();
    } else if (info) {
      if (state.starting) {
        // Our chat.start was stored although its reply got lost.
        state.starting = null;
        setText($("start-submit"), "start.submit");
      }
      const sameAsBefore = state.interaction && state.interaction.id === info.id;
      if (!sameAsBefore) resetConversation();
      setInteraction(info);
      const messages = msg.messages || [];
      reconcileOutbox(messages);
      for (const m of messages) renderMessage(m);
      if (info.state === "closed" || info.state === "abandoned") {
        showEnded();
      } else {
        state.ended = false;
        if (info.state === "queued" || info.state === "offered") {
          showPosition(msg.position);
        } else {
          hidePosition();
          ensureAgentNotice(messages);
        }
        showChat();
        ackUpTo(highestAgentSeq());
      }
    } else if (state.starting) {
      // chat.start was sent but its reply was lost with the connection: send it again.
      const again = state.starting;
      state.starting = null;
      startChat(again);
    } else if (state.interaction && !state.ended) {
      // We were in a chat the server no longer knows: it has ended for us.
      showEnded();
    } else if (!state.interaction) {
      showStart();
    }
    pumpOutbox();
  }

  /**
   * Messages whose reply got lost (with the connection, or with a reload) may have been
   * stored anyway: claim them in the server's transcript before rendering it, resend the
   * others. Only an entry that went out (afterSeq set) can match, and only a citizen
   * message with the same text stored after what we had seen when sending it.
   */
  function reconcileOutbox(messages) {
    state.inFlight = null;
    const keep = [];
    for (const entry of state.outbox) {
      const match = entry.afterSeq === null ? null : messages.find(
        (m) => m.sender === "citizen" && m.text === entry.text && m.seq > entry.afterSeq &&
          !state.bySeq.has(m.seq),
      );
      if (match) {
        confirmOutgoing(entry, match);
      } else {
        entry.afterSeq = null;
        keep.push(entry);
      }
    }
    state.outbox = keep;
    saveChat();
  }

  // ------------------------------------------------------------------ views

  function showView(name) {
    document.body.dataset.view = name;
    for (const v of ["connecting", "start", "chat"]) $(`view-${v}`).hidden = v !== name;
  }

  function renderConnection() {
    document.body.dataset.conn = state.online ? "online" : "offline";
    const banner = $("conn-banner");
    if (state.online) {
      delete banner.dataset.i18n;
      banner.textContent = "";
    } else if (state.everConnected) {
      setText(banner, "reconnecting");
    }
    updateControls();
  }

  function updateControls() {
    const busy = !!state.starting;
    $("start-submit").disabled = !state.online || busy || state.topics.length === 0;
    $("end-chat").disabled = !state.online || state.ended || !state.interaction;
    $("end-chat").hidden = state.ended;
    $("composer-send").disabled = state.ended;
    $("composer-text").disabled = state.ended;
  }

  function renderTopics(topics) {
    const same = topics.length === state.topics.length &&
      topics.every((tp, i) => tp.id === state.topics[i].id && tp.name === state.topics[i].name);
    state.topics = topics;
    $("no-topics").hidden = topics.length > 0;
    if (same) { updateControls(); return; }
    const list = $("topic-list");
    const chosen = list.querySelector("input:checked");
    const chosenId = chosen ? chosen.value : null;
    list.replaceChildren();
    for (const tp of topics) {
      const label = el("label", "topic");
      const input = el("input");
      input.type = "radio";
      input.name = "topic";
      input.value = tp.id;
      input.checked = tp.id === chosenId;
      const text = el("span", "topic-text");
      text.append(el("span", "topic-name", tp.name));
      if (tp.department) text.append(el("span", "topic-dept", tp.department));
      label.append(input, text);
      list.append(label);
    }
    updateControls();
  }

  function showStart() {
    state.ended = false;
    showView("start");
    updateControls();
  }

  function showChat() {
    showView("chat");
    $("ended").hidden = true;
    $("composer").hidden = false;
    updateControls();
  }

  function topicName(id) {
    const tp = state.topics.find((x) => x.id === id);
    return tp ? tp.name : id;
  }

  function setInteraction(info) {
    const fresh = !state.interaction || state.interaction.id !== info.id;
    state.interaction = info;
    const saved = store.getJSON(STORAGE.chat);
    if (fresh && saved && saved.interaction_id === info.id) {
      // A reload: what we knew about this chat, and what we had not managed to send.
      state.agentName = state.agentName || saved.agent_name || "";
      state.deliveredSeq = Math.max(state.deliveredSeq, saved.delivered_seq || 0);
      if (state.outbox.length === 0 && Array.isArray(saved.outbox)) {
        for (const item of saved.outbox) {
          if (!item || typeof item.text !== "string") continue;
          const li = pendingBubble(item.text);
          state.outbox.push({ text: item.text, li, afterSeq: typeof item.afterSeq === "number" ? item.afterSeq : null });
        }
      }
    }
    saveChat();
    const heading = $("chat-heading");
    if (info.topic) setText(heading, "chat.heading", { topic: topicName(info.topic) });
    else setText(heading, "chat.heading_plain");
  }

  function saveChat() {
    if (!state.interaction) { store.setJSON(STORAGE.chat, null); return; }
    store.setJSON(STORAGE.chat, {
      interaction_id: state.interaction.id,
      agent_name: state.agentName,
      delivered_seq: state.deliveredSeq,
      outbox: state.outbox.map((e) => ({ text: e.text, afterSeq: e.afterSeq })),
    });
  }

  function resetConversation() {
    state.interaction = null;
    state.ended = false;
    state.agentName = "";
    state.agentNoticeShown = false;
    state.bySeq.clear();
    state.maxSeq = 0;
    state.ackedSeq = 0;
    state.deliveredSeq = 0;
    state.outbox = [];
    state.inFlight = null;
    $("transcript").replaceChildren();
    hidePosition();
    hideRemoteTyping();
    $("composer-text").value = "";
  }

  function showPosition(position) {
    const status = $("queue-status");
    if (typeof position === "number" && position > 0) setText(status, "queue.position", { n: position });
    else setText(status, "queue.waiting");
    status.hidden = false;
  }

  function hidePosition() {
    $("queue-status").hidden = true;
  }

  function showEnded() {
    state.ended = true;
    hidePosition();
    hideRemoteTyping();
    stopTyping(false);
    clearTimeout(state.timers.typingIdle);
    showView("chat");
    $("composer").hidden = true;
    $("ended").hidden = false;
    // Whatever could not be sent any more is marked as such.
    for (const entry of state.outbox) setState(entry.li, "failed");
    state.outbox = [];
    state.inFlight = null;
    saveChat();
    updateControls();
    $("new-chat").focus();
  }

  // ------------------------------------------------------------------ transcript

  function transcript() { return $("transcript"); }

  function scrollToEnd(force) {
    const list = transcript();
    const nearEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    if (force || nearEnd) list.scrollTop = list.scrollHeight;
  }

  /** Insert a message or notice before the first unsent bubble, or before a later seq. */
  function place(li, seq) {
    const list = transcript();
    let before = null;
    for (const child of list.children) {
      if (seq !== undefined && child.dataset.seq && Number(child.dataset.seq) > seq) { before = child; break; }
      if (child.dataset.local === "1" && child.dataset.state !== "failed") { before = child; break; }
    }
    list.insertBefore(li, before);
  }

  function buildBubble(mine, senderName, text, ts) {
    const li = el("li", `msg ${mine ? "mine" : "theirs"}`);
    li.append(el("span", "who", mine ? t("you") : senderName));
    if (mine) li.querySelector(".who").dataset.i18n = "you";
    li.append(el("div", "bubble", text));
    const meta = el("div", "meta");
    const time = el("time");
    if (ts) {
      time.dataset.ts = String(ts);
      time.dateTime = new Date(ts * 1000).toISOString();
      time.textContent = formatTime(ts);
    }
    meta.append(time);
    if (mine) meta.append(el("span", "mark"));
    li.append(meta);
    return li;
  }

  function setState(li, s) {
    li.dataset.state = s;
    const mark = li.querySelector(".mark");
    if (!mark) return;
    if (s === "sending" || s === "failed") {
      setText(mark, `state.${s}`);
      delete mark.dataset.i18nLabel;
      mark.removeAttribute("aria-label");
      mark.removeAttribute("title");
    }
    else {
      setText(mark, `state.${s}`);
      mark.dataset.i18nLabel = `state.${s}_label`;
      mark.setAttribute("aria-label", t(`state.${s}_label`));
      mark.title = t(`state.${s}_label`);
    }
  }

  function renderMessage(m) {
    if (typeof m.seq !== "number" || state.bySeq.has(m.seq)) return state.bySeq.get(m.seq) || null;
    let li;
    if (m.sender === "system") {
      li = el("li", "notice-item", m.text);
      li.dataset.sender = "system";
    } else {
      const mine = m.sender === "citizen";
      li = buildBubble(mine, m.sender_name || t("agent.someone"), m.text, m.ts);
      li.dataset.sender = m.sender;
      if (mine) setState(li, m.seq <= state.deliveredSeq ? "delivered" : "sent");
      else if (m.sender_name && !state.agentName) { state.agentName = m.sender_name; saveChat(); }
    }
    li.dataset.seq = String(m.seq);
    state.bySeq.set(m.seq, li);
    state.maxSeq = Math.max(state.maxSeq, m.seq);
    place(li, m.seq);
    scrollToEnd(false);
    return li;
  }

  function onChatMessage(m) {
    if (m.sender === "citizen") {
      // Our own message echoed (e.g. sent from another tab): match it with the outbox.
      const entry = state.inFlight;
      if (entry && entry.text === m.text && !state.bySeq.has(m.seq)) {
        confirmOutgoing(entry, m);
        return;
      }
      renderMessage(m);
      return;
    }
    if (m.sender === "agent") {
      hideRemoteTyping();
      if (m.sender_name && m.sender_name !== state.agentName) { state.agentName = m.sender_name; saveChat(); }
      if (!state.agentNoticeShown) hidePosition();
    }
    const fresh = !state.bySeq.has(m.seq);
    renderMessage(m);
    if (fresh && m.sender === "agent") ackUpTo(m.seq);
  }

  function highestAgentSeq() {
    let best = 0;
    for (const [seq, li] of state.bySeq) if (li.dataset.sender === "agent" && seq > best) best = seq;
    return best;
  }

  function ackUpTo(seq) {
    if (!state.interaction || !seq || seq <= state.ackedSeq || !state.online) return;
    state.ackedSeq = seq;
    notify({ type: "chat.ack", interaction_id: state.interaction.id, seq });
  }

  function markDelivered(seq) {
    if (typeof seq !== "number" || seq <= state.deliveredSeq) return;
    state.deliveredSeq = seq;
    saveChat();
    for (const [s, li] of state.bySeq) {
      if (s <= seq && li.dataset.sender === "citizen" && li.dataset.state === "sent") setState(li, "delivered");
    }
  }

  function addNotice(key, params) {
    const li = el("li", "notice-item");
    setText(li, key, params);
    li.dataset.notice = key;
    place(li);
    scrollToEnd(false);
    return li;
  }

  function onAgentJoined(name) {
    state.agentName = name || state.agentName;
    saveChat();
    hidePosition();
    if (state.interaction) state.interaction.state = "active";
    addNotice("agent.joined", { name: name || t("agent.someone") });
    state.agentNoticeShown = true;
  }

  /** After a reload: say who we are talking to, unless the transcript already does. */
  function ensureAgentNotice(messages) {
    if (state.agentNoticeShown) return;
    const hasSystemJoin = messages.some((m) => m.sender === "system");
    if (!hasSystemJoin && state.agentName) addNotice("agent.chatting", { name: state.agentName });
    state.agentNoticeShown = true;
  }

  // ------------------------------------------------------------------ typing

  function showRemoteTyping() {
    const box = $("typing");
    const name = firstName(state.agentName);
    setText(box, "typing", { name: name || t("agent.someone") });
    box.hidden = false;
    clearTimeout(state.timers.remoteTyping);
    state.timers.remoteTyping = setTimeout(hideRemoteTyping, REMOTE_TYPING_MAX_MS);
  }

  function hideRemoteTyping() {
    clearTimeout(state.timers.remoteTyping);
    $("typing").hidden = true;
  }

  function onComposerInput() {
    if (!state.interaction || state.ended) return;
    if ($("composer-text").value.trim() === "") { stopTyping(true); return; }
    if (!state.typingSent && state.online) {
      state.typingSent = true;
      notify({ type: "chat.typing", interaction_id: state.interaction.id, typing: true, sender: "citizen" });
    }
    clearTimeout(state.timers.typingIdle);
    state.timers.typingIdle = setTimeout(() => stopTyping(true), TYPING_IDLE_MS);
  }

  function stopTyping(tell) {
    clearTimeout(state.timers.typingIdle);
    if (!state.typingSent) return;
    state.typingSent = false;
    if (tell && state.interaction) {
      notify({ type: "chat.typing", interaction_id: state.interaction.id, typing: false, sender: "citizen" });
    }
  }

  // ------------------------------------------------------------------ sending

  function startChat(params) {
    state.starting = params;
    updateControls();
    setText($("start-submit"), "start.starting");
    request({ type: "chat.start", topic: params.topic, name: params.name, text: params.text }, (reply) => {
      if (!reply) return; // lost with the connection: resent after the next hello
      state.starting = null;
      setText($("start-submit"), "start.submit");
      if (reply.type === "chat.started") {
        resetConversation();
        setInteraction(reply.interaction);
        renderMessage(reply.message);
        showPosition(reply.position);
        showChat();
        const early = state.early;
        state.early = [];
        for (const ev of early) if (ev.interaction_id === reply.interaction.id) dispatch(ev);
        $("start-text").value = "";
        $("start-error").hidden = true;
        $("composer-text").focus();
      } else {
        state.early = [];
        showStartError(reply.type === "error" ? reply : { code: "unknown" });
      }
      updateControls();
    });
  }

  function showStartError(err) {
    const box = $("start-error");
    if (err.code === "too_large") setText(box, "error.too_large");
    else setText(box, "error.generic", { code: err.code || "?" });
    box.hidden = false;
  }

  function onStartSubmit(ev) {
    ev.preventDefault();
    if (state.starting || !state.online) return;
    const chosen = $("topic-list").querySelector("input:checked");
    const text = $("start-text").value.trim();
    const errorBox = $("start-error");
    if (!chosen) {
      setText(errorBox, "start.no_topic");
      errorBox.hidden = false;
      const first = $("topic-list").querySelector("input");
      if (first) first.focus();
      return;
    }
    if (!text) {
      setText(errorBox, "start.no_text");
      errorBox.hidden = false;
      $("start-text").focus();
      return;
    }
    errorBox.hidden = true;
    startChat({ topic: chosen.value, name: $("start-name").value.trim(), text });
  }

  function onComposerSubmit(ev) {
    ev.preventDefault();
    if (state.ended || !state.interaction) return;
    const box = $("composer-text");
    const text = box.value.trim();
    if (!text) return;
    box.value = "";
    stopTyping(true);
    const li = pendingBubble(text);
    scrollToEnd(true);
    state.outbox.push({ text, li, afterSeq: null });
    saveChat();
    pumpOutbox();
    box.focus();
  }

  /** A bubble for a message the server has not confirmed yet; always at the end. */
  function pendingBubble(text) {
    const li = buildBubble(true, "", text, Date.now() / 1000);
    li.dataset.sender = "citizen";
    li.dataset.local = "1";
    setState(li, "sending");
    transcript().append(li);
    return li;
  }

  /** Send outbox[0] when online and nothing is in flight; the next one after its reply. */
  function pumpOutbox() {
    if (!state.online || state.inFlight || state.outbox.length === 0 || !state.interaction || state.ended) return;
    const entry = state.outbox[0];
    entry.afterSeq = state.maxSeq;
    state.inFlight = entry;
    saveChat();
    request({ type: "chat.send", interaction_id: state.interaction.id, text: entry.text }, (reply) => {
      if (!reply) return; // link dropped: reconciled against the transcript after hello
      if (state.inFlight !== entry) return;
      state.inFlight = null;
      state.outbox.shift();
      saveChat();
      if (reply.type === "chat.sent" && reply.message) {
        confirmOutgoing(entry, reply.message);
      } else {
        setState(entry.li, "failed");
        if (reply.code === "not_found" || reply.code === "conflict") showEnded();
      }
      pumpOutbox();
    });
  }

  function confirmOutgoing(entry, m) {
    const existing = state.bySeq.get(m.seq);
    if (existing && existing !== entry.li) {
      entry.li.remove();
      return;
    }
    const li = entry.li;
    delete li.dataset.local;
    li.dataset.seq = String(m.seq);
    const time = li.querySelector("time");
    if (time && m.ts) {
      time.dataset.ts = String(m.ts);
      time.textContent = formatTime(m.ts);
    }
    state.bySeq.set(m.seq, li);
    state.maxSeq = Math.max(state.maxSeq, m.seq);
    setState(li, m.seq <= state.deliveredSeq ? "delivered" : "sent");
    li.remove();
    place(li, m.seq);
  }

  function onEndChat() {
    if (!state.interaction || state.ended) return;
    const id = state.interaction.id;
    request({ type: "interaction.close", interaction_id: id }, (reply) => {
      if (reply && state.interaction && state.interaction.id === id) showEnded();
    });
  }

  function onNewChat() {
    resetConversation();
    store.setJSON(STORAGE.chat, null);
    showStart();
    const first = $("topic-list").querySelector("input:checked") || $("topic-list").querySelector("input");
    if (first) first.focus(); else $("start-text").focus();
  }

  // ------------------------------------------------------------------ wiring

  function enterSubmits(textarea, form) {
    textarea.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
        ev.preventDefault();
        form.requestSubmit();
      }
    });
  }

  function init() {
    applyLanguage();
    $("lang-toggle").addEventListener("click", () => {
      lang = lang === "en" ? "pl" : "en";
      store.set(STORAGE.lang, lang);
      applyLanguage();
    });
    $("start-form").addEventListener("submit", onStartSubmit);
    $("composer").addEventListener("submit", onComposerSubmit);
    $("composer-text").addEventListener("input", onComposerInput);
    enterSubmits($("start-text"), $("start-form"));
    enterSubmits($("composer-text"), $("composer"));
    $("end-chat").addEventListener("click", onEndChat);
    $("new-chat").addEventListener("click", onNewChat);
    window.addEventListener("online", reconnectNow);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && !state.ws) reconnectNow();
    });
    showView("connecting");
    updateControls();
    connect();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
