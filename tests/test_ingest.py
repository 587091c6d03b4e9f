"""Ingest: every input kind, ids, language, boilerplate, and bad inputs that never stop good ones."""

from __future__ import annotations

import io
import json

from sitreps.boilerplate import find_boilerplate
from sitreps.ingest import InputError, InputWarning, document_id_for, read_inputs
from sitreps.language import detect_language
from sitreps.models import Document

REPORT = (
    "KHARKIV, Ukraine — Russian shelling struck a market in the centre of Kharkiv on Thursday, "
    "killing two people and wounding nine, the regional governor said.\n\n"
    "Firefighters worked through the night to put out the blaze.\n"
)

PAGE = """<!DOCTYPE html><html><head><title>Shelling hits Kharkiv market | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-11-03T09:15:00Z">
<link rel="canonical" href="https://example.org/2022/11/03/kharkiv-market"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling hits Kharkiv market</h1>
<p>Russian shelling struck a market in the centre of Kharkiv on Thursday, killing two people and wounding nine,
the regional governor said in a statement on Telegram.</p>
<p>Firefighters worked through the night to put out the blaze, and several stalls burned down completely,
according to the emergency service.</p></article>
<div class="comments">View Comments</div><footer>Copyright 2022 Example News. All rights reserved.</footer>
</body></html>"""


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_plain_text_is_kept_unchanged_with_a_content_id(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(path)])))
    assert not errors
    assert docs[0].text == REPORT
    assert docs[0].id == document_id_for(REPORT)
    assert docs[0].input_name == str(path)


def test_a_plain_text_page_is_dated_by_the_date_line_under_its_headline(tmp_path):
    lines = {
        "Posted 7:15 AM CET, Wed March 6, 2024": "2024-03-06",
        "Published on 2 Feb 2023": "2023-02-02",
        "Sat 14 Jan 2023 09.40 GMT": "2023-01-14",
        "Shelling resumed on 3 May 2022 in the morning.": None,  # a sentence of the body, not a date line
    }
    for number, (line, published) in enumerate(lines.items()):
        path = tmp_path / f"page-{number}.txt"
        path.write_text(f"Drones hit grain silos in Izmail port\n\nBy staff reporters\n{line}\n\nThe body.\n")
        [document] = list(read_inputs([str(path)]))
        assert document.published == published, line
        assert document.text == path.read_text()


def test_a_plain_text_page_takes_its_outlet_from_its_byline_and_its_title_from_its_headline(tmp_path):
    bylines = {
        "By BBC News staff": "BBC",
        "Reuters staff in Odesa": "Reuters",
        "By Marta Kovalenko and Ian Hart, Associated Press": "Associated Press",
        "Al Jazeera and news agencies": "Al Jazeera",
        "By Marta Kovalenko": None,  # a byline that names no outlet
        "Reuters reported the strike at dawn, the ministry said.": None,  # a sentence of the body
    }
    for number, (line, outlet) in enumerate(bylines.items()):
        path = tmp_path / f"page-{number}.txt"
        path.write_text(f"Drones hit grain silos in Izmail port\n\n{line}\nUpdated 9 Aug 2023\n\nThe body.\n")
        [document] = list(read_inputs([str(path)]))
        assert document.outlet == outlet, line
        assert document.title == "Drones hit grain silos in Izmail port"
        assert document.text == path.read_text()
    # a page that starts with its first sentence has no headline
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    [document] = list(read_inputs([str(path)]))
    assert document.title is None and document.outlet is None


def test_html_gives_article_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(path)])))
    assert not errors
    document = docs[0]
    assert "Russian shelling struck a market" in document.text
    assert "Home" not in document.text and "View Comments" not in document.text
    assert document.published == "2022-11-03"
    assert document.outlet == "Example News"
    assert document.url == "https://example.org/2022/11/03/kharkiv-market"
    assert "Kharkiv market" in (document.title or "")


