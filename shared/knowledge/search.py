"""Knowledge-base search: pure functions over a ``sqlite_utils.Database`` (any thread's
connection; they only read).

``search`` - what an agent (or a citizen on the web page) types:

1. The query is folded like the indexed text (``folding.fold``) and split into terms;
   runs of Chinese/Japanese characters are terms of their own (a phrase of single
   characters in the word index, so "垃圾" is found inside "垃圾分类").
2. Typo tolerance: a term of 4+ letters that is not the beginning of any word in the
   vocabulary (``kb_vocab``) is corrected to the closest vocabulary word with the same
   first letter and a similar length (rapidfuzz). When the corrected query finds
   articles, ``suggestion`` is the query with the corrections ("did you mean …").
3. Tier 1, word index, every term but stop-words, as a prefix ("wydzia" finds
   "wydziału"; written out as the vocabulary's completions when there are few).
4. Tier 2, only when tier 1 found fewer than ``FEW`` articles: the trigram index, every
   term of 3+ characters as a substring ("правк" finds "справка").
5. Tier 3, only when still few: the word index, any term (stop-words dropped).
   Within a tier articles rank by bm25 (title weighs 10, keywords+synonyms 5, body 1),
   times ``TOPIC_BOOST`` when the article belongs to the caller's topic. Scores are
   comparable within one result list: tier 1 in (2, 3], tier 2 in (1, 2], tier 3 in
   (0, 1]. A tier ranks at most the newest RANK_CAP matches (see ``_ranked``): every
   match of a selective query; for a very common word the title/keyword matches first.

Only published articles valid today are found (citizens: audience public only); the
filters department, tag and language are SQL conditions of every tier.
``prefer_language`` (the citizen page's language) runs the tiers for that language
first and fills the list up with the other languages' matches; ``pinned_first`` (the
citizen page) moves pinned matches to the top.

User text never reaches FTS5 as syntax: terms are runs of letters and digits, and each is
written as an FTS5 string (double quotes, as ``Database.quote_fts`` does).

``suggest`` - articles for a conversation: an OR query over the citizen's words without
stop-words (the rarest dozen, typos corrected silently); the matching articles of the
interaction's topic first, then other matches; with no usable words, the topic's most
helpful articles.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from shared.knowledge.articles import FTS_TABLES, VOCAB_MAX_LEN, visible_sql
from shared.knowledge.folding import CJK_RE, WORD_RE, fold_word, has_cjk
from shared.knowledge.snippets import Highlighter, snippet
from shared.protocol import ArticleHit

__all__ = ["STOP_WORDS", "search", "suggest"]

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_LIMIT = 50
MAX_EXPANSION = 16  # a prefix with more completions stays an FTS5 prefix query
RANK_CAP = 200  # at most this many matches (the newest) are ranked, see _ranked
TRIGRAM_RANK_CAP = 200  # the same for substrings
FEW = 3  # fewer hits than this (or than the limit, if smaller): try the next tier
WEIGHTS = (10.0, 5.0, 1.0)  # bm25 weights of title, keywords+synonyms, body
TOPIC_BOOST = 1.5
SUGGEST_TERMS = 12  # the rarest this many of the citizen's words are searched
SUGGEST_MAX_WORDS = 40  # words of the citizen's text looked at
PREFIX_MIN = 3  # shorter terms must match a whole word ("do" is not "dokument")
TYPO_MIN = 4  # shorter terms are not corrected
TYPO_LENGTH_SLACK = 2
VOCAB_END = "\U0010ffff"

# A short list per language (pl, en, da, ru), folded like the text they are compared to.
STOP_WORDS = frozenset(
    fold_word(word)
    for word in (
        # pl
        "a aby ale bo być był była było by co czy dla do gdzie i ich im jak jest jestem"
        " jeśli już ja ją je jej jego ma mam mi mnie mój moja moje może na nad nie nic"
        " o od po pod przez przy się są ta tak te tego tej ten to tu u w we z za ze że"
        " czego chcę chciałbym chciałabym proszę dzień dobry witam"
        # en
        " a an and are as at be been but by can could do does for from have has how i"
        " if in into is it its me my no not of on or our please so that the their them"
        " there this to want was we were what when where which who why will with would"
        " you your hello hi thanks"
        # da
        " af alle at de dem den der det du efter eller en er et for fra han har hun hvad"
        " hvor hvordan i ikke jeg kan med men mig min mit når og om på skal som til var"
        " vi vil hej tak"
        # ru
        " а без бы в вам вас во вот все всё вы где да для до его ее её если есть же за и"
        " из или им их к как ко когда кто ли мне мой мы на не нет но ну о об от по под"
        " при с со так там те то ты у уже что чтобы это я здравствуйте пожалуйста"
    ).split()
)


# --------------------------------------------------------------------------- query terms


@dataclass
class _Term:
    text: str  # folded
    start: int  # span in the (NFC) query, for the suggestion
    end: int
    cjk: bool = False

    @property
    def checkable(self) -> bool:
        """Can be looked up in (and corrected from) the vocabulary."""
        return not self.cjk and len(self.text) >= TYPO_MIN and not self.text.isdigit()


def _terms(text: str, limit: int = MAX_TERMS) -> list[_Term]:
    """The folded terms of ``text`` in order, without repeats. A word mixing scripts
    ("PIN码") gives one term per CJK run and per other part."""
    terms: list[_Term] = []
    seen: set[str] = set()
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        pieces: list[tuple[str, bool]] = []
        if has_cjk(word):
            pos = 0
            for c in CJK_RE.finditer(word):
                pieces.extend((p, False) for p in WORD_RE.findall(fold_word(word[pos : c.start()])))
                pieces.append((c.group(0), True))
                pos = c.end()
            pieces.extend((p, False) for p in WORD_RE.findall(fold_word(word[pos:])))
            # merge adjacent CJK characters back into runs
            merged: list[tuple[str, bool]] = []
            for piece, cjk in pieces:
                if cjk and merged and merged[-1][1]:
                    merged[-1] = (merged[-1][0] + piece, True)
                else:
                    merged.append((piece, cjk))
            pieces = merged
        else:
            pieces = [(p, False) for p in WORD_RE.findall(fold_word(word))]
        for piece, cjk in pieces:
            if piece and piece not in seen:
                seen.add(piece)
                terms.append(_Term(piece, m.start(), m.end(), cjk))
        if len(terms) >= limit:
            break
    return terms[:limit]


def _fts_string(text: str) -> str:
    """``text`` as an FTS5 string literal (what ``Database.quote_fts`` does per token)."""
    return '"' + text.replace('"', '""') + '"'


def _word_expr(term: str, cjk: bool, completions: list[str] | None = None) -> str:
    """One term for the word index: a phrase of single characters for CJK; the whole
    word when short; else a prefix match - written out as the vocabulary words starting
    with the term when there are few (FTS5 evaluates a prefix query by merging every
    matching word's list of articles up front, which costs milliseconds for common
    words; an OR of the words themselves is read lazily)."""
    if cjk:
        return _fts_string(" ".join(term))
    if len(term) < PREFIX_MIN:
        return _fts_string(term)
    if completions:
        return "(" + " OR ".join(_fts_string(w) for w in completions) + ")"
    return _fts_string(term) + "*"


# --------------------------------------------------------------------------- vocabulary


def _completions(db: Database, term: str) -> list[str] | None:
    """The vocabulary words starting with ``term`` (``[]``: none), or None when there
    are more than MAX_EXPANSION."""
    rows = db.execute(
        "SELECT word FROM kb_vocab WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
        [term, term + VOCAB_END, MAX_EXPANSION + 1],
    ).fetchall()
    if len(rows) > MAX_EXPANSION:
        return None
    return [row[0] for row in rows]


def _expandable(term: str) -> bool:
    """The vocabulary lists every indexed word like this one could start."""
    return PREFIX_MIN <= len(term) <= VOCAB_MAX_LEN and not term.isdigit() and not has_cjk(term)


def _correct(db: Database, term: str) -> tuple[str, str] | None:
    """(folded word, its original spelling) of the vocabulary word closest to ``term``:
    same first letter, length within TYPO_LENGTH_SLACK, similarity at least 75-80 %."""
    rows = db.execute(
        "SELECT word, docs, spelling FROM kb_vocab WHERE word >= ? AND word < ?"
        " AND length(word) BETWEEN ? AND ?",
        [
            term[0],
            term[0] + VOCAB_END,
            len(term) - TYPO_LENGTH_SLACK,
            len(term) + TYPO_LENGTH_SLACK,
        ],
    ).fetchall()
    if not rows:
        return None
    cutoff = 80 if len(term) >= 6 else 75
    matches = process.extract(
        term, [r[0] for r in rows], scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
    )
    if not matches:
        return None
    # best similarity; among equals the word more articles use
    _, _, index = max(matches, key=lambda m: (round(m[1], 1), rows[m[2]][1]))
    return rows[index][0], rows[index][2]


# --------------------------------------------------------------------------- SQL


@dataclass
class _Filters:
    audience: str
    today: date
    department: str = ""
    tag: str = ""
    language: str = ""
    topic: str = ""
    topic_boost: float = TOPIC_BOOST

    def where(self) -> tuple[str, dict[str, Any]]:
        sql = visible_sql(self.audience)
        params: dict[str, Any] = {
            "today": self.today.isoformat(),
            # the topic as it appears inside the JSON array of a.topics
            "topic": json.dumps(self.topic, ensure_ascii=False) if self.topic else "",
        }
        if self.department:
            sql += " AND a.department = :department"
            params["department"] = self.department
        if self.language:
            sql += " AND a.language = :language"
            params["language"] = self.language.lower()
        if self.tag:
            sql += " AND instr(a.tags, :tag) > 0"
            params["tag"] = json.dumps(self.tag, ensure_ascii=False)
        return sql, params


def _newest_ranked(
    db: Database, table: str, expr: str, where: str, params: dict[str, Any], cap: int
) -> list[tuple[int, float]]:
    """(doc_id, -bm25) of the newest ``cap`` visible articles matching ``expr``, best
    first. FTS5 hands matches over newest first without looking at the rest, and bm25
    is computed only for those ``cap`` (ORDER BY rank would compute it for every match
    and sort them all)."""
    weights = ", ".join(str(w) for w in WEIGHTS[: len(FTS_TABLES[table])])
    sql = (
        "SELECT doc_id, score FROM ("
        f" SELECT a.doc_id AS doc_id, -{table}.rank AS score FROM {table}"
        f" JOIN articles a ON a.doc_id = {table}.rowid"
        f" WHERE {table} MATCH :expr AND {table}.rank MATCH 'bm25({weights})' AND {where}"
        f" ORDER BY {table}.rowid DESC LIMIT :cap"
        ") ORDER BY score DESC, doc_id DESC"
    )
    return db.execute(sql, {**params, "expr": expr, "cap": cap}).fetchall()


def _ranked(
    db: Database,
    table: str,
    expr: str,
    where: str,
    params: dict[str, Any],
    limit: int,
    titles: str | None = None,
) -> list[tuple[int, float]]:
    """The best ``limit`` visible articles for ``expr``: (doc_id, -bm25), best first.

    bm25 costs 2-20 µs per matching article, so ranking a word used by half of 50,000
    articles would take 50+ ms. So at most RANK_CAP matches - the newest - are ranked:
    for a query with fewer matches (most queries) that is every match, exact. A query
    matching more is unselective; then the title+keywords index ``titles`` (short lists:
    cheap, and where the heavy weights are anyway) gives its newest RANK_CAP title or
    keyword matches first, and the newest matches of the whole text fill up the list."""
    cap = RANK_CAP if table != "kb_trigram" else TRIGRAM_RANK_CAP
    rows = _newest_ranked(db, table, expr, where, params, cap)
    if len(rows) < cap or titles is None:
        return rows[:limit]
    firsts = _newest_ranked(db, titles, expr, where, params, cap)[:limit]
    seen = {doc_id for doc_id, _ in firsts}
    return firsts + [row for row in rows if row[0] not in seen][: limit - len(firsts)]


def _match(
    db: Database, table: str, expr: str, filters: _Filters, limit: int
) -> list[tuple[int, float]]:
    """(doc_id, score > 0) of the best ``limit`` visible articles matching ``expr``;
    score = -bm25, times the topic boost for articles of ``filters.topic``.

    Exact with two queries (for selective queries, see ``_ranked``): an article outside
    both the overall best ``limit`` and the topic's best ``limit`` has ``limit`` articles
    at least as good after boosting."""
    where, params = filters.where()
    titles = "kb_title" if table == "kb_fts" else None
    rows = _ranked(db, table, expr, where, params, limit, titles)
    if not filters.topic:
        return rows
    in_topic = where + " AND instr(a.topics, :topic) > 0"
    boosted = {
        doc_id: score * filters.topic_boost
        for doc_id, score in _ranked(db, table, expr, in_topic, params, limit, titles)
    }
    merged = dict(rows)
    merged.update(boosted)
    return sorted(merged.items(), key=lambda item: -item[1])[:limit]


def _hits(
    db: Database, ranked: list[tuple[int, float]], highlighter: Highlighter
) -> list[ArticleHit]:
    if not ranked:
        return []
    ids = [doc_id for doc_id, _ in ranked]
    cursor = db.execute(
        "SELECT a.doc_id, a.id, a.title, a.body, a.department, a.language, a.tags, a.pinned,"
        " t.body FROM articles a JOIN kb_text t ON t.doc_id = a.doc_id"
        f" WHERE a.doc_id IN ({', '.join('?' for _ in ids)})",
        ids,
    )
    rows = {row[0]: row for row in cursor.fetchall()}
    hits = []
    for doc_id, score in ranked:
        _, id_, title, body, department, language, tags, pinned, folded = rows[doc_id]
        if has_cjk(folded):
            folded = None  # kb_text spaces CJK characters apart: fold again
        hits.append(
            ArticleHit(
                id=id_,
                title=title,
                snippet=snippet(body, highlighter, folded=folded),
                score=round(score, 4),
                department=department,
                language=language,
                tags=json.loads(tags),
                pinned=bool(pinned),
            )
        )
    return hits


class _Results:
    """Hits collected tier by tier; a later tier only adds articles not found yet."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.ranked: list[tuple[int, float]] = []
        self._seen: set[int] = set()

    def __len__(self) -> int:
        return len(self.ranked)

    def add(self, tier_rows: list[tuple[int, float]], band: int) -> int:
        """Add one tier's rows (best first); its scores land in (band, band + 1]."""
        added = 0
        ceiling = float(band + 1)
        for doc_id, raw in tier_rows:
            if doc_id in self._seen or len(self.ranked) >= self.limit:
                continue
            self._seen.add(doc_id)
            # a higher tier always scores above a lower one, and the list never goes up
            # (rows merged from two queries have scores of different scales)
            ceiling = min(ceiling, band + raw / (1.0 + raw))
            self.ranked.append((doc_id, ceiling))
            added += 1
        return added

    def want(self, few: int) -> int:
        return self.limit + len(self.ranked) if len(self.ranked) < few else 0


