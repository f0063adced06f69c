<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgentApp</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a minute, then try again.</source>
        <translation>Слишком много неудачных попыток входа. Подождите минуту и повторите.</translation>
    </message>
    <message>
        <source>This app does not match the server version. Please update it.</source>
        <translation>Версия приложения не совпадает с версией сервера. Обновите приложение.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1.</source>
        <translation>Нет связи с сервером %1.</translation>
    </message>
    <message>
        <source>This is an administrator account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) instead.</source>
        <translation>Это учётная запись администратора. Приложение оператора предназначено для операторов и экспертов: используйте приложение супервайзера (cc-supervisor).</translation>
    </message>
    <message>
        <source>This is a supervisor account. The agent app is for agents and experts: use the supervisor app (cc-supervisor) to watch queues and agents.</source>
        <translation>Это учётная запись супервайзера. Приложение оператора предназначено для операторов и экспертов: для наблюдения за очередями и операторами используйте приложение супервайзера (cc-supervisor).</translation>
    </message>
    <message>
        <source>This account (%1) cannot take conversations.</source>
        <translation>Эта учётная запись (%1) не может принимать разговоры.</translation>
    </message>
</context>
<context>
    <name>AgentModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Время в статусе</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Skills: {0}</source>
        <translation>Навыки: {0}</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Обслуживает:</translation>
    </message>
    <message>
        <source>• {0} — {1} ({2}, {3})</source>
        <translation>• {0} — {1} ({2}, {3})</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>житель</translation>
    </message>
    <message>
        <source>Handling {0} more (details not received yet)</source>
        <translation>Ещё {0} (данные пока не получены)</translation>
    </message>
</context>
<context>
    <name>AgentTray</name>
    <message>
        <source>&amp;Open City Contact Centre</source>
        <translation>&amp;Открыть Городской контакт-центр</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Clear missed</source>
        <translation>О&amp;чистить пропущенные</translation>
    </message>
    <message>
        <source>City Contact Centre — %1</source>
        <translation>Городской контакт-центр — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missed request(s)</source>
        <translation>
            <numerusform>%n пропущенный запрос</numerusform>
            <numerusform>%n пропущенных запроса</numerusform>
            <numerusform>%n пропущенных запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 — %2, %3</source>
        <translation>Пропущено: %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>AgentWindow</name>
    <message>
        <source>&amp;Available</source>
        <translation>&amp;Доступен</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>&amp;Не готов</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>Не в &amp;сети</translation>
    </message>
    <message>
        <source>&amp;Toggle Available / Not ready</source>
        <translation>Пере&amp;ключить «Доступен» / «Не готов»</translation>
    </message>
    <message>
        <source>A&amp;ccept offer</source>
        <translation>&amp;Принять запрос</translation>
    </message>
    <message>
        <source>&amp;Reject offer</source>
        <translation>&amp;Отклонить запрос</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить звонок</translation>
    </message>
    <message>
        <source>Hold / &amp;resume</source>
        <translation>&amp;Удержание / возобновление</translation>
    </message>
    <message>
        <source>&amp;Mute / unmute</source>
        <translation>&amp;Микрофон выкл./вкл.</translation>
    </message>
    <message>
        <source>&amp;Camera off / on (video call)</source>
        <translation>&amp;Камера выкл./вкл. (видеозвонок)</translation>
    </message>
    <message>
        <source>Touch-tone &amp;keypad</source>
        <translation>&amp;Тональный набор</translation>
    </message>
    <message>
        <source>Call &amp;notes</source>
        <translation>Зам&amp;етки к звонку</translation>
    </message>
    <message>
        <source>C&amp;onsult an expert…</source>
        <translation>Консультация с &amp;экспертом…</translation>
    </message>
    <message>
        <source>&amp;Transfer to a department…</source>
        <translation>Перевести в отде&amp;л…</translation>
    </message>
    <message>
        <source>Con&amp;ference (citizen joins the consultation)</source>
        <translation>Кон&amp;ференция (житель подключается к консультации)</translation>
    </message>
    <message>
        <source>Complete the trans&amp;fer (the expert takes over)</source>
        <translation>Завершить пере&amp;вод (разговор принимает эксперт)</translation>
    </message>
    <message>
        <source>Cancel the cons&amp;ultation</source>
        <translation>Отменить консульт&amp;ацию</translation>
    </message>
    <message>
        <source>&amp;Staff chat</source>
        <translation>Служебный &amp;чат</translation>
    </message>
    <message>
        <source>&amp;End or close conversation</source>
        <translation>Завершить или закр&amp;ыть разговор</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Сле&amp;дующий разговор</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>П&amp;редыдущий разговор</translation>
    </message>
    <message>
        <source>&amp;Focus message box</source>
        <translation>Перейти к полю &amp;сообщения</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Поиск в &amp;базе знаний</translation>
    </message>
    <message>
        <source>&amp;Insert article into chat</source>
        <translation>Встав&amp;ить статью в чат</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About City Contact Centre</source>
        <translation>&amp;О программе «Городской контакт-центр»</translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation>&amp;Аудиоустройства…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Выйти из с&amp;истемы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Not ready &amp;because…</source>
        <translation>Не готов по &amp;причине…</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Разговор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Справочник</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Изменить статус (F9 — переключить)</translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation>Время в этом статусе</translation>
    </message>
    <message>
        <source>Auto-accept</source>
        <translation>Автоприём</translation>
    </message>
    <message>
        <source>Accept every offer as soon as it arrives</source>
        <translation>Принимать каждый запрос сразу при поступлении</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>Нет открытых разговоров</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Житель:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Сообщений:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>С кем:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер обращения:</translation>
    </message>
    <message>
        <source>My session</source>
        <translation>Мой сеанс</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Вход:</translation>
    </message>
    <message>
        <source>Open conversations:</source>
        <translation>Открытых разговоров:</translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation>Обслужено:</translation>
    </message>
    <message>
        <source>My topics</source>
        <translation>Мои темы</translation>
    </message>
    <message>
        <source>Leave the conversation?</source>
        <translation>Покинуть разговор?</translation>
    </message>
    <message>
        <source>Leave the conversation with %1?</source>
        <translation>Покинуть разговор (%1)?</translation>
    </message>
    <message>
        <source>The colleague who asked you carries on alone.</source>
        <translation>Пригласивший вас коллега продолжит разговор один.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Покинуть</translation>
    </message>
    <message>
        <source>Hang up?</source>
        <translation>Завершить звонок?</translation>
    </message>
    <message>
        <source>Hang up the call with %1?</source>
        <translation>Завершить звонок (%1)?</translation>
    </message>
    <message>
        <source>End the chat?</source>
        <translation>Завершить чат?</translation>
    </message>
    <message>
        <source>End the chat with %1?</source>
        <translation>Завершить чат (%1)?</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Завершить чат</translation>
    </message>
    <message>
        <source>To pass it on instead, use Transfer… (%1).</source>
        <translation>Чтобы передать его дальше, используйте «Перевести…» (%1).</translation>
    </message>
    <message>
        <source>Press %1 again to confirm</source>
        <translation>Нажмите %1 ещё раз для подтверждения</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Новая строка в сообщении</translation>
    </message>
    <message>
        <source>Submit wrap-up</source>
        <translation>Завершить постобработку</translation>
    </message>
    <message>
        <source>Knowledge base: move through the articles</source>
        <translation>База знаний: переход по статьям</translation>
    </message>
    <message>
        <source>Knowledge base: open the article</source>
        <translation>База знаний: открыть статью</translation>
    </message>
    <message>
        <source>Knowledge base: clear the search, then back to the chat</source>
        <translation>База знаний: очистить поиск и вернуться в чат</translation>
    </message>
    <message>
        <source>Directory: consult the selected person or department</source>
        <translation>Справочник: консультация с выбранным сотрудником или отделом</translation>
    </message>
    <message>
        <source>Directory: transfer to the selected department</source>
        <translation>Справочник: перевести в выбранный отдел</translation>
    </message>
    <message>
        <source>Directory: star or unstar</source>
        <translation>Справочник: добавить в избранное или убрать</translation>
    </message>
    <message>
        <source>Staff chat: send</source>
        <translation>Служебный чат: отправить</translation>
    </message>
    <message>
        <source>About City Contact Centre</source>
        <translation>О программе «Городской контакт-центр»</translation>
    </message>
    <message>
        <source>City Contact Centre — Agent</source>
        <translation>Городской контакт-центр — Оператор</translation>
    </message>
    <message>
        <source>One number and one chat for the whole city hall.
Open source, MIT licence.</source>
        <translation>Один номер и один чат для всей городской администрации.
