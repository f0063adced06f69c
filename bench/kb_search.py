"""Knowledge-base search at scale: 50,000 synthetic multilingual articles, ~2,000 queries.

    .venv/bin/python bench/kb_search.py [--articles 50000] [--queries 2000] [--keep DIR]

Generates articles in Polish (with diacritics), English, Danish and Russian from a
vocabulary of a few thousand word forms (stems x endings, Zipf-distributed, with
Markdown, stop-words, keywords and synonyms), imports them through
``shared.knowledge.articles.save_article`` in batches of 500 per transaction on the
writer connection, then runs the queries on a read-only connection (as the store's
reader threads do) and prints p50/p99 per kind and overall plus the database size.
Query kinds: one word, two words, Polish typed without diacritics, a typo, a substring
of a Russian word, and a query with no hits.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from shared.knowledge.articles import optimize_index, save_article  # noqa: E402
from shared.knowledge.search import search  # noqa: E402
from shared.protocol import ArticleDraft  # noqa: E402
from shared.server.store import transaction, writer_database  # noqa: E402

TODAY = date(2026, 6, 1)
BATCH = 500

STEMS = {
    "pl": """wydział urząd dowód paszport meldunek podatek opłata śmieci odpad zaświadczenie
        wniosek rejestracja pojazd samochód parking mieszkanie lokal budowa pozwolenie ulica
        droga chodnik oświetlenie przedszkole szkoła żłobek zasiłek pomoc świadczenie
        emerytura ślub rozwód urodzenie zgon odpis pełnomocnictwo podpis termin wizyta
        kolejka okienko kasa przelew rachunek konto numer adres miasto gmina powiat
        mieszkaniec obywatel cudzoziemiec karta legitymacja bilet autobus tramwaj
        komunikacja zieleń drzewo wycinka pies zwierzę schronisko hałas skarga petycja
        konsultacja budżet dotacja stypendium kultura biblioteka basen targowisko handel
        działalność firma koncesja alkohol taksówka zajęcie reklama szyld nieruchomość
        grunt działka księga mapa geodezja plan zagospodarowanie decyzja zabudowa ciepło
        woda ściek kanalizacja awaria zgłoszenie usterka remont winda przejście
        sygnalizacja rower hulajnoga wypożyczalnia miejsce postój abonament strefa mandat
        straż policja bezpieczeństwo kamera wybory głosowanie przeprowadzka wymeldowanie
        zameldowanie pobyt przełączenie połączenie rozmowa sprawa załatwienie formularz
        dokument pieczęć wyciąg świadectwo uprawnienie ulga zniżka należność zaległość
        odsetki harmonogram wywóz pojemnik segregacja złom gabaryt elektrośmieci""",
    "en": """waste bulk collection recycling bin passport driving licence parking permit
        housing building tax council payment application car road pavement street
        lighting school nursery childcare benefit pension marriage divorce birth death
        certificate register appointment queue office counter transfer account address
        resident citizen foreign card ticket bus tram transport tree dog noise complaint
        budget grant scholarship sport library pool market business taxi advertising land
        property map planning water heating sewage electricity gas fault repair lift
        crossing bicycle scooter fine police safety election voting moving health doctor
        elderly care disability fee form online deadline opening hour refund discount
        arrears schedule container sorting scrap furniture mattress wardrobe sofa fridge
        pothole graffiti streetlight allotment cemetery burial tenancy landlord eviction
        homeless shelter youth club volunteer translation interpreter accessibility""",
    "da": """affald storskrald genbrug pas kørekort bolig byggetilladelse skat betaling
        ansøgning bil parkering vej fortov belysning børnehave vuggestue skole pension
        ydelse hjælp vielse skilsmisse fødsel dødsfald attest fuldmagt underskrift frist
        tidsbestilling kø borger kommune region adresse flytning bus tog cykel træ hund
        støj klage budget tilskud idræt kultur bibliotek svømmehal marked virksomhed
        bevilling taxa reklame grund ejendom kort lokalplan vand varme spildevand el gas
        fejl reparation elevator fodgænger lyskryds bøde politi sikkerhed valg afstemning
        folkeregister sundhed læge tandlæge ældre hjemmehjælp madordning handicap bevis
        gebyr størrelse søndag bøger grønt gård påske sortering beholder møbel madras
        haveaffald farligt batteri pant tømning afhentning renovation""",
    "ru": """справка паспорт регистрация налог оплата мусор отход заявление автомобиль
        парковка квартира строительство разрешение улица дорога освещение школа пособие
        помощь пенсия брак развод рождение смерть свидетельство доверенность подпись
        срок приём очередь окно касса перевод счёт номер адрес город район житель
        гражданин иностранец карта билет автобус трамвай транспорт дерево собака шум
        жалоба бюджет субсидия стипендия спорт культура библиотека бассейн рынок
        торговля фирма лицензия такси реклама участок земля план решение вода газ
        электричество авария ремонт лифт переход светофор велосипед самокат штраф
        полиция безопасность выборы голосование переезд проживание документ услуга
        запись консультация оформление получение выдача льгота скидка задолженность
        график вывоз контейнер сортировка мебель""",
}
ENDINGS = {
    "pl": ["", "a", "u", "y", "ie", "em", "ami", "ach", "ów", "ę", "ą"],
    "en": ["", "s", "ing", "ed", "er"],
    "da": ["", "en", "et", "er", "erne", "e"],
    "ru": ["", "а", "ы", "и", "у", "ой", "ом", "ах", "ами", "е"],
}
STOP = {
    "pl": "w do i z na się jest nie to o od po za dla przez jak".split(),
    "en": "the and to of in for a is on with at by from your you".split(),
    "da": "og i at på er det en til med for af den som du kan".split(),
    "ru": "в и на с по для не что это как от из к о вы".split(),
}
LANGUAGES = ["pl", "en", "da", "ru"]
LANG_WEIGHTS = [40, 25, 20, 15]
DEPARTMENTS = [
    "Civil Affairs",
    "Environment",
    "Transport",
    "Housing",
    "Taxes",
    "Social Care",
    "Education",
    "Culture",
    "Planning",
    "Business",
    "Health",
    "Safety",
]
TOPICS = [f"topic{i:02d}" for i in range(20)]
TAGS = ["urgent", "form", "online", "fee", "deadline", "faq", "new", "seasonal", "covid", "eu"]


class Vocabulary:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words: dict[str, list[str]] = {}
        self.cum: dict[str, list[float]] = {}
        for lang, text in STEMS.items():
            stems = text.split()
            rng.shuffle(stems)
            forms = []
            for stem in stems:
                endings = rng.sample(ENDINGS[lang], k=min(len(ENDINGS[lang]), rng.randint(3, 8)))
                forms.extend(
                    stem + e if not stem.endswith(("a", "y", "e")) or not e else stem[:-1] + e
                    for e in endings
                )
            forms = list(dict.fromkeys(forms))
            rng.shuffle(forms)
            self.words[lang] = forms
            weights = [1 / (rank + 1) ** 0.9 for rank in range(len(forms))]
            self.cum[lang] = list(itertools.accumulate(weights))

    def size(self) -> int:
        return sum(len(w) for w in self.words.values())

    def pick(self, lang: str, k: int) -> list[str]:
        return self.rng.choices(self.words[lang], cum_weights=self.cum[lang], k=k)

    def sentence(self, lang: str) -> str:
        words = []
        for w in self.pick(lang, self.rng.randint(5, 14)):
            words.append(w)
            if self.rng.random() < 0.35:
                words.append(self.rng.choice(STOP[lang]))
        if self.rng.random() < 0.15:
            words.append(str(self.rng.randint(1, 500)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.rng.choice([".", ".", ".", "?", "!"])


def make_article(vocab: Vocabulary, rng: random.Random, n: int) -> tuple[ArticleDraft, str]:
    lang = rng.choices(LANGUAGES, weights=LANG_WEIGHTS)[0]
    title = " ".join(vocab.pick(lang, rng.randint(3, 7)))
    title = title[0].upper() + title[1:] + f" {n}"
    paragraphs = []
    for _ in range(rng.randint(2, 6)):
        sentences = " ".join(vocab.sentence(lang) for _ in range(rng.randint(1, 4)))
        kind = rng.random()
        if kind < 0.15:
            sentences = "## " + sentences
        elif kind < 0.3:
            sentences = "\n".join(f"- {vocab.sentence(lang)}" for _ in range(rng.randint(2, 4)))
        elif kind < 0.4:
            first, _, rest = sentences.partition(" ")
            sentences = f"**{first}** {rest}"
        paragraphs.append(sentences)
    status = rng.choices(["published", "draft", "retired"], weights=[90, 5, 5])[0]
    valid_from = valid_until = None
    r = rng.random()
    if r < 0.1:
        valid_until = "2025-12-31"  # expired
    elif r < 0.15:
        valid_from = "2027-01-01"  # not yet
    elif r < 0.5:
        valid_from = "2025-01-01"
    draft = ArticleDraft(
        title=title,
        body="\n\n".join(paragraphs),
        department=rng.choice(DEPARTMENTS),
        topics=rng.sample(TOPICS, k=rng.randint(1, 2)),
        tags=rng.sample(TAGS, k=rng.randint(0, 3)),
        language=lang,
        keywords=vocab.pick(lang, rng.randint(2, 5)),
        synonyms=[" ".join(vocab.pick(lang, 2)) for _ in range(rng.randint(0, 3))],
        audience="public" if rng.random() < 0.6 else "internal",
        valid_from=valid_from,
        valid_until=valid_until,
    )
    return draft, status


def build(
    path: Path, count: int, seed: int, write: bool = True
) -> tuple[list[ArticleDraft], float, int]:
    """Generate (and with ``write`` import) the articles; the same seed gives the same
    articles, so ``--reuse`` can regenerate the drafts of a kept database."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    drafts = []
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        db = stack.enter_context(writer_database(path, synchronous="NORMAL")) if write else None
        for first in range(0, count, BATCH):
            batch = [make_article(vocab, rng, n) for n in range(first, min(count, first + BATCH))]
            if db is not None:
                with transaction(db):
                    for draft, status in batch:
                        save_article(db, draft, "bench", "", 1.0, status=status)
                if (first // BATCH) % 20 == 0:
                    print(f"  {first + len(batch):>6} articles", file=sys.stderr)
            drafts.extend(d for d, _ in batch)
        if db is not None:
            optimize_index(db)  # as `cc-server kb import` does after a large import
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return drafts, time.perf_counter() - started, vocab.size()


_PLAIN = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def make_queries(drafts: list[ArticleDraft], count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    by_lang: dict[str, list[ArticleDraft]] = {}
    for d in drafts:
        by_lang.setdefault(d.language, []).append(d)

    def words(d: ArticleDraft) -> list[str]:
        text = d.title + " " + d.body
        return [
            w for w in (t.strip(".,!?#*-") for t in text.split()) if len(w) >= 3 and not w.isdigit()
        ]

    kinds = ["one word", "two words", "pl no diacritics", "typo", "cyrillic substring", "no hits"]
    queries = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind == "one word":
            q = rng.choice(words(rng.choice(drafts)))
        elif kind == "two words":
            ws = words(rng.choice(drafts))
            q = " ".join(rng.sample(ws, 2)) if len(ws) > 1 else ws[0]
        elif kind == "pl no diacritics":
            ws = [w for w in words(rng.choice(by_lang["pl"])) if w != w.translate(_PLAIN)]
            ws = ws or words(rng.choice(by_lang["pl"]))
            q = " ".join(rng.sample(ws, min(2, len(ws)))).translate(_PLAIN).lower()
        elif kind == "typo":
            ws = [w for w in words(rng.choice(drafts)) if len(w) >= 6] or ["recycling"]
            w = rng.choice(ws)
            pos = rng.randint(1, len(w) - 2)
            op = rng.choice(["drop", "swap", "sub"])
            if op == "drop":
                w = w[:pos] + w[pos + 1 :]
            elif op == "swap":
                w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2 :]
            else:
                w = w[:pos] + rng.choice("aeiouklmnrst") + w[pos + 1 :]
            q = w
        elif kind == "cyrillic substring":
            ws = [w for w in words(rng.choice(by_lang["ru"])) if len(w) >= 6] or ["справка"]
            w = rng.choice(ws).lower()
            start = rng.randint(1, 2)
            q = w[start : start + rng.randint(4, 5)]
        else:
            q = "".join(rng.choice("qxzvkjwf") for _ in range(rng.randint(5, 9)))
        queries.append((kind, q))
    return queries


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q / 100 * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", help="build the database in this folder and keep it")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="query the database --keep holds (same --articles/--seed)",
    )
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.keep) if args.keep else Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kb.db"
    if args.reuse and args.keep and path.exists():
        drafts, _, vocab_size = build(path, args.articles, args.seed, write=False)
        print(f"reusing {path} ({args.articles} articles)")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        print(f"building {args.articles} articles in {path} …", file=sys.stderr)
        drafts, seconds, vocab_size = build(path, args.articles, args.seed)
        print(
            f"import: {args.articles} articles in {seconds:.1f} s"
            f" ({args.articles / seconds:.0f}/s, batches of {BATCH}); generator vocabulary"
            f" {vocab_size} word forms"
        )

    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only=1")
    db = Database(conn, execute_plugins=False)
    kb_words = db.execute("SELECT count(*) FROM kb_vocab").fetchone()[0]
    queries = make_queries(drafts, args.queries, args.seed + 1)

    for _kind, q in queries[:30]:  # warm the page cache
        search(db, q, audience="internal", today=TODAY)
    times: dict[str, list[float]] = {}
    hits_per_kind: dict[str, list[int]] = {}
    suggested: dict[str, int] = {}
    for i, (kind, q) in enumerate(queries):
        audience = "public" if i % 4 == 0 else "internal"
        t0 = time.perf_counter()
        hits, suggestion = search(db, q, audience=audience, today=TODAY)
        times.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
        hits_per_kind.setdefault(kind, []).append(len(hits))
        suggested[kind] = suggested.get(kind, 0) + (suggestion is not None)

    print(f"\n{len(queries)} queries (1 in 4 as a citizen), limit 10, ms:")
    print(f"{'kind':<20} {'n':>5} {'p50':>7} {'p99':>7} {'max':>7} {'hits':>6} {'dym':>5}")
    every = []
    for kind, values in times.items():
        every.extend(values)
        print(
            f"{kind:<20} {len(values):>5} {pct(values, 50):>7.2f} {pct(values, 99):>7.2f}"
            f" {max(values):>7.2f} {statistics.mean(hits_per_kind[kind]):>6.1f}"
            f" {suggested[kind]:>5}"
        )
    print(
        f"{'overall':<20} {len(every):>5} {pct(every, 50):>7.2f} {pct(every, 99):>7.2f}"
        f" {max(every):>7.2f}"
    )
    print("(hits: mean hits per query; dym: queries answered with a did-you-mean)")

    size = path.stat().st_size
    print(f"\ndatabase: {size / 1e6:.1f} MB, kb_vocab {kb_words} words")
    try:
        rows = db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.Error:
        rows = []
    groups: dict[str, int] = {}
    for name, bytes_ in rows:
        group = name.split("_")[0] + "_" + name.split("_")[1] if name.startswith("kb_") else name
        if name.startswith(("kb_fts", "kb_trigram")):
            group = (
                "kb_fts (word index)" if name.startswith("kb_fts") else "kb_trigram (substrings)"
            )
        elif name.startswith("sqlite_autoindex_articles") or name.startswith("articles"):
            group = "articles (+indexes)"
        elif name.startswith(("article_revisions", "sqlite_autoindex_article_revisions")):
            group = "article_revisions"
        groups[group] = groups.get(group, 0) + bytes_
    for group, bytes_ in sorted(groups.items(), key=lambda g: -g[1])[:8]:
        print(f"  {group:<28} {bytes_ / 1e6:8.1f} MB")
    conn.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
