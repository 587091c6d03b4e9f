"""Reading inputs into Documents.

In: paths (plain text, HTML, JSON, JSONL files; directories, walked) or `-` for
stdin. Out: a stream of `Document`s and `InputError`s, in input order. A bad
input yields an `InputError` naming it and the reason, and never stops the
inputs beside it. Plain text is kept unchanged (offsets index the input),
and a plain-text file with no other date is dated by the date line under its
headline ("Updated 6:48 PM EST, Tue November 15, 2022"); it takes its outlet from
a byline naming a known one ("By CNN staff") and its title from its headline.
HTML becomes its article body via trafilatura, with title, date, site name and
URL. Page junk is marked in `Document.boilerplate`.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from sitreps.boilerplate import find_boilerplate
from sitreps.models import Document
from sitreps.outlets import find_outlet

TEXT_SUFFIXES = {".txt", ".text", ".md"}
# A plain-text page's date line under its headline, the whole line a date with its label, weekday, time and zone:
# "Published On 23 Nov 2022", "Updated 6:48 PM EST, Tue November 15, 2022", "Thu 20 Oct 2022 11.02 BST".
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
DATE_LINE = re.compile(
    rf"(?:(?:last\s+)?(?:published|updated|posted)(?:\s+on)?:?\s+)?(?:{_CLOCK},?\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[a-z]{3,9})\.?|(?P<month_first>[a-z]{3,9})\.?\s+(?P<day_after>\d{1,2}),?)"
    rf"\s+(?P<year>\d{{4}})(?:,?\s+{_CLOCK})?",
    re.IGNORECASE,
)
DATE_LINE_WITHIN = 5  # lines from the top: the headline, a byline, the date line
# A plain-text page's byline under its headline: "By CNN staff", "Guardian staff in Kharkiv", "By Jane Roe, Reuters",
# "Al Jazeera and news agencies". A known outlet named there is the page's outlet.
BYLINE = re.compile(r"^by\s+\S.*|.*\b(?:staff|correspondents?|reporters?|news agencies)\b.*", re.IGNORECASE)
BYLINE_LENGTH = 100  # characters; a longer line is the article's text, not its byline
HEADLINE_LENGTH = 200  # characters; a longer first line is the article's first paragraph
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}  # as dates.MONTH_NUMBERS
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
RECORD_FIELDS = {"id", "text", "html", "url", "title", "outlet", "published"}
MIN_HTML_TEXT_CHARS = 40


@dataclass
class InputError:
    """One input (a file, or a line of a JSONL file) that could not be read."""

    input_name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input_name}: {self.reason}"


@dataclass
class InputWarning:
    """Something odd about an input that was nevertheless read."""

    input_name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input_name}: warning: {self.reason}"


class _BadInput(Exception):
    pass


def document_id_for(text: str) -> str:
    """A stable id derived from the content, for documents that come without one."""
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_published(value: Any) -> str | None:
    """Return an ISO date (YYYY-MM-DD) from a date or datetime string, or None."""
    if value in (None, ""):
        return None
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not match:
        raise _BadInput(f"'published' must be an ISO date (YYYY-MM-DD), got {value!r}")
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError as exc:
        raise _BadInput(f"'published' is not a valid date: {value!r}") from exc


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary and non-UTF-8 data."""
    if not data.strip():
        raise _BadInput("empty input: no text to read")
    if b"\x00" in data[:8192]:
        raise _BadInput("binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _BadInput(
            f"invalid UTF-8 at byte {exc.start} ({data[exc.start:exc.start + 4]!r}); "
            "re-encode the file as UTF-8"
        ) from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise _BadInput("binary data, not text (too many control characters)")
    return text


