"""Situation reports: content, citations, figures with ranges, images, escaping of hostile article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.models import Actor, DateValue, Document, EventMention, Extraction, Quantity, Span
from sitreps.report import Citation, EventItem, _day_lines, build_sitrep, chart_svg, map_svg, md_escape, write_report
from sitreps.store import Store

RUSSIA = Actor("Russian", "Military Forces of Russia (2000-)", "RUS", "state_forces")
CIVILIANS = Actor("residents", "Civilians (Ukraine)", "UKR", "civilians")
DNIPRO = {"name": "Dnipro", "lat": 48.4666, "lon": 35.0407, "country_code": "UA", "admin1": "Dnipropetrovsk",
          "geo_precision": 1, "place": "Dnipro"}  # fmt: skip
KHARKIV = {"name": "Kharkiv", "lat": 49.9935, "lon": 36.2304, "country_code": "UA", "admin1": "Kharkiv",
           "geo_precision": 1, "place": "Kharkiv"}  # fmt: skip
LAGOS = {"name": "Lagos", "lat": 6.4541, "lon": 3.3947, "country_code": "NG", "admin1": "Lagos",
         "geo_precision": 1, "place": "Lagos"}  # fmt: skip


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(needle, start, start + len(needle))


def report(doc_id: str, outlet: str, published: str, text: str, trigger: str, day: str, location: dict,
           toll: tuple[str, int] | None = None, sources: list[str] | None = None,
           event_type: str = "Explosions/Remote violence", sub_event_type: str = "Shelling/artillery/missile attack",
           title: str | None = None) -> Extraction:  # fmt: skip
    date_text = span(text, text.split(" on ")[1].split()[0].strip(",.")) if " on " in text else span(text, trigger)
    quantities, fatalities = [], None
    if toll:
        at = span(text, toll[0])
        quantities = [Quantity("killed", toll[1], toll[1], None, at.text, at.start, at.end)]
        fatalities = {"min": toll[1], "max": toll[1], "text": at.text}
    mention = EventMention(
        id="e1", event_type=event_type, sub_event_type=sub_event_type, confidence=0.8, trigger=span(text, trigger),
        evidence=Span(text, 0, len(text)), modality="reported",
        actor1=RUSSIA if event_type != "Protests" else None, actor2=CIVILIANS if event_type != "Protests" else None,
        date=DateValue(date_text.text, date_text.start, date_text.end, day, day, "day", "published"),
        location=location, fatalities=fatalities, quantities=quantities, sources=sources or [],
    )  # fmt: skip
    document = Document(id=doc_id, text=text, title=title or f"{outlet} report", outlet=outlet, published=published,
                        language="en", url=f"https://example.org/{doc_id}")  # fmt: skip
    return Extraction(document=document, events=[mention])


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "sitrep.db") as opened:
        opened.add(report("reuters-1", "Reuters", "2023-01-14",
                          "A Russian missile hit an apartment block in Dnipro on Saturday, killing 12 people.",
                          "hit", "2023-01-14", DNIPRO, ("12 people", 12), ["regional governor"]))
        opened.add(report("ap-2", "Associated Press", "2023-01-15",
                          "Rescuers in Dnipro found more victims of the missile strike on Saturday, with 30 dead.",
                          "strike", "2023-01-14", DNIPRO, ("30 dead", 30), ["State Emergency Service"]))
        opened.add(report("ki-3", "Kyiv Independent", "2023-01-15",
                          "Russian missiles hit power lines in Kharkiv on Sunday, the governor said.",
                          "hit", "2023-01-15", KHARKIV))
        opened.add(report("pt-4", "Premium Times", "2023-01-16",
                          "Hundreds of traders marched in Lagos on Monday against new cash limits.",
                          "marched", "2023-01-16", LAGOS, event_type="Protests", sub_event_type="Peaceful protest"))
        yield opened


def test_markdown_sitrep_cites_every_figure_and_writes_its_images(store: Store, tmp_path: Path):
    out = tmp_path / "out" / "sitrep.md"
    assert write_report(store, out, "md", since="2023-01-14", until="2023-01-15", country="UA") == out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Situation report: Ukraine, 14–15 January 2023\n")
    assert "2 events in 2 places, from 3 reports by 3 outlets" in text
    assert ("30 people reported killed in 1 event, taking each event's latest reported toll, cited below (12 if "
            "each event's lowest reported toll is taken instead).") in text
    assert "### Saturday 14 January 2023" in text and "### Sunday 15 January 2023" in text
    assert ("A missile or artillery strike by Military Forces of Russia (2000-) against Civilians (Ukraine) in "
            "Dnipro (Dnipropetrovsk), Ukraine. 30 people killed, according to the latest report (Associated Press, "
            "15 January 2023 \\[2\\]); reports range from 12 to 30; tolls as reported: 12 (Reuters, 14 January "
            "2023 \\[1\\]), then 30 (Associated Press, 15 January 2023 \\[2\\]).") in text  # fmt: skip
    assert "According to regional governor, reported by Reuters on 14 January 2023 \\[1\\]" in text
    assert "\\[2\\] Associated Press, “Associated Press report”, 15 January 2023 (https://example.org/ap-2)" in text
    row = "| 14 January 2023 | Dnipro (Dnipropetrovsk), Ukraine | 30 | 12–30 | Associated Press, 15 January 2023"
    assert row in text
    assert "Lagos" not in text  # another country
    assert "![Map of the events](sitrep-map.svg)" in text
    map_file, chart_file = out.parent / "sitrep-map.svg", out.parent / "sitrep-chart.svg"
    assert map_file.read_text().startswith("<svg") and "<path" in map_file.read_text()
    assert ">Dnipro</text>" in map_file.read_text() and ">Kharkiv</text>" in map_file.read_text()
    assert "Events per day (max 1)" in chart_file.read_text()


def test_markdown_to_stdout_has_no_images(store: Store, capsys: pytest.CaptureFixture[str]):
    assert write_report(store, None, "md") is None
    text = capsys.readouterr().out
    assert "written only beside a report file" in text and "![" not in text
    assert "Situation report: Ukraine and Nigeria, 14–16 January 2023" in text
    assert "A peaceful protest in Lagos, Nigeria." in text


HOSTILE = 'Shells hit <script>alert("x")</script> the [market](http://evil.example) in Izium on Sunday.'
IZIUM = {"name": "Izium", "lat": 49.2128, "lon": 37.2569, "country_code": "UA", "admin1": "Kharkiv",
         "geo_precision": 1, "place": "Izium"}  # fmt: skip


def test_html_embeds_images_and_escapes_article_text(store: Store, tmp_path: Path):
    store.add(report("evil-5", "<b>Evil</b> Daily", "2023-01-15", HOSTILE, "hit", "2023-01-15", IZIUM,
                     sources=['"><img src=x onerror=alert(1)>']))  # fmt: skip
    out = tmp_path / "sitrep.html"
    write_report(store, out, "html", since="2023-01-15", until="2023-01-15")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 2
    assert "<script>" not in page and "<img" not in page and "<b>Evil" not in page
    assert "&lt;b&gt;Evil&lt;/b&gt; Daily" in page and "&lt;script&gt;" in page
    assert not (tmp_path / "sitrep-map.svg").exists()


def test_markdown_escapes_markup_from_articles():
    assert md_escape("[click](http://evil) *now* <b>") == "\\[click\\](http://evil) \\*now\\* \\<b\\>"


def test_an_empty_period_says_so(store: Store, tmp_path: Path):
    out = tmp_path / "empty.md"
    write_report(store, out, "md", since="2024-01-01", until="2024-01-31")
    text = out.read_text(encoding="utf-8")
    assert "No events were recorded for this period and region." in text
    assert not (tmp_path / "empty-map.svg").exists()


def test_sitrep_numbers_reports_in_citation_order(store: Store):
    sitrep = build_sitrep(store, country="UA")
    assert [d["id"] for d in sitrep.documents] == ["reuters-1", "ap-2", "ki-3"]
    assert [d["number"] for d in sitrep.documents] == [1, 2, 3]


def test_images_need_located_or_daily_events():
    unlocated = {"id": "ev-1", "event_type": "Protests", "location": {"name": "Ukraine", "lat": 49.0, "lon": 32.0,
                 "geo_precision": 3}, "date": {"start": "2023-01-01", "precision": "month"}}  # fmt: skip
    assert map_svg([unlocated]) is None
    assert chart_svg([unlocated], (None, None)) is None
    long_period = [{"id": f"ev-{n}", "date": {"start": day, "precision": "day"}, "fatalities": {"best": n}}
                   for n, day in enumerate(["2023-01-02", "2023-03-01", "2023-06-30"])]  # fmt: skip
    assert "Events per week" in chart_svg(long_period, ("2023-01-01", "2023-06-30"))


def test_unknown_formats_are_refused(store: Store, tmp_path: Path):
    with pytest.raises(ValueError, match="unknown report format"):
        write_report(store, tmp_path / "x.pdf", "pdf")


def _item(event_id: str, toll: int | None, *citations: Citation, actor: str = "Military Forces of Russia") -> EventItem:
    event = {"id": event_id, "event_type": "Explosions/Remote violence",
             "sub_event_type": "Shelling/artillery/missile attack", "date": {"start": "2023-01-15", "precision": "day"},
             "location": KHARKIV, "actor1": {"name": actor}, "independent_sources": len(citations),
             "fatalities": {"min": toll, "max": toll, "best": toll}}  # fmt: skip
    return EventItem(event, list(citations))


def test_a_day_leads_with_its_deadliest_event_and_reads_alike_events_once():
    quiet = _item("ev-a", None, Citation(1, "Reuters", "2023-01-15", ["it", "the governor"], None))
    deadly = _item("ev-b", 3, Citation(2, None, None, ["police"], 3), actor="Military Forces of Belarus")
    twin = _item("ev-c", None, Citation(3, "BBC News", "2023-01-16", [], None))
    lines = _day_lines([quiet, deadly, twin])
    assert len(lines) == 2 and lines[0].startswith("A missile or artillery strike by Military Forces of Belarus")
    # an unattributed, undated report says so; a pronoun is no source
    assert "According to police, in an undated, unattributed report [2]." in lines[0]
    assert "according to an unattributed report" not in lines[0]
    assert "According to the governor, reported by Reuters on 15 January 2023 [1]." in lines[1]
    assert "according to it" not in lines[1].casefold()
    assert lines[1].count("A missile or artillery strike by Military Forces of Russia") == 1
    assert "Another report of such an event, possibly the same one: Reported by BBC News on 16 January 2023 [3]." in (
        lines[1]
    )