Открытый исходный код, лицензия MIT.</translation>
    </message>
    <message>
        <source>No calls: the server did not take the softphone.</source>
        <translation>Звонки недоступны: сервер не принял софтфон.</translation>
    </message>
    <message>
        <source>Ready for calls at %1</source>
        <translation>Готов к звонкам на %1</translation>
    </message>
    <message>
        <source>You missed an offer and are now Not ready. Press F9 when you are back.</source>
        <translation>Вы пропустили запрос, и ваш статус — «Не готов». Вернувшись, нажмите F9.</translation>
    </message>
    <message>
        <source>Your presence was changed by %1.</source>
        <translation>Ваш статус изменил(а) %1.</translation>
    </message>
    <message>
        <source>The offer timed out.</source>
        <translation>Время на ответ истекло.</translation>
    </message>
    <message>
        <source>The citizen left before the chat was accepted.</source>
        <translation>Житель ушёл до того, как чат был принят.</translation>
    </message>
    <message>
        <source>The offer went to someone else.</source>
        <translation>Запрос передан другому сотруднику.</translation>
    </message>
    <message>
        <source>The offer was rejected.</source>
        <translation>Запрос отклонён.</translation>
    </message>
    <message>
        <source>New conversation: %1 (Ctrl+Tab to go there).</source>
        <translation>Новый разговор: %1 (перейти — Ctrl+Tab).</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 покинул(а) чат.</translation>
    </message>
    <message>
        <source>%1 joined your conversation with %2.</source>
        <translation>%1 подключился(-ась) к вашему разговору (%2).</translation>
    </message>
    <message>
        <source>Not connected to the server: the request was not sent.</source>
        <translation>Нет связи с сервером: запрос не отправлен.</translation>
    </message>
    <message>
        <source>Submit the wrap-up first.</source>
        <translation>Сначала завершите постобработку.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новый: %1</translation>
    </message>
    <message>
        <source>Article inserted: edit it if needed, then press Enter to send.</source>
        <translation>Статья вставлена: при необходимости отредактируйте её и нажмите Enter для отправки.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Городской контакт-центр</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>You are available: the next chat will appear here.</source>
        <translation>Вы доступны: следующий чат появится здесь.</translation>
    </message>
    <message>
        <source>Finish your wrap-up to receive new chats.</source>
        <translation>Завершите постобработку, чтобы получать новые чаты.</translation>
    </message>
    <message>
        <source>Press F9 or choose Available to start receiving chats.</source>
        <translation>Нажмите F9 или выберите «Доступен», чтобы начать получать чаты.</translation>
    </message>
    <message>
        <source>Open a conversation to consult or transfer it.</source>
        <translation>Откройте разговор, чтобы запросить консультацию или перевести его.</translation>
    </message>
    <message>
        <source>&amp;Copy the article&apos;s short answer</source>
        <translation>Скоп&amp;ировать краткий ответ статьи</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>уже %1</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>What the citizen asks, in their words</source>
        <translation>Что спрашивает житель, его словами</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Публичные статьи видят и жители</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Аудитория:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Действует &amp;по:</translation>
    </message>
    <message>
        <source>Queues this article answers: agents there get it suggested</source>
        <translation>Очереди, на вопросы которых отвечает статья: операторам там она предлагается</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Other words people use, e.g. bin, dustbin, trash</source>
        <translation>Другие слова, которые используют люди, например: мусор, бак, контейнер</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>Т&amp;емы:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Мет&amp;ки:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключевые слова:</translation>
    </message>
    <message>
        <source>S&amp;ynonyms:</source>
        <translation>С&amp;инонимы:</translation>
    </message>
    <message>
        <source>The answer, in Markdown</source>
        <translation>Ответ в формате Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>What changed and why (shown in History)</source>
        <translation>Что изменилось и почему (видно в истории)</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>Комментарий к &amp;изменению:</translation>
    </message>
    <message>
        <source>Restored revision {0}</source>
        <translation>Восстановлена редакция {0}</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранена</translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation>★ закреплена</translation>
    </message>
    <message>
        <source>revision {0} by {1}, {2}</source>
        <translation>редакция {0}, {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <source>History of “{0}”</source>
        <translation>История «{0}»</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Restore into editor</source>
        <translation>&amp;Восстановить в редакторе</translation>
    </message>
    <message>
        <source>Put this revision&apos;s title and text into the editor; save to keep it</source>
        <translation>Перенести заголовок и текст этой редакции в редактор; сохраните, чтобы оставить их</translation>
    </message>
    <message>
        <source>No revisions</source>
        <translation>Нет редакций</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Pinned: every agent sees it as a banner</source>
        <translation>Закреплена: все операторы видят её в виде баннера</translation>
    </message>
    <message>
        <source>Public articles are shown to citizens too</source>
        <translation>Публичные статьи видят и жители</translation>
    </message>
    <message>
        <source>Times the article was opened</source>
        <translation>Сколько раз статью открывали</translation>
    </message>
    <message>
        <source>Times an agent said the article answered it</source>
        <translation>Сколько раз оператор отметил, что статья помогла ответить</translation>
    </message>
    <message>
        <source>Citizens whose question the article answered (self-service)</source>
        <translation>Жители, на чей вопрос ответила статья (самообслуживание)</translation>
    </message>
    <message>
        <source>Pinned, but agents see only published articles</source>
        <translation>Закреплена, но операторы видят только опубликованные статьи</translation>
    </message>
    <message>
        <source>Revision {0} by {1}</source>
        <translation>Редакция {0}, автор: {1}</translation>
    </message>
    <message>
        <source>Valid {0} – {1}</source>
        <translation>Действует {0} – {1}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Метки: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Public</source>
        <translation>Публичная</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
</context>
<context>
    <name>AudioBridge</name>
    <message>
        <source>No audio device</source>
        <translation>Нет аудиоустройства</translation>
    </message>
    <message>
        <source>No microphone found: the call works but the other side hears silence.</source>
        <translation>Микрофон не найден: звонок идёт, но собеседник слышит тишину.</translation>
    </message>
    <message>
        <source>WAV file {name}</source>
        <translation>WAV-файл {name}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удаётся записать {path}: {error}</translation>
    </message>
    <message>
        <source>Audio file error: {error}</source>
        <translation>Ошибка аудиофайла: {error}</translation>
    </message>
    <message>
        <source>System audio</source>
        <translation>Системный звук</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Микрофон {name} использует аудиоформат, который приложение не может прочитать.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Не удалось открыть микрофон {name}.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Динамик или гарнитура не найдены: вы не услышите звонящего.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Динамик {name} использует аудиоформат, который приложение не может воспроизвести.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Не удалось открыть динамик {name}.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Микрофон перестал работать ({error}).</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Динамик перестал работать ({error}).</translation>
    </message>
    <message>
        <source>No audio device found: the call works but the other side hears silence and you will not hear the caller.</source>
        <translation>Аудиоустройство не найдено: звонок идёт, но собеседник слышит тишину, а вы не услышите звонящего.</translation>
    </message>
    <message>
        <source>The sound system cannot be used ({error}): calls connect, but without microphone and speaker. Install PulseAudio&apos;s client library (libpulse0).</source>
        <translation>Звуковую систему использовать нельзя ({error}): звонки соединяются, но без микрофона и динамика. Установите клиентскую библиотеку PulseAudio (libpulse0).</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <source>Audio devices</source>
        <translation>Аудиоустройства</translation>
    </message>
    <message>
        <source>No audio device found. Calls still connect, but the other side hears silence and you hear nothing. Plug in a headset and reopen this dialog.</source>
        <translation>Аудиоустройство не найдено. Звонки соединяются, но собеседник слышит тишину, а вы ничего не слышите. Подключите гарнитуру и снова откройте это окно.</translation>
    </message>
    <message>
        <source>No microphone found: the other side will hear silence.</source>
        <translation>Микрофон не найден: собеседник будет слышать тишину.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the caller.</source>
        <translation>Динамик или гарнитура не найдены: вы не услышите звонящего.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Динамик:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>По умолчанию (система)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <source>Broadcast from a supervisor</source>
        <translation>Объявление от супервайзера</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Mark read and show the next</source>
        <translation>Отметить как прочитанное и показать следующее</translation>
    </message>
    <message>
        <source>Dismiss (counts as read)</source>
        <translation>Закрыть (считается прочитанным)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>все сотрудники</translation>
    </message>
    <message>
        <source>{0} to {1}, {2}</source>
        <translation>{0} → {1}, {2}</translation>
    </message>
    <message>
        <source>(+{0} more)</source>
        <translation>(ещё {0})</translation>
    </message>
</context>
<context>
    <name>BroadcastsPage</name>
    <message>
        <source>&amp;New broadcast…</source>
        <translation>&amp;Новое объявление…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now (Ctrl+B)</source>
        <translation>Сообщить что-то всем сотрудникам или команде прямо сейчас (Ctrl+B)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитали</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Today&apos;s broadcasts</source>
        <translation>Объявления за сегодня</translation>
    </message>
    <message>
        <source>read by {0} of {1}</source>
        <translation>прочитали {0} из {1}</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Broadcast not sent: {0}</source>
        <translation>Объявление не отправлено: {0}</translation>
    </message>
    <message>
        <source>Broadcast sent to {0} people</source>
        <translation>Объявление отправлено, получателей: {0}</translation>
    </message>
</context>
<context>
    <name>CallWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Leave the call: the agent stays with the caller</source>
        <translation>Покинуть звонок: оператор остаётся со звонящим</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Состояние звонка</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Время разговора</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Send touch tones</source>
        <translation>Отправить тональные сигналы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Notes (they go into the wrap-up):</source>
        <translation>&amp;Заметки (попадут в постобработку):</translation>
    </message>
    <message>
        <source>What the caller asks, what you promised…</source>
        <translation>Что спрашивает звонящий, что вы пообещали…</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Заметки к звонку</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Скрытый номер</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Earlier contacts from this number: %1</source>
        <translation>Прежние обращения с этого номера: %1</translation>
    </message>
    <message>
        <source>No earlier contacts from this number.</source>
        <translation>Прежних обращений с этого номера нет.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>Звонящий положил трубку.</translation>
    </message>
    <message>
        <source>The call was lost: %1</source>
        <translation>Звонок прерван: %1</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <source>On hold — the caller hears music</source>
        <translation>На удержании — звонящий слышит музыку</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Соединено</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>микрофон выкл.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <source>Take the caller back</source>
        <translation>Снять звонящего с удержания</translation>
    </message>
    <message>
        <source>Put the caller on hold with music</source>
        <translation>Поставить звонящего на удержание с музыкой</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Вкл. микрофон</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выкл. микрофон</translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation>Выключить ваш микрофон</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>C&amp;onsult…</source>
        <translation>К&amp;онсультация…</translation>
    </message>
    <message>
        <source>Ask an expert to join</source>
        <translation>Пригласить эксперта в разговор</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <source>Send it to a department&apos;s queue</source>
        <translation>Передать в очередь отдела</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Завершить чат</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>Завершить этот разговор</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Покинуть</translation>
    </message>
    <message>
        <source>Leave the conversation: the agent keeps it</source>
        <translation>Покинуть разговор: он остаётся у оператора</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Введите ответ…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send (Enter) · new line: Shift+Enter</source>
        <translation>Отправить (Enter) · новая строка: Shift+Enter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close this tab</source>
        <translation>Закрыть эту вкладку</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>Submit the wrap-up before closing this conversation.</source>
        <translation>Завершите постобработку, прежде чем закрыть разговор.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Разговор окончен.</translation>
    </message>
    <message>
        <source>You were asked to join: only the agent can consult or transfer.</source>
        <translation>Вас пригласили в разговор: консультацию и перевод может запросить только оператор.</translation>
    </message>
    <message>
        <source>One consultation at a time: cancel or complete this one first.</source>
        <translation>Только одна консультация за раз: сначала отмените или завершите текущую.</translation>
    </message>
    <message>
        <source>Conference: %1 now sees %2&apos;s messages.</source>
        <translation>Конференция: %1 теперь видит, что пишет %2.</translation>
    </message>
    <message>
        <source>Conference: the citizen is in the conversation now.</source>
        <translation>Конференция: житель теперь в разговоре.</translation>
    </message>
    <message>
        <source>%1 (%2) joined the conversation.</source>
        <translation>%1 (%2) подключился(-ась) к разговору.</translation>
    </message>
    <message>
        <source>%1 joined the conversation.</source>
        <translation>%1 подключился(-ась) к разговору.</translation>
    </message>
    <message>
        <source>%1 left the conversation.</source>
        <translation>%1 покинул(а) разговор.</translation>
    </message>
    <message>
        <source>Transferred to %1: the citizen keeps their place in line.</source>
        <translation>Переведено: %1. Житель сохраняет своё место в очереди.</translation>
    </message>
    <message>
        <source>No callback: %1</source>
        <translation>Обратный звонок не заказан: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>Callback registered for %1 (position %2).</source>
        <translation>Обратный звонок заказан: %1 (позиция %2).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Conference: the citizen sees your messages now.</source>
        <translation>Конференция: житель теперь видит ваши сообщения.</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 приглашает вас в разговор</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Перевёл(а): %1</translation>
    </message>
    <message>
        <source>You were asked to consult: write to the agent in the staff chat. You can write to the citizen once the agent makes it a conference.</source>
        <translation>Вас пригласили для консультации: пишите оператору в служебный чат. Писать жителю можно будет, когда оператор создаст конференцию.</translation>
    </message>
    <message>
        <source>the expert</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>%1 took over this conversation.</source>
        <translation>%1 принял(а) этот разговор.</translation>
    </message>
    <message>
        <source>You transferred the conversation to %1.</source>
        <translation>Вы перевели разговор: %1.</translation>
    </message>
    <message>
        <source>You handed the conversation back: a colleague takes it from here.</source>
        <translation>Вы вернули разговор: дальше его ведёт коллега.</translation>
    </message>
    <message>
        <source>You handed the conversation to %1.</source>
        <translation>Вы передали разговор: %1.</translation>
    </message>
    <message>
        <source>You left the conversation.</source>
        <translation>Вы покинули разговор.</translation>
    </message>
    <message>
        <source>%1 ended the consultation.</source>
        <translation>%1 завершил(а) консультацию.</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>%1 left the chat.</source>
        <translation>%1 покинул(а) чат.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Разговор завершён.</translation>
    </message>
    <message>
        <source>Your part in this conversation is over.</source>
        <translation>Ваше участие в разговоре завершено.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>начат в %1</translation>
    </message>
    <message>
        <source>Your part ended at %1</source>
        <translation>Ваше участие завершено в %1</translation>
    </message>
    <message>
        <source>Conversation ended by the citizen at %1</source>
        <translation>Житель завершил разговор в %1</translation>
    </message>
    <message>
        <source>You ended the conversation at %1</source>
        <translation>Вы завершили разговор в %1</translation>
    </message>
    <message>
        <source>Conversation ended</source>
        <translation>Разговор завершён</translation>
    </message>
</context>
<context>
    <name>ComposeBroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>Appears at once in the app of everyone you address (and when they next sign in today). You see how many have read it.</source>
        <translation>Сразу появится в приложении у всех адресатов (и при их следующем входе сегодня). Вы увидите, сколько человек его прочитали.</translation>
    </message>
    <message>
        <source>What everyone needs to know now</source>
        <translation>Что всем нужно знать прямо сейчас</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>{0} ({1} people)</source>
        <translation>{0} (человек: {1})</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Без статьи</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Pinned article:</source>
        <translation>&amp;Закреплённая статья:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>{0} of {1} characters</source>
        <translation>{0} из {1} символов</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>Кон&amp;ференция</translation>
    </message>
    <message>
        <source>The citizen joins you and the expert</source>
        <translation>Житель подключается к вам и эксперту</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>Завершить пере&amp;вод</translation>
    </message>
    <message>
        <source>The expert takes the conversation over; you leave and wrap up</source>
        <translation>Разговор принимает эксперт; вы выходите и заполняете постобработку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the consultation: the citizen is back with you alone</source>
        <translation>Отменить консультацию: житель снова только с вами</translation>
    </message>
    <message>
        <source>Keep waiting in the queue</source>
        <translation>Ждать в очереди</translation>
    </message>
    <message>
        <source>Transfer the conversation to the department&apos;s queue: the citizen keeps their place and the first free expert takes it</source>
        <translation>Перевести разговор в очередь отдела: житель сохраняет своё место, и его примет первый свободный эксперт</translation>
    </message>
    <message>
        <source>Citizen&apos;s phone number</source>
        <translation>Номер телефона жителя</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>Номер для обратного звонка</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Register a callback: the citizen is phoned when an expert is free</source>
        <translation>Заказать обратный звонок: жителю позвонят, когда освободится эксперт</translation>
    </message>
    <message>
        <source>The caller hears music.</source>
        <translation>Звонящий слышит музыку.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос: %1…</translation>
    </message>
    <message>
        <source>Ringing %1…</source>
        <translation>Вызов: %1…</translation>
    </message>
    <message>
        <source>Waiting for %1 (position %2) — nobody free</source>
        <translation>Ожидание: %1 (позиция %2) — свободных нет</translation>
    </message>
    <message>
        <source>Waiting for %1 — nobody free</source>
        <translation>Ожидание: %1 — свободных нет</translation>
    </message>
    <message>
        <source>Nobody of %1 is signed in now.</source>
        <translation>%1: сейчас никого нет в системе.</translation>
    </message>
    <message>
        <source>The expert did not answer.</source>
        <translation>Эксперт не ответил.</translation>
    </message>
    <message>
        <source>The expert declined.</source>
        <translation>Эксперт отказался.</translation>
    </message>
    <message>
        <source>Keep the citizen waiting in the queue, or register a callback.</source>
        <translation>Оставьте жителя ждать в очереди или закажите обратный звонок.</translation>
    </message>
    <message>
        <source>%1 is with you</source>
        <translation>%1 с вами</translation>
    </message>
    <message>
        <source>The caller hears music until you make it a conference.</source>
        <translation>Звонящий слышит музыку, пока вы не создадите конференцию.</translation>
    </message>
    <message>
        <source>The citizen does not see %1 until you make it a conference.</source>
        <translation>Житель не видит, что пишет %1, пока вы не создадите конференцию.</translation>
    </message>
    <message>
        <source>Conference with %1</source>
        <translation>Конференция: %1</translation>
    </message>
    <message>
        <source>Everyone hears everyone.</source>
        <translation>Все слышат всех.</translation>
    </message>
    <message>
        <source>The citizen sees %1&apos;s messages.</source>
        <translation>Житель видит, что пишет %1.</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Передано: %1</translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation>Вы отменили консультацию.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 вышел(-ла).</translation>
    </message>
    <message>
        <source>%1&apos;s app lost its connection.</source>
        <translation>%1: приложение потеряло связь.</translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation>Консультация завершена</translation>
    </message>
    <message>
        <source>&amp;End consultation</source>
        <translation>&amp;Завершить консультацию</translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation>Конференция: %1</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Завершить: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Перезвонить: %1</translation>
    </message>
</context>
<context>
    <name>ConsultPicker</name>
    <message>
        <source>Consult an expert</source>
        <translation>Консультация с экспертом</translation>
    </message>
    <message>
        <source>Who should join your conversation with %1?</source>
        <translation>Кого пригласить в разговор (%1)?</translation>
    </message>
    <message>
        <source>Transfer to a department</source>
        <translation>Перевод в отдел</translation>
    </message>
    <message>
        <source>Which department&apos;s queue should %1 wait in? They keep their place in line.</source>
        <translation>В очереди какого отдела будет ждать %1? Место в очереди сохраняется.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>житель</translation>
    </message>
    <message>
        <source>What the expert should know (shown when it rings)</source>
        <translation>Что нужно знать эксперту (видно при вызове)</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Что нужно знать следующему сотруднику</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Консультация</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Перевести</translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation>Выберите отдел или сотрудника.</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Arrived</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic and tags</source>
        <translation>Тема и метки</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>nobody (abandoned)</source>
        <translation>никто (потерянный)</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>стерео</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>topic or tag</source>
        <translation>тема или метка</translation>
    </message>
    <message>
        <source>digits of the number</source>
        <translation>цифры номера</translation>
    </message>
    <message>
        <source>words in the chat</source>
        <translation>слова в чате</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Transferred or not</source>
        <translation>Переведённые и нет</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведённые</translation>
    </message>
    <message>
        <source>Not transferred</source>
        <translation>Не переведённые</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>any length</source>
        <translation>любая длительность</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation>Искать с этими фильтрами (Enter)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Оператор</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>C&amp;aller</source>
        <translation>&amp;Звонящий</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Те&amp;кст</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>К&amp;анал</translation>
    </message>
    <message>
        <source>Transfe&amp;rred</source>
        <translation>Пе&amp;реведён</translation>
    </message>
    <message>
        <source>Lo&amp;nger than</source>
        <translation>&amp;Дольше</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Найденные разговоры</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>Pick a conversation to read or play it.</source>
        <translation>Выберите разговор, чтобы прочитать или прослушать его.</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation>Сохранить &amp;метки</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the recording or transcript (Ctrl+S)</source>
        <translation>Сохранить запись или расшифровку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>&amp;Оценить…</translation>
    </message>
    <message>
        <source>Score this conversation (Ctrl+E)</source>
        <translation>Оценить этот разговор (Ctrl+E)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>Найден %n разговор</numerusform>
            <numerusform>Найдено %n разговора</numerusform>
            <numerusform>Найдено %n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation>Загрузка записи…</translation>
    </message>
    <message>
        <source>Recording ready: Space plays it</source>
        <translation>Запись готова: Space — воспроизвести</translation>
    </message>
    <message>
        <source>Could not open it: %1</source>
        <translation>Не удалось открыть: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No transcript: a call without a recording.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Нет расшифровки: звонок без записи.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Метки сохранены</translation>
    </message>
    <message>
        <source>Tags not saved: %1</source>
        <translation>Метки не сохранены: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Аудио WAV (*.wav)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Nobody answered it: there is nobody to score</source>
        <translation>Никто не ответил: оценивать некого</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <source>In wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>No softphone: cannot take calls</source>
        <translation>Нет софтфона: не может принимать звонки</translation>
    </message>
    <message>
        <source>Busy: cannot take a call now</source>
        <translation>Занят: сейчас не может принять звонок</translation>
    </message>
    <message>
        <source>Busy: no room for another chat</source>
        <translation>Занят: нет места для ещё одного чата</translation>
    </message>
    <message>
        <source>That is you</source>
        <translation>Это вы</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>First-line colleagues</source>
        <translation>Коллеги первой линии</translation>
    </message>
    <message>
        <source>Takes calls</source>
        <translation>Принимает звонки</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>Свободно %1 из %2</translation>
    </message>
    <message>
        <source>No experts</source>
        <translation>Нет экспертов</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>Ожидают: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPane</name>
    <message>
        <source>Find a person, department or topic</source>
        <translation>Найти сотрудника, отдел или тему</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Консультация</translation>
    </message>
    <message>
        <source>Ask them to join the conversation (Enter)</source>
        <translation>Пригласить в разговор (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Перевести</translation>
    </message>
    <message>
        <source>Send the conversation to the department&apos;s queue (Shift+Enter)</source>
        <translation>Передать разговор в очередь отдела (Shift+Enter)</translation>
    </message>
    <message>
        <source>in 1 conversation</source>
        <translation>в 1 разговоре</translation>
    </message>
    <message>
        <source>in %1 conversations</source>
        <translation>разговоров: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>уже %1</translation>
    </message>
    <message>
        <source>Consult: the first free expert of %1 joins.</source>
        <translation>Консультация: подключится первый свободный эксперт (%1).</translation>
    </message>
    <message>
        <source>Nobody of %1 is free now: a consultation waits in its queue.</source>
        <translation>%1: сейчас никто не свободен, консультация ждёт в очереди.</translation>
    </message>
    <message>
        <source>&amp;Consult first free</source>
        <translation>&amp;Первый свободный</translation>
    </message>
    <message>
        <source>The first free expert of %1 joins (Enter)</source>
        <translation>Подключится первый свободный эксперт (%1) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Transfer to queue</source>
        <translation>&amp;Перевести в очередь</translation>
    </message>
    <message>
        <source>Send the conversation to the queue of %1 (Shift+Enter)</source>
        <translation>Передать разговор в очередь: %1 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Only a department&apos;s queue takes transfers</source>
        <translation>Переводы принимает только очередь отдела</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Убрать из избранного</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ В избранное</translation>
    </message>
    <message>
        <source>Favourites come first in the directory (%1)</source>
        <translation>Избранное показывается первым в справочнике (%1)</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Score the conversation</source>
        <translation>Оценка разговора</translation>
    </message>
    <message>
        <source>&amp;Whom you score:</source>
        <translation>&amp;Кого оцениваете:</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>Загрузка формы…</translation>
    </message>
    <message>
        <source>What went well, what to coach (the agent&apos;s team lead reads it)</source>
        <translation>Что удалось, над чем поработать (прочитает руководитель группы оператора)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Submit the scores (Ctrl+Enter)</source>
        <translation>Отправить оценки (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <source>The form could not be loaded: %1</source>
        <translation>Не удалось загрузить форму: %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Weight in the total</source>
        <translation>Вес в итоговой оценке</translation>
    </message>
    <message>
        <source>You scored %1 on %2 (%3 of 5): submitting replaces it.</source>
        <translation>Вы уже оценили %1 за %2 (%3 из 5): новая оценка заменит прежнюю.</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt; of 5 (weighted)</source>
        <translation>Итог: &lt;b&gt;%1&lt;/b&gt; из 5 (взвешенный)</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria still to score</source>
        <translation>
            <numerusform>Осталось оценить %n критерий</numerusform>
            <numerusform>Осталось оценить %n критерия</numerusform>
            <numerusform>Осталось оценить %n критериев</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source> — the form changed: close and score again.</source>
        <translation> — форма изменилась: закройте её и оцените заново.</translation>
    </message>
    <message>
        <source>Sending… wait for the answer.</source>
        <translation>Отправка… дождитесь ответа.</translation>
    </message>
    <message>
        <source>Unsent scores</source>
        <translation>Неотправленные оценки</translation>
    </message>
    <message>
        <source>Discard the scores you have not submitted?</source>
        <translation>Отменить неотправленные оценки?</translation>
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
        <translation>все сотрудники</translation>
    </message>
    <message>
        <source>No system tray here: this window stands in for it.</source>
        <translation>Системного трея нет: его заменяет это окно.</translation>
    </message>
    <message>
        <source>No input for %1: you are Away. Move the mouse to come back.</source>
        <translation>Нет активности уже %1: ваш статус — «Отошёл». Пошевелите мышью, чтобы вернуться.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <source>Welcome back: %1 again.</source>
        <translation>С возвращением: снова «%1».</translation>
    </message>
</context>
<context>
    <name>ExpertPresence</name>
    <message>
        <source>&amp;Available for consultations</source>
        <translation>&amp;Доступен для консультаций</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;Занят</translation>
    </message>
    <message>
        <source>Signed in, but no consultations for now</source>
        <translation>В системе, но пока без консультаций</translation>
    </message>
    <message>
        <source>A&amp;way</source>
        <translation>&amp;Отошёл</translation>
    </message>
    <message>
        <source>Not at the computer: nothing is offered to you</source>
        <translation>Не у компьютера: запросы не поступают</translation>
    </message>
    <message>
        <source>Busy &amp;because…</source>
        <translation>Занят по &amp;причине…</translation>
    </message>
    <message>
        <source>Available for consultations</source>
        <translation>Доступен для консультаций</translation>
    </message>
    <message>
        <source>In a conversation</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Busy — %1</source>
        <translation>Занят — %1</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Full window</source>
        <translation>&amp;Полное окно</translation>
    </message>
    <message>
        <source>Open the full window with the knowledge base (Ctrl+Shift+F)</source>
        <translation>Открыть полное окно с базой знаний (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>Поиск в &amp;базе знаний</translation>
    </message>
    <message>
        <source>&amp;Leave the conversation</source>
        <translation>Покинуть &amp;разговор</translation>
    </message>
    <message>
        <source>Leave: the colleague who asked carries on alone (Ctrl+Shift+L)</source>
        <translation>Покинуть: пригласивший коллега продолжит один (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Message to your &amp;colleague</source>
        <translation>Сообщение &amp;коллеге</translation>
    </message>
    <message>
        <source>Change your presence (F9 toggles)</source>
        <translation>Изменить статус (F9 — переключить)</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Меню</translation>
    </message>
    <message>
        <source>Settings, shortcuts, sign out, quit</source>
        <translation>Настройки, сочетания клавиш, выход из системы, выход</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so this window stands in for it: keep it open (minimise it if you like). Requests from colleagues pop up in the corner of the screen; closing this window quits.</source>
        <translation>На этом рабочем столе нет системного трея, поэтому его заменяет это окно: держите его открытым (можно свернуть). Запросы коллег появляются в углу экрана; закрытие окна завершает программу.</translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation>Пропущено (%1)</translation>
    </message>
    <message>
        <source>Popup: accept</source>
        <translation>Уведомление: принять</translation>
    </message>
    <message>
        <source>Popup: decline</source>
        <translation>Уведомление: отклонить</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Новая строка в сообщении</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Three-way with %1: the citizen sees and hears you too.</source>
        <translation>Конференция (%1): житель тоже видит и слышит вас.</translation>
    </message>
    <message>
        <source>%1 asked you to join. The citizen does not see you: talk to %1 in the staff chat (Ctrl+I).</source>
        <translation>%1 приглашает вас в разговор. Житель вас не видит: общайтесь с %1 в служебном чате (Ctrl+I).</translation>
    </message>
    <message>
        <source>%1 handed this conversation to you: it is yours now.</source>
        <translation>%1 передал(а) вам этот разговор: теперь он ваш.</translation>
    </message>
    <message>
        <source>Your part in this conversation has ended.</source>
        <translation>Ваше участие в разговоре завершено.</translation>
    </message>
</context>
<context>
    <name>ForceNotReadyDialog</name>
    <message>
        <source>Force Not Ready</source>
        <translation>Принудительно «Не готов»</translation>
    </message>
    <message>
        <source>{0} will receive no new work and will see this reason until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>{0} не будет получать новую работу и будет видеть эту причину, пока снова не станет доступен. Действие записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Requested by supervisor</source>
        <translation>По требованию супервайзера</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Set Not Ready</source>
        <translation>Установить «Не готов»</translation>
    </message>
</context>
<context>
    <name>ForceOfflineBox</name>
    <message>
        <source>Force Offline</source>
        <translation>Принудительно «Не в сети»</translation>
    </message>
    <message>
        <source>Set {0} Offline?</source>
        <translation>Перевести оператора {0} в статус «Не в сети»?</translation>
    </message>
    <message>
        <source>They will receive no new work until they make themselves available again. The action is recorded in the audit log.</source>
        <translation>Новая работа поступать не будет, пока сотрудник снова не станет доступен. Действие записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Conversations offered per hour and weekday</source>
        <translation>Предложенные разговоры по часам и дням недели</translation>
    </message>
</context>
<context>
    <name>InternalChat</name>
    <message>
        <source>Staff chat</source>
        <translation>Служебный чат</translation>
    </message>
    <message>
        <source>The citizen does not see these messages.</source>
        <translation>Житель не видит эти сообщения.</translation>
    </message>
    <message>
        <source>Staff messages</source>
        <translation>Служебные сообщения</translation>
    </message>
    <message>
        <source>Message to the staff…</source>
        <translation>Сообщение сотрудникам…</translation>
    </message>
    <message>
        <source>Message to the staff</source>
        <translation>Сообщение сотрудникам</translation>
    </message>
    <message>
        <source>Staff only (%1)</source>
        <translation>Только сотрудники (%1)</translation>
    </message>
    <message>
        <source>Only the staff in this conversation read it; Enter sends</source>
        <translation>Видят только сотрудники в этом разговоре; Enter — отправить</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Messages between the staff in this conversation appear here.</source>
        <translation>Здесь появятся сообщения сотрудников в этом разговоре.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBasePage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Создать новую статью</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the article as a new revision</source>
        <translation>Сохранить статью как новую редакцию</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Save and make the article visible to agents (and citizens if public)</source>
        <translation>Сохранить и сделать статью видимой операторам (и жителям, если она публичная)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Withdraw the article: nobody finds it any more</source>
        <translation>Снять статью: её больше никто не найдёт</translation>
    </message>
    <message>
        <source>P&amp;in</source>
        <translation>&amp;Закрепить</translation>
    </message>
    <message>
        <source>Show the article as a banner to every agent</source>
        <translation>Показывать статью баннером всем операторам</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Earlier revisions: who changed what, and restore one</source>
        <translation>Прежние редакции: кто что изменил; восстановление редакции</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Load the list again (other supervisors&apos; changes)</source>
        <translation>Загрузить список заново (изменения других супервайзеров)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Find by title, tag, keyword or text</source>
        <translation>Поиск по заголовку, метке, ключевому слову или тексту</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Could not load the articles: {0}</source>
        <translation>Не удалось загрузить статьи: {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save your changes to “{0}”?</source>
        <translation>Сохранить изменения в «{0}»?</translation>
    </message>
    <message>
        <source>If you don&apos;t, they are lost.</source>
        <translation>Если не сохранить, они будут потеряны.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved “{0}” (revision {1})</source>
        <translation>Сохранено: «{0}» (редакция {1})</translation>
    </message>
    <message>
        <source>Published “{0}”</source>
        <translation>Опубликовано: «{0}»</translation>
    </message>
    <message>
        <source>Retired “{0}”</source>
        <translation>В архиве: «{0}»</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>Pin not changed</source>
        <translation>Закрепление не изменено</translation>
    </message>
    <message>
        <source>Pinned “{0}” for every agent</source>
        <translation>«{0}» закреплена для всех операторов</translation>
    </message>
    <message>
        <source>Unpinned “{0}”</source>
        <translation>«{0}» откреплена</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Нет истории</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: you may not edit articles.</source>
        <translation>{0}: у вас нет прав на редактирование статей.</translation>
    </message>
    <message>
        <source>{0}: the server could not do it ({1}). Try again.</source>
        <translation>{0}: сервер не смог выполнить действие ({1}). Повторите попытку.</translation>
    </message>
    <message>
        <source>Pin article</source>
        <translation>Закрепить статью</translation>
    </message>
    <message>
        <source>Pin “{0}”?</source>
        <translation>Закрепить «{0}»?</translation>
    </message>
    <message>
        <source>Every agent will see this as a banner at the top of their window until it is unpinned. The action is recorded in the audit log.</source>
        <translation>Все операторы будут видеть её баннером в верхней части окна, пока её не открепят. Действие записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Pin for everyone</source>
        <translation>Закрепить для всех</translation>
    </message>
    <message>
        <source>Revision {0} is in the editor: save to make it current</source>
        <translation>Редакция {0} в редакторе: сохраните, чтобы сделать её текущей</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation>Статей: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} articles</source>
        <translation>Статей: {0} из {1}</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>От&amp;крепить</translation>
    </message>
    <message>
        <source>Remove the banner from every agent&apos;s window</source>
        <translation>Убрать баннер из окон всех операторов</translation>
    </message>
</context>
<context>
    <name>KnowledgePane</name>
    <message>
        <source>Search articles (Ctrl+K)</source>
        <translation>Поиск статей (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <source>Only articles of this department</source>
        <translation>Только статьи этого отдела</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Only articles in this language</source>
        <translation>Только статьи на этом языке</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Закрыть статью</translation>
    </message>
    <message>
        <source>&amp;Insert into chat</source>
        <translation>&amp;Вставить в чат</translation>
    </message>
    <message>
        <source>Put the short answer into the message box, to edit and send (Ctrl+Shift+I)</source>
        <translation>Вставить краткий ответ в поле сообщения для правки и отправки (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>This &amp;answered it</source>
        <translation>&amp;Помогло</translation>
    </message>
    <message>
        <source>Tell the editors this article answered the citizen&apos;s question</source>
        <translation>Сообщить редакторам, что статья ответила на вопрос жителя</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>The search failed. Type again to retry.</source>
        <translation>Ошибка поиска. Введите запрос снова, чтобы повторить.</translation>
    </message>
    <message>
        <source>Articles found: %1</source>
        <translation>Найдено статей: %1</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <source>No articles match “%1”.</source>
        <translation>Нет статей по запросу «%1».</translation>
    </message>
    <message>
        <source>Suggested for this conversation</source>
        <translation>Рекомендуется для этого разговора</translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question to find articles.</source>
        <translation>Введите несколько слов из вопроса жителя, чтобы найти статьи.</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>закреплена</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>for staff only</source>
        <translation>только для сотрудников</translation>
    </message>
    <message>
        <source>This article has no short answer to use.</source>
        <translation>У этой статьи нет краткого ответа.</translation>
    </message>
    <message>
        <source>Short answer copied: paste it where you need it.</source>
        <translation>Краткий ответ скопирован: вставьте его куда нужно.</translation>
    </message>
    <message>
        <source>Thank you: the editors will know it helped.</source>
        <translation>Спасибо: редакторы узнают, что статья помогла.</translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation>&amp;Копировать ответ</translation>
    </message>
    <message>
        <source>Copy the short answer to the clipboard: this conversation takes no text (Ctrl+Shift+I)</source>
        <translation>Скопировать краткий ответ в буфер обмена: в этот разговор текст не вставить (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Open a chat to insert the short answer into it</source>
        <translation>Откройте чат, чтобы вставить в него краткий ответ</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Помогло</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Датский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>%1 is used from the next start of the app.</source>
        <translation>Язык «%1» будет использоваться после перезапуска приложения.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — City Contact Centre</source>
        <translation>Вход — Городской контакт-центр</translation>
    </message>
    <message>
        <source>City Contact Centre</source>
        <translation>Городской контакт-центр</translation>
    </message>
    <message>
        <source>Sign in with your city hall account.</source>
        <translation>Войдите с учётной записью городской администрации.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <source>Missed request</source>
        <translation>Пропущенный запрос</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>%1 asked you to join %2.</source>
        <translation>%1 приглашал(а) вас подключиться (%2).</translation>
    </message>
    <message>
        <source>%1 handed you %2.</source>
        <translation>%1 передавал(а) вам %2.</translation>
    </message>
    <message>
        <source>%1 was offered to you.</source>
        <translation>%1 предложен вам.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 назад)</translation>
    </message>
    <message>
        <source>Rang out at:</source>
        <translation>Время вызова:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Житель:</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(без комментария)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 сейчас</translation>
    </message>
    <message>
        <source>Looking them up…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Удалить из списка</translation>
    </message>
    <message>
        <source>The directory could not be reached.</source>
        <translation>Справочник недоступен.</translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation>Нет в справочнике.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Не в системе</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>В %n разговоре</numerusform>
            <numerusform>В %n разговорах</numerusform>
            <numerusform>В %n разговорах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>In it:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Прослушать</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>П&amp;одсказать</translation>
    </message>
    <message>
        <source>&amp;Barge</source>
        <translation>&amp;Вмешаться</translation>
    </message>
    <message>
        <source>Hear or read the conversation; nobody hears you</source>
        <translation>Слушать или читать разговор; вас никто не слышит</translation>
    </message>
    <message>
        <source>Coach the agent: they hear you, the citizen does not</source>
        <translation>Подсказывать оператору: он вас слышит, житель — нет</translation>
    </message>
    <message>
        <source>Join the conversation: everyone hears you</source>
        <translation>Подключиться к разговору: вас слышат все</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>Stop monitoring; the conversation goes on</source>
        <translation>Прекратить наблюдение; разговор продолжается</translation>
    </message>
    <message>
        <source>Take &amp;over</source>
        <translation>&amp;Перехватить</translation>
    </message>
    <message>
        <source>Take the conversation over: it is yours, the agent leaves it (a call: the caller talks to you on your phone)</source>
        <translation>Перехватить разговор: он переходит к вам, оператор выходит (звонок: звонящий говорит с вами по вашему телефону)</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Завершить разговор</translation>
    </message>
    <message>
        <source>End the conversation you took over (no wrap-up)</source>
        <translation>Завершить перехваченный разговор (без постобработки)</translation>
    </message>
    <message>
        <source>A monitored chat&apos;s messages appear here.</source>
        <translation>Здесь появятся сообщения наблюдаемого чата.</translation>
    </message>
    <message>
        <source>Private note to the agent (whisper) — the citizen never sees it</source>
        <translation>Личная заметка оператору (подсказка) — житель её не увидит</translation>
    </message>
    <message>
        <source>Message to the citizen (barge)</source>
        <translation>Сообщение жителю (вмешательство)</translation>
    </message>
    <message>
        <source>Not monitoring. Pick an agent and choose Monitor (Ctrl+Shift+M).</source>
        <translation>Наблюдение не ведётся. Выберите оператора и нажмите «Наблюдать за разговором» (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Сообщение жителю</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Прослушивание</translation>
    </message>
    <message>
        <source>Whispering to the agent</source>
        <translation>Подсказка оператору</translation>
    </message>
    <message>
        <source>Barged in (everyone hears you)</source>
        <translation>Вмешательство (вас слышат все)</translation>
    </message>
    <message>
        <source>(a chat: no phone)</source>
        <translation>(чат: без телефона)</translation>
    </message>
    <message>
        <source>Ringing your softphone…</source>
        <translation>Вызов вашего софтфона…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Call from {0}</source>
        <translation>Звонок: {0}</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>скрытый номер</translation>
    </message>
    <message>
        <source>Chat with {0}</source>
        <translation>Чат: {0}</translation>
    </message>
    <message>
        <source>You stopped monitoring.</source>
        <translation>Вы прекратили наблюдение.</translation>
    </message>
    <message>
        <source>The conversation ended.</source>
        <translation>Разговор завершён.</translation>
    </message>
    <message>
        <source>Your softphone hung up.</source>
        <translation>Ваш софтфон завершил вызов.</translation>
    </message>
    <message>
        <source>You were signed out.</source>
        <translation>Вы вышли из системы.</translation>
    </message>
    <message>
        <source>Monitoring stopped: the conversation went to staff outside your teams.</source>
        <translation>Наблюдение прекращено: разговор перешёл к сотрудникам не из ваших команд.</translation>
    </message>
    <message>
        <source>You took the conversation over.</source>
        <translation>Вы перехватили разговор.</translation>
    </message>
    <message>
        <source>{0} — yours now</source>
        <translation>{0} — теперь ваш</translation>
    </message>
    <message>
        <source>Taken over: you talk to the citizen</source>
        <translation>Перехвачен: вы говорите с жителем</translation>
    </message>
    <message>
        <source>You took the conversation over. End it with {0}.</source>
        <translation>Вы перехватили разговор. Завершить его: {0}.</translation>
    </message>
    <message>
        <source>The conversation you took over ended.</source>
        <translation>Перехваченный разговор завершён.</translation>
    </message>
    <message>
        <source>Monitoring: {0}</source>
        <translation>Наблюдение: {0}</translation>
    </message>
</context>
<context>
    <name>MonitoredIndicator</name>
    <message>
        <source>listening</source>
        <translation>прослушивает</translation>
    </message>
    <message>
        <source>coaching you</source>
        <translation>подсказывает вам</translation>
    </message>
    <message>
        <source>in the conversation</source>
        <translation>в разговоре</translation>
    </message>
    <message>
        <source>Being monitored by {0} ({1})</source>
        <translation>Наблюдает {0} ({1})</translation>
    </message>
    <message>
        <source>A supervisor monitors this conversation: Listen, Whisper or Barge</source>
        <translation>Супервайзер наблюдает за этим разговором: прослушивание, подсказка или вмешательство</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move conversation</source>
        <translation>Передать разговор</translation>
    </message>
    <message>
        <source>{0} leaves the conversation and owes no wrap-up for it. The move is recorded in the audit log.</source>
        <translation>{0} покидает разговор, и постобработка по нему не нужна. Передача записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>&amp;Next free agent (front of its queue)</source>
        <translation>&amp;Следующему свободному оператору (в начало очереди)</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Коллеге:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>В &amp;отдел:</translation>
    </message>
    <message>
        <source>Nobody is free now</source>
        <translation>Сейчас никто не свободен</translation>
    </message>
    <message>
        <source>What the next person should know</source>
        <translation>Что нужно знать следующему сотруднику</translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation>Ра&amp;зговор:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>OfferToast</name>
    <message>
        <source>a call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>скрытый номер</translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation>Запрос консультации</translation>
    </message>
    <message>
        <source>%1 asks you to join %2</source>
        <translation>%1 приглашает вас: %2</translation>
    </message>
    <message>
        <source>Transferred to you</source>
        <translation>Передан вам</translation>
    </message>
    <message>
        <source>%1 hands you %2</source>
        <translation>%1 передаёт вам %2</translation>
    </message>
    <message>
        <source>A colleague hands you %1</source>
        <translation>Коллега передаёт вам %1</translation>
    </message>
    <message>
        <source>Callback to place</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation>Перезвоните жителю</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Новый звонок</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>From the queue</source>
        <translation>Из очереди</translation>
    </message>
    <message>
        <source>Incoming request</source>
        <translation>Входящий запрос</translation>
    </message>
    <message>
        <source>&amp;Decline (Esc)</source>
        <translation>&amp;Отклонить (Esc)</translation>
    </message>
    <message>
        <source>Decline: the next expert is asked (Shift+F5, Esc)</source>
        <translation>Отклонить: запрос получит следующий эксперт (Shift+F5, Esc)</translation>
    </message>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Принять (F5)</translation>
    </message>
    <message>
        <source>Accept (F5, Enter)</source>
        <translation>Принять (F5, Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>Ещё %n в ожидании</numerusform>
            <numerusform>Ещё %n в ожидании</numerusform>
            <numerusform>Ещё %n в ожидании</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Осталось %1 с</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Время истекает…</translation>
    </message>
</context>
<context>
    <name>OfferWidget</name>
    <message>
        <source>&amp;Accept (F5)</source>
        <translation>&amp;Принять (F5)</translation>
    </message>
    <message>
        <source>&amp;Reject (Shift+F5)</source>
        <translation>&amp;Отклонить (Shift+F5)</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>voice call from the browser</source>
        <translation>голосовой звонок из браузера</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>%1 asks you to join a call</source>
        <translation>%1 приглашает вас в звонок</translation>
    </message>
    <message>
        <source>%1 asks you to join</source>
        <translation>%1 приглашает вас в разговор</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Перевёл(а): %1</translation>
    </message>
    <message>
        <source>New %1 · %2</source>
        <translation>Новый %1 · %2</translation>
    </message>
    <message>
        <source>sign language %1</source>
        <translation>жестовый язык %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Скрытый номер</translation>
    </message>
    <message>
        <source>&amp;Join (F5)</source>
        <translation>&amp;Подключиться (F5)</translation>
    </message>
    <message>
        <source>First contact from this number.</source>
        <translation>Первое обращение с этого номера.</translation>
    </message>
    <message>
        <source>Contacted us %1 time(s) before; last on %2 about %3</source>
        <translation>Обращений ранее: %1; последнее — %2, тема: %3</translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation>%1 · ждёт %2</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>Осталось %1 с</translation>
    </message>
    <message>
        <source>Expiring…</source>
        <translation>Время истекает…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <source>This call cannot be answered any more.</source>
        <translation>На этот звонок уже нельзя ответить.</translation>
    </message>
    <message>
        <source>Could not answer the call: {error}</source>
        <translation>Не удалось ответить на звонок: {error}</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call.</source>
        <translation>Тональный набор возможен только при соединённом звонке.</translation>
    </message>
    <message>
        <source>Could not send the keypad tones: {error}</source>
        <translation>Не удалось отправить тональные сигналы: {error}</translation>
    </message>
    <message>
        <source>Could not connect the call&apos;s audio: {error}</source>
        <translation>Не удалось подключить звук звонка: {error}</translation>
    </message>
    <message>
        <source>The audio device failed ({error}): the other side hears silence.</source>
        <translation>Сбой аудиоустройства ({error}): собеседник слышит тишину.</translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned articles</source>
        <translation>Закреплённые статьи</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Show every pinned article</source>
        <translation>Показать все закреплённые статьи</translation>
    </message>
    <message>
        <source>Collapse to one line</source>
        <translation>Свернуть в одну строку</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Воспроизведение или пауза (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Missed offer</source>
        <translation>Пропущенный запрос</translation>
    </message>
    <message>
        <source>Set by supervisor</source>
        <translation>Установлено супервайзером</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Нет связи</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the evaluations again (F5)</source>
        <translation>Загрузить оценки заново (F5)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Average per agent</source>
        <translation>Среднее по операторам</translation>
    </message>
    <message>
        <source>Score a conversation from the Conversations tab (Ctrl+7, then Ctrl+E).</source>
        <translation>Оцените разговор на вкладке «Разговоры» (Ctrl+7, затем Ctrl+E).</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Что оценивает</translation>
    </message>
    <message>
        <source>Quality form</source>
        <translation>Форма оценки качества</translation>
    </message>
    <message>
        <source>e.g. plain_language</source>
        <translation>например, plain_language</translation>
    </message>
    <message>
        <source>Scored in new evaluations</source>
        <translation>Оценивается в новых оценках</translation>
    </message>
    <message>
        <source>Sa&amp;ve criterion</source>
        <translation>Со&amp;хранить критерий</translation>
    </message>
    <message>
        <source>Add or change a criterion</source>
        <translation>Добавить или изменить критерий</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Вес</translation>
    </message>
    <message>
        <source>Every criterion is scored 1–5; the total is their weighted average. A retired criterion keeps the scores it was given. Administrators change the form.</source>
        <translation>Каждый критерий оценивается от 1 до 5; итог — их взвешенное среднее. Выведенный из употребления критерий сохраняет полученные оценки. Форму изменяют администраторы.</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Хранится (дней)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Размер (МБ)</translation>
    </message>
    <message>
        <source>Retention per topic</source>
        <translation>Срок хранения по темам</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>id темы</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Keep for this long</source>
        <translation>&amp;Хранить столько</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Quality not read: %1</source>
        <translation>Данные о качестве не получены: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation>
            <numerusform>%n оценка за период</numerusform>
            <numerusform>%n оценки за период</numerusform>
            <numerusform>%n оценок за период</numerusform>
        </translation>
    </message>
    <message>
        <source>, average %1 of 5.</source>
        <translation>, в среднем %1 из 5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен</translation>
    </message>
    <message>
        <source>centre default</source>
        <translation>по умолчанию (центр)</translation>
    </message>
    <message>
        <source>this topic&apos;s</source>
        <translation>своё для темы</translation>
    </message>
    <message>
        <source>last run %1, deleted %2</source>
        <translation>последний запуск %1, удалено: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ещё не запускалось</translation>
    </message>
    <message>
        <source>Recordings are kept %1 days unless their topic says otherwise, then deleted by a daily job (%2; next run %3). Every deletion is in the audit log.</source>
        <translation>Записи хранятся %1 дн., если для темы не задано иное, затем удаляются ежедневным заданием (%2; следующий запуск %3). Каждое удаление записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>A criterion needs a key and a title</source>
        <translation>Для критерия нужны ключ и название</translation>
    </message>
    <message>
        <source>Criterion %1 saved</source>
        <translation>Критерий %1 сохранён</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Выберите тему</translation>
    </message>
    <message>
        <source>Recordings of %1 are kept %2 days</source>
        <translation>Записи темы «%1» хранятся %2 дн.</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Не задано: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <source>Self-service today</source>
        <translation>Самообслуживание сегодня</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Avg. answer</source>
        <translation>Ср. время ответа</translation>
    </message>
    <message>
        <source>Avg. handling</source>
        <translation>Ср. время обсл.</translation>
    </message>
    <message>
        <source>Today: share answered within the threshold (short abandons not counted)</source>
        <translation>Сегодня: доля отвеченных в пределах порога (короткие потерянные не учитываются)</translation>
    </message>
    <message>
        <source>Today: share who left before an answer</source>
        <translation>Сегодня: доля ушедших до ответа</translation>
    </message>
    <message>
        <source>Today: average speed of answer</source>
        <translation>Сегодня: среднее время ответа</translation>
    </message>
    <message>
        <source>Today: average handle time, talk and wrap-up</source>
        <translation>Сегодня: среднее время обслуживания (разговор и постобработка)</translation>
    </message>
    <message>
        <source>Agents with this skill who are logged in</source>
        <translation>Операторы с этим навыком, находящиеся в системе</translation>
    </message>
    <message>
        <source>Citizens whose question a knowledge-base article answered today</source>
        <translation>Жители, на чей вопрос сегодня ответила статья базы знаний</translation>
    </message>
    <message>
        <source>Citizens are waiting and nobody with this skill is available</source>
        <translation>Жители ждут, а доступных сотрудников с этим навыком нет</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Короткие потерянные</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обслуживания</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Время постобработки</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Доля переводов</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Решено с первого обращения</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Самообслуживание</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>С – по</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A citizen back on the same topic within this many days was not resolved</source>
        <translation>Если житель вернулся с той же темой в течение этого числа дней, вопрос считается нерешённым</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>Make the report (F5)</source>
        <translation>Сформировать отчёт (F5)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as CSV (Ctrl+S)</source>
        <translation>Сохранить показанную таблицу в CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Repeat &amp;window</source>
        <translation>&amp;Окно повтора</translation>
    </message>
    <message>
        <source>Choose a period and press Run (F5).</source>
        <translation>Выберите период и нажмите «Сформировать» (F5).</translation>
    </message>
    <message>
        <source>Conversations per topic</source>
        <translation>Разговоры по темам</translation>
    </message>
    <message>
        <source>Offered and answered per half hour</source>
        <translation>Предложено и отвечено по получасам</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Citizens back on the same topic, per topic</source>
        <translation>Повторные обращения жителей с той же темой, по темам</translation>
    </message>
    <message>
        <source>Average quality score per criterion (1–5)</source>
        <translation>Средняя оценка качества по критериям (1–5)</translation>
    </message>
    <message>
        <source>Quality per agent and topic</source>
        <translation>Качество по операторам и темам</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>Day curve</source>
        <translation>Профиль дня</translation>
    </message>
    <message>
        <source>Hour × weekday</source>
        <translation>Час × день недели</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>Hardest topics</source>
        <translation>Сложные темы</translation>
    </message>
    <message>
        <source>Failure demand</source>
        <translation>Повторные обращения</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Отчёт не сформирован: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 offered, %4 answered, %5 abandoned (%6 within %7 s not counted), service level %8, speed of answer %9,&lt;br&gt;handle time %10, transfer rate %11, first-contact resolution %12, self-service answers %13, quality score %14.</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;: предложено %3, отвечено %4, потеряно %5 (%6 в пределах %7 с не учтены), уровень обслуживания %8, время ответа %9,&lt;br&gt;время обслуживания %10, доля переводов %11, решено с первого обращения %12, ответов самообслуживания %13, оценка качества %14.</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Потерянные</translation>
    </message>
    <message numerus="yes">
        <source>The %n agent(s) with the fewest conversations are not shown (too many for one reply): filter by an agent, or print them all with cc-server report --by agent.</source>
        <translation>
            <numerusform>%n оператор с наименьшим числом разговоров не показан (слишком много для одного ответа): отфильтруйте по оператору или выведите всех командой cc-server report --by agent.</numerusform>
            <numerusform>%n оператора с наименьшим числом разговоров не показаны (слишком много для одного ответа): отфильтруйте по оператору или выведите всех командой cc-server report --by agent.</numerusform>
            <numerusform>%n операторов с наименьшим числом разговоров не показаны (слишком много для одного ответа): отфильтруйте по оператору или выведите всех командой cc-server report --by agent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest handling: %1. Most transfers: %2. Lowest first-contact resolution: %3.</source>
        <translation>Самое долгое обслуживание: %1. Больше всего переводов: %2. Меньше всего решено с первого обращения: %3.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts (%3) were followed by the same citizen on the same topic within %4 days; %5 citizens came back.</source>
        <translation>За %1 из %2 обращений (%3) последовало обращение того же жителя по той же теме в течение %4 дн.; вернулись жителей: %5.</translation>
    </message>
    <message>
        <source>Repeat contacts</source>
        <translation>Повторные обращения</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Отчёт готов</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of these conversations, average %1 of 5.</source>
        <translation>
            <numerusform>%n оценка этих разговоров, в среднем %1 из 5.</numerusform>
            <numerusform>%n оценки этих разговоров, в среднем %1 из 5.</numerusform>
            <numerusform>%n оценок этих разговоров, в среднем %1 из 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation of the period is scored yet: score one in the Conversations tab (Ctrl+E).</source>
        <translation>Ни один разговор за период ещё не оценён: оцените разговор на вкладке «Разговоры» (Ctrl+E).</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Agent or topic</source>
        <translation>Оператор или тема</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторные</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Жители</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Доля повторных</translation>
    </message>
    <message>
        <source>Nothing to export here</source>
        <translation>Здесь нечего экспортировать</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Сохранена %n строка в %1</numerusform>
            <numerusform>Сохранено %n строки в %1</numerusform>
            <numerusform>Сохранено %n строк в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Quit with live conversations?</source>
        <translation>Выйти при активных разговорах?</translation>
    </message>
    <message>
        <source>Sign out with live conversations?</source>
        <translation>Выйти из системы при активных разговорах?</translation>
    </message>
    <message>
        <source>Go offline with live conversations?</source>
        <translation>Перейти в «Не в сети» при активных разговорах?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n live conversation(s):</source>
        <translation>
            <numerusform>У вас %n активный разговор:</numerusform>
            <numerusform>У вас %n активных разговора:</numerusform>
            <numerusform>У вас %n активных разговоров:</numerusform>
        </translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>телефонный звонок</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>%1, you were asked to join</source>
        <translation>%1, вас пригласили подключиться</translation>
    </message>
    <message>
        <source>Handing back ends none of them: each goes to the colleague consulted on it, else to the front of its queue for the next free colleague, with everything written so far. You owe no wrap-up for them. Where you were only asked to join, you leave and the colleague who asked carries on.</source>
        <translation>Возврат не завершает ни один из них: каждый переходит к коллеге, с которым шла консультация, иначе — в начало своей очереди к следующему свободному коллеге, со всей перепиской. Постобработка по ним не нужна. Там, куда вас только пригласили, вы выходите, а пригласивший коллега продолжает.</translation>
    </message>
    <message>
        <source>A caller hears that they are back in line, then hold music.</source>
        <translation>Звонящий слышит, что снова в очереди, затем музыку удержания.</translation>
    </message>
    <message>
        <source>To give one to a particular department instead, choose Cancel and use Transfer… (%1) in its tab.</source>
        <translation>Чтобы передать разговор конкретному отделу, нажмите «Отмена» и используйте «Перевести…» (%1) на его вкладке.</translation>
    </message>
    <message>
        <source>To finish them first without new ones, choose Not ready (F9).</source>
        <translation>Чтобы сначала завершить их, не получая новых, выберите «Не готов» (F9).</translation>
    </message>
    <message>
        <source>&amp;Hand back and quit</source>
        <translation>&amp;Вернуть и выйти</translation>
    </message>
    <message>
        <source>&amp;Hand back and sign out</source>
        <translation>&amp;Вернуть и выйти из системы</translation>
    </message>
    <message>
        <source>&amp;Hand back and go offline</source>
        <translation>&amp;Вернуть и перейти в «Не в сети»</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>В&amp;се равно выйти</translation>
    </message>
    <message>
        <source>&amp;Sign out anyway</source>
        <translation>В&amp;се равно выйти из системы</translation>
    </message>
    <message>
        <source>&amp;Go offline anyway</source>
        <translation>В&amp;се равно перейти в «Не в сети»</translation>
    </message>
    <message>
        <source>Handing back…</source>
        <translation>Возврат…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so nothing could be handed back. If you go anyway, the conversations stay yours on the server and come back when you sign in again; what you typed is kept.</source>
        <translation>Сервер недоступен, поэтому ничего не возвращено. Если вы всё же выйдете, разговоры останутся за вами на сервере и вернутся при следующем входе; набранный текст сохранится.</translation>
    </message>
    <message>
        <source>A call in progress ends when the app quits.</source>
        <translation>Текущий звонок завершится при выходе из программы.</translation>
    </message>
    <message>
        <source>The server did not take every conversation back: %1</source>
        <translation>Сервер принял назад не все разговоры: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Время обслуживания</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>В график</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation>P(ожидания)</translation>
    </message>
    <message>
        <source>Speed of answer</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Нехватка</translation>
    </message>
    <message>
        <source>Typed in, not from the history</source>
        <translation>Введено вручную, не из истории</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Plan the day with these targets (F5)</source>
        <translation>Рассчитать день с этими целями (F5)</translation>
    </message>
    <message>
        <source>&amp;Clear typed-in figures</source>
        <translation>&amp;Очистить введённые значения</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>К&amp;анал</translation>
    </message>
    <message>
        <source>&amp;Service level</source>
        <translation>&amp;Уровень обслуживания</translation>
    </message>
    <message>
        <source>Answered &amp;within</source>
        <translation>Ответ в &amp;пределах</translation>
    </message>
    <message>
        <source>Shrin&amp;kage (breaks, training)</source>
        <translation>Поте&amp;ри времени (перерывы, обучение)</translation>
    </message>
    <message>
        <source>Agents needed per half hour</source>
        <translation>Нужно операторов по получасам</translation>
    </message>
    <message>
        <source>To schedule</source>
        <translation>В график</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Planning %1…</source>
        <translation>Расчёт: %1…</translation>
    </message>
    <message>
        <source>Could not plan: %1</source>
        <translation>Не удалось рассчитать: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Peak: %1 agents to schedule from %2. Demand averaged over %3.</source>
        <translation>Пик: с %2 нужно поставить в график операторов: %1. Нагрузка усреднена по неделям: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Short of agents in %n half hour(s) so far.</source>
        <translation>
            <numerusform>Пока нехватка операторов в %n получасовом интервале.</numerusform>
            <numerusform>Пока нехватка операторов в %n получасовых интервалах.</numerusform>
            <numerusform>Пока нехватка операторов в %n получасовых интервалах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Рассчитано: %1</translation>
    </message>
</context>
<context>
    <name>SteppingIn</name>
    <message>
        <source>&amp;Move conversation…</source>
        <translation>&amp;Передать разговор…</translation>
    </message>
    <message>
        <source>Give one of the selected agent&apos;s conversations to a colleague, a department or the next free agent</source>
        <translation>Передать один из разговоров выбранного оператора коллеге, отделу или следующему свободному оператору</translation>
    </message>
    <message>
        <source>Could not load the directory: {0}</source>
        <translation>Не удалось загрузить справочник: {0}</translation>
    </message>
    <message>
        <source>Could not move it: {0}</source>
        <translation>Не удалось передать: {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>to the next free agent</source>
        <translation>следующему свободному оператору</translation>
    </message>
    <message>
        <source>{0}&apos;s conversation moved {1}</source>
        <translation>Разговор оператора {0} передан: {1}</translation>
    </message>
</context>
<context>
    <name>SupervisorApp</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Неизвестный пользователь или неверный пароль.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: {0}</source>
        <translation>Сервер отклонил вход: {0}</translation>
    </message>
    <message>
        <source>Cannot reach the server at {0} ({1}).</source>
        <translation>Нет связи с сервером {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a supervisor account.</source>
        <translation>{0} — не учётная запись супервайзера.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <source>City Contact Centre — Supervisor</source>
        <translation>Городской контакт-центр — Супервайзер</translation>
    </message>
    <message>
        <source>Force &amp;Not Ready…</source>
        <translation>Принудительно «Не &amp;готов»…</translation>
    </message>
    <message>
        <source>Stop new work reaching the selected agent, with a reason they will see</source>
        <translation>Остановить поступление новой работы выбранному оператору с указанием причины, которую он увидит</translation>
    </message>
    <message>
        <source>Force &amp;Offline</source>
        <translation>Принудительно «Не в &amp;сети»</translation>
    </message>
    <message>
        <source>Set the selected agent Offline</source>
        <translation>Перевести выбранного оператора в статус «Не в сети»</translation>
    </message>
    <message>
        <source>Force &amp;Available</source>
        <translation>Принудительно «&amp;Доступен»</translation>
    </message>
    <message>
        <source>Set the selected agent Available</source>
        <translation>Перевести выбранного оператора в статус «Доступен»</translation>
    </message>
    <message>
        <source>&amp;Log Out Agent…</source>
        <translation>&amp;Завершить сеанс оператора…</translation>
    </message>
    <message>
        <source>End the selected agent&apos;s session: their app is signed out</source>
        <translation>Завершить сеанс выбранного оператора: его приложение выйдет из системы</translation>
    </message>
    <message>
        <source>&amp;Timeline Today…</source>
        <translation>&amp;Хронология за сегодня…</translation>
    </message>
    <message>
        <source>The selected agent&apos;s states today</source>
        <translation>Статусы выбранного оператора за сегодня</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>&amp;Режим табло</translation>
    </message>
    <message>
        <source>&amp;Monitor conversation</source>
        <translation>&amp;Наблюдать за разговором</translation>
    </message>
    <message>
        <source>Listen to the selected agent&apos;s call or read their chat live</source>
        <translation>Прослушать звонок выбранного оператора или читать его чат в реальном времени</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Live view</source>
        <translation>&amp;Онлайн-обзор</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>&amp;Broadcasts</source>
        <translation>Объ&amp;явления</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Команды</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <source>&amp;Staffing</source>
        <translation>&amp;Планирование</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>Ра&amp;зговоры</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>Ка&amp;чество</translation>
    </message>
    <message>
        <source>New &amp;broadcast…</source>
        <translation>Новое о&amp;бъявление…</translation>
    </message>
    <message>
        <source>Tell all staff or a team something now</source>
        <translation>Сообщить что-то всем сотрудникам или команде прямо сейчас</translation>
    </message>
    <message>
        <source>Find by name or reason</source>
        <translation>Поиск по имени или причине</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Операторы и эксперты</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Only queues with citizens waiting</source>
        <translation>Только очереди с ожидающими жителями</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Оператор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Loading agents: %v of %m</source>
        <translation>Загрузка операторов: %v из %m</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>Загрузка операторов</translation>
    </message>
    <message>
        <source>A new day: today&apos;s figures start again</source>
        <translation>Новый день: сегодняшние показатели начинаются заново</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Вход выполнен: {0}</translation>
    </message>
    <message>
        <source>Signed in as {0} at {1}</source>
        <translation>Вход выполнен: {0}, {1}</translation>
    </message>
    <message>
        <source>Request failed: {0}</source>
        <translation>Ошибка запроса: {0}</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Связь потеряна, переподключение…</translation>
    </message>
    <message>
        <source>Stale since {0}: reconnecting to the server…</source>
        <translation>Данные устарели с {0}: переподключение к серверу…</translation>
    </message>
    <message>
        <source>City Contact Centre — Supervisor (stale since {0})</source>
        <translation>Городской контакт-центр — Супервайзер (данные устарели с {0})</translation>
    </message>
    <message>
        <source>{0}: a citizen has waited {1}</source>
        <translation>{0}: житель ждёт уже {1}</translation>
    </message>
    <message>
        <source>{0}: service level today is {1}</source>
        <translation>{0}: уровень обслуживания сегодня — {1}</translation>
    </message>
    <message>
        <source>Wallboard alert</source>
        <translation>Оповещение табло</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>житель</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} since {3}</source>
        <translation>{0} — {1}, {2} с {3}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Log out agent</source>
        <translation>Завершить сеанс оператора</translation>
    </message>
    <message>
        <source>Sign {0} out of the contact centre? Their app closes its session.</source>
        <translation>Завершить сеанс оператора {0} в контакт-центре? Его приложение закроет сеанс.</translation>
    </message>
    <message>
        <source>Could not log out {0}: {1}</source>
        <translation>Не удалось завершить сеанс оператора {0}: {1}</translation>
    </message>
    <message>
        <source>{0} was logged out</source>
        <translation>Сеанс оператора {0} завершён</translation>
    </message>
    <message>
        <source>No timeline for {0}: {1}</source>
        <translation>Нет хронологии ({0}): {1}</translation>
    </message>
    <message>
        <source>Monitor conversation</source>
        <translation>Наблюдать за разговором</translation>
    </message>
    <message>
        <source>{0} has {1} conversations. Which one do you monitor?</source>
        <translation>{0}: разговоров — {1}. За каким наблюдать?</translation>
    </message>
    <message>
        <source>Cannot monitor: {0}</source>
        <translation>Наблюдение невозможно: {0}</translation>
    </message>
    <message>
        <source>Could not change {0}: {1}</source>
        <translation>Не удалось изменить статус ({0}): {1}</translation>
    </message>
    <message>
        <source>{0} set to {1}: {2}</source>
        <translation>{0}: статус «{1}» — {2}</translation>
    </message>
    <message>
        <source>{0} set to {1}</source>
        <translation>{0}: статус «{1}»</translation>
    </message>
    <message>
        <source>%1 scored %2 of 5</source>
        <translation>%1 — оценка %2 из 5</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Live view of the city hall&apos;s contact centre: queues, agents and their state, pushed by the routing server.</source>
        <translation>Обзор контакт-центра городской администрации в реальном времени: очереди, операторы и их статусы, передаваемые сервером маршрутизации.</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Название команды</translation>
    </message>
    <message>
        <source>&amp;New team</source>
        <translation>&amp;Создать команду</translation>
    </message>
    <message>
        <source>Create a team with the name typed (Ctrl+N)</source>
        <translation>Создать команду с введённым названием (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Give the selected team the name typed (F2)</source>
        <translation>Присвоить выбранной команде введённое название (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Agents and experts</source>
        <translation>Операторы и эксперты</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Добавить &amp;участника</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Супервайзеры</translation>
    </message>
    <message>
        <source>Assign &amp;supervisor</source>
        <translation>Назначить &amp;супервайзера</translation>
    </message>
    <message>
        <source>A supervisor sees and acts on the members of their teams only; an admin on everyone. While there is no team at all, every supervisor supervises everyone.</source>
        <translation>Супервайзер видит участников только своих команд и управляет только ими; администратор — всеми. Пока нет ни одной команды, каждый супервайзер управляет всеми.</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Команда переименована</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Удалить команду</translation>
    </message>
    <message>
        <source>Delete the team {0}?</source>
        <translation>Удалить команду {0}?</translation>
    </message>
    <message>
        <source>Its supervisors no longer supervise its {0} members.</source>
        <translation>Её супервайзеры больше не будут управлять её участниками ({0}).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Team deleted</source>
        <translation>Команда удалена</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0}: изменено</translation>
    </message>
    <message>
        <source>Could not create the team: {0}</source>
        <translation>Не удалось создать команду: {0}</translation>
    </message>
    <message>
        <source>Team {0} created</source>
        <translation>Команда {0} создана</translation>
    </message>
    <message>
        <source>Teams: {0}</source>
        <translation>Команды: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>{0} today</source>
        <translation>{0} за сегодня</translation>
    </message>
</context>
<context>
    <name>TraySettingsDialog</name>
    <message>
        <source>Expert tray settings</source>
        <translation>Настройки эксперта в трее</translation>
    </message>
    <message>
        <source>Automatic Away</source>
        <translation>Автоматически «Отошёл»</translation>
    </message>
    <message>
        <source>Set me &amp;Away after</source>
        <translation>Ставить статус «&amp;Отошёл» через</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes without input</source>
        <translation>Минут без активности</translation>
    </message>
    <message>
        <source>without keyboard or mouse input</source>
        <translation>без активности клавиатуры и мыши</translation>
    </message>
    <message>
        <source>Only while you wait for requests (available or busy), never during a conversation. The first key or mouse move brings back what you had chosen.</source>
        <translation>Только пока вы ожидаете запросов (доступны или заняты), никогда во время разговора. Первое нажатие клавиши или движение мыши возвращает выбранный вами статус.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>&amp;Start in the tray when I sign in to this computer</source>
        <translation>&amp;Запускать в трее при входе в систему на этом компьютере</translation>
    </message>
    <message>
        <source>Windows: the Run key of your account</source>
        <translation>Windows: ключ Run вашей учётной записи</translation>
    </message>
    <message>
        <source>This computer tells the idle time through %1.</source>
        <translation>Этот компьютер сообщает время бездействия через %1.</translation>
    </message>
    <message>
        <source>Wayland desktops do not tell applications how long you have been idle.</source>
        <translation>Рабочие столы Wayland не сообщают приложениям время бездействия.</translation>
    </message>
    <message>
        <source>This display platform (%1) does not tell the idle time.</source>
        <translation>Эта графическая платформа (%1) не сообщает время бездействия.</translation>
    </message>
    <message>
        <source>The idle time cannot be read here (%1).</source>
        <translation>Здесь нельзя определить время бездействия (%1).</translation>
    </message>
    <message>
        <source>Automatic Away is off: set Away yourself when you leave.</source>
        <translation>Автоматический статус «Отошёл» выключен: ставьте его сами, когда уходите.</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Не удалось изменить автозапуск при входе: %1</translation>
    </message>
</context>
<context>
    <name>VideoCall</name>
    <message>
        <source>No camera found: the citizen sees a black picture.</source>
        <translation>Камера не найдена: житель видит чёрный экран.</translation>
    </message>
    <message>
        <source>The camera stopped working ({error}).</source>
        <translation>Камера перестала работать ({error}).</translation>
    </message>
    <message>
        <source>No microphone found: the citizen hears silence.</source>
        <translation>Микрофон не найден: житель слышит тишину.</translation>
    </message>
    <message>
        <source>The microphone {name} uses an audio format this app cannot read.</source>
        <translation>Микрофон {name} использует аудиоформат, который приложение не может прочитать.</translation>
    </message>
    <message>
        <source>The microphone {name} could not be opened.</source>
        <translation>Не удалось открыть микрофон {name}.</translation>
    </message>
    <message>
        <source>The microphone stopped working ({error}).</source>
        <translation>Микрофон перестал работать ({error}).</translation>
    </message>
    <message>
        <source>There is no camera in this call to switch.</source>
        <translation>В этом звонке нет камеры для переключения.</translation>
    </message>
    <message>
        <source>There is no microphone in this call to switch.</source>
        <translation>В этом звонке нет микрофона для переключения.</translation>
    </message>
    <message>
        <source>No speaker or headset found: you will not hear the citizen.</source>
        <translation>Динамик или гарнитура не найдены: вы не услышите жителя.</translation>
    </message>
    <message>
        <source>The speaker {name} uses an audio format this app cannot play.</source>
        <translation>Динамик {name} использует аудиоформат, который приложение не может воспроизвести.</translation>
    </message>
    <message>
        <source>The speaker {name} could not be opened.</source>
        <translation>Не удалось открыть динамик {name}.</translation>
    </message>
    <message>
        <source>The speaker stopped working ({error}).</source>
        <translation>Динамик перестал работать ({error}).</translation>
    </message>
</context>
<context>
    <name>VideoCalls</name>
    <message>
        <source>The video call could not be connected.</source>
        <translation>Не удалось подключить видеозвонок.</translation>
    </message>
</context>
<context>
    <name>VideoChatWidget</name>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Hang up and end the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <source>A video call cannot be transferred; an expert can join its chat.</source>
        <translation>Видеозвонок нельзя перевести; эксперт может подключиться к его чату.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Соединено</translation>
    </message>
    <message>
        <source>The citizen hung up.</source>
        <translation>Житель завершил звонок.</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>The citizen&apos;s connection was lost.</source>
        <translation>Связь с жителем потеряна.</translation>
    </message>
    <message>
        <source>The call could not be connected.</source>
        <translation>Не удалось подключить звонок.</translation>
    </message>
    <message>
        <source>%1: the call&apos;s media stopped; the chat goes on.</source>
        <translation>%1: передача медиа прекратилась; чат продолжается.</translation>
    </message>
</context>
<context>
    <name>VideoDevicesDialog</name>
    <message>
        <source>Video call devices</source>
        <translation>Устройства для видеозвонков</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>По умолчанию (система)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
    <message>
        <source>No camera found: the citizen sees black.</source>
        <translation>Камера не найдена: житель видит чёрный экран.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Камера:</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Waiting for the citizen&apos;s camera…</source>
        <translation>Ожидание камеры жителя…</translation>
    </message>
    <message>
        <source>The citizen&apos;s video</source>
        <translation>Видео жителя</translation>
    </message>
    <message>
        <source>Your camera</source>
        <translation>Ваша камера</translation>
    </message>
    <message>
        <source>Your own video</source>
        <translation>Ваше видео</translation>
    </message>
    <message>
        <source>Video call state</source>
        <translation>Состояние видеозвонка</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Время разговора</translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation>&amp;Устройства…</translation>
    </message>
    <message>
        <source>Camera, microphone and speaker</source>
        <translation>Камера, микрофон и динамик</translation>
    </message>
    <message>
        <source>Voice call from the browser: no pictures.</source>
        <translation>Голосовой звонок из браузера: без видео.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s call…</source>
        <translation>Ожидание звонка жителя…</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Вкл. микрофон</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выкл. микрофон</translation>
    </message>
    <message>
        <source>Mute your microphone</source>
        <translation>Выключить ваш микрофон</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Вкл. камеру</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Выкл. камеру</translation>
    </message>
    <message>
        <source>Stop or start sending your picture</source>
        <translation>Остановить или возобновить передачу вашего изображения</translation>
    </message>
</context>
<context>
    <name>WallModeWidget</name>
    <message>
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Free to take work</source>
        <translation>Свободны для работы</translation>
    </message>
    <message>
        <source>Connected agents who chose Available, owe no wrap-up and have room for one more conversation on some channel: the routing would offer them one now</source>
        <translation>Подключённые операторы со статусом «Доступен», без незавершённой постобработки и с местом ещё для одного разговора хотя бы в одном канале: маршрутизация предложила бы им разговор прямо сейчас</translation>
    </message>
    <message>
        <source>Citizens waiting</source>
        <translation>Жители в ожидании</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Уровень обслуживания сегодня</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Потерянные сегодня</translation>
    </message>
    <message>
        <source>Avg. speed of answer</source>
        <translation>Ср. время ответа</translation>
    </message>
    <message>
        <source>Avg. handle time</source>
        <translation>Ср. время обслуживания</translation>
    </message>
    <message>
        <source>On interactions</source>
        <translation>В разговорах</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Не готовы</translation>
    </message>
    <message>
        <source>Agents logged in</source>
        <translation>Операторов в системе</translation>
    </message>
    <message>
        <source>Answered by self-service today</source>
        <translation>Самообслуживание сегодня</translation>
    </message>
    <message>
        <source>Answered within {0} s / (answered + abandoned after more than {1} s), today</source>
        <translation>Отвечено в пределах {0} с / (отвечено + потеряно после более чем {1} с), сегодня</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Above: the citizen. Below: the agent or expert. Click to seek.</source>
        <translation>Сверху — житель, снизу — оператор или эксперт. Щёлкните для перехода.</translation>
    </message>
</context>
<context>
    <name>WrapupWidget</name>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Complete the wrap-up to finish this conversation.</source>
        <translation>Заполните постобработку, чтобы завершить этот разговор.</translation>
    </message>
    <message>
        <source>Add a wrap-up for this conversation, or skip it.</source>
        <translation>Заполните постобработку для этого разговора или пропустите её.</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>Выберите тему…</translation>
    </message>
    <message>
        <source>What was asked and what you did (optional)</source>
        <translation>Что спросили и что вы сделали (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Resolved at first contact</source>
        <translation>&amp;Решено с первого обращения</translation>
    </message>
    <message>
        <source>&amp;Submit wrap-up</source>
        <translation>&amp;Завершить постобработку</translation>
    </message>
    <message>
        <source>Submit (%1)</source>
        <translation>Завершить (%1)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 из 5</translation>
    </message>
</context>
<context>
    <name>_PeopleBox</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected person from the team (Del)</source>
        <translation>Удалить выбранного сотрудника из команды (Del)</translation>
    </message>
</context>
</TS>
