/* Video and voice calls from the citizen page (WebRTC), beside the chat.
 *
 * Loaded before app.js, which calls `CitizenCall.attach(api)` once and then tells the
 * returned controller what happens on the connection (`on*` below). This file never
 * touches the websocket itself: it asks app.js to start, signal and end.
 *
 * The flow (shared/protocol.py, docs/video.md): the camera and microphone are asked for
 * only when the citizen clicks "Video call" or "Voice call"; then `chat.start` with
 * `media`; once a clerk has joined, the page makes the offer (one message, every ICE
 * candidate gathered), the clerk's app answers. A hang-up from the clerk ends the call at
 * once; the clerk's app lost puts the call back in the queue (the page waits again and
 * offers afresh to the next clerk); the page's own connection lost for long ends it on the
 * server: the page says so and offers to call again at the front of the queue (`rejoin`).
 */
"use strict";

(() => {
  const STRINGS = {
    en: {
      "call.offer": "Or talk to us from your browser",
      "call.video": "Video call",
      "call.voice": "Voice call from the browser",
      "call.hint": "Your browser asks to use your camera and microphone when you start a call.",
      "call.sign_use": "I use sign language",
      "call.sign_language": "Sign language",
      "call.no_signer": "No sign-language interpreter is on duty now.",
      "call.no_signer_hours": "No sign-language interpreter is on duty now. Opening hours: {hours}",
      "call.video_text": "Video call",
      "call.voice_text": "Voice call",
      "call.again_text": "Calling again after a lost connection",
      "call.camera_denied":
        "We cannot use your camera (it is blocked or missing). You can make a voice call or chat instead.",
      "call.microphone_denied":
        "We cannot use your microphone (it is blocked or missing). You can chat with us instead.",
      "call.media_failed": "Your camera or microphone could not be started. You can chat with us instead.",
      "call.voice_instead": "Voice call instead",
      "call.chat_instead": "Chat instead",
      "call.heading_video": "Video call",
      "call.heading_voice": "Voice call",
      "call.remote_label": "The clerk",
      "call.self_label": "Your camera",
      "call.remote_waiting": "The clerk's picture appears here.",
      "call.remote_voice": "Voice call: you hear the clerk through your speakers.",
      "call.state.preparing": "Starting your camera and microphone…",
      "call.state.waiting": "Your camera and microphone are ready. Waiting for a free clerk…",
      "call.state.waiting_voice": "Your microphone is ready. Waiting for a free clerk…",
      "call.state.connecting": "Connecting the call…",
      "call.state.connected": "Connected: you can see and hear the clerk.",
      "call.state.connected_voice": "Connected: you can hear the clerk.",
      "call.state.requeued": "The clerk's connection was lost. You are waiting for the next free clerk.",
      "call.state.ended": "The call has ended.",
      "call.state.reconnecting": "Connection problem. Trying to reconnect…",
      "call.state.lost": "Connection lost. The call has ended.",
      "call.lost_text": "The call was interrupted because the connection was lost.",
      "call.again": "Call again",
      "call.again_failed": "Sorry, the call could not be started again ({code}).",
      "call.mute": "Mute microphone",
      "call.unmute": "Unmute microphone",
      "call.camera_off": "Turn camera off",
      "call.camera_on": "Turn camera on",
      "call.hangup": "Hang up",
      "call.devices": "Camera and microphone",
      "call.camera": "Camera",
      "call.microphone": "Microphone",
      "call.device_n": "{kind} {n}",
      "call.device_failed": "That device could not be started; the previous one is still in use.",
    },
    pl: {
      "call.offer": "Albo porozmawiaj z nami przez przeglądarkę",
      "call.video": "Rozmowa wideo",
      "call.voice": "Rozmowa głosowa przez przeglądarkę",
      "call.hint": "Po rozpoczęciu rozmowy przeglądarka zapyta o dostęp do kamery i mikrofonu.",
      "call.sign_use": "Posługuję się językiem migowym",
      "call.sign_language": "Język migowy",
      "call.no_signer": "Teraz nie dyżuruje żaden tłumacz języka migowego.",
      "call.no_signer_hours": "Teraz nie dyżuruje żaden tłumacz języka migowego. Godziny dyżurów: {hours}",
      "call.video_text": "Rozmowa wideo",
      "call.voice_text": "Rozmowa głosowa",
      "call.again_text": "Ponowne połączenie po utracie połączenia",
      "call.camera_denied":
        "Nie możemy użyć Twojej kamery (jest zablokowana lub jej brak). Możesz zamiast tego zadzwonić głosowo albo napisać na czacie.",
      "call.microphone_denied":
        "Nie możemy użyć Twojego mikrofonu (jest zablokowany lub go brak). Możesz zamiast tego napisać na czacie.",
      "call.media_failed": "Nie udało się uruchomić kamery ani mikrofonu. Możesz napisać do nas na czacie.",
      "call.voice_instead": "Zamiast tego rozmowa głosowa",
      "call.chat_instead": "Zamiast tego czat",
      "call.heading_video": "Rozmowa wideo",
      "call.heading_voice": "Rozmowa głosowa",
      "call.remote_label": "Pracownik urzędu",
      "call.self_label": "Twoja kamera",
      "call.remote_waiting": "Tu pojawi się obraz pracownika.",
      "call.remote_voice": "Rozmowa głosowa: pracownika słychać w głośnikach.",
      "call.state.preparing": "Uruchamianie kamery i mikrofonu…",
      "call.state.waiting": "Kamera i mikrofon są gotowe. Czekasz na wolnego pracownika…",
      "call.state.waiting_voice": "Mikrofon jest gotowy. Czekasz na wolnego pracownika…",
      "call.state.connecting": "Łączenie rozmowy…",
      "call.state.connected": "Połączono: widzisz i słyszysz pracownika.",
      "call.state.connected_voice": "Połączono: słyszysz pracownika.",
      "call.state.requeued": "Pracownik stracił połączenie. Czekasz na kolejnego wolnego pracownika.",
      "call.state.ended": "Rozmowa została zakończona.",
      "call.state.reconnecting": "Problem z połączeniem. Próbujemy połączyć ponownie…",
      "call.state.lost": "Utracono połączenie. Rozmowa została przerwana.",
      "call.lost_text": "Rozmowa została przerwana, bo utracono połączenie.",
      "call.again": "Zadzwoń ponownie",
      "call.again_failed": "Nie udało się ponownie rozpocząć rozmowy ({code}).",
      "call.mute": "Wycisz mikrofon",
      "call.unmute": "Włącz mikrofon",
      "call.camera_off": "Wyłącz kamerę",
      "call.camera_on": "Włącz kamerę",
      "call.hangup": "Rozłącz",
      "call.devices": "Kamera i mikrofon",
      "call.camera": "Kamera",
      "call.microphone": "Mikrofon",
      "call.device_n": "{kind} {n}",
      "call.device_failed": "Nie udało się uruchomić tego urządzenia; nadal działa poprzednie.",
    },
    da: {
      "call.offer": "Eller tal med os via din browser",
      "call.video": "Videoopkald",
      "call.voice": "Taleopkald via browseren",
      "call.hint": "Din browser beder om adgang til kamera og mikrofon, når du starter et opkald.",
      "call.sign_use": "Jeg bruger tegnsprog",
      "call.sign_language": "Tegnsprog",
      "call.no_signer": "Der er ingen tegnsprogstolk på vagt lige nu.",
      "call.no_signer_hours": "Der er ingen tegnsprogstolk på vagt lige nu. Åbningstider: {hours}",
      "call.video_text": "Videoopkald",
      "call.voice_text": "Taleopkald",
      "call.again_text": "Ringer igen efter en afbrudt forbindelse",
      "call.camera_denied":
        "Vi kan ikke bruge dit kamera (det er blokeret eller mangler). Du kan foretage et taleopkald eller chatte i stedet.",
      "call.microphone_denied":
        "Vi kan ikke bruge din mikrofon (den er blokeret eller mangler). Du kan chatte med os i stedet.",
      "call.media_failed": "Dit kamera eller din mikrofon kunne ikke startes. Du kan chatte med os i stedet.",
      "call.voice_instead": "Taleopkald i stedet",
      "call.chat_instead": "Chat i stedet",
      "call.heading_video": "Videoopkald",
      "call.heading_voice": "Taleopkald",
      "call.remote_label": "Medarbejderen",
      "call.self_label": "Dit kamera",
      "call.remote_waiting": "Her ser du medarbejderen.",
      "call.remote_voice": "Taleopkald: du hører medarbejderen i dine højttalere.",
      "call.state.preparing": "Starter dit kamera og din mikrofon…",
      "call.state.waiting": "Dit kamera og din mikrofon er klar. Venter på en ledig medarbejder…",
      "call.state.waiting_voice": "Din mikrofon er klar. Venter på en ledig medarbejder…",
      "call.state.connecting": "Forbinder opkaldet…",
      "call.state.connected": "Forbundet: du kan se og høre medarbejderen.",
      "call.state.connected_voice": "Forbundet: du kan høre medarbejderen.",
      "call.state.requeued": "Medarbejderens forbindelse blev afbrudt. Du venter på den næste ledige medarbejder.",
      "call.state.ended": "Opkaldet er afsluttet.",
      "call.state.reconnecting": "Problem med forbindelsen. Prøver at forbinde igen…",
      "call.state.lost": "Forbindelsen blev afbrudt. Opkaldet er afsluttet.",
      "call.lost_text": "Opkaldet blev afbrudt, fordi forbindelsen gik tabt.",
      "call.again": "Ring igen",
      "call.again_failed": "Opkaldet kunne desværre ikke startes igen ({code}).",
      "call.mute": "Slå mikrofonen fra",
      "call.unmute": "Slå mikrofonen til",
      "call.camera_off": "Slå kameraet fra",
      "call.camera_on": "Slå kameraet til",
      "call.hangup": "Læg på",
      "call.devices": "Kamera og mikrofon",
      "call.camera": "Kamera",
      "call.microphone": "Mikrofon",
      "call.device_n": "{kind} {n}",
      "call.device_failed": "Enheden kunne ikke startes; den forrige bruges stadig.",
    },
    ru: {
      "call.offer": "Или поговорите с нами через браузер",
      "call.video": "Видеозвонок",
      "call.voice": "Голосовой звонок через браузер",
      "call.hint": "Когда Вы начнёте звонок, браузер запросит доступ к камере и микрофону.",
      "call.sign_use": "Я пользуюсь жестовым языком",
      "call.sign_language": "Жестовый язык",
      "call.no_signer": "Сейчас нет дежурного переводчика жестового языка.",
      "call.no_signer_hours": "Сейчас нет дежурного переводчика жестового языка. Часы работы: {hours}",
      "call.video_text": "Видеозвонок",
      "call.voice_text": "Голосовой звонок",
      "call.again_text": "Повторный звонок после потери связи",
      "call.camera_denied":
        "Мы не можем использовать Вашу камеру (она заблокирована или отсутствует). Вы можете позвонить голосом или написать в чат.",
      "call.microphone_denied":
        "Мы не можем использовать Ваш микрофон (он заблокирован или отсутствует). Вы можете написать нам в чат.",
      "call.media_failed": "Не удалось включить камеру или микрофон. Вы можете написать нам в чат.",
      "call.voice_instead": "Голосовой звонок вместо видео",
      "call.chat_instead": "Написать в чат",
      "call.heading_video": "Видеозвонок",
      "call.heading_voice": "Голосовой звонок",
      "call.remote_label": "Сотрудник",
      "call.self_label": "Ваша камера",
      "call.remote_waiting": "Здесь появится изображение сотрудника.",
      "call.remote_voice": "Голосовой звонок: сотрудника слышно через динамики.",
      "call.state.preparing": "Включаем камеру и микрофон…",
      "call.state.waiting": "Камера и микрофон готовы. Ожидаем свободного сотрудника…",
      "call.state.waiting_voice": "Микрофон готов. Ожидаем свободного сотрудника…",
      "call.state.connecting": "Соединяем…",
      "call.state.connected": "Соединено: Вы видите и слышите сотрудника.",
      "call.state.connected_voice": "Соединено: Вы слышите сотрудника.",
      "call.state.requeued": "Связь с сотрудником прервалась. Вы ожидаете следующего свободного сотрудника.",
      "call.state.ended": "Звонок завершён.",
      "call.state.reconnecting": "Проблема со связью. Пытаемся восстановить соединение…",
      "call.state.lost": "Связь потеряна. Звонок завершён.",
      "call.lost_text": "Звонок прервался из-за потери связи.",
      "call.again": "Позвонить снова",
      "call.again_failed": "Не удалось снова начать звонок ({code}).",
      "call.mute": "Выключить микрофон",
      "call.unmute": "Включить микрофон",
      "call.camera_off": "Выключить камеру",
      "call.camera_on": "Включить камеру",
      "call.hangup": "Завершить звонок",
      "call.devices": "Камера и микрофон",
      "call.camera": "Камера",
      "call.microphone": "Микрофон",
      "call.device_n": "{kind} {n}",
      "call.device_failed": "Не удалось включить это устройство; по-прежнему используется предыдущее.",
    },
    uk: {
      "call.offer": "Або поговоріть з нами через браузер",
      "call.video": "Відеодзвінок",
      "call.voice": "Голосовий дзвінок через браузер",
      "call.hint": "Коли Ви почнете дзвінок, браузер запитає доступ до камери й мікрофона.",
      "call.sign_use": "Я користуюся жестовою мовою",
      "call.sign_language": "Жестова мова",
      "call.no_signer": "Зараз немає чергового перекладача жестової мови.",
      "call.no_signer_hours": "Зараз немає чергового перекладача жестової мови. Години роботи: {hours}",
      "call.video_text": "Відеодзвінок",
      "call.voice_text": "Голосовий дзвінок",
      "call.again_text": "Повторний дзвінок після втрати зв’язку",
      "call.camera_denied":
        "Ми не можемо використати Вашу камеру (вона заблокована або відсутня). Ви можете зателефонувати голосом або написати в чат.",
      "call.microphone_denied":
        "Ми не можемо використати Ваш мікрофон (він заблокований або відсутній). Ви можете написати нам у чат.",
      "call.media_failed": "Не вдалося ввімкнути камеру чи мікрофон. Ви можете написати нам у чат.",
      "call.voice_instead": "Голосовий дзвінок замість відео",
      "call.chat_instead": "Написати в чат",
      "call.heading_video": "Відеодзвінок",
      "call.heading_voice": "Голосовий дзвінок",
      "call.remote_label": "Працівник",
      "call.self_label": "Ваша камера",
      "call.remote_waiting": "Тут з’явиться зображення працівника.",
      "call.remote_voice": "Голосовий дзвінок: працівника чути через динаміки.",
      "call.state.preparing": "Вмикаємо камеру й мікрофон…",
      "call.state.waiting": "Камера й мікрофон готові. Очікуємо вільного працівника…",
      "call.state.waiting_voice": "Мікрофон готовий. Очікуємо вільного працівника…",
      "call.state.connecting": "З’єднуємо…",
      "call.state.connected": "З’єднано: Ви бачите й чуєте працівника.",
      "call.state.connected_voice": "З’єднано: Ви чуєте працівника.",
      "call.state.requeued": "Зв’язок із працівником перервався. Ви очікуєте наступного вільного працівника.",
      "call.state.ended": "Дзвінок завершено.",
      "call.state.reconnecting": "Проблема зі зв’язком. Намагаємося відновити з’єднання…",
      "call.state.lost": "Зв’язок втрачено. Дзвінок завершено.",
      "call.lost_text": "Дзвінок перервався через втрату зв’язку.",
      "call.again": "Зателефонувати знову",
      "call.again_failed": "Не вдалося знову почати дзвінок ({code}).",
      "call.mute": "Вимкнути мікрофон",
      "call.unmute": "Увімкнути мікрофон",
      "call.camera_off": "Вимкнути камеру",
      "call.camera_on": "Увімкнути камеру",
      "call.hangup": "Завершити дзвінок",
      "call.devices": "Камера й мікрофон",
      "call.camera": "Камера",
      "call.microphone": "Мікрофон",
      "call.device_n": "{kind} {n}",
      "call.device_failed": "Не вдалося ввімкнути цей пристрій; і далі використовується попередній.",
    },
  };

  const GATHER_MAX_MS = 3000; // an offer goes out with what was gathered by then
  const VIDEO = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } };

  function supported() {
    return !!(window.isSecureContext && window.RTCPeerConnection && navigator.mediaDevices &&
      navigator.mediaDevices.getUserMedia);
  }

  function attach(api) {
    const { $, t, setText } = api;
    api.addStrings(STRINGS);
    for (const code of api.languages()) {
      if (!STRINGS[code] && window.console) console.warn(`call.js has no texts in ${code}`);
    }

    // What the page knows of calls; one call at a time.
    const c = {
      iceServers: [],
      signLanguages: [],
      // "idle" | "preparing" | "starting" | "waiting" | "connecting" | "connected" |
      // "ended" (media over, the chat may go on) | "lost" (connection lost, call again)
      phase: "idle",
      media: "video", // of the current or last call
      sign: "", // its sign language
      local: null, // MediaStream of the camera and microphone
      pc: null,
      senders: {}, // kind -> RTCRtpSender
      remote: null, // MediaStream of the clerk
      muted: false,
      cameraOff: false,
      devices: { video: "", audio: "" }, // chosen deviceIds
      last: null, // {id, token, topic, name, media, sign}: what "Call again" rejoins
      again: false, // a "Call again" is being started
      opening: null, // the getUserMedia under way
    };

    // ------------------------------------------------------------ the start form

    function renderOffer() {
      $("call-offer").hidden = !supported();
      const langs = c.signLanguages;
      $("sign-choice").hidden = langs.length === 0;
      const select = $("sign-language");
      const chosen = select.value;
      select.replaceChildren(...langs.map((s) => {
        const o = api.el("option", null, s.name);
        o.value = s.code;
        return o;
      }));
      if (langs.some((s) => s.code === chosen)) select.value = chosen;
      $("sign-language-field").hidden = !$("sign-use").checked || langs.length < 2;
      renderSignNote();
    }

    function chosenSign() {
      if (!$("sign-use").checked || c.signLanguages.length === 0) return null;
      const code = $("sign-language").value || c.signLanguages[0].code;
      return c.signLanguages.find((s) => s.code === code) || c.signLanguages[0];
    }

    function noSignerText(node, lang) {
      if (lang.hours) setText(node, "call.no_signer_hours", { hours: lang.hours });
      else setText(node, "call.no_signer");
    }

    function renderSignNote() {
      const lang = chosenSign();
      const note = $("sign-note");
      note.hidden = !lang || lang.on_duty > 0;
      if (lang && !lang.on_duty) noSignerText(note, lang);
    }

    function hideDenied() {
      $("call-denied").hidden = true;
    }

    function showDenied(key, voiceToo) {
      setText($("call-denied-text"), key);
      $("denied-voice").hidden = !voiceToo;
      $("call-denied").hidden = false;
      (voiceToo ? $("denied-voice") : $("denied-chat")).focus();
    }

    /** The citizen clicked "Video call" or "Voice call". */
    async function onCallClicked(media) {
      if (c.phase !== "idle" && c.phase !== "ended" && c.phase !== "lost") return;
      const form = api.startForm();
      if (!form.topic) {
        setText($("start-error"), "start.no_topic");
        $("start-error").hidden = false;
        api.focusTopics();
        return;
      }
      hideDenied();
      $("start-error").hidden = true;
      const sign = chosenSign();
      c.phase = "preparing";
      setButtonsBusy(true);
      const failure = await ensureMedia(media);
      setButtonsBusy(false);
      if (failure) {
        c.phase = "idle";
        if (media === "video" && failure === "denied") showDenied("call.camera_denied", true);
        else if (failure === "denied") showDenied("call.microphone_denied", false);
        else showDenied("call.media_failed", false);
        return;
      }
      c.media = media;
      c.sign = sign ? sign.code : "";
      c.phase = "starting";
      const text = form.text || t(media === "video" ? "call.video_text" : "call.voice_text");
      const params = { media };
      if (c.sign) params.sign_language = c.sign;
      api.startConversation({ topic: form.topic, name: form.name, text, call: params }, (err) => {
        stopMedia();
        c.phase = "idle";
        api.showStartError(err);
      });
    }

    function setButtonsBusy(busy) {
      for (const id of ["call-video", "call-voice", "denied-voice"]) $(id).disabled = busy || !api.online();
    }

    /** The camera and microphone open, or being opened (one getUserMedia at a time). */
    function ensureMedia(media) {
      if (c.local) return Promise.resolve(null);
      if (!c.opening) c.opening = openMedia(media).finally(() => { c.opening = null; });
      return c.opening;
    }

    /** Camera and microphone (microphone only for voice); null, "denied" or "failed". */
    async function openMedia(media) {
      const audio = c.devices.audio ? { deviceId: { exact: c.devices.audio } } : true;
      const video = media === "video"
        ? { ...VIDEO, ...(c.devices.video ? { deviceId: { exact: c.devices.video } } : {}) }
        : false;
      try {
        c.local = await navigator.mediaDevices.getUserMedia({ audio, video });
      } catch (err) {
        c.local = null;
        if (err && (err.name === "OverconstrainedError") && (c.devices.audio || c.devices.video)) {
          c.devices = { video: "", audio: "" }; // the chosen device is gone: any will do
          return openMedia(media);
        }
        const denied = err && ["NotAllowedError", "NotFoundError", "SecurityError"].includes(err.name);
        return denied ? "denied" : "failed";
      }
      applyTrackSwitches();
      return null;
    }

    function stopMedia() {
      if (c.local) for (const track of c.local.getTracks()) track.stop();
      c.local = null;
      $("self-view").srcObject = null;
    }

    // ------------------------------------------------------------ the call panel

    function showPanel() {
      const voice = c.media === "audio";
      const panel = $("call");
      panel.hidden = false;
      panel.dataset.media = c.media;
      setText($("call-heading"), voice ? "call.heading_voice" : "call.heading_video");
      $("call-camera").hidden = voice;
      $("camera-field").hidden = voice;
      setText($("remote-placeholder"), voice ? "call.remote_voice" : "call.remote_waiting");
      $("self-view").srcObject = voice ? null : c.local;
      $("self-view").hidden = voice || !c.local;
      renderControls();
    }

    function hidePanel() {
      $("call").hidden = true;
      $("call-sign-note").hidden = true;
      $("call-lost").hidden = true;
    }

    function setPhase(phase, statusKey) {
      c.phase = phase;
      const panel = $("call");
      panel.dataset.phase = phase;
      if (statusKey) setText($("call-status"), statusKey);
      renderControls();
    }

    function renderControls() {
      const live = ["waiting", "connecting", "connected"].includes(c.phase);
      $("call-controls").hidden = !live;
      $("call-devices").hidden = !live || !c.local;
      $("call-stage").hidden = !live;
      $("remote-placeholder").hidden = c.phase === "connected" && c.media === "video";
      $("remote-video").hidden = c.media !== "video" || c.phase !== "connected";
      $("call-lost").hidden = c.phase !== "lost";
      setText($("call-mute"), c.muted ? "call.unmute" : "call.mute");
      setText($("call-camera"), c.cameraOff ? "call.camera_on" : "call.camera_off");
    }

    function waitingKey() {
      return c.media === "audio" ? "call.state.waiting_voice" : "call.state.waiting";
    }

    function applyTrackSwitches() {
      if (!c.local) return;
      for (const track of c.local.getAudioTracks()) track.enabled = !c.muted;
      for (const track of c.local.getVideoTracks()) track.enabled = !c.cameraOff;
    }

    function onMute() {
      c.muted = !c.muted;
      applyTrackSwitches();
      renderControls();
    }

    function onCamera() {
      c.cameraOff = !c.cameraOff;
      applyTrackSwitches();
      renderControls();
    }

    // ------------------------------------------------------------ devices

    async function listDevices() {
      let devices = [];
      try { devices = await navigator.mediaDevices.enumerateDevices(); } catch { return; }
      for (const [kind, select, current, labelKey] of [
        ["videoinput", $("camera-select"), trackDevice("video"), "call.camera"],
        ["audioinput", $("microphone-select"), trackDevice("audio"), "call.microphone"],
      ]) {
        const found = devices.filter((d) => d.kind === kind && d.deviceId);
        select.replaceChildren(...found.map((d, i) => {
          const o = api.el("option", null, d.label || t("call.device_n", { kind: t(labelKey), n: i + 1 }));
          o.value = d.deviceId;
          return o;
        }));
        if (current && found.some((d) => d.deviceId === current)) select.value = current;
        select.disabled = found.length < 2;
      }
    }

    function trackDevice(kind) {
      const track = c.local && (kind === "video" ? c.local.getVideoTracks() : c.local.getAudioTracks())[0];
      const settings = track && track.getSettings ? track.getSettings() : {};
      return settings.deviceId || "";
    }

    /** Another camera or microphone: its track replaces the old one in the call. */
    async function switchDevice(kind, deviceId) {
      if (!c.local || !deviceId || trackDevice(kind) === deviceId) return;
      const want = kind === "video"
        ? { video: { ...VIDEO, deviceId: { exact: deviceId } } }
        : { audio: { deviceId: { exact: deviceId } } };
      let fresh;
      try {
        fresh = (await navigator.mediaDevices.getUserMedia(want)).getTracks()[0];
      } catch {
        setText($("call-status"), "call.device_failed");
        return;
      }
      if (!c.local) { fresh.stop(); return; } // the call ended meanwhile
      const old = kind === "video" ? c.local.getVideoTracks()[0] : c.local.getAudioTracks()[0];
      const sender = c.senders[kind];
      if (sender) {
        try { await sender.replaceTrack(fresh); } catch { fresh.stop(); return; }
      }
      if (old) { c.local.removeTrack(old); old.stop(); }
      c.local.addTrack(fresh);
      c.devices[kind] = deviceId;
      applyTrackSwitches();
      if (kind === "video") $("self-view").srcObject = c.local;
    }

    // ------------------------------------------------------------ WebRTC

    async function offer() {
      closePeer();
      if (!c.local) {
        // Back in the queue after the clerk's app was lost, or after a reload: the
        // devices are opened again (no prompt: the permission was given).
        const failure = await ensureMedia(c.media);
        if (!isLive() || c.pc) return;
        if (failure) {
          setText($("call-status"), c.media === "video" ? "call.camera_denied" : "call.microphone_denied");
          return;
        }
        showPanel();
      }
      const info = api.interaction();
      if (!info) return;
      const iid = info.id;
      const pc = new RTCPeerConnection({ iceServers: c.iceServers });
      c.pc = pc;
      c.senders = {};
      for (const track of c.local.getTracks()) c.senders[track.kind] = pc.addTrack(track, c.local);
      c.remote = new MediaStream();
      const remoteVideo = $("remote-video");
      remoteVideo.srcObject = c.remote;
      pc.ontrack = (ev) => {
        if (c.pc !== pc) return;
        c.remote.addTrack(ev.track);
        remoteVideo.srcObject = c.remote; // again: some browsers only look at first set
        const played = remoteVideo.play();
        if (played && played.catch) played.catch(() => { /* autoplay refused: shown paused */ });
      };
      pc.onconnectionstatechange = () => {
        if (c.pc !== pc) return;
        const s = pc.connectionState;
        if (s === "connected") {
          setPhase("connected", c.media === "audio" ? "call.state.connected_voice" : "call.state.connected");
        } else if (s === "failed") {
          connectionLost();
        }
      };
      try {
        await pc.setLocalDescription(await pc.createOffer());
        await gathered(pc);
      } catch {
        if (c.pc === pc) connectionLost();
        return;
      }
      if (c.pc !== pc) return;
      api.request({ type: "rtc.signal", interaction_id: iid, kind: "offer", sdp: pc.localDescription.sdp },
        (reply) => {
          if (reply && reply.type === "error" && c.pc === pc && window.console) {
            console.warn("offer refused", reply.code, reply.message);
          }
        });
    }

    function gathered(pc) {
      return new Promise((resolve) => {
        if (pc.iceGatheringState === "complete") { resolve(); return; }
        const timer = setTimeout(done, GATHER_MAX_MS);
        function done() {
          clearTimeout(timer);
          pc.removeEventListener("icegatheringstatechange", check);
          resolve();
        }
        function check() { if (pc.iceGatheringState === "complete") done(); }
        pc.addEventListener("icegatheringstatechange", check);
      });
    }

    async function onAnswer(sdp) {
      const pc = c.pc;
      if (!pc || pc.signalingState !== "have-local-offer") return;
      try {
        await pc.setRemoteDescription({ type: "answer", sdp });
      } catch {
        if (c.pc === pc) connectionLost();
      }
    }

    async function onCandidate(msg) {
      const pc = c.pc;
      if (!pc || !pc.remoteDescription) return;
      const candidate = msg.candidate
        ? { candidate: msg.candidate.replace(/^a=/, ""), sdpMid: msg.sdp_mid || null, sdpMLineIndex: msg.sdp_mline_index ?? 0 }
        : null;
      try { await pc.addIceCandidate(candidate); } catch { /* a candidate we cannot use */ }
    }

    function closePeer() {
      const pc = c.pc;
      c.pc = null;
      c.senders = {};
      if (pc) {
        pc.ontrack = pc.onconnectionstatechange = null;
        try { pc.close(); } catch { /* closed already */ }
      }
      if (c.remote) for (const track of c.remote.getTracks()) track.stop();
      c.remote = null;
      $("remote-video").srcObject = null;
    }

    /** Media over: camera light off, peer connection closed. */
    function endMedia() {
      closePeer();
      stopMedia();
    }

    function isLive() {
      return ["waiting", "connecting", "connected"].includes(c.phase);
    }

    function sendHangup() {
      const info = api.interaction();
      if (!info || !c.pc) return;
      api.send({ type: "rtc.signal", id: 0, interaction_id: info.id, kind: "hangup" });
    }

    // ------------------------------------------------------------ endings

    function hangUp() {
      if (!isLive()) return;
      sendHangup();
      endMedia();
      setPhase("ended", "call.state.ended");
      api.endConversation();
    }

    /** The call's connection is gone: the server ended the call (the page was offline
     * too long), or its media failed. In the second case the conversation may still be
     * open: the server may yet put it back in the queue (the clerk's app was lost), and
     * "Call again" closes it first. */
    function connectionLost() {
      const wasLive = isLive();
      endMedia();
      if (!wasLive && c.phase !== "lost") return;
      if (api.interaction() && api.ended()) api.showEnded("call.lost_text");
      showLost();
    }

    function showLost() {
      showPanel();
      setPhase("lost", "call.state.lost");
      $("call-again").disabled = !c.last || !api.online();
      $("call-again").focus();
    }

    function onCallAgain() {
      const last = c.last;
      if (!last || !api.online() || c.again) return;
      c.again = true;
      $("call-again").disabled = true;
      c.media = last.media;
      c.sign = last.sign;
      c.phase = "preparing";
      ensureMedia(last.media).then((failure) => {
        if (failure) {
          c.again = false;
          c.phase = "lost";
          setText($("call-status"), last.media === "video" ? "call.camera_denied" : "call.microphone_denied");
          $("call-again").disabled = false;
          return;
        }
        c.phase = "starting";
        if (api.interaction() && !api.ended()) api.endConversation("call.lost_text", () => rejoin(last));
        else rejoin(last);
      });
    }

    function rejoin(last) {
      const params = { media: last.media, rejoin: last.id, rejoin_token: last.token };
      if (last.sign) params.sign_language = last.sign;
      api.startConversation({ topic: last.topic, name: last.name, text: t("call.again_text"), call: params },
        (err) => {
          c.again = false;
          stopMedia();
          c.phase = "lost";
          setText($("call-status"), "call.again_failed", { code: err.code || "?" });
          $("call-again").disabled = false;
          $("call-again").focus();
        });
    }

    // ------------------------------------------------------------ wiring

    $("call-video").addEventListener("click", () => onCallClicked("video"));
    $("call-voice").addEventListener("click", () => onCallClicked("audio"));
    $("denied-voice").addEventListener("click", () => onCallClicked("audio"));
    $("denied-chat").addEventListener("click", () => {
      hideDenied();
      const form = api.startForm();
      if (form.topic && form.text) $("start-form").requestSubmit();
      else if (!form.topic) api.focusTopics();
      else $("start-text").focus();
    });
    $("sign-use").addEventListener("change", renderOffer);
    $("sign-language").addEventListener("change", renderSignNote);
    $("call-mute").addEventListener("click", onMute);
    $("call-camera").addEventListener("click", onCamera);
    $("call-hangup").addEventListener("click", hangUp);
    $("call-again").addEventListener("click", onCallAgain);
    $("camera-select").addEventListener("change", (ev) => switchDevice("video", ev.target.value));
    $("microphone-select").addEventListener("change", (ev) => switchDevice("audio", ev.target.value));
    // Closing the tab: tell the clerk at once (the server ends the call after its grace).
    window.addEventListener("pagehide", () => { if (isLive()) sendHangup(); });
    hidePanel();

    // ------------------------------------------------------------ what app.js tells us

    return {
      onHello(msg) {
        c.iceServers = (Array.isArray(msg.ice_servers) ? msg.ice_servers : []).map((s) => ({
          urls: s.urls, ...(s.username ? { username: s.username, credential: s.credential } : {}),
        }));
        c.signLanguages = Array.isArray(msg.sign_languages) ? msg.sign_languages : [];
        renderOffer();
        setButtonsBusy(false);
        if (c.phase === "lost") $("call-again").disabled = !c.last;
      },

      /** chat.started; ``params`` the call's (null for a chat). */
      onStarted(reply, params) {
        hideDenied();
        c.again = false;
        if (!params || !c.local) {
          stopMedia();
          c.phase = "idle";
          hidePanel();
          return;
        }
        const info = reply.interaction;
        const form = api.startForm();
        c.last = {
          id: info.id, token: api.token(), topic: info.topic, name: form.name || (c.last && c.last.name) || "",
          media: c.media, sign: c.sign,
        };
        showPanel();
        setPhase("waiting", waitingKey());
        const note = $("call-sign-note");
        const lang = c.signLanguages.find((s) => s.code === c.sign);
        note.hidden = !(c.sign && reply.signers_on_duty === 0);
        if (!note.hidden) noSignerText(note, lang || { hours: "" });
        listDevices();
      },

      /** hello.ok again with our call open: it goes on if its media still flow. */
      onResumed(info) {
        if (isLive()) {
          if (c.phase !== "waiting" && (!c.pc || ["failed", "closed"].includes(c.pc.connectionState))) {
            connectionLost();
          } else {
            setText($("call-status"), c.phase === "connected"
              ? (c.media === "audio" ? "call.state.connected_voice" : "call.state.connected")
              : c.phase === "waiting" ? waitingKey() : "call.state.connecting");
          }
          return;
        }
        if (c.phase !== "idle") return;
        c.media = info.media === "audio" ? "audio" : "video";
        c.sign = info.sign_language || "";
        if (info.state === "queued" || info.state === "offered") {
          // A reload while waiting: the devices again, the offer when a clerk joins.
          c.last = { id: info.id, token: api.token(), topic: info.topic, name: "", media: c.media, sign: c.sign };
          showPanel();
          setPhase("waiting", waitingKey());
          ensureMedia(c.media).then(() => { if (isLive()) { showPanel(); listDevices(); } });
          return;
        }
        // A reload during a call: its media are gone with the old page.
        if (info.state === "active") {
          c.last = { id: info.id, token: api.token(), topic: info.topic, name: "", media: c.media, sign: c.sign };
          c.phase = "connected"; // so that connectionLost() ends it
          connectionLost();
        }
      },

      /** hello.ok again without our conversation: the server ended it meanwhile. */
      onGone() {
        if (isLive() || c.phase === "lost") connectionLost();
      },

      onOffline() {
        if (isLive()) setText($("call-status"), "call.state.reconnecting");
      },

      onQueuePosition() {
        const talking = c.phase === "connecting" || c.phase === "connected";
        const over = (c.phase === "ended" || c.phase === "lost") && c.last && !api.ended();
        if (talking || over) {
          // Our call went back to the queue (the clerk's app was lost; its hang-up may
          // come before or after this): the camera stays on, the next clerk gets a new offer.
          closePeer();
          showPanel();
          setPhase("waiting", "call.state.requeued");
          ensureMedia(c.media).then(() => { if (isLive()) showPanel(); });
        }
      },

      onAgentJoined() {
        if (!isLive() && !((c.phase === "ended" || c.phase === "lost") && c.last)) return;
        showPanel();
        setPhase("connecting", "call.state.connecting");
        offer();
      },

      onSignal(msg) {
        if (msg.sender !== "agent") return;
        if (msg.kind === "answer") onAnswer(msg.sdp);
        else if (msg.kind === "candidate") onCandidate(msg);
        else if (msg.kind === "hangup" && (c.phase === "connecting" || c.phase === "connected")) {
          endMedia();
          setPhase("ended", "call.state.ended");
        }
      },

      onClosed() {
        // Not when the lost call is closed on the way to "Call again".
        if (["lost", "preparing", "starting"].includes(c.phase)) return;
        const wasCall = isLive() || c.phase === "ended";
        endMedia();
        if (wasCall) setPhase("ended", "call.state.ended");
      },

      /** The conversation is about to be closed from the page. */
      beforeEnd() {
        if (!isLive()) return;
        sendHangup();
        endMedia();
        setPhase("ended", "call.state.ended");
      },

      onNewChat() {
        endMedia();
        c.phase = "idle";
        c.last = null;
        hidePanel();
      },

      onLanguage() {
        listDevices();
      },
    };
  }

  window.CitizenCall = { attach };
})();
