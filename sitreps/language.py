"""Language identification.

In: a document's text. Out: an ISO 639-1 code ("en", "de", "uk"...). Uses the
py3langid model shipped in its PyPI package (no download). English function
words back the model up on short or name-heavy texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from has have said were it its are".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample_chars: int = 3000) -> str:
    """Return the most likely language of `text` (ISO 639-1)."""
    sample = text[:sample_chars]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "und"
    english_share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    language, probability = _identifier().classify(sample)
    if language == "en":
        return "en"
    # Short English texts full of foreign names can fool the character model.
    if english_share >= 0.2 or (probability < 0.9 and english_share >= 0.12):
        return "en"
    return str(language)
