"""Situation reports: prose summary, well-supported events apart from single-source ones, cited figures, tolls
counted once, disagreements only where reports split, images, escaping of hostile article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.models import Actor, Attribution, DateValue, Document, EventMention, Extraction, Quantity, Span
from sitreps.outputs import type_phrase
from sitreps.report import (
    Citation,
    EventItem,
    actor_words,
    build_sitrep,
    chart_svg,
    disagreements,
    event_clause,
    event_sentences,
    figure_source,
    killed_figures,
    map_svg,
    md_escape,
    minor_lines,
    speaker_words,
    tells_country_wide,
    toll_clause,
    toll_groups,
    write_report,
)
from sitreps.store import Store

RUSSIA = Actor("Russian", "Military Forces of Russia (2000-)", "RUS", "state_forces")
CIVILIANS = Actor("residents", "Civilians (Ukraine)", "UKR", "civilians")
DNIPRO = {"name": "Dnipro", "lat": 48.4666, "lon": 35.0407, "country_code": "UA", "admin1": "Dnipropetrovsk",
          "geo_precision": 1, "place": "Dnipro"}  # fmt: skip
KHARKIV = {"name": "Kharkiv", "lat": 49.9935, "lon": 36.2304, "country_code": "UA", "admin1": "Kharkiv",
           "geo_precision": 1, "place": "Kharkiv"}  # fmt: skip
SLOVIANSK = {"name": "Sloviansk", "lat": 48.8526, "lon": 37.6047, "country_code": "UA", "admin1": "Donetsk",
             "geo_precision": 1, "place": "Sloviansk"}  # fmt: skip
KRAMATORSK = {"name": "Kramatorsk", "lat": 48.7231, "lon": 37.5563, "country_code": "UA", "admin1": "Donetsk",
              "geo_precision": 1, "place": "Kramatorsk"}  # fmt: skip
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
    attributions = [_said_before_comma(text, source) for source in sources or [] if f"{source} said" in text]
    mention = EventMention(
        id="e1", event_type=event_type, sub_event_type=sub_event_type, confidence=0.8, trigger=span(text, trigger),
        evidence=Span(text, 0, len(text)), modality="reported", attributions=list(range(len(attributions))),
        actor1=RUSSIA if event_type != "Protests" else None, actor2=CIVILIANS if event_type != "Protests" else None,
        date=DateValue(date_text.text, date_text.start, date_text.end, day, day, "day", "published"),
        location=location, fatalities=fatalities, quantities=quantities, sources=sources or [],
    )  # fmt: skip
    document = Document(id=doc_id, text=text, title=title or f"{outlet} report", outlet=outlet, published=published,
                        language="en", url=f"https://example.org/{doc_id}")  # fmt: skip
    return Extraction(document=document, events=[mention], attributions=attributions)


def _said_before_comma(text: str, source: str) -> Attribution:
    """ "..., the governor said.": the source said all the sentence says before the comma that sets it off."""
    cue, comma = text.index(f"{source} said") + len(source) + 1, text.rindex(",", 0, text.index(source))
    return Attribution(span(text, source), "unnamed", Span("said", cue, cue + 4), Span(text[:comma], 0, comma))


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "sitrep.db") as opened:
        opened.add(
            report(
                "reuters-1",
                "Reuters",
                "2023-01-14",
                "A Russian missile hit an apartment block in Dnipro on Saturday, killing at least 12 people.",
                "hit",
                "2023-01-14",
                DNIPRO,
                ("at least 12 people", 12),
                ["regional governor"],
            )
        )
        opened.add(
            report(
                "ap-2",
                "Associated Press",
                "2023-01-15",
                "Rescuers in Dnipro found more victims of the missile strike on Saturday, with 30 dead, the State "
                "Emergency Service said.",
                "strike",
                "2023-01-14",
                DNIPRO,
                ("30 dead", 30),
                ["State Emergency Service"],
            )
        )
        opened.add(
            report(
                "ki-3",
                "Kyiv Independent",
                "2023-01-15",
                "Russian missiles hit power lines in Kharkiv on Sunday, the governor said.",
                "hit",
                "2023-01-15",
                KHARKIV,
            )
        )
        opened.add(
            report(
                "pt-4",
                "Premium Times",
                "2023-01-16",
                "Hundreds of traders marched in Lagos on Monday against new cash limits.",
                "marched",
                "2023-01-16",
                LAGOS,
                event_type="Protests",
                sub_event_type="Peaceful protest",
            )
        )
        yield opened


def two_towns_one_toll() -> Extraction:
    """One sentence, one toll, two towns: the extraction makes an event for each town."""
    text = "Russian rockets hit Sloviansk and Kramatorsk on Sunday, killing four people, the Donetsk governor said."
    extraction = report("ukrinform-5", "Ukrinform", "2023-01-15", text, "hit", "2023-01-15", SLOVIANSK,
                        ("four people", 4), ["Donetsk governor"])  # fmt: skip
    first = extraction.events[0]
    second = EventMention(**{**first.__dict__, "id": "e2", "location": KRAMATORSK})
    return Extraction(document=extraction.document, events=[first, second], attributions=extraction.attributions)


def test_markdown_sitrep_reads_as_prose_with_every_figure_cited(store: Store, tmp_path: Path):
    store.add(two_towns_one_toll())
    out = tmp_path / "out" / "sitrep.md"
    assert write_report(store, out, "md", since="2023-01-14", until="2023-01-15", country="UA") == out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Situation report: Ukraine, 14–15 January 2023\n\n## Summary\n\n")
    summary = text.split("## Summary\n\n")[1].split("\n")[0]
    assert summary.startswith(
        "Between 14 and 15 January 2023, 4 reports from 4 outlets described 4 events in 4 "
        "places in Ukraine. 1 of them was corroborated by 2 or more independent sources"
    )
    # the Ukrinform sentence's four deaths are counted once although two events (two towns) carry them
    assert "put the number of people killed at 34 in 2 events (between 16 and 34" in summary
    assert "4 of these deaths rest on single-source or low-confidence reports" in summary
    assert "The deadliest were the missile strike in Dnipro on 14 January (30 killed \\[2\\])" in summary
    # a well-supported event: one sentence, the figure's official and outlet, the earlier figure, every report
    assert (
        "### Saturday 14 January 2023\n\n- Russian forces struck Dnipro with missiles, killing 30 people (State "
        "Emergency Service via Associated Press, 15 Jan \\[2\\]; earlier reports gave 12) \\[1\\]\\[2\\]."
    ) in text
    # single-source reports are apart, labelled, one line a day
    minor = text.split("## Single-source or low-confidence reports")[1].split("## Fatalities")[0]
    assert "Russian forces struck Kharkiv with missiles (Kyiv Independent \\[4\\])." in minor
    assert "Russian forces struck Sloviansk (Donetsk) with rockets, killing 4 people (Donetsk governor via " in minor
    assert "Kharkiv" not in text.split("## Day by day")[1].split("## Single-source")[0]
    assert "| Sloviansk (Donetsk) | 4 (the same toll as Kramatorsk (Donetsk) 15 Jan, counted once) |" in text
    assert "A toll is counted once in the total when two events take it from the same sentence of a report" in text
    assert "\\[2\\] Associated Press, “Associated Press report”, 15 January 2023 (https://example.org/ap-2)" in text
    assert "Lagos" not in text  # another country
    assert "![Map of the events](sitrep-map.svg)" in text
    map_file, chart_file = out.parent / "sitrep-map.svg", out.parent / "sitrep-chart.svg"
    assert map_file.read_text().startswith("<svg") and "<path" in map_file.read_text()
    assert ">Dnipro</text>" in map_file.read_text() and ">Kharkiv</text>" in map_file.read_text()
    assert "Events per day (max 3)" in chart_file.read_text()


def test_markdown_to_stdout_has_no_images(store: Store, capsys: pytest.CaptureFixture[str]):
    assert write_report(store, None, "md") is None
    text = capsys.readouterr().out
    assert "written only beside a report file" in text and "![" not in text
    assert "Situation report: Ukraine and Nigeria, 14–16 January 2023" in text
    assert "Protesters demonstrated in Lagos, Nigeria" not in text  # no actor was recorded
    assert "People demonstrated in Lagos, Nigeria (Premium Times \\[4\\])." in text


HOSTILE = (
    'Shells hit <script>alert("x")</script> the [market](http://evil.example) in Izium on Sunday, killing one, '
    '"><img src=x onerror=alert(1)> said.'
)
IZIUM = {"name": "Izium", "lat": 49.2128, "lon": 37.2569, "country_code": "UA", "admin1": "Kharkiv",
         "geo_precision": 1, "place": "Izium"}  # fmt: skip


def test_html_embeds_images_and_escapes_article_text(store: Store, tmp_path: Path):
    store.add(report("evil-5", "<b>Evil</b> Daily", "2023-01-15", HOSTILE, "hit", "2023-01-15", IZIUM,
                     sources=['"><img src=x onerror=alert(1)>'], toll=("one", 1)))  # fmt: skip
    out = tmp_path / "sitrep.html"
    write_report(store, out, "html", since="2023-01-15", until="2023-01-15")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 2
    assert "<script>" not in page and "<img" not in page and "<b>Evil" not in page
    assert "&lt;b&gt;Evil&lt;/b&gt; Daily" in page and "&quot;&gt;&lt;img src=x" in page
    assert "<h2>Single-source or low-confidence reports</h2>" in page
    assert not (tmp_path / "sitrep-map.svg").exists()


def test_markdown_escapes_markup_from_articles():
    assert md_escape("[click](http://evil) *now* <b>") == "\\[click\\](http://evil) \\*now\\* \\<b\\>"


def test_an_empty_period_says_so(store: Store, tmp_path: Path):
    out = tmp_path / "empty.md"
    write_report(store, out, "md", since="2024-01-01", until="2024-01-31")
    text = out.read_text(encoding="utf-8")
    assert "No events were recorded for this period and region." in text
    assert not (tmp_path / "empty-map.svg").exists()


def test_reports_are_numbered_in_reading_order(store: Store):
    sitrep = build_sitrep(store, country="UA")
    # the corroborated Dnipro strike is told first, then the single-source Kharkiv report
    assert [d["id"] for d in sitrep.documents] == ["reuters-1", "ap-2", "ki-3"]
    assert [item.well_supported for item in sitrep.items] == [True, False]


def test_a_toll_two_events_take_from_one_sentence_is_counted_once(store: Store):
    store.add(two_towns_one_toll())
    sitrep = build_sitrep(store, country="UA")
    groups = toll_groups(sitrep.items)
    assert sorted(len(group) for group in groups) == [1, 2]
    assert killed_figures(sitrep) == (34, 16, 34, 2, 4)


def test_the_same_figure_in_two_sentences_of_one_report_is_one_toll_only_where_nothing_parts_the_events():
    def event(event_id: str, location: dict, start: int) -> EventItem:
        return EventItem({"id": event_id, "date": {"start": "2022-11-15", "precision": "day"}, "location": location,
                          "fatalities": {"min": 2, "max": 2, "best": 2},
                          "evidence": [{"document": "dw-1", "start": start, "end": start + 90,
                                        "fatalities": {"min": 2, "max": 2, "text": "two"}}]})  # fmt: skip

    poland = {"name": "Poland", "country_code": "PL", "geo_precision": 3}
    przewodow = {"name": "Przewodow", "country_code": "PL", "geo_precision": 1}
    hrubieszow = {"name": "Hrubieszow", "country_code": "PL", "geo_precision": 1}
    assert len(toll_groups([event("a", poland, 0), event("b", przewodow, 200)])) == 1
    assert len(toll_groups([event("a", hrubieszow, 0), event("b", przewodow, 200)])) == 2


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


def _conflicted(*reports: tuple[str, str]) -> EventItem:
    """A Sahel attack whose reports name different attackers: (document, actor) per report."""
    event = {"id": "ev-m", "event_type": "Violence against civilians", "sub_event_type": "Attack",
             "date": {"start": "2023-02-10", "precision": "day"},
             "location": {"name": "Gao", "country_code": "ML", "geo_precision": 1},
             "actor1": {"name": "JNIM: Group for Support of Islam and Muslims"}, "fatalities": {},
             "conflicts": [{"field": "actor1", "values": [{"value": actor, "document": document}
                                                          for document, actor in reports]}]}  # fmt: skip
    documents = list(dict.fromkeys(document for document, _ in reports))
    return EventItem(event, [Citation(n, "AFP", "2023-02-11", [], None, document=d)
                             for n, d in enumerate(documents, 1)])  # fmt: skip


def test_a_disagreement_is_stated_only_when_reports_split():
    lone = _conflicted(("afp", "JNIM"), ("rfi", "JNIM"), ("bbc", "Islamic State Sahel"))
    assert disagreements(lone) == ""
    split = _conflicted(("afp", "JNIM"), ("rfi", "JNIM"), ("bbc", "Islamic State Sahel"),
                        ("ap", "Islamic State Sahel"), ("reuters", "Islamic State Sahel"))  # fmt: skip
    assert disagreements(split) == (
        "Reports split on who carried it out: Islamic State Sahel in 3 reports [3][4][5]; JNIM in 2 reports [1][2]."
    )
    # a report that names both sides counts for neither
    mixed = _conflicted(("afp", "JNIM"), ("rfi", "JNIM"), ("bbc", "Islamic State Sahel"), ("bbc", "JNIM"),
                        ("ap", "Islamic State Sahel"))  # fmt: skip
    assert disagreements(mixed) == ""
    # the attacker the reports split on is not named as the doer in the sentence that tells the event
    assert event_sentences(split, "ML").startswith("An attack in Gao [1][2][3][4][5]. Reports split on")
    # unnamed gunmen of two countries read the same: no split to tell
    alike = _conflicted(("afp", "Unidentified Armed Group (Mali)"), ("rfi", "Unidentified Armed Group (Mali)"),
                        ("bbc", "Unidentified Armed Group (Niger)"), ("ap", "Unidentified Armed Group (Niger)"))
    assert disagreements(alike) == ""


def test_a_doer_the_reports_tell_only_as_likely_is_said_so():
    hedged = "A rocket that killed a farmer in Moldova was probably launched by Ukraine's air defences, officials said."
    event = {"id": "ev-h", "event_type": "Explosions/Remote violence",
             "sub_event_type": "Shelling/artillery/missile attack",
             "date": {"start": "2023-02-10", "precision": "day"},
             "location": {"name": "Larga", "country_code": "MD", "geo_precision": 1},
             "actor1": {"name": "Military Forces of Ukraine (2019-)"}, "fatalities": {},
             "evidence": [{"document": "ap", "text": "A rocket fell on a farm in Larga, killing a farmer."},
                          {"document": "afp", "text": hedged}]}  # fmt: skip
    item = EventItem(event, [Citation(n, "AFP", "2023-02-11", [], None, document=d)
                             for n, d in enumerate(["ap", "afp"], 1)])  # fmt: skip
    told = event_sentences(item, "MD")
    assert not told.startswith("Ukrainian forces")
    assert told.endswith("Reports say Ukrainian forces probably carried it out [2].")
    plain = EventItem({**event, "evidence": event["evidence"][:1]}, item.citations)
    assert event_sentences(plain, "MD").startswith("Ukrainian forces struck Larga")


def test_actors_are_named_as_a_person_would():
    assert actor_words({"name": "Military Forces of Russia (2000-)"}) == "Russian forces"
    assert actor_words({"name": "Police Forces of Nigeria (2015-2023)"}) == "Nigerian police"
    assert actor_words({"name": "Government of Sudan"}) == "the Sudanese government"
    assert actor_words({"name": "Civilians (Myanmar)"}) == "civilians"
    assert actor_words({"name": "Unidentified Armed Group (Somalia)"}) == "an unidentified armed group"
    assert actor_words({"name": "Wagner Group"}) == "the Wagner Group"
    assert actor_words({"name": "Rapid Support Forces"}) == "the Rapid Support Forces"
    assert actor_words({"name": "Hamas"}) == "Hamas"
    assert actor_words(None) == ""


def test_a_toll_sentence_says_at_least_when_the_report_does():
    item = EventItem({"id": "ev-k", "event_type": "Explosions/Remote violence",
                      "sub_event_type": "Suicide bomb", "location": {"name": "Peshawar", "country_code": "PK",
                      "admin1": "Khyber Pakhtunkhwa", "geo_precision": 1}, "actor1": None,
                      "fatalities": {"min": 32, "max": 59, "best": 59}, "evidence": []},
                     [Citation(1, "Dawn", "2023-01-30", ["police"], 32, True, ["police"]),
                      Citation(2, "Reuters", "2023-01-31", ["provincial health officials"], 59, True,
                               ["provincial health officials"])])  # fmt: skip
    assert event_sentences(item, "PK") == (
        "A suicide bombing in Peshawar (Khyber Pakhtunkhwa), killing at least 59 people (provincial health officials "
        "via Reuters, 31 Jan [2]; earlier reports gave 32) [1][2]."
    )


def _said(sentence: str, source: str, content: str, kind: str = "person", name: str | None = None,
          role: str | None = None) -> dict:
    """A contract-shaped attribution of `content` to `source`, both found in `sentence` (offsets from 0)."""
    at, said = sentence.index(content), sentence.index(source)
    cue = sentence.index(" said", said) + 1 if " said" in sentence[said:] else said
    return {"source": {"text": source, "start": said, "end": said + len(source), "kind": kind,
                       **({"name": name} if name else {}), **({"role": role} if role else {})},
            "cue": {"text": "said", "start": cue, "end": cue + 4},
            "content": {"text": content, "start": at, "end": at + len(content)}}  # fmt: skip


def test_a_figure_is_credited_to_the_source_whose_words_hold_it_only():
    sentence = (
        "The death toll from Sunday's landslide in Kinshasa has risen to 41, provincial governor Daniel "
        "Bumba said, as President Felix Tshisekedi declared three days of national mourning."
    )
    evidence = {"text": sentence, "start": 0, "fatalities": {"min": 41, "max": 41, "text": "41"}}
    governor = _said(sentence, "provincial governor Daniel Bumba",
                     "The death toll from Sunday's landslide in Kinshasa has risen to 41")
    president = _said(sentence, "President Felix Tshisekedi", "three days of national mourning",
                      name="Felix Tshisekedi", role="President")
    assert figure_source(evidence, [president, governor]) == ["provincial governor Daniel Bumba"]
    # the president's words do not hold the figure: the outlet is cited alone
    assert figure_source(evidence, [president]) == []
    assert figure_source({**evidence, "fatalities": {"min": 41, "text": "forty-one"}}, [governor]) == []


def test_a_figure_is_credited_to_a_speaker_set_off_by_a_long_title():
    # a title in apposition ("the head of ..., Name, said") puts the verb of speech far from the name
    sentence = (
        "Two firefighters died when a second drone hit the burning depot in Uman, the head of the Cherkasy "
        "regional military administration, Ihor Taburets, said on Telegram."
    )
    evidence = {"text": "Overnight strikes. " + sentence, "start": 100,
                "fatalities": {"min": 2, "max": 2, "text": "Two"}}  # fmt: skip
    offset = 100 + len("Overnight strikes. ")
    head = _said(sentence, "the head of the Cherkasy regional military administration, Ihor Taburets",
                 "Two firefighters died when a second drone hit the burning depot in Uman", name="Ihor Taburets",
                 role="head of the Cherkasy regional military administration")  # fmt: skip
    for part in ("source", "cue", "content"):
        head[part]["start"] += offset
        head[part]["end"] += offset
    assert figure_source(evidence, [head]) == ["Ihor Taburets (head of the Cherkasy regional military administration)"]


def _told(sub_event: str, event_type: str, evidence: str, actor1: str | None = None, actor2: str | None = None,
          place: str = "Kyiv", country: str = "UA") -> str:
    event = {"sub_event_type": sub_event, "event_type": event_type, "evidence": [{"text": evidence}],
             "actor1": {"name": actor1} if actor1 else None, "actor2": {"name": actor2} if actor2 else None,
             "location": {"name": place, "country_code": country, "geo_precision": 1}}  # fmt: skip
    return event_clause(event, country)


def test_each_kind_of_event_is_told_with_its_own_verb():
    assert _told("Disrupted weapons use", "Strategic developments",
                 "Air defences shot down 21 of the 23 Shahed drones over the capital overnight.",
                 "Military Forces of Ukraine (2019-)") == "Ukrainian forces shot down drones over Kyiv"  # fmt: skip
    assert _told("Disrupted weapons use", "Strategic developments",
                 "Sappers defused an anti-tank mine found under a bridge.") == (
        "The authorities seized or defused weapons in Kyiv"
    )
    assert _told("Arrests", "Strategic developments", "Police detained 40 demonstrators outside parliament.",
                 "Police Forces of Kenya (2022-)", place="Nairobi", country="KE") == (
        "Kenyan police arrested people in Nairobi"
    )
    assert _told("Non-violent transfer of territory", "Strategic developments",
                 "Russian troops completed their withdrawal from the city.", "Military Forces of Russia (2000-)",
                 place="Kherson") == "Control of Kherson passed to or from Russian forces without fighting"  # fmt: skip
    assert _told("Remote explosive/landmine/IED", "Explosions/Remote violence",
                 "A truck bomb exploded on the bridge, killing three people.",
                 place="Crimean Bridge") == "An explosive device went off at the Crimean Bridge"  # fmt: skip
    assert _told("Change to group/activity", "Strategic developments", "Troops moved into the town.",
                 "Military Forces of Russia (2000-)", place="Kherson") == (
        "A change in Russian forces' activity in Kherson"
    )


def _minor(number: int, sub_event: str, place: str, precision: int, toll: int | None = None) -> EventItem:
    event = {"id": f"ev-{number}", "sub_event_type": sub_event, "event_type": "Strategic developments",
             "confidence": 0.7, "date": {"start": "2023-03-02", "precision": "day"}, "evidence": [],
             "actor1": {"name": "Military Forces of Russia (2000-)"}, "actor2": None,
             "location": {"name": place, "country_code": "UA", "geo_precision": precision},
             "fatalities": {"min": toll, "max": toll, "best": toll} if toll is not None else None}  # fmt: skip
    return EventItem(event, [Citation(number, "Ukrinform", "2023-03-02", [], toll)])


def test_vague_minor_reports_are_counted_with_their_references_not_itemised():
    lines = minor_lines([
        _minor(1, "Shelling/artillery/missile attack", "Kupiansk", 1),
        _minor(2, "Agreement", "Odesa", 1),
        _minor(3, "Shelling/artillery/missile attack", "Ukraine", 3),
        _minor(4, "Change to group/activity", "Ukraine", 3, toll=2),
    ], "UA")  # fmt: skip
    assert [day for day, _ in lines] == ["2 Mar", "Not itemised"]
    assert lines[0][1].startswith("Russian forces struck Kupiansk with missiles or artillery (Ukrinform [1]). ")
    assert "killing 2 people" in lines[0][1] and "Odesa" not in lines[0][1]
    assert lines[1][1].startswith("2 further events without reported deaths, placed only in a country")
    assert lines[1][1].endswith(" [2][3].")


def test_actors_are_told_by_their_role_not_listed_after_a_type_name():
    assert _told("Armed clash", "Battles", "Fighting raged for a second day around the mine.",
                 "Wagner Group", "Military Forces of Ukraine (2019-)", place="Soledar") == (
        "The Wagner Group and Ukrainian forces clashed in Soledar"
    )
    assert _told("Armed clash", "Battles", "Troops of both armies exchanged fire along the river.",
                 "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)", place="Bakhmut") == (
        "Ukrainian and Russian forces clashed in Bakhmut"
    )
    assert _told("Non-violent transfer of territory", "Strategic developments",
                 "The garrison left the town overnight and the other side moved in.",
                 "Military Forces of Russia (2000-)",
                 "Military Forces of Ukraine (2019-)", place="Lyman") == (
        "Control of Lyman passed between Russian and Ukrainian forces without fighting"
    )
    assert _told("Sexual violence", "Violence against civilians", "Soldiers assaulted women in the village.",
                 "Military Forces of Sudan (2019-)", "Civilians (Sudan)", place="Geneina", country="SD") == (
        "Sexual violence by Sudanese forces against civilians in Geneina"
    )


def test_an_explosion_of_disputed_kind_is_an_explosion_in_plain_words():
    # the reports split on the sub-event type, so the sentence is told from the event type alone
    assert _told("", "Explosions/Remote violence", "A loud blast tore through the depot before dawn.",
                 "Military Forces of Russia (2000-)", "Civilians (Ukraine)", place="Kalynivka Depot") == (
        "A blast went off at the Kalynivka Depot, blamed on Russian forces"
    )
    assert _told("", "Battles", "Heavy fighting was reported on the outskirts.", place="Vuhledar") == (
        "Fighting broke out in Vuhledar"
    )
    assert type_phrase({"event_type": "Explosions/Remote violence"}) == "an explosion"


def test_an_agreement_is_told_as_its_reports_name_it():
    assert _told("Agreement", "Strategic developments",
                 "The two sides swapped 90 prisoners of war at the border on Friday.", "Civilians (Ukraine)",
                 place="Sumy") == "Prisoners were exchanged in Sumy"  # fmt: skip
    assert _told("Agreement", "Strategic developments", "Both armies agreed to a truce over the holiday.",
                 "Military Forces of Armenia (1998-)", "Military Forces of Azerbaijan (1993-)",
                 place="Lachin", country="AZ") == "Armenian and Azerbaijani forces agreed a ceasefire in Lachin"
    assert _told("Agreement", "Strategic developments", "Officials signed a memorandum on grain shipments.",
                 place="Odesa") == "An agreement was reached in Odesa"


def test_a_crowd_and_a_strike_say_no_more_than_their_reports():
    assert _told("Peaceful protest", "Protests", "Cheering residents waved flags as the convoy arrived.",
                 "Protesters (Ukraine)", place="Izium") == "Crowds celebrated in Izium"
    assert _told("Peaceful protest", "Protests", "Hundreds rallied outside the town hall to demand pay.",
                 "Protesters (Ukraine)", place="Izium") == "Protesters demonstrated in Izium"
    assert _told("Air/drone strike", "Explosions/Remote violence", "A drone hit a fuel depot near the harbour.",
                 place="Novorossiysk", country="RU") == "A drone attack hit Novorossiysk"
    assert _told("Looting/property destruction", "Violence against civilians",
                 "Retreating soldiers ransacked the village school.", "Military Forces of Russia (2000-)",
                 place="Balakliia") == "Russian forces looted property in Balakliia"  # fmt: skip


def _tolled(
    event_id: str,
    document: str,
    start: int,
    location: dict,
    toll: int = 1,
    day: str = "2023-06-04",
    event_type: str = "Explosions/Remote violence",
) -> EventItem:
    """An event with a toll its report gives in the sentence at `start`."""
    return EventItem({"id": event_id, "event_type": event_type, "date": {"start": day, "precision": "day"},
                      "location": location, "fatalities": {"min": toll, "max": toll, "best": toll},
                      "evidence": [{"document": document, "start": start, "end": start + 80,
                                    "fatalities": {"min": toll, "max": toll, "text": str(toll)}}]})  # fmt: skip


def test_one_report_s_toll_for_a_town_and_its_district_is_counted_once():
    kharkiv = {"name": "Kharkiv", "lat": 49.99, "lon": 36.23, "country_code": "UA", "geo_precision": 1}
    district = {"name": "Saltivskyi", "lat": 50.03, "lon": 36.31, "country_code": "UA", "geo_precision": 2}
    near_chuhuiv = {"name": "Chuhuiv", "lat": 49.84, "lon": 36.69, "country_code": "UA", "geo_precision": 2}
    town_toll = _tolled("a", "ukrinform-1", 0, kharkiv)
    assert len(toll_groups([town_toll, _tolled("b", "ukrinform-1", 200, district)])) == 1
    assert len(toll_groups([town_toll, _tolled("b", "ukrinform-1", 200, near_chuhuiv)])) == 2


def test_two_reports_of_one_toll_told_for_a_town_and_for_its_region_are_counted_once():
    region = {"name": "Donetsk", "country_code": "UA", "admin1": "Donetsk", "geo_precision": 3}
    town = {"name": "Kostiantynivka", "country_code": "UA", "admin1": "Donetsk", "geo_precision": 1}
    other_region = {"name": "Kharkiv", "country_code": "UA", "admin1": "Kharkiv", "geo_precision": 3}
    assert len(toll_groups([_tolled("a", "reuters-1", 0, region, 3), _tolled("b", "afp-2", 0, town, 3)])) == 1
    assert len(toll_groups([_tolled("a", "reuters-1", 0, other_region, 3), _tolled("b", "afp-2", 0, town, 3)])) == 2
    assert len(toll_groups([_tolled("a", "reuters-1", 0, region, 3, day="2023-06-05"),
                            _tolled("b", "afp-2", 0, town, 3)])) == 2  # fmt: skip
    assert len(toll_groups([_tolled("a", "reuters-1", 0, region, 3, event_type="Battles"),
                            _tolled("b", "afp-2", 0, town, 3)])) == 2  # fmt: skip


def test_ground_retaken_by_unnamed_forces_is_retaken_by_the_country_s_own():
    assert _told("Government regains territory", "Battles", "The flag was raised again over the village school.",
                 place="Klishchiivka") == "Ukrainian forces retook ground in Klishchiivka"  # fmt: skip


def test_an_explosion_is_blamed_on_no_one_the_reports_do_not_agree_on():
    event = {"sub_event_type": "", "event_type": "Explosions/Remote violence",
             "evidence": [{"text": "A blast damaged the rail bridge overnight."}],
             "actor1": {"name": "Military Forces of Russia (2000-)"},
             "location": {"name": "Chonhar Bridge", "country_code": "UA", "geo_precision": 1},
             "conflicts": [{"field": "actor1", "values": [{"value": "Military Forces of Russia (2000-)"},
                                                          {"value": "Wagner Group"}]}]}  # fmt: skip
    assert event_clause(event, "UA") == "A blast went off at the Chonhar Bridge"


def test_an_agreement_known_only_to_a_country_is_not_placed_in_it():
    event = {"sub_event_type": "Agreement", "event_type": "Strategic developments",
             "evidence": [{"text": "Kyiv and Moscow swapped 40 prisoners each on Saturday."}],
             "location": {"name": "Ukraine", "country_code": "UA", "geo_precision": 3}}  # fmt: skip
    assert event_clause(event, "UA") == "Prisoners were exchanged"


def test_an_event_known_only_to_a_country_says_no_town_was_given():
    ukraine = {"name": "Ukraine", "country_code": "UA", "geo_precision": 3}
    strike = {"sub_event_type": "Shelling/artillery/missile attack", "event_type": "Explosions/Remote violence",
              "evidence": [{"text": "Missiles hit power plants in five regions on Saturday."}],
              "actor1": {"name": "Military Forces of Russia (2000-)"}, "location": ukraine}  # fmt: skip
    assert event_clause(strike, "UA") == "Russian forces struck Ukraine (no town given) with missiles"
    shot_down = {**strike, "sub_event_type": "Disrupted weapons use", "actor1": {"name": "Military Forces of Ukraine"},
                 "evidence": [{"text": "Air defences shot down 18 of the 33 missiles."}]}  # fmt: skip
    assert event_clause(shot_down, "UA") == "Ukrainian forces shot down missiles over Ukraine (no town given)"


def test_a_speaker_s_title_is_written_as_a_report_would_not_bracketed():
    # the citation is itself in brackets: "(Odesa Regional Governor Oleh Kiper via Reuters, 3 Mar [2])"
    assert speaker_words("Oleh Kiper (Odesa Regional Governor)") == "Odesa Regional Governor Oleh Kiper"
    assert speaker_words("Ivan Fedorov (head of the Zaporizhzhia regional administration)") == (
        "Ivan Fedorov, head of the Zaporizhzhia regional administration"
    )
    assert speaker_words("the State Emergency Service") == "the State Emergency Service"
    cited = Citation(2, "Reuters", "2024-03-03", [], 5, figure_sources=["Ivan Fedorov (head of the regional council)"])
    item = EventItem({"id": "ev-z", "fatalities": {"min": 5, "max": 5, "best": 5}}, [cited])
    assert toll_clause(item) == (
        ", killing 5 people (Ivan Fedorov, head of the regional council, via Reuters, 3 Mar [2])"
    )


ODESA = {"name": "Odesa", "lat": 46.4857, "lon": 30.7438, "country_code": "UA", "admin1": "Odessa",
         "geo_precision": 1, "place": "Odesa"}  # fmt: skip


def test_a_toll_told_for_the_whole_country_is_not_told_as_the_towns():
    sentence = ("Russia fired waves of drones and missiles at power plants across Ukraine overnight, killing at "
                "least six people and cutting heat in Odesa and Kharkiv.")  # fmt: skip
    evidence = {"text": sentence, "fatalities": {"min": 6, "max": None, "text": "at least six"}}
    assert tells_country_wide(evidence, ODESA)
    assert not tells_country_wide({**evidence, "text": sentence.replace(" across Ukraine", "")}, ODESA)
    # placed in the country itself, the toll is the event's own
    assert not tells_country_wide(evidence, {"name": "Ukraine", "country_code": "UA", "geo_precision": 3})
    # strikes told as reaching every part of the country
    grid = ("Officials said at least nine people died in Tuesday's strikes, which knocked all of Ukraine's "
            "thermal power plants off the grid.")  # fmt: skip
    assert tells_country_wide({"text": grid, "fatalities": {"min": 9, "text": "at least nine"}}, ODESA)
    whole = "Missiles rained on the whole of Ukraine on Friday, killing at least 14 people, the air force said."
    assert tells_country_wide({"text": whole, "fatalities": {"min": 14, "text": "at least 14"}}, ODESA)
    # a sentence that does not hold the figure says nothing of its scale
    assert not tells_country_wide({**evidence, "fatalities": {"min": 2, "text": "two"}}, ODESA)
    item = EventItem({"id": "ev-o", "event_type": "Explosions/Remote violence",
                      "sub_event_type": "Shelling/artillery/missile attack", "location": ODESA,
                      "actor1": {"name": "Military Forces of Russia (2000-)"},
                      "fatalities": {"min": 2, "max": 6, "best": 6}, "evidence": []},
                     [Citation(1, "Suspilne", "2023-12-29", [], 2, True, ["regional governor"]),
                      Citation(2, "Reuters", "2023-12-29", [], 6, True, country_wide=True)])  # fmt: skip
    assert event_sentences(item, "UA") == (
        "Russian forces struck Odesa with missiles or artillery, part of strikes that killed at least 6 people "
        "across Ukraine (Reuters, 29 Dec [2]; earlier reports gave 2 for Odesa) [1][2]."
    )


def test_an_outlet_is_cited_under_one_name_wherever_it_appears(tmp_path: Path):
    with Store(tmp_path / "outlets.db") as opened:
        opened.add(report("apnews-1", "AP News", "2023-01-14", "A Russian missile hit a depot in Dnipro on Saturday.",
                          "hit", "2023-01-14", DNIPRO, title="Depot hit"))  # fmt: skip
        opened.add(report("ap-2", "Associated Press", "2023-01-15",
                          "Russian drones hit a school in Kharkiv on Sunday.", "hit", "2023-01-15", KHARKIV,
                          title="School hit"))
        text = (tmp_path / "sitrep.md").read_text() if write_report(opened, tmp_path / "sitrep.md", "md") else ""
    assert "AP News" not in text
    assert "\\[1\\] Associated Press, " in text and "\\[2\\] Associated Press, " in text
    assert "(Associated Press \\[1\\])" in text


def test_a_figure_told_in_another_sentence_is_credited_where_the_mention_found_it():
    # the event is told in one sentence, its toll in the next: the toll's own sentence says who gave it
    text = ("The president said the ambush on the convoy had been planned abroad. Three guards died, the interior "
            "minister said.")
    evidence = {"text": text[:text.index(" Three")], "start": 0, "fatalities": {"min": 3, "max": 3, "text": "Three"}}
    minister = _said(text, "the interior minister", "Three guards died")
    president = _said(text, "The president", "the ambush on the convoy had been planned abroad")
    figure = {"what": "killed", "min": 3, "max": 3, "text": "Three", "start": text.index("Three"),
              "end": text.index("Three") + 5}  # fmt: skip
    assert figure_source(evidence, [president, minister], [figure]) == ["interior minister"]
    assert figure_source(evidence, [president, minister]) == []