@dataclass
class _Plan:
    terms: list[_Term]
    corrected: dict[str, tuple[str, str]] = field(default_factory=dict)
    completions: dict[str, list[str] | None] = field(default_factory=dict)

    def words(self) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        for t in self.terms:
            text = self.corrected[t.text][0] if t.text in self.corrected else t.text
            if (text, t.cjk) not in out:
                out.append((text, t.cjk))
        return out

    def expr(self, word: str, cjk: bool) -> str:
        return _word_expr(word, cjk, self.completions.get(word))


def _plan(db: Database, terms: list[_Term]) -> _Plan:
    """Typo corrections and prefix completions of the query's terms."""
    plan = _Plan(terms)
    for term in terms:
        if term.cjk or not _expandable(term.text):
            continue
        completions = _completions(db, term.text)
        if completions == [] and term.checkable:
            fixed = _correct(db, term.text)
            if fixed is not None:
                plan.corrected[term.text] = fixed
                plan.completions[fixed[0]] = _completions(db, fixed[0])
                continue
        plan.completions[term.text] = completions
    return plan


def _suggestion(query: str, plan: _Plan) -> str:
    """The query with each corrected word replaced by the vocabulary's spelling."""
    out, pos = [], 0
    for term in plan.terms:
        if term.text in plan.corrected and term.start >= pos:
            out.append(query[pos : term.start])
            out.append(plan.corrected[term.text][1])
            pos = term.end
    out.append(query[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- API


def search(
    db: Database,
    query: str,
    *,
    audience: str,
    department: str = "",
    tag: str = "",
    language: str = "",
    topic: str = "",
    limit: int = 10,
    today: date,
    prefer_language: str = "",
    pinned_first: bool = False,
) -> tuple[list[ArticleHit], str | None]:
    """Ranked hits for ``query`` and, when typos were corrected, the corrected query
    ("did you mean"). ``audience``: 'internal' (staff: every published article) or
    'public' (citizens). ``topic`` boosts that topic's articles; the other filters
    restrict. ``prefer_language``: the matches in that language first (ranked among
    themselves), then the others; ``pinned_first``: pinned matches before everything
    (an urgent notice above answers it may contradict). Either reorders the list, so its
    scores then no longer fall from top to bottom."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    filters = _Filters(audience, today, department, tag, language, topic)
    filters.where()  # validates the audience before anything else
    query = unicodedata.normalize("NFC", query or "")[:MAX_QUERY_CHARS]
    terms = _terms(query)
    if not terms:
        return [], None
    plan = _plan(db, terms)
    highlighter = Highlighter()
    prefer = prefer_language.lower() if not language else ""
    ranked: list[tuple[int, float]] = []
    found = False
    if prefer:
        preferred = replace(filters, language=prefer)
        ranked, found = _tiers(db, terms, plan, preferred, limit, highlighter)
    if len(ranked) < limit:
        seen = {doc_id for doc_id, _ in ranked}
        rest, found_rest = _tiers(db, terms, plan, filters, limit + len(ranked), highlighter)
        ranked += [row for row in rest if row[0] not in seen][: limit - len(ranked)]
        found = found or found_rest
    suggestion = _suggestion(query, plan) if plan.corrected and found else None
    hits = _hits(db, ranked, highlighter)
    if pinned_first:
        hits.sort(key=lambda hit: not hit.pinned)  # stable: each part keeps its order
    return hits, suggestion


def _tiers(
    db: Database,
    terms: list[_Term],
    plan: _Plan,
    filters: _Filters,
    limit: int,
    highlighter: Highlighter,
) -> tuple[list[tuple[int, float]], bool]:
    """The best ``limit`` matches, tier by tier (the module's docstring), and whether
    the first tier found any (the corrections are worth suggesting)."""
    words = plan.words()
    few = min(FEW, limit)
    results = _Results(limit)
    non_stop = [(w, cjk) for w, cjk in words if cjk or w not in STOP_WORDS] or words

    def mark(chosen: list[tuple[str, bool]]) -> None:
        for w, cjk in chosen:
            if cjk:
                highlighter.cjk.add(w)
            elif len(w) < PREFIX_MIN:
                highlighter.exact.add(w)
            else:
                highlighter.prefixes.add(w)

    # tier 1: every term but stop-words, word index (prefixes)
    expr = " AND ".join(plan.expr(w, cjk) for w, cjk in non_stop)
    found = results.add(_match(db, "kb_fts", expr, filters, limit), 2)
    if found:
        mark(non_stop)

    # tier 2: every term of 3+ characters as a substring, trigram index
    want = results.want(few)
    substrings = [t.text for t in terms if not t.cjk and len(t.text) >= 3]
    substrings = [t for t in substrings if t not in STOP_WORDS] or substrings
    if want and substrings:
        expr = " AND ".join(_fts_string(s) for s in substrings)
        if results.add(_match(db, "kb_trigram", expr, filters, want), 1):
            highlighter.substrings.update(substrings)

    # tier 3: any term but stop-words, word index
    want = results.want(few)
    if want and len(non_stop) > 1:
        expr = " OR ".join(plan.expr(w, cjk) for w, cjk in non_stop)
        if results.add(_match(db, "kb_fts", expr, filters, want), 0):
            mark(non_stop)

    return results.ranked, found > 0


def suggest(
    db: Database,
    *,
    topic: str,
    text: str,
    audience: str = "internal",
    limit: int = 5,
    today: date,
) -> list[ArticleHit]:
    """Articles for a conversation on ``topic`` whose citizen wrote ``text``: matching
    articles of the topic first, then other matches, else the topic's most used."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    where, params = _Filters(audience, today, topic=topic).where()
    text = unicodedata.normalize("NFC", text or "")[: MAX_QUERY_CHARS * 8]
    terms = [t for t in _terms(text, limit=200) if t.cjk or t.text not in STOP_WORDS]
    plan = _plan(db, terms[:SUGGEST_MAX_WORDS])
    words: list[tuple[str, int]] = []  # (expression, articles using the word)
    highlighter = Highlighter()
    for word, cjk in plan.words():
        if cjk:
            docs = 0
            highlighter.cjk.add(word)
        elif plan.completions.get(word) == []:
            continue  # in no article, and no correction either
        else:
            row = db.execute("SELECT docs FROM kb_vocab WHERE word = ?", [word]).fetchone()
            docs = row[0] if row else 0
            (highlighter.prefixes if len(word) >= PREFIX_MIN else highlighter.exact).add(word)
        words.append((plan.expr(word, cjk), docs))
    results = _Results(limit)
    if words:
        rarest = sorted(words, key=lambda w: w[1])[:SUGGEST_TERMS]
        expr = " OR ".join(e for e, _ in rarest)
        if topic:  # the topic's matching articles first, then any other match
            in_topic = where + " AND instr(a.topics, :topic) > 0"
            results.add(_ranked(db, "kb_fts", expr, in_topic, params, limit, "kb_title"), 1)
        if len(results) < limit:
            more = _ranked(db, "kb_fts", expr, where, params, limit + len(results), "kb_title")
            results.add(more, 0)
    if not results.ranked and topic:
        rows = db.execute(
            f"SELECT a.doc_id, 0.0 FROM articles a WHERE {where} AND instr(a.topics, :topic) > 0"
            " ORDER BY a.answered_citizens + a.answered_agents DESC, a.views DESC, a.title"
            " LIMIT :limit",
            {**params, "limit": limit},
        ).fetchall()
        results.add(rows, 0)
    ranked = results.ranked
    return _hits(db, ranked, highlighter)