def test_jsonl_records_keep_their_ids_and_a_broken_line_is_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": REPORT, "outlet": "Reuters", "published": "2022-11-03"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "a2", "html": PAGE}),
        json.dumps({"id": "a3", "title": "no body"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(path)])))
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].outlet == "Reuters" and docs[0].published == "2022-11-03"
    assert docs[1].published == "2022-11-03"  # from the page's own metadata
    assert [e.input_name for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "invalid JSON" in errors[0].reason
    assert "no 'text' or 'html'" in errors[1].reason


def test_json_array_and_bad_published_date(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": REPORT}, {"text": REPORT, "published": "last Tuesday"}]))
    docs, errors = _split(list(read_inputs([str(path)])))
    assert len(docs) == 1
    assert errors[0].input_name == f"{path}[1]" and "ISO date" in errors[0].reason


def test_bad_files_are_reported_and_good_ones_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Shelling in Kharkiv \xe9 caf\xe9".encode("latin-1"))
    (tmp_path / "broken.html").write_text("<html><body><div><p>Short <b>and broken", encoding="utf-8")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    docs, errors = _split(items)
    assert [d.input_name for d in docs] == [str(good)]
    reasons = {e.input_name.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "invalid UTF-8 at byte" in reasons["latin1.txt"]
    assert "no article text" in reasons["broken.html"]
    assert "no such file" in reasons["missing.txt"]


def test_malformed_but_readable_html_is_read_with_a_warning(tmp_path):
    path = tmp_path / "malformed.html"
    body = PAGE.replace("</p>", "").replace("</article>", "").replace("</body></html>", "<div><span")
    path.write_text(body, encoding="utf-8")
    items = list(read_inputs([str(path)]))
    docs, _ = _split(items)
    assert docs and "Kharkiv" in docs[0].text
    warnings = [w for w in items if isinstance(w, InputWarning)]
    assert len(warnings) == 1 and str(path) in str(warnings[0])
    assert "malformed HTML" in warnings[0].reason and "unclosed" in warnings[0].reason


def test_well_formed_html_gets_no_warning(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert not [w for w in read_inputs([str(path)]) if isinstance(w, InputWarning)]


def test_stdin_is_sniffed():
    items = list(read_inputs(["-"], stdin=io.BytesIO(json.dumps({"id": "s1", "text": REPORT}).encode())))
    assert [d.id for d in items] == ["s1"]
    items = list(read_inputs(["-"], stdin=io.BytesIO(REPORT.encode())))
    assert items[0].text == REPORT and items[0].input_name == "<stdin>"


def test_language_detection():
    assert detect_language(REPORT) == "en"
    german = ("Russische Truppen haben am Donnerstag einen Markt im Zentrum von Charkiw beschossen. "
              "Nach Angaben des Gouverneurs wurden zwei Menschen getötet und neun verletzt.")
    assert detect_language(german) == "de"


def test_boilerplate_lines_and_credits_are_marked_without_touching_offsets():
    text = (
        "Protesters marched through central Tbilisi on Sunday against the draft law.\n"
        "View Comments\n"
        "Police later cleared the avenue outside parliament. | Irakli Gedenidze, Reuters\n"
        "Share this article\n"
        "Sign up for our morning newsletter\n"
        "The ministry said 36 people were detained.\n"
    )
    junk = [text[s:e] for s, e in find_boilerplate(text)]
    assert junk == ["View Comments", "| Irakli Gedenidze, Reuters", "Share this article",
                    "Sign up for our morning newsletter"]
    assert "36 people were detained" not in " ".join(junk)


def test_a_reporting_credit_line_is_boilerplate_but_a_sentence_about_reporting_is_not():
    text = (
        "Floods swept through three villages in the north on Monday, the governor said.\n"
        "Reporting by an aid group said 12 people were missing.\n"
        "Additional reporting by Maria Lopez in Cartagena; Editing by Tom Hale\n"
    )
    junk = [text[s:e] for s, e in find_boilerplate(text)]
    assert junk == ["Additional reporting by Maria Lopez in Cartagena; Editing by Tom Hale"]
