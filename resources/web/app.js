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
 * - Calls from the browser (video, voice) live in call.js, loaded before this file: it
 *   gets a small interface (`callApi()`) and this file tells it what happens (`call.on*`).
 */
"use strict";

(() => {
  // ------------------------------------------------------------------ texts

  const STRINGS = {
    en: {
      "lang.name": "English",
      "lang.label": "Language",
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
      "participant.joined": "{name} from {department} joined the chat",
      "participant.joined_plain": "{name} joined the chat",
      "participant.left": "{name} left the chat",
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
      "kb.heading": "Maybe this answers your question",
      "kb.did_you_mean": "Did you mean",
      "kb.did_you_mean_end": "?",
      "kb.count.one": "{n} possible answer to your question",
      "kb.count.other": "{n} possible answers to your question",
      "kb.none_suggest": "No answers found. Did you mean {suggestion}?",
      "kb.chat_anyway": "Not what you need? You can start the chat at any time.",
      "kb.loading": "Loading…",
      "kb.load_failed": "Sorry, this answer could not be loaded. Please try again.",
      "kb.valid_until": "Valid until {date}",
      "kb.pinned": "Important",
      "kb.pinned_heading": "Important notices",
      "kb.new_tab": "(opens in a new tab)",
      "kb.yes": "Yes, this answered my question",
      "kb.no": "No, I still need help",
      "kb.answer_failed": "Sorry, that did not reach us. Please try again.",
      "helped.heading": "Glad we could help",
      "helped.text": "Thank you for letting us know. You can close this page now.",
      "helped.article": "The answer that helped:",
      "helped.back": "I still want to chat",
    },
    pl: {
      "lang.name": "Polski",
      "lang.label": "Język",
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
      "participant.joined": "{name} ({department}) dołącza do czatu",
      "participant.joined_plain": "{name} dołącza do czatu",
      "participant.left": "{name} opuszcza czat",
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
      "kb.heading": "Może to odpowiada na Twoje pytanie",
      "kb.did_you_mean": "Czy chodziło Ci o",
      "kb.did_you_mean_end": "?",
      "kb.count.one": "{n} możliwa odpowiedź na Twoje pytanie",
      "kb.count.few": "{n} możliwe odpowiedzi na Twoje pytanie",
      "kb.count.many": "{n} możliwych odpowiedzi na Twoje pytanie",
      "kb.count.other": "{n} możliwych odpowiedzi na Twoje pytanie",
      "kb.none_suggest": "Nie znaleziono odpowiedzi. Czy chodziło Ci o {suggestion}?",
      "kb.chat_anyway": "To nie to? Czat możesz rozpocząć w każdej chwili.",
      "kb.loading": "Wczytywanie…",
      "kb.load_failed": "Nie udało się wczytać tej odpowiedzi. Spróbuj ponownie.",
      "kb.valid_until": "Aktualne do {date}",
      "kb.pinned": "Ważne",
      "kb.pinned_heading": "Ważne komunikaty",
      "kb.new_tab": "(otwiera się w nowej karcie)",
      "kb.yes": "Tak, to odpowiada na moje pytanie",
      "kb.no": "Nie, nadal potrzebuję pomocy",
      "kb.answer_failed": "Nie udało się tego wysłać. Spróbuj ponownie.",
      "helped.heading": "Cieszymy się, że mogliśmy pomóc",
      "helped.text": "Dziękujemy za informację. Możesz teraz zamknąć tę stronę.",
      "helped.article": "Odpowiedź, która pomogła:",
      "helped.back": "Nadal chcę porozmawiać na czacie",
    },
    da: {
      "lang.name": "Dansk",
      "lang.label": "Sprog",
      skip: "Gå til chatten",
      city: "Nowe Miasto Kommune",
      title: "Chat med kommunen",
      connecting: "Forbinder…",
      reconnecting: "Forbinder igen…",
      "start.heading": "Hvad kan vi hjælpe med?",
      "start.intro": "Vælg et emne, og skriv dit spørgsmål. En medarbejder fra kommunen svarer dig her.",
      "start.topic": "Emne",
      "start.name": "Dit navn (valgfrit)",
      "start.text": "Dit spørgsmål",
      "start.submit": "Start chat",
      "start.starting": "Starter…",
      "start.no_topic": "Vælg et emne.",
      "start.no_text": "Skriv dit spørgsmål.",
      "start.no_topics": "Chatten er ikke tilgængelig lige nu. Prøv igen senere.",
      "hint.enter": "Enter sender, Shift+Enter giver en ny linje.",
      "chat.heading": "Chat: {topic}",
      "chat.heading_plain": "Din samtale",
      "chat.end": "Afslut chat",
      "queue.position": "Venter – du er nummer {n} i køen",
      "queue.waiting": "Venter på en ledig medarbejder…",
      "agent.joined": "{name} er kommet ind i chatten",
      "participant.joined": "{name} fra {department} er kommet ind i chatten",
      "participant.joined_plain": "{name} er kommet ind i chatten",
      "participant.left": "{name} har forladt chatten",
      "agent.chatting": "Du chatter med {name}",
      "agent.someone": "En medarbejder fra kommunen",
      typing: "{name} skriver…",
      you: "Dig",
      "state.sending": "sender…",
      "state.sent": "✓",
      "state.sent_label": "sendt",
      "state.delivered": "✓✓",
      "state.delivered_label": "leveret",
      "state.failed": "ikke sendt",
      "composer.label": "Din besked",
      "composer.placeholder": "Skriv en besked…",
      "composer.send": "Send",
      "ended.text": "Samtalen er afsluttet. Tak for din henvendelse.",
      "ended.new": "Start en ny samtale",
      "notice.stored":
        "Chats gemmes af Nowe Miasto Kommune, så vi kan behandle din henvendelse og forbedre " +
        "vores service. Del ikke adgangskoder eller betalingskortnumre.",
      "error.generic": "Der opstod desværre en fejl ({code}). Prøv igen.",
      "error.too_large": "Beskeden er for lang.",
      "kb.heading": "Måske besvarer dette dit spørgsmål",
      "kb.did_you_mean": "Mente du",
      "kb.did_you_mean_end": "?",
      "kb.count.one": "{n} muligt svar på dit spørgsmål",
      "kb.count.other": "{n} mulige svar på dit spørgsmål",
      "kb.none_suggest": "Ingen svar fundet. Mente du {suggestion}?",
      "kb.chat_anyway": "Ikke det, du søger? Du kan altid starte chatten.",
      "kb.loading": "Indlæser…",
      "kb.load_failed": "Svaret kunne desværre ikke indlæses. Prøv igen.",
      "kb.valid_until": "Gælder til {date}",
      "kb.pinned": "Vigtigt",
      "kb.pinned_heading": "Vigtige meddelelser",
      "kb.new_tab": "(åbner i en ny fane)",
      "kb.yes": "Ja, det besvarede mit spørgsmål",
      "kb.no": "Nej, jeg har stadig brug for hjælp",
      "kb.answer_failed": "Det nåede desværre ikke frem til os. Prøv igen.",
      "helped.heading": "Godt, at vi kunne hjælpe",
      "helped.text": "Tak for din tilbagemelding. Du kan nu lukke siden.",
      "helped.article": "Svaret, der hjalp:",
      "helped.back": "Jeg vil stadig gerne chatte",
    },
    ru: {
      "lang.name": "Русский",
      "lang.label": "Язык",
      skip: "Перейти к чату",
      city: "Мэрия Нове-Място",
      title: "Чат с мэрией",
      connecting: "Подключение…",
      reconnecting: "Повторное подключение…",
      "start.heading": "Чем мы можем помочь?",
      "start.intro": "Выберите тему и задайте вопрос. Сотрудник мэрии ответит Вам здесь.",
      "start.topic": "Тема",
      "start.name": "Ваше имя (необязательно)",
      "start.text": "Ваш вопрос",
      "start.submit": "Начать чат",
      "start.starting": "Начинаем…",
      "start.no_topic": "Пожалуйста, выберите тему.",
      "start.no_text": "Пожалуйста, напишите свой вопрос.",
      "start.no_topics": "Чат сейчас недоступен. Пожалуйста, попробуйте позже.",
      "hint.enter": "Enter — отправить, Shift+Enter — новая строка.",
      "chat.heading": "Чат: {topic}",
      "chat.heading_plain": "Ваш разговор",
      "chat.end": "Завершить чат",
      "queue.position": "Ожидание: Ваш номер в очереди — {n}",
      "queue.waiting": "Ожидаем свободного сотрудника…",
      "agent.joined": "{name} теперь в чате",
      "participant.joined": "{name} ({department}) теперь в чате",
      "participant.joined_plain": "{name} теперь в чате",
      "participant.left": "{name} больше не в чате",
      "agent.chatting": "Вы общаетесь с сотрудником: {name}",
      "agent.someone": "Сотрудник мэрии",
      typing: "{name} печатает…",
      you: "Вы",
      "state.sending": "отправка…",
      "state.sent": "✓",
      "state.sent_label": "отправлено",
      "state.delivered": "✓✓",
      "state.delivered_label": "доставлено",
      "state.failed": "не отправлено",
      "composer.label": "Ваше сообщение",
      "composer.placeholder": "Напишите сообщение…",
      "composer.send": "Отправить",
      "ended.text": "Разговор завершён. Спасибо.",
      "ended.new": "Начать новый разговор",
      "notice.stored":
        "Мэрия Нове-Място хранит переписку в чате, чтобы рассмотреть Ваше обращение и " +
        "улучшать обслуживание. Пожалуйста, не сообщайте пароли и номера платёжных карт.",
      "error.generic": "Извините, что-то пошло не так ({code}). Пожалуйста, попробуйте ещё раз.",
      "error.too_large": "Сообщение слишком длинное.",
      "kb.heading": "Возможно, это ответ на Ваш вопрос",
      "kb.did_you_mean": "Возможно, Вы имели в виду",
      "kb.did_you_mean_end": "?",
      "kb.count.one": "{n} возможный ответ на Ваш вопрос",
      "kb.count.few": "{n} возможных ответа на Ваш вопрос",
      "kb.count.many": "{n} возможных ответов на Ваш вопрос",
      "kb.count.other": "{n} возможного ответа на Ваш вопрос",
      "kb.none_suggest": "Ответов не найдено. Возможно, Вы имели в виду {suggestion}?",
      "kb.chat_anyway": "Не то, что нужно? Вы можете начать чат в любой момент.",
      "kb.loading": "Загрузка…",
      "kb.load_failed": "Не удалось загрузить этот ответ. Пожалуйста, попробуйте ещё раз.",
      "kb.valid_until": "Действует до {date}",
      "kb.pinned": "Важно",
      "kb.pinned_heading": "Важные объявления",
      "kb.new_tab": "(откроется в новой вкладке)",
      "kb.yes": "Да, это ответ на мой вопрос",
      "kb.no": "Нет, мне всё ещё нужна помощь",
      "kb.answer_failed": "Не удалось отправить. Пожалуйста, попробуйте ещё раз.",
      "helped.heading": "Рады, что смогли помочь",
      "helped.text": "Спасибо, что сообщили. Теперь эту страницу можно закрыть.",
      "helped.article": "Ответ, который помог:",
      "helped.back": "Я всё же хочу написать в чат",
    },
    uk: {
      "lang.name": "Українська",
      "lang.label": "Мова",
      skip: "Перейти до чату",
      city: "Міська рада Нове Място",
      title: "Чат із міською радою",
      connecting: "З’єднання…",
      reconnecting: "Повторне з’єднання…",
      "start.heading": "Чим ми можемо допомогти?",
      "start.intro": "Виберіть тему й поставте запитання. Працівник міської ради відповість Вам тут.",
      "start.topic": "Тема",
      "start.name": "Ваше ім’я (необов’язково)",
      "start.text": "Ваше запитання",
      "start.submit": "Почати чат",
      "start.starting": "Починаємо…",
      "start.no_topic": "Будь ласка, виберіть тему.",
      "start.no_text": "Будь ласка, напишіть своє запитання.",
      "start.no_topics": "Чат зараз недоступний. Будь ласка, спробуйте пізніше.",
      "hint.enter": "Enter — надіслати, Shift+Enter — новий рядок.",
      "chat.heading": "Чат: {topic}",
      "chat.heading_plain": "Ваша розмова",
      "chat.end": "Завершити чат",
      "queue.position": "Очікування: Ваш номер у черзі — {n}",
      "queue.waiting": "Очікуємо вільного працівника…",
      "agent.joined": "{name} тепер у чаті",
      "participant.joined": "{name} ({department}) тепер у чаті",
      "participant.joined_plain": "{name} тепер у чаті",
      "participant.left": "{name} більше не в чаті",
      "agent.chatting": "Ви спілкуєтеся з працівником: {name}",
      "agent.someone": "Працівник міської ради",
      typing: "{name} пише…",
      you: "Ви",
      "state.sending": "надсилання…",
      "state.sent": "✓",
      "state.sent_label": "надіслано",
      "state.delivered": "✓✓",
      "state.delivered_label": "доставлено",
      "state.failed": "не надіслано",
      "composer.label": "Ваше повідомлення",
      "composer.placeholder": "Напишіть повідомлення…",
      "composer.send": "Надіслати",
      "ended.text": "Розмову завершено. Дякуємо.",
      "ended.new": "Почати нову розмову",
      "notice.stored":
        "Міська рада Нове Място зберігає листування в чаті, щоб розглянути Ваше звернення та " +
        "покращувати обслуговування. Будь ласка, не повідомляйте паролі й номери платіжних карток.",
      "error.generic": "Вибачте, сталася помилка ({code}). Будь ласка, спробуйте ще раз.",
      "error.too_large": "Повідомлення задовге.",
      "kb.heading": "Можливо, це відповідь на Ваше запитання",
      "kb.did_you_mean": "Можливо, Ви мали на увазі",
      "kb.did_you_mean_end": "?",
      "kb.count.one": "{n} можлива відповідь на Ваше запитання",
      "kb.count.few": "{n} можливі відповіді на Ваше запитання",
      "kb.count.many": "{n} можливих відповідей на Ваше запитання",
      "kb.count.other": "{n} можливої відповіді на Ваше запитання",
      "kb.none_suggest": "Відповідей не знайдено. Можливо, Ви мали на увазі {suggestion}?",
      "kb.chat_anyway": "Не те, що потрібно? Ви можете почати чат будь-коли.",
      "kb.loading": "Завантаження…",
      "kb.load_failed": "Не вдалося завантажити цю відповідь. Будь ласка, спробуйте ще раз.",
      "kb.valid_until": "Чинне до {date}",
      "kb.pinned": "Важливо",
      "kb.pinned_heading": "Важливі оголошення",
      "kb.new_tab": "(відкриється в новій вкладці)",
      "kb.yes": "Так, це відповідь на моє запитання",
      "kb.no": "Ні, мені ще потрібна допомога",
      "kb.answer_failed": "Не вдалося надіслати. Будь ласка, спробуйте ще раз.",
      "helped.heading": "Раді, що змогли допомогти",
      "helped.text": "Дякуємо, що повідомили. Тепер цю сторінку можна закрити.",
      "helped.article": "Відповідь, яка допомогла:",
      "helped.back": "Я все ж хочу написати в чат",
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
  const KB_DEBOUNCE_MS = 300; // pause in typing before the question is searched
  const KB_MIN_QUERY = 3; // shorter questions are not searched
  const KB_MAX_QUERY = 200; // the server refuses longer queries
  const KB_LIMIT = 5;
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

  // The languages of the page, in the switch's order, each named in itself
  // (shared/contracts.py PAGE_LANGUAGES; the server's default_language is one of them).
  const LANGUAGES = ["pl", "en", "da", "ru", "uk"];

  /** A language code ("da-DK", "uk", "EN") as one of ours, or "". */
  function supportedLanguage(code) {
    const base = String(code || "").trim().toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.includes(base) && STRINGS[base] ? base : "";
  }

  /** ?lang=, else the saved choice, else the browser's first language we have; null
   * when none of them names one (then the centre's default, from citizen.hello.ok). */
  function pickLanguage() {
    const fromUrl = supportedLanguage(new URLSearchParams(location.search).get("lang"));
    if (fromUrl) return fromUrl;
    const saved = supportedLanguage(store.get(STORAGE.lang));
    if (saved) return saved;
    for (const l of navigator.languages || [navigator.language || ""]) {
      const found = supportedLanguage(l);
      if (found) return found;
    }
    return null;
  }

  const picked = pickLanguage();
  let lang = picked || "en"; // until the server tells its default
  let call = null; // call.js's controller, or null without it (then the page is chat only)

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
    const select = $("lang-select");
    if (select.options.length === 0) {
      for (const code of LANGUAGES) {
        const option = el("option", null, STRINGS[code]["lang.name"]);
        option.value = code;
        option.lang = code; // each named in itself, read in its own language
        select.append(option);
      }
    }
    select.value = lang;
    renderTopicNames();
    renderChatHeading();
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
    helped: null, // {id, title} after "this answered my question", until "I still want to chat"
    kb: {
      timer: 0,
      searchId: 0, // request id of the latest kb.search: other replies are stale
      sent: null, // {query, topic} of the latest search sent
      items: new Map(), // article id -> {li, hit, refs} of the results
      pinned: new Map(), // article id -> {li, hit, refs} of the pinned notices on top
      open: null, // the item whose text is open (one at a time)
      articles: new Map(), // article id -> Article (kb.get replies)
      answered: new Set(), // article ids already counted as answering the question
      pinnedHits: null, // the pinned notices as the server sent them
      nextKey: 1, // for element ids
    },
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
    if (call) call.onOffline();
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

  /**
   * Send a request with a fresh id; cb(reply) gets the reply, or null if the link dropped.
   * Returns the id (0 when nothing was sent).
   */
  function request(msg, cb, { beforeHello = false } = {}) {
    if (!beforeHello && !state.online) { cb(null); return 0; }
    const id = state.nextId++;
    state.pending.set(id, cb);
    if (!send({ ...msg, id })) {
      state.pending.delete(id);
      cb(null);
      return 0;
    }
    return id;
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
        if (mine && !state.ended) {
          showPosition(msg.position);
          if (call) call.onQueuePosition(msg.position);
        }
        break;
      case "chat.agent_joined":
        if (mine) {
          onAgentJoined(msg.agent_name);
          if (call) call.onAgentJoined();
        }
        break;
      case "rtc.signal":
        if (mine && call) call.onSignal(msg);
        break;
      case "interaction.participants":
        if (mine) onParticipants(msg);
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
      case "kb.pinned": // a notice pinned or unpinned while the page is open
        if (Array.isArray(msg.articles)) kbRenderPinned(msg.articles);
        break;
      case "interaction.closed":
        if (mine) {
          if (call) call.onClosed();
          showEnded();
        }
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
    const fallback = supportedLanguage(msg.default_language);
    if (!picked && fallback && fallback !== lang) setLanguage(fallback, false);
    renderTopics(msg.topics || []);
    kbRenderPinned(Array.isArray(msg.pinned) ? msg.pinned : []);
    if (call) call.onHello(msg);

    const info = msg.interaction;
    const shown = info && (info.channel === "chat" || (info.channel === "video" && call));
    if (info && info.channel && !shown) {
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
        if (call && info.channel === "video") call.onResumed(info);
      }
    } else if (state.starting) {
      // chat.start was sent but its reply was lost with the connection: send it again.
      const again = state.starting;
      state.starting = null;
      startChat(again);
    } else if (state.interaction && !state.ended) {
      // We were in a chat the server no longer knows: it has ended for us (a call that
      // lost its connection: the call module offers to call again).
      showEnded();
      if (call) call.onGone();
    } else if (!state.interaction) {
      showStart();
      kbSearchNow(false);
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
    for (const v of ["connecting", "start", "helped", "chat"]) $(`view-${v}`).hidden = v !== name;
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

  /** A topic's name in the page's language (the centre's names per language), else its name. */
  function localName(names, fallback) {
    return (names && typeof names[lang] === "string" && names[lang]) || fallback || "";
  }

  function departmentName(department) {
    const tp = state.topics.find((x) => x.department === department);
    return tp ? localName(tp.department_names, department) : department;
  }

  function renderTopicNames() {
    for (const label of $("topic-list").querySelectorAll("label.topic")) {
      const tp = state.topics.find((x) => x.id === label.querySelector("input").value);
      if (!tp) continue;
      label.querySelector(".topic-name").textContent = localName(tp.names, tp.name);
      const dept = label.querySelector(".topic-dept");
      if (dept) dept.textContent = localName(tp.department_names, tp.department);
    }
  }

  function renderTopics(topics) {
    const same = JSON.stringify(topics) === JSON.stringify(state.topics);
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
      text.append(el("span", "topic-name", localName(tp.names, tp.name)));
      if (tp.department) text.append(el("span", "topic-dept", localName(tp.department_names, tp.department)));
      label.append(input, text);
      list.append(label);
    }
    updateControls();
  }

  function showStart() {
    state.ended = false;
    showView(state.helped ? "helped" : "start");
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
    return tp ? localName(tp.names, tp.name) : id;
  }

  function renderChatHeading() {
    const heading = $("chat-heading");
    const info = state.interaction;
    if (info && info.topic) setText(heading, "chat.heading", { topic: topicName(info.topic) });
    else setText(heading, "chat.heading_plain");
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
    renderChatHeading();
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

  function showEnded(textKey = "ended.text") {
    setText($("ended-text"), textKey);
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
      mark.removeAttribute("role");
      mark.removeAttribute("title");
    }
    else {
      setText(mark, `state.${s}`);
      mark.dataset.i18nLabel = `state.${s}_label`;
      mark.setAttribute("role", "img"); // a span may not be named: "✓✓" is read "delivered"
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

  /** An expert joined (a three-way chat) or someone left (handed on, transferred). */
  function onParticipants(msg) {
    if (msg.joined) {
      const who = (msg.participants || []).find((x) => x.display_name === msg.joined);
      if (who && who.department) {
        addNotice("participant.joined", { name: msg.joined, department: departmentName(who.department) });
      }
      else addNotice("participant.joined_plain", { name: msg.joined });
    }
    if (msg.left) addNotice("participant.left", { name: msg.left });
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

  /** chat.start; ``params.call``: media, sign_language, rejoin, rejoin_token of a call. */
  function startChat(params, onFailed) {
    state.starting = params;
    updateControls();
    setText($("start-submit"), "start.starting");
    const msg = { type: "chat.start", topic: params.topic, name: params.name, text: params.text };
    request({ ...msg, ...(params.call || {}) }, (reply) => {
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
        kbClear();
        $("composer-text").focus();
        if (call) call.onStarted(reply, params.call || null);
      } else {
        state.early = [];
        const err = reply.type === "error" ? reply : { code: "unknown" };
        if (onFailed) onFailed(err); else showStartError(err);
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
    endConversation();
  }

  /** Close the conversation (a call in it is hung up first); ``then()`` once it is. */
  function endConversation(textKey, then) {
    if (!state.interaction || state.ended) return;
    if (call) call.beforeEnd();
    const id = state.interaction.id;
    request({ type: "interaction.close", interaction_id: id }, (reply) => {
      if (reply && state.interaction && state.interaction.id === id) {
        showEnded(textKey);
        if (then) then();
      }
    });
  }

  function onNewChat() {
    if (call) call.onNewChat();
    resetConversation();
    store.setJSON(STORAGE.chat, null);
    showStart();
    const first = $("topic-list").querySelector("input:checked") || $("topic-list").querySelector("input");
    if (first) first.focus(); else $("start-text").focus();
  }

  // ------------------------------------------------------------------ self-service answers
  //
  // While the citizen types their question, published public articles matching it are
  // shown under the textarea (kb.search). Only the reply to the latest search is shown.
  // An article opens in place (kb.get); its Markdown is turned into DOM nodes here, never
  // into an HTML string. "Yes, this answered my question" is counted per topic
  // (kb.answered) and the chat stays one click away.

  function kbSchedule() {
    clearTimeout(state.kb.timer);
    state.kb.timer = setTimeout(() => kbSearchNow(false), KB_DEBOUNCE_MS);
  }

  function selectedTopic() {
    const chosen = $("topic-list").querySelector("input:checked");
    return chosen ? chosen.value : "";
  }

  /** The question as a search query: whitespace collapsed, cut at a word under the cap. */
  function kbQuery(text) {
    let q = String(text || "").replace(/\s+/g, " ").trim();
    if (q.length > KB_MAX_QUERY) {
      q = q.slice(0, KB_MAX_QUERY);
      const cut = q.lastIndexOf(" ");
      if (cut > KB_MAX_QUERY / 2) q = q.slice(0, cut);
    }
    return q;
  }

  function kbSearchNow(force, queryOverride) {
    clearTimeout(state.kb.timer);
    state.kb.timer = 0;
    // Offline: searched again after hello. Starting or in a chat: answers are done with.
    if (state.interaction || state.starting || !state.online) return;
    const query = queryOverride ?? kbQuery($("start-text").value);
    const topic = selectedTopic();
    if (query.length < KB_MIN_QUERY) {
      state.kb.searchId = 0; // a reply still on its way is stale now
      state.kb.sent = null;
      kbRender(null);
      return;
    }
    const sent = state.kb.sent;
    if (!force && sent && sent.query === query && sent.topic === topic && sent.lang === lang) return;
    state.kb.sent = { query, topic, lang };
    // Articles in the page's language first, then the others (pinned notices above all).
    state.kb.searchId = request(
      { type: "kb.search", query, topic, language: "", prefer_language: lang, limit: KB_LIMIT },
      (reply) => {
        if (!reply) {
          // The link dropped: search again after the next hello.
          if (state.kb.sent && state.kb.sent.query === query) state.kb.sent = null;
          return;
        }
        if (reply.id !== state.kb.searchId) return; // an older search answered late
        if (reply.type === "kb.results") {
          kbRender(reply);
        } else {
          // Answers are a help, not a must: without them the chat works as before.
          if (window.console) console.warn("kb.search failed", reply.code, reply.message);
          kbRender(null);
        }
      },
    );
  }

  /** Forget results, e.g. once the chat has started. */
  function kbClear() {
    clearTimeout(state.kb.timer);
    state.kb.searchId = 0;
    state.kb.sent = null;
    kbRender(null);
  }

  /** Show ``hits`` in ``list``, keyed by article id in ``items``: an article that stays
   * keeps its element (and an open text); the others go. The elements shown. */
  function kbSyncList(list, items, hits) {
    const wanted = [];
    const keep = new Set();
    for (const hit of hits) {
      if (!hit || typeof hit.id !== "string" || keep.has(hit.id)) continue;
      keep.add(hit.id);
      let item = items.get(hit.id);
      if (!item) {
        item = kbBuildItem(hit);
        items.set(hit.id, item);
      }
      kbUpdateItem(item, hit);
      wanted.push(item.li);
    }
    for (const [id, item] of items) {
      if (keep.has(id)) continue;
      items.delete(id);
      if (state.kb.open === item) state.kb.open = null;
      item.li.remove();
    }
    const current = [...list.children];
    if (current.length !== wanted.length || current.some((li, i) => li !== wanted[i])) {
      list.replaceChildren(...wanted);
    }
    return wanted;
  }

  /** The pinned public articles (urgent notices) on top of the start view, the page's
   * language first; they open in place like results. */
  function kbRenderPinned(pinned) {
    const hits = pinned.filter((h) => h && typeof h.id === "string");
    const mine = (h) => (supportedLanguage(h.language) === lang ? 0 : 1);
    hits.sort((a, b) => mine(a) - mine(b)); // stable: the server's order otherwise
    const wanted = kbSyncList($("kb-pinned-list"), state.kb.pinned, hits);
    $("kb-pinned").hidden = wanted.length === 0;
    state.kb.pinnedHits = hits;
  }

  function kbRender(results) {
    const hits = results && Array.isArray(results.hits) ? results.hits.slice(0, KB_LIMIT) : [];
    const suggestion = results && typeof results.suggestion === "string" && results.suggestion.trim()
      ? results.suggestion.trim() : "";
    const panel = $("kb");
    const status = $("kb-status");

    // "Did you mean …"
    const sugBox = $("kb-suggestion");
    const sugLink = $("kb-suggestion-link");
    sugLink.textContent = suggestion;
    sugLink.dataset.query = suggestion;
    sugLink.dataset.forQuery = results ? String(results.query || "") : "";
    sugBox.hidden = !suggestion;

    // Results keyed by article id: one that stays keeps its element (and an open text).
    const wanted = kbSyncList($("kb-results"), state.kb.items, hits);

    panel.hidden = wanted.length === 0 && !suggestion;
    $("kb-heading").hidden = wanted.length === 0;
    $("kb-chat-anyway").hidden = wanted.length === 0;
    let announce = "";
    if (wanted.length) announce = kbCountText(wanted.length);
    else if (suggestion) announce = t("kb.none_suggest", { suggestion });
    if (status.textContent !== announce) status.textContent = announce;
  }

  function kbCountText(n) {
    let category = "other";
    try { category = new Intl.PluralRules(lang).select(n); } catch { /* old browser */ }
    const dict = STRINGS[lang] || STRINGS.en;
    const key = `kb.count.${category}` in dict ? `kb.count.${category}` : "kb.count.other";
    return t(key, { n });
  }

  function kbBuildItem(hit) {
    const key = state.kb.nextKey++;
    const li = el("li", "kb-hit");
    li.dataset.articleId = hit.id;
    const heading = el("h4", "kb-hit-title");
    const toggle = el("button", "kb-toggle");
    toggle.type = "button";
    toggle.id = `kb-title-${key}`;
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", `kb-article-${key}`);
    const titleText = el("span", "kb-title-text");
    const badge = el("span", "kb-badge");
    setText(badge, "kb.pinned");
    toggle.append(titleText, badge);
    heading.append(toggle);
    const meta = el("p", "kb-meta");
    const snippet = el("p", "kb-snippet");

    const article = el("div", "kb-article");
    article.id = `kb-article-${key}`;
    article.setAttribute("role", "region");
    article.setAttribute("aria-labelledby", toggle.id);
    article.tabIndex = -1;
    article.hidden = true;
    const body = el("div", "kb-body");
    const valid = el("p", "kb-valid");
    valid.hidden = true;
    const error = el("p", "error kb-error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    const actions = el("div", "kb-actions");
    const yes = el("button", "primary kb-yes");
    yes.type = "button";
    setText(yes, "kb.yes");
    const no = el("button", "secondary kb-no");
    no.type = "button";
    setText(no, "kb.no");
    actions.append(yes, no);
    article.append(body, valid, error, actions);
    li.append(heading, meta, snippet, article);

    const item = { li, hit, refs: { toggle, titleText, badge, meta, snippet, article, body, valid, error, actions, yes, no } };
    toggle.addEventListener("click", () => {
      if (state.kb.open === item) kbCollapse(item, true);
      else kbExpand(item);
    });
    yes.addEventListener("click", () => kbAnswered(item));
    no.addEventListener("click", () => kbCollapse(item, true));
    // Esc closes the open text from anywhere in it (or its title) and returns to the title.
    li.addEventListener("keydown", (ev) => {
      if (ev.key !== "Escape" || ev.isComposing || state.kb.open !== item) return;
      ev.preventDefault();
      kbCollapse(item, true);
    });
    return item;
  }

  function kbUpdateItem(item, hit) {
    item.hit = hit;
    const { titleText, meta, snippet } = item.refs;
    // The article's own language on its texts (not on our buttons), for screen readers.
    const language = typeof hit.language === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(hit.language)
      ? hit.language : "";
    for (const node of [titleText, snippet, item.refs.body]) {
      if (language) node.lang = language; else node.removeAttribute("lang");
    }
    titleText.textContent = String(hit.title || "");
    item.refs.badge.hidden = hit.pinned !== true; // an urgent notice, e.g. a storm warning
    meta.textContent = departmentName(String(hit.department || "")); // in the page's language
    meta.hidden = !hit.department;
    // Even parts plain, odd parts the words that matched.
    const parts = Array.isArray(hit.snippet) ? hit.snippet : [];
    snippet.replaceChildren(
      ...parts.map((part, i) => el(i % 2 ? "mark" : "span", null, String(part ?? ""))),
    );
    snippet.hidden = parts.length === 0;
  }

  /** The item is still on the page and open (a reply may come after it went). */
  function kbStillOpen(item) {
    return state.kb.open === item && item.li.isConnected;
  }

  function kbExpand(item) {
    const open = state.kb.open;
    if (open && open !== item) kbCollapse(open, false); // one text open at a time
    const id = item.hit.id;
    state.kb.open = item;
    const { toggle, article, body, error, actions } = item.refs;
    toggle.setAttribute("aria-expanded", "true");
    item.li.classList.add("open");
    article.hidden = false;
    error.hidden = true;
    const cached = state.kb.articles.get(id);
    if (cached) {
      kbShowArticle(item, cached);
      article.focus();
      return;
    }
    body.replaceChildren(el("p", "muted kb-loading"));
    setText(body.firstChild, "kb.loading");
    actions.hidden = true;
    article.setAttribute("aria-busy", "true");
    request({ type: "kb.get", article_id: id }, (reply) => {
      const still = kbStillOpen(item);
      if (reply && reply.type === "kb.article" && reply.article) {
        state.kb.articles.set(id, reply.article);
        if (!still) return;
        article.removeAttribute("aria-busy");
        kbShowArticle(item, reply.article);
        article.focus();
        return;
      }
      if (!still) return;
      article.removeAttribute("aria-busy");
      body.replaceChildren();
      setText(error, "kb.load_failed");
      error.hidden = false;
      actions.hidden = true;
      article.focus();
    });
  }

  function kbShowArticle(item, art) {
    const { body, valid, actions, yes } = item.refs;
    body.replaceChildren(renderMarkdown(art.body));
    const until = typeof art.valid_until === "string" ? art.valid_until : "";
    if (until) {
      setText(valid, "kb.valid_until", { date: formatDay(until) });
      valid.hidden = false;
    } else {
      valid.hidden = true;
    }
    actions.hidden = false;
    yes.disabled = false;
  }

  function formatDay(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (Number.isNaN(d.getTime())) return iso;
    return d.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
  }

  function kbCollapse(item, moveFocus) {
    const { toggle, article } = item.refs;
    toggle.setAttribute("aria-expanded", "false");
    item.li.classList.remove("open");
    article.hidden = true;
    if (state.kb.open === item) state.kb.open = null;
    if (moveFocus) toggle.focus();
  }

  function kbAnswered(item) {
    const id = item.hit.id;
    const title = (state.kb.articles.get(id) || item.hit).title || item.hit.title;
    const { yes, error } = item.refs;
    error.hidden = true;
    if (state.kb.answered.has(id)) { showHelped({ id, title }); return; } // counted once
    yes.disabled = true;
    request({ type: "kb.answered", article_id: id, topic: selectedTopic() }, (reply) => {
      yes.disabled = false;
      if (reply && reply.type === "ok") {
        state.kb.answered.add(id);
        showHelped({ id, title });
        return;
      }
      setText(error, "kb.answer_failed");
      error.hidden = false;
    });
  }

  function showHelped(helped) {
    state.helped = helped;
    $("helped-title").textContent = String(helped.title || "");
    $("helped-article").hidden = !helped.title;
    showView("helped");
    $("helped-heading").focus();
  }

  function onHelpedBack() {
    state.helped = null;
    showStart();
    const box = $("start-text");
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  function onKbSuggestion() {
    const link = $("kb-suggestion-link");
    const suggestion = link.dataset.query || "";
    if (!suggestion) return;
    const box = $("start-text");
    // The suggestion corrects the whole question when the question was the whole query;
    // a long question stays as written and only the search uses the suggestion.
    if (kbQuery(box.value) === link.dataset.forQuery) {
      box.value = suggestion;
      kbSearchNow(true);
    } else {
      kbSearchNow(true, kbQuery(suggestion));
    }
    box.focus();
  }

  // ------------------------------------------------------------------ markdown
  //
  // A deliberately small Markdown subset for articles: headings, paragraphs, **bold**,
  // *italic*, `code`, lists (nested by indentation), links (http/https only), block
  // quotes, rules, fenced code and pipe tables. Everything becomes DOM nodes with text
  // set through textContent, so nothing in an article can turn into markup or script.

  const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
  const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

  function isBlank(line) { return /^\s*$/.test(line); }

  // Headings of the article being rendered, under its title (an h4): the shallowest
  // Markdown level becomes h5, deeper ones h6, and none is more than one level below the
  // heading before it ("### Fares" straight under the title is an h5, not an h6).
  const mdHeadings = { top: 1, prev: 4 };

  function renderMarkdown(src) {
    const lines = String(src ?? "").replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
    const depths = lines.map((l) => /^\s{0,3}(#{1,6})\s/.exec(l)).filter(Boolean).map((m) => m[1].length);
    mdHeadings.top = depths.length ? Math.min(...depths) : 1;
    mdHeadings.prev = 4;
    const frag = document.createDocumentFragment();
    mdBlocks(lines, frag);
    return frag;
  }

  function startsBlock(lines, i) {
    const line = lines[i];
    return /^\s{0,3}(#{1,6}\s|>|`{3}|~{3})/.test(line) || LIST_ITEM.test(line) ||
      /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || isTableStart(lines, i);
  }

  function mdBlocks(lines, parent) {
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      let m;
      if (isBlank(line)) { i += 1; continue; }
      if ((m = /^\s{0,3}(`{3,}|~{3,})/.exec(line))) {
        const fence = m[1];
        const code = [];
        i += 1;
        while (i < lines.length && !lines[i].trim().startsWith(fence)) code.push(lines[i++]);
        i += 1;
        const pre = el("pre");
        pre.append(el("code", null, code.join("\n")));
        parent.append(pre);
        continue;
      }
      if ((m = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line))) {
        const level = Math.min(6, 5 + m[1].length - mdHeadings.top, mdHeadings.prev + 1);
        mdHeadings.prev = level;
        const h = el(`h${level}`);
        mdInline(h, m[2]);
        parent.append(h);
        i += 1;
        continue;
      }
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) { parent.append(el("hr")); i += 1; continue; }
      if (isTableStart(lines, i)) { i = mdTable(lines, i, parent); continue; }
      if (/^\s{0,3}>/.test(line)) {
        const inner = [];
        while (i < lines.length && /^\s{0,3}>/.test(lines[i])) inner.push(lines[i++].replace(/^\s{0,3}>\s?/, ""));
        const quote = el("blockquote");
        mdBlocks(inner, quote);
        parent.append(quote);
        continue;
      }
      if (LIST_ITEM.test(line)) { i = mdList(lines, i, parent); continue; }
      const para = [line];
      i += 1;
      while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines, i)) para.push(lines[i++]);
      const p = el("p");
      mdLines(p, para);
      parent.append(p);
    }
  }

  /** Lines of one paragraph: soft breaks become spaces, "two spaces" or "\" a <br>. */
  function mdLines(parent, lines) {
    lines.forEach((raw, k) => {
      const hard = / {2,}$/.test(raw) || /\\$/.test(raw);
      const text = raw.trim().replace(/\\$/, "");
      mdInline(parent, text);
      if (k < lines.length - 1) parent.append(hard ? el("br") : document.createTextNode(" "));
    });
  }

  function mdList(lines, i, parent) {
    const first = LIST_ITEM.exec(lines[i]);
    const indent = first[1].length;
    const ordered = /\d/.test(first[2]);
    const list = el(ordered ? "ol" : "ul");
    if (ordered) {
      const start = parseInt(first[2], 10);
      if (start !== 1) list.start = start;
    }
    parent.append(list);
    let li = null;
    let text = [];
    const flush = () => { if (li && text.length) { const p = el("span"); mdLines(p, text); li.append(p); } text = []; };
    while (i < lines.length) {
      const line = lines[i];
      const m = LIST_ITEM.exec(line);
      if (m && m[1].length < indent + 2 && m[1].length >= indent) {
        if (/\d/.test(m[2]) !== ordered) break; // another kind of list starts
        flush();
        li = el("li");
        list.append(li);
        text = [m[3]];
        i += 1;
        continue;
      }
      if (m && m[1].length >= indent + 2 && li) { // a nested list
        flush();
        i = mdList(lines, i, li);
        continue;
      }
      if (m) break; // less indented: the parent list's next item
      if (isBlank(line)) {
        // A blank line ends the list unless the list (or this item) carries on after it.
        let j = i;
        while (j < lines.length && isBlank(lines[j])) j += 1;
        const next = j < lines.length ? LIST_ITEM.exec(lines[j]) : null;
        const indented = j < lines.length && /^\s+/.test(lines[j]) && (lines[j].match(/^\s*/)[0].length > indent);
        if ((next && next[1].length >= indent) || (!next && indented)) {
          if (!next) { flush(); }
          i = j;
          continue;
        }
        break;
      }
      if (startsBlock(lines, i) && !/^\s+/.test(line)) break;
      text.push(line); // a continuation (indented or lazy) of the item
      i += 1;
    }
    flush();
    return i;
  }

  function isTableStart(lines, i) {
    return i + 1 < lines.length && lines[i].includes("|") && lines[i + 1].includes("|") &&
      lines[i + 1].includes("-") && TABLE_RULE.test(lines[i + 1]);
  }

  function tableCells(line) {
    let s = line.trim();
    if (s.startsWith("|")) s = s.slice(1);
    if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
    const cells = [];
    let cur = "";
    for (let k = 0; k < s.length; k += 1) {
      if (s[k] === "\\" && s[k + 1] === "|") { cur += "|"; k += 1; }
      else if (s[k] === "|") { cells.push(cur.trim()); cur = ""; }
      else cur += s[k];
    }
    cells.push(cur.trim());
    return cells;
  }

  function mdTable(lines, i, parent) {
    const head = tableCells(lines[i]);
    const aligns = tableCells(lines[i + 1]).map((c) =>
      c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : "");
    i += 2;
    const wrap = el("div", "kb-table");
    const table = el("table");
    const thead = el("thead");
    const tr = el("tr");
    head.forEach((cell, k) => {
      const th = el("th");
      th.scope = "col";
      if (aligns[k]) th.className = `align-${aligns[k]}`;
      mdInline(th, cell);
      tr.append(th);
    });
    thead.append(tr);
    const tbody = el("tbody");
    while (i < lines.length && !isBlank(lines[i]) && lines[i].includes("|")) {
      const row = el("tr");
      const cells = tableCells(lines[i]);
      for (let k = 0; k < head.length; k += 1) {
        const td = el("td");
        if (aligns[k]) td.className = `align-${aligns[k]}`;
        mdInline(td, cells[k] ?? "");
        row.append(td);
      }
      tbody.append(row);
      i += 1;
    }
    if (head.some((cell) => cell !== "")) table.append(thead); // "| | |": no header row
    table.append(tbody);
    wrap.append(table);
    parent.append(wrap);
    return i;
  }

  const MD_ESCAPABLE = /[\\`*_{}[\]()#+\-.!|>~<]/;
  const BARE_URL = /^https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"]/i;
  const MD_LINK = /^\[([^\]]+)\]\(\s*<?([^\s<>()]+)>?(?:\s+"[^"]*")?\s*\)/;
  const MD_AUTOLINK = /^<(https?:\/\/[^\s<>]+)>/i;

  /** Inline Markdown of ``text`` appended to ``parent`` as text nodes and elements
   * (``inLink``: inside a link's label, where no further link may start). */
  function mdInline(parent, text, inLink = false) {
    let buf = "";
    const flush = () => { if (buf) { parent.append(document.createTextNode(buf)); buf = ""; } };
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      let m;
      if (c === "\\" && i + 1 < text.length && MD_ESCAPABLE.test(text[i + 1])) {
        buf += text[i + 1];
        i += 2;
        continue;
      }
      if (c === "`") {
        const end = text.indexOf("`", i + 1);
        if (end > i + 1) {
          flush();
          parent.append(el("code", null, text.slice(i + 1, end)));
          i = end + 1;
          continue;
        }
      }
      if (c === "*" || c === "_") {
        const delim = text[i + 1] === c ? c + c : c;
        const from = i + delim.length;
        const wordBefore = i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]);
        if (from < text.length && !/\s/.test(text[from]) && !(c === "_" && wordBefore)) {
          const end = mdClose(text, from, delim);
          if (end > from) {
            flush();
            const node = el(delim.length === 2 ? "strong" : "em");
            mdInline(node, text.slice(from, end), inLink);
            parent.append(node);
            i = end + delim.length;
            continue;
          }
        }
        buf += delim; // no partner: literal
        i += delim.length;
        continue;
      }
      if (c === "[" && !inLink && (m = MD_LINK.exec(text.slice(i)))) {
        flush();
        parent.append(mdLink(m[1], m[2]));
        i += m[0].length;
        continue;
      }
      if (c === "<" && !inLink && (m = MD_AUTOLINK.exec(text.slice(i)))) {
        flush();
        parent.append(mdLink(null, m[1]));
        i += m[0].length;
        continue;
      }
      if ((c === "h" || c === "H") && !inLink && !(i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) &&
          (m = BARE_URL.exec(text.slice(i, i + 2048)))) {
        flush();
        parent.append(mdLink(null, m[0]));
        i += m[0].length;
        continue;
      }
      buf += c;
      i += 1;
    }
    flush();
  }

  /** Index of the closing ``delim`` (not after a space, not part of a longer run), or -1. */
  function mdClose(text, from, delim) {
    const c = delim[0];
    let j = from;
    while ((j = text.indexOf(delim, j)) !== -1) {
      const run = text[j + delim.length] === c;
      if (delim.length === 1 && run) { // "**" inside "*…*": skip the pair
        j += 2;
        continue;
      }
      const after = text[j + delim.length];
      const closesWord = !(c === "_" && after !== undefined && /[\p{L}\p{N}]/u.test(after));
      if (j > from && !/\s/.test(text[j - 1]) && closesWord) return j;
      j += 1;
    }
    return -1;
  }

  /** A link for http(s) addresses; anything else stays plain text. */
  function mdLink(label, href) {
    let url = null;
    try { url = new URL(href); } catch { url = null; }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      const span = el("span");
      mdInline(span, label ?? href);
      return span;
    }
    const a = el("a");
    a.href = url.href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    if (label === null) a.textContent = href;
    else mdInline(a, label, true);
    const note = el("span", "visually-hidden");
    const noteText = el("span");
    setText(noteText, "kb.new_tab");
    note.append(" ", noteText); // the space inside: it must not be underlined
    a.append(note);
    return a;
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

  /** What call.js may use of the page: texts, the connection, the conversation. */
  function callApi() {
    return {
      $, el, t, setText,
      addStrings(byLang) {
        for (const [code, dict] of Object.entries(byLang)) if (STRINGS[code]) Object.assign(STRINGS[code], dict);
      },
      languages: () => Object.keys(STRINGS),
      online: () => state.online,
      interaction: () => state.interaction,
      ended: () => state.ended,
      token: () => state.token,
      request,
      notify,
      send, // also before hello, e.g. a hang-up while the tab closes
      /** The start form as filled in: {topic, name, text} (topic "" when none is chosen). */
      startForm: () => ({ topic: selectedTopic(), name: $("start-name").value.trim(), text: $("start-text").value.trim() }),
      startConversation: startChat,
      showStartError,
      endConversation,
      showEnded,
      focusTopics() {
        const first = $("topic-list").querySelector("input");
        if (first) first.focus();
      },
    };
  }

  /** Show the page in ``code``; ``save``: the citizen chose it (kept for the next visit). */
  function setLanguage(code, save) {
    lang = code;
    if (save) store.set(STORAGE.lang, lang);
    applyLanguage();
    if (call) call.onLanguage();
    $("kb-status").textContent = ""; // not re-announced in the other language
    if (state.kb.pinnedHits) kbRenderPinned(state.kb.pinnedHits); // its language first
    if (state.kb.sent) kbSearchNow(true); // answers in the new language first
  }

  function init() {
    call = window.CitizenCall ? window.CitizenCall.attach(callApi()) : null;
    applyLanguage();
    $("lang-select").addEventListener("change", (ev) => {
      const chosen = supportedLanguage(ev.target.value);
      if (chosen) setLanguage(chosen, true);
    });
    $("start-form").addEventListener("submit", onStartSubmit);
    $("composer").addEventListener("submit", onComposerSubmit);
    $("composer-text").addEventListener("input", onComposerInput);
    enterSubmits($("start-text"), $("start-form"));
    enterSubmits($("composer-text"), $("composer"));
    $("end-chat").addEventListener("click", onEndChat);
    $("start-text").addEventListener("input", kbSchedule);
    $("topic-list").addEventListener("change", kbSchedule);
    $("kb-suggestion-link").addEventListener("click", onKbSuggestion);
    $("helped-back").addEventListener("click", onHelpedBack);
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
