"""Search-result snippets: a few dozen words of an article's body, in its original
spelling, with the words that matched the query marked.

A snippet is a ``list[str]`` alternating plain and highlighted text (even indexes plain,
odd indexes highlighted, starting with a plain part that may be empty), so clients
render it without parsing HTML. The body is Markdown; the snippet is made from its plain
text (markup removed, whitespace collapsed).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from shared.knowledge.folding import CJK_RE, fold, fold_offsets, has_cjk

SNIPPET_WORDS = 30
SNIPPET_MAX_CHARS = 320
ELLIPSIS = "…"

# Markdown to plain text in four passes (each re.sub has a fixed cost that dominates on
# snippet-sized text): block markup at line starts, links/images to their text, inline
# markup, whitespace.
_MD_BLOCK = re.compile(
    r"^\s*(?:```|~~~).*$"  # code fences
    r"|^\s*(?:-{3,}|\*{3,}|_{3,})\s*$"  # horizontal rules
    r"|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"  # table header rules
    r"|^\s{0,3}#{1,6}\s+"  # headings
    r"|^\s{0,3}>\s?"  # block quotes
    r"|^\s*(?:[-*+]|\d{1,3}[.)])\s+",  # list items
    re.M,
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<(https?://[^>\s]+)>")
_MD_INLINE = re.compile(
    r"</?[A-Za-z][^>]*>"  # inline HTML
    r"|\*{1,3}|`+|~~"  # emphasis, code, strike-through
    r"|(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])"  # _emphasis_ but not snake_case
)
_MD_LABEL = re.compile(
    r"^\s*\*\*(?:Short answer(?: for agents)?|Krótka odpowiedź|Krótko|Kort svar|Коротко)[^*\n]{0,20}:?\*\*:?\s*",
    re.IGNORECASE,
)
_MD_SPACE = re.compile(r"(?:\s*\|\s*|\s+)+")  # table pipes, runs of white space


def plain_text(markdown: str) -> str:
    """The text of a Markdown body without its markup, on one line."""
    # A leading "Short answer:" label is for the editor's eye, not for passages.
    text = _MD_LABEL.sub("", markdown)
    text = _MD_BLOCK.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _MD_INLINE.sub("", text)
    return _MD_SPACE.sub(" ", text).strip()


# A letter or digit. (Chinese/Japanese characters are blanked out before this is used:
# a class excluding their ranges costs milliseconds to compile for every query.)
_WORD = r"[^\W_]"
_WORD_CHAR_RE = re.compile(_WORD)
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never in an article
_MARKER_RE = re.compile(f"([{_OPEN}{_CLOSE}])")
_NON_SPACE_RE = re.compile(r"\S+")


@lru_cache(maxsize=8)
def _window_re(words: int) -> re.Pattern[str]:
    """Up to ``words`` words from where it is matched."""
    return re.compile(rf"\s*(?:\S+\s+){{0,{max(0, words - 1)}}}\S*")


def _alternation(terms: set[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))


@dataclass
class Highlighter:
    """Which words of a text count as matches. All terms are folded.

    ``prefixes``: a word matches if it starts with one (the word index's prefix query);
    ``exact``: short terms that must equal the word; ``substrings``: a word matches if it
    contains one (the trigram index); ``cjk``: runs of Chinese/Japanese characters,
    highlighted wherever they occur. Chinese/Japanese characters are words of one
    character each (as in the word index)."""

    prefixes: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    substrings: set[str] = field(default_factory=set)
    cjk: set[str] = field(default_factory=set)
    _compiled: tuple[tuple, tuple[re.Pattern[str] | None, ...]] | None = field(
        default=None, repr=False
    )

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.exact or self.substrings or self.cjk)

    def _patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """(words pattern, CJK pattern), compiled once per set of terms."""
        key = (
            frozenset(self.prefixes),
            frozenset(self.exact),
            frozenset(self.substrings),
            frozenset(self.cjk),
        )
        if self._compiled is None or self._compiled[0] != key:
            self._compiled = (key, self._compile())
        words, cjk = self._compiled[1]
        return words, cjk

    def _compile(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        alternatives = []
        if self.prefixes:
            alternatives.append(rf"(?<!{_WORD})(?:{_alternation(self.prefixes)}){_WORD}*")
        if self.exact:
            alternatives.append(rf"(?<!{_WORD})(?:{_alternation(self.exact)})(?!{_WORD})")
        if self.substrings:
            alternatives.append(rf"(?:{_alternation(self.substrings)}){_WORD}*")
        words = re.compile("|".join(alternatives)) if alternatives else None
        cjk = re.compile(_alternation(self.cjk)) if self.cjk else None
        return words, cjk

    def spans(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """Character spans of ``text`` (NFC) to highlight, sorted, not overlapping.
        ``folded``: ``fold(text)`` when the caller has it already (kb_text)."""
        words, cjk = self._patterns()
        if words is None and cjk is None:
            return []
        if folded is None:
            folded = fold(text)
        offsets = fold_offsets(text)
        found: list[tuple[int, int]] = []
        if words is not None:
            # CJK characters are words of their own, as in the index: blank them (same
            # length) so that "pin" is a word in "重置PIN码"
            view = CJK_RE.sub(" ", folded) if has_cjk(folded) else folded
            for m in words.finditer(view):
                start, end = m.span()
                if self.substrings:  # a substring highlights its whole word
                    while start > 0 and _WORD_CHAR_RE.match(view, start - 1):
                        start -= 1
                found.append((start, end))
        if cjk is not None:
            found.extend(m.span() for m in cjk.finditer(folded))
        spans: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if start == end:
                continue
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        return spans


def _parts(marked: str) -> list[str]:
    """Text with highlight markers -> alternating plain/highlighted parts."""
    parts = [""]
    inside = False
    for piece in _MARKER_RE.split(marked):
        if piece == _OPEN:
            if not inside:
                parts.append("")
                inside = True
        elif piece == _CLOSE:
            if inside:
                parts.append("")
                inside = False
        else:
            parts[-1] += piece
    # drop empty highlights (markup removed around them), joining their neighbours
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        highlighted = parts[i]
        plain = parts[i + 1] if i + 1 < len(parts) else ""
        if highlighted.strip():
            out.extend([highlighted, plain])
        else:
            out[-1] += highlighted + plain
    if len(out) > 1 and out[-1] == "":
        out.pop()
    return out


def _words_back(text: str, pos: int, n: int) -> int:
    """The start of the ``n``-th word before ``pos`` (or the text's start)."""
    if n <= 0 or pos <= 0:
        return pos
    chunk = max(0, pos - 40 * n)
    starts = [m.start() for m in _NON_SPACE_RE.finditer(text, chunk, pos)]
    if chunk > 0 and starts:
        starts = starts[1:]  # may be the tail of a longer word
    if len(starts) >= n:
        return starts[-n]
    return 0 if chunk == 0 else (starts[0] if starts else pos)


def snippet(
    body: str,
    highlighter: Highlighter | None,
    words: int = SNIPPET_WORDS,
    folded: str | None = None,
) -> list[str]:
    """About ``words`` words of the body around the best cluster of matches (its
    beginning when nothing matches), Markdown removed, as alternating plain/highlighted
    parts in the original spelling. ``folded``: ``fold(body)`` if the caller has it."""
    spans = highlighter.spans(body, folded) if highlighter else []
    lo = 0
    if spans:
        # the match followed by the most others within about ``words`` words
        starts = [s for s, _ in spans]
        reach = words * 7
        best = max(
            range(len(starts)),
            key=lambda i: (bisect.bisect_left(starts, starts[i] + reach) - i, -i),
        )
        lo = _words_back(body, starts[best], 3)  # a little context before it
    window = _window_re(words).match(body, lo)
    hi = window.end() if window else len(body)
    if not body[hi:].strip() and lo > 0:  # near the end: show the last ``words`` words
        lo = _words_back(body, lo, words - len(body[lo:hi].split()))
    if hi - lo > SNIPPET_MAX_CHARS:  # long runs without spaces (Chinese)
        anchor = next((s for s, _ in spans if lo <= s < hi), lo)
        lo = max(lo, anchor - SNIPPET_MAX_CHARS // 4)
        hi = min(hi, lo + SNIPPET_MAX_CHARS)
    pieces = []
    pos = lo
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        start, end = max(start, lo), min(end, hi)
        pieces.extend([body[pos:start], _OPEN, body[start:end], _CLOSE])
        pos = end
    pieces.append(body[pos:hi])
    parts = _parts(plain_text("".join(pieces)))
    if body[:lo].strip():
        parts[0] = ELLIPSIS + parts[0]
    if body[hi:].strip():
        if len(parts) % 2 == 0:
            parts.append("")
        parts[-1] += ELLIPSIS
    return parts
