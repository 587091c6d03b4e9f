"""Page-junk detection for plain text.

In: a document's text. Out: character ranges (start, end) of boilerplate —
comment and share prompts, newsletter and cookie prompts, photo and reporting credits —
that must never yield events or attributions. The text itself is not changed,
so every offset stays that of the input.
"""

from __future__ import annotations

import re

# Whole lines that are page furniture, matched case-insensitively after trimming.
_JUNK_LINE = re.compile(
    r"""^(?:
        (?:view|show|hide|load|read|see|open)\s+(?:all\s+)?(?:\d+\s+)?comments?
      | (?:\d+\s+)?comments?
      | join\s+the\s+(?:conversation|discussion|debate)
      | looking\s+for\s+comments\??
      | (?:share|tweet|email|print|save)(?:\s+(?:this|the)\s+(?:article|story|page|post))?(?:\s+on\s+\w+)?
      | share\s+(?:on|via)\s+.*
      | (?:sign\s+up|subscribe|register)\b.*
      | (?:follow|like)\s+us\b.*
      | (?:advertisement|advert|sponsored(?:\s+content)?|ad)
      | (?:skip|jump)\s+to\s+(?:main\s+)?content
      | (?:read|see)\s+(?:more|also)\b.*
      | related(?:\s+(?:stories|articles|coverage|content))?:?.*
      | (?:most\s+)?(?:popular|trending)(?:\s+now)?
      | (?:we\s+use\s+)?cookies?\b.*
      | (?:accept|reject|manage)\s+(?:all\s+)?cookies.*
      | (?:copyright|©).*
      | all\s+rights\s+reserved.*
      | (?:photo|image|video|picture)s?(?:\s+credit)?\s*[:/].*
      | download\s+(?:the|our)\s+app.*
      | (?:log|sign)\s+in(?:\s+to\s+.*)?
      | back\s+to\s+top
      | (?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.!?]*  # "Reporting by X in Kyiv; Editing by Y"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Words that mark user-interface prompts when they dominate a short line.
_UI_WORDS = re.compile(
    r"\b(?:comments?|click|tap|button|subscribe|newsletter|sign\s+up|log\s+in|share|follow\s+us|"
    r"cookies?|download\s+(?:the|our)\s+app|notifications?|inbox)\b",
    re.IGNORECASE,
)
_IMPERATIVE_START = re.compile(
    r"^(?:click|tap|find|share|sign|subscribe|follow|read|view|join|download|get|looking|enable|"
    r"turn\s+on|log|register|listen|watch)\b",
    re.IGNORECASE,
)

# " | Efrem Lukatsky, Associated Press" or "(AP Photo/Efrem Lukatsky)" at the end of a caption.
_CREDIT_AFTER_BAR = re.compile(r"\s*\|\s*[^|.!?\n]{3,80}$")
_CREDIT_PARENS = re.compile(
    r"\s*\((?:[A-Z][\w.]*\s+)?(?:Photo|Photograph|Image|Picture|Video)\b[^)\n]{0,80}\)\s*$"
)
_CREDIT_WORDS = re.compile(
    r"\b(?:Associated\s+Press|AP|Reuters|AFP|Getty(?:\s+Images)?|EPA|Anadolu|Bloomberg|Photo|"
    r"Pool|Handout|Shutterstock|via)\b"
)


def _is_credit(fragment: str) -> bool:
    words = fragment.strip(" |").split()
    if not 1 <= len(words) <= 8:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1] in "(/")
    return bool(_CREDIT_WORDS.search(fragment)) or ("," in fragment and capitalised >= len(words) - 1)


def _is_junk_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _JUNK_LINE.match(stripped):
        return True
    words = stripped.split()
    if len(words) > 40 or not _UI_WORDS.search(stripped):
        return False
    # A short UI prompt: starts with an imperative or is a question/exclamation without news content.
    return bool(_IMPERATIVE_START.match(stripped)) or (len(words) <= 6 and not stripped.endswith("."))


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) ranges of page junk in `text`, in order."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        start, end = offset, offset + len(content)
        offset += len(line)
        if not content.strip():
            continue
        if _is_junk_line(content):
            lead = len(content) - len(content.lstrip())
            ranges.append((start + lead, end))
            continue
        for pattern in (_CREDIT_AFTER_BAR, _CREDIT_PARENS):
            match = pattern.search(content)
            if match and _is_credit(match.group(0)) and match.start() > 0:
                ranges.append((start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip())),
                               end))
                break
    return ranges