def published_from_date_line(text: str) -> str | None:
    """The publication date a plain-text page gives on a line of its own near the top (see DATE_LINE), or None."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:DATE_LINE_WITHIN]:
        found = DATE_LINE.fullmatch(line)
        month = MONTHS.get((found["month"] or found["month_first"])[:3].casefold()) if found else None
        if found is None or month is None:
            continue
        try:
            return date(int(found["year"]), month, int(found["day"] or found["day_after"])).isoformat()
        except ValueError:
            continue
    return None


def headline_of(text: str) -> str | None:
    """A plain-text page's headline: its first line, set off by a blank line, short (HEADLINE_LENGTH) and not
    ending as a sentence does; None otherwise (the text starts with its article)."""
    lines = text.lstrip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(lines) < 2 or lines[1].strip() or not first or len(first) > HEADLINE_LENGTH:
        return None
    return None if first.endswith((".", "!", "?", ",", ";", ":")) else first


def outlet_from_byline(text: str) -> str | None:
    """The known outlet a plain-text page's byline names (see BYLINE), below its headline, or None."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][1:DATE_LINE_WITHIN]:
        if len(line) <= BYLINE_LENGTH and not line.endswith((".", "!", "?")) and BYLINE.fullmatch(line):
            found = find_outlet(line)
            if found:
                return found[0]
    return None


def document_from_text(text: str, input_name: str, **fields: Any) -> Document:
    """A plain-text document: the text is kept exactly; junk lines are marked."""
    if not text.strip():
        raise _BadInput("empty input: no text to read")
    return Document(
        id=str(fields.get("id") or document_id_for(text)),
        text=text,
        title=fields.get("title"),
        url=fields.get("url"),
        outlet=fields.get("outlet"),
        published=normalise_published(fields.get("published")),
        input_name=input_name,
        boilerplate=find_boilerplate(text),
    )


# Elements whose end tag HTML lets authors omit, and elements that never have one.
_OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                 "colgroup", "caption", "rt", "rp", "head", "body", "html"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
         "param", "keygen", "command"}


