"""The quality form's arithmetic, one copy for the server (which stores the total) and the
evaluation dialog (which shows it while the supervisor scores): each criterion 1-5, the
total their weighted average."""

from __future__ import annotations

from collections.abc import Mapping

MIN_SCORE = 1
MAX_SCORE = 5


def weighted_total(scores: Mapping[int, int], weights: Mapping[int, float]) -> float:
    """The weighted average of the scores (1..5); 0 for an empty form."""
    weight = sum(weights[cid] for cid in scores)
    if weight <= 0:
        return 0.0
    return sum(score * weights[cid] for cid, score in scores.items()) / weight
