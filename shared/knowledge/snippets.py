"""Search-result snippets: a few dozen words of an article's body, in its original
spelling, with the words that matched the query marked.

A snippet is a ``list[str]`` alternating plain and highlighted text (even indexes plain,
odd indexes highlighted, starting with a plain part that may be empty), so clients
render it without parsing HTML. The body is Markdown; the snippet is made from its plain
text (markup removed, whitespace collapsed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shared.knowledge.folding import CJK_RE, WORD_RE, fold_with_offsets, fold_word, has_cjk

SNIPPET_WORDS = 30
SNIPPET_MAX_CHARS = 320
ELLIPSIS = "…"

_MD_RULES = [
    (re.compile(r"^\s*(```|~~~).*$", re.M), ""),  # code fences
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),  # rules
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> their text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"\*{1,3}|`+|~~"), ""),  # emphasis, code, strike-through
    (re.compile(r"(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])"), ""),  # _emphasis_ (not snake_case)
    (re.compile(r"\s*\|\s*"), " "),  # table pipes
    (re.compile(r"\s+"), " "),
]


def plain_text(markdown: str) -> str:
    """The text of a Markdown body without its markup, on one line."""
    text = markdown
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text.strip()


@dataclass
class Highlighter:
    """Which words of a text count as matches. All terms are folded.

    ``prefixes``: a word matches if it starts with one (the word index's prefix query);
    ``exact``: short terms that must equal the word; ``substrings``: a word matches if it
    contains one (the trigram index); ``cjk``: runs of Chinese/Japanese characters,
    highlighted wherever they occur."""

    prefixes: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    substrings: set[str] = field(default_factory=set)
    cjk: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.exact or self.substrings or self.cjk)

    def word_matches(self, folded: str) -> bool:
        if folded in self.exact:
            return True
        if any(folded.startswith(p) for p in self.prefixes):
            return True
        return any(s in folded for s in self.substrings)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of ``text`` to highlight, sorted and not overlapping."""
        spans: list[tuple[int, int]] = []
        for m in WORD_RE.finditer(text):
            word = m.group(0)
            if has_cjk(word):
                spans.extend(self._cjk_spans(word, m.start()))
            elif self.word_matches(fold_word(word)):
                spans.append((m.start(), m.end()))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def _cjk_spans(self, word: str, base: int) -> list[tuple[int, int]]:
        folded, offsets = fold_with_offsets(word)
        spans = []
        needles = set(self.cjk)
        # the Latin/Cyrillic parts of a mixed run ("PIN码") match like words
        for part in re.split(CJK_RE, folded):
            for piece in WORD_RE.findall(part):
                if self.word_matches(piece):
                    needles.add(piece)
        for needle in needles:
            start = folded.find(needle)
            while start != -1:
                end = start + len(needle)
                spans.append((base + offsets[start], base + offsets[end - 1] + 1))
                start = folded.find(needle, end)
        return spans


def snippet(body: str, highlighter: Highlighter | None, words: int = SNIPPET_WORDS) -> list[str]:
    """About ``words`` words of the body's plain text around the best cluster of matches
    (the beginning when nothing matches), as alternating plain/highlighted parts."""
    text = plain_text(body)
    if not text:
        return [""]
    spans = highlighter.spans(text) if highlighter else []
    bounds = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    # the window of ``words`` words holding the most highlighted characters' starts
    first = 0
    if spans:
        starts = [s for s, _ in spans]
        best = -1
        j = 0
        for i, (wstart, _) in enumerate(bounds):
            last = bounds[min(i + words, len(bounds)) - 1][1]
            while j < len(starts) and starts[j] < wstart:
                j += 1
            count = sum(1 for s in starts[j:] if s < last)
            if count > best:
                best, first = count, i
            if j >= len(starts):
                break
        first = max(0, first - 3)  # a little context before the first match
    last_word = min(first + words, len(bounds)) - 1
    lo, hi = bounds[first][0], bounds[last_word][1]
    if hi - lo > SNIPPET_MAX_CHARS:  # long runs without spaces (Chinese)
        anchor = next((s for s, _ in spans if lo <= s < hi), lo)
        lo = max(lo, anchor - SNIPPET_MAX_CHARS // 4)
        hi = min(hi, lo + SNIPPET_MAX_CHARS)
    parts = [ELLIPSIS if lo > 0 else ""]
    pos = lo
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        start, end = max(start, lo), min(end, hi)
        parts[-1] += text[pos:start]
        parts.append(text[start:end])
        parts.append("")
        pos = end
    parts[-1] += text[pos:hi]
    if hi < len(text):
        parts[-1] += ELLIPSIS
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    return parts