class _TagBalance(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.stray: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
        elif tag not in _VOID:
            self.stray.append(tag)


def html_problems(html: str) -> list[str]:
    """What is broken in a page's markup: unclosed elements, stray end tags, a cut-off tail."""
    checker = _TagBalance()
    checker.feed(html)
    problems = []
    tail = checker.rawdata.strip()  # what the parser could not consume: an unfinished tag
    if tail.startswith("<"):
        problems.append(f"the page ends inside a tag ({tail[:40]!r})")
    unclosed = [tag for tag in checker.open if tag not in _OPTIONAL_END]
    if unclosed:
        problems.append(f"{len(unclosed)} unclosed element(s): " + ", ".join(f"<{t}>" for t in unclosed[:5]))
    if checker.stray:
        problems.append(f"{len(checker.stray)} end tag(s) without a start: "
                        + ", ".join(f"</{t}>" for t in checker.stray[:5]))
    if "</html>" not in html.lower()[-2000:] and html.lstrip().lower().startswith(("<!doctype html", "<html")):
        problems.append("no closing </html>: the page looks truncated")
    return problems


def document_from_html(html: str, input_name: str, **fields: Any) -> tuple[Document, list[str]]:
    """Extract the article body and metadata from an HTML page with trafilatura.

    Returns the document and warnings (e.g. markup that had to be repaired).
    Explicit `fields` (from a JSON record) win over the page's own metadata.
    """
    import trafilatura

    if not html.strip():
        raise _BadInput("empty HTML: no text to read")
    problems = html_problems(html)
    warnings = [f"malformed HTML, repaired before extraction: {'; '.join(problems)}"] if problems else []
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is not None and not isinstance(extracted, dict):
        extracted = extracted.as_dict()
    text = (extracted or {}).get("text") or ""
    if len(text.strip()) < MIN_HTML_TEXT_CHARS:
        reason = "no article text could be extracted from the HTML"
        if problems:
            reason += f" (malformed HTML: {problems[0]})"
        raise _BadInput(reason)
    meta = extracted or {}
    document = Document(
        id=str(fields.get("id") or document_id_for(text)),
        text=text,
        title=fields.get("title") or meta.get("title"),
        url=fields.get("url") or meta.get("url"),
        outlet=fields.get("outlet") or meta.get("sitename"),
        published=normalise_published(fields.get("published") or meta.get("date")),
        input_name=input_name,
        boilerplate=find_boilerplate(text),
    )
    return document, warnings


def document_from_record(record: Any, input_name: str) -> tuple[Document, list[str]]:
    """A document from a JSON record `{"id", "text" | "html", "url", "title", "outlet", "published"}`."""
    if not isinstance(record, dict):
        raise _BadInput(f"a record must be a JSON object, got {type(record).__name__}")
    for key in sorted(RECORD_FIELDS):
        value = record.get(key)
        if value is None or isinstance(value, str) or (key == "id" and isinstance(value, int)):
            continue
        raise _BadInput(f"field {key!r} must be a string, got {type(value).__name__}")
    fields = {k: record.get(k) for k in RECORD_FIELDS - {"text", "html"}}
    if isinstance(record.get("text"), str) and record["text"].strip():
        return document_from_text(record["text"], input_name, **fields), []
    if isinstance(record.get("html"), str) and record["html"].strip():
        return document_from_html(record["html"], input_name, **fields)
    raise _BadInput("record has no 'text' or 'html' (or it is empty)")


def _documents_from_bytes(data: bytes, name: str, kind: str) -> Iterator[Document | InputError]:
    """Read one input's bytes as `kind` ("text", "html", "json", "jsonl")."""
    try:
        text = decode_text(data)
    except _BadInput as exc:
        yield InputError(name, str(exc))
        return
    if kind == "jsonl":
        yield from _documents_from_jsonl(text, name)
        return
    try:
        if kind == "json":
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise _BadInput(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
            if isinstance(value, list):
                for i, record in enumerate(value):
                    yield from _documents_from_record(record, f"{name}[{i}]")
            else:
                yield from _documents_from_record(value, name)
            return
        if kind == "html":
            document, warnings = document_from_html(text, name)
            yield from (InputWarning(name, w) for w in warnings)
            yield document
            return
        yield document_from_text(text, name, published=published_from_date_line(text), outlet=outlet_from_byline(text),
                                 title=headline_of(text))
    except _BadInput as exc:
        yield InputError(name, str(exc))


def _documents_from_jsonl(text: str, name: str) -> Iterator[Document | InputError | InputWarning]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_name = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(line_name, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield from _documents_from_record(record, line_name)


def _documents_from_record(record: Any, name: str) -> Iterator[Document | InputError | InputWarning]:
    """One JSON record as a document with its warnings, or the error that names it."""
    try:
        document, warnings = document_from_record(record, name)
    except _BadInput as exc:
        yield InputError(name, str(exc))
        return
    yield from (InputWarning(name, w) for w in warnings)
    yield document


def _kind_for_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def sniff_kind(data: bytes) -> str:
    """Guess the kind of stdin data: JSONL, JSON, HTML or plain text."""
    head = data.lstrip()[:512].lower()
    if head.startswith(b"{"):
        first_line = data.lstrip().split(b"\n", 1)[0].strip()
        return "jsonl" if first_line.endswith(b"}") else "json"
    if head.startswith(b"["):
        return "json"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def walk_directory(directory: Path) -> list[Path]:
    """Files under `directory` with a known suffix, sorted, hidden ones skipped."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def read_inputs(
    inputs: Iterable[str], stdin: BinaryIO | None = None
) -> Iterator[Document | InputError | InputWarning]:
    """Read every input in order; yields Documents, InputErrors and InputWarnings."""
    for raw in inputs:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            yield from _documents_from_bytes(data, "<stdin>", sniff_kind(data))
            continue
        path = Path(raw)
        if path.is_dir():
            files = walk_directory(path)
            if not files:
                yield InputError(raw, "directory holds no .txt, .html, .json or .jsonl files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(raw, "no such file or directory")


def _read_file(path: Path) -> Iterator[Document | InputError | InputWarning]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _documents_from_bytes(data, str(path), _kind_for_suffix(path))
