"""The SQLite store: idempotent ingest, updates, cross-document merging, queries, WAL concurrency."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_ARTICLE, needs_shared

from sitreps.models import (
    Actor,
    Attribution,
    DateValue,
    Document,
    EventMention,
    Extraction,
    Place,
    Quantity,
    Span,
)
from sitreps.store import SCHEMA_VERSION, Store, StoreError

RUSSIA = Actor("Russian", "Military Forces of Russia (2000-)", "RUS", "state_forces")
KYIV = {
    "name": "Kyiv",
    "lat": 50.4501,
    "lon": 30.5234,
    "country_code": "UA",
    "admin1": "Kyiv City",
    "geo_precision": 1,
    "place": "Kyiv",
}
LVIV = {
    "name": "Lviv",
    "lat": 49.8397,
    "lon": 24.0297,
    "country_code": "UA",
    "admin1": "Lviv",
    "geo_precision": 1,
    "place": "Lviv",
}
KHERSON = {
    "name": "Kherson",
    "lat": 46.6354,
    "lon": 32.6169,
    "country_code": "UA",
    "admin1": "Kherson",
    "geo_precision": 1,
    "place": "Kherson",
}
UKRAINE = {
    "name": "Ukraine",
    "lat": 49.0,
    "lon": 32.0,
    "country_code": "UA",
    "admin1": None,
    "geo_precision": 3,
    "place": "Ukraine",
}
DHAKA = {
    "name": "Dhaka",
    "lat": 23.7104,
    "lon": 90.4074,
    "country_code": "BD",
    "admin1": "Dhaka Division",
    "geo_precision": 1,
    "place": "Dhaka",
}


def span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(needle, start, start + len(needle))


def sentence_of(text: str, needle: str) -> Span:
    """The sentence (ended by '. ' or the text's end) holding `needle`."""
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return Span(text[start:end], start, end)


def event(
    text: str,
    mention_id: str,
    trigger: str,
    *,
    date: tuple[str, str, str, str] | None = None,
    location: dict[str, Any] | None = KYIV,
    killed: tuple[str, int | None, int | None] | None = None,
    sub_event_type: str = "Shelling/artillery/missile attack",
    event_type: str = "Explosions/Remote violence",
    modality: str = "asserted",
    sources: list[str] | None = None,
    actor1: Actor | None = RUSSIA,
) -> EventMention:
    """An event mention whose spans are found in `text`; `date` is (text, start, end, precision)."""
    date_value = None
    if date:
        date_span = span(text, date[0])
        date_value = DateValue(
            date_span.text, date_span.start, date_span.end, date[1], date[2], date[3], "published"
        )
    quantities, fatalities = [], None
    if killed:
        toll = span(text, killed[0])
        quantities = [Quantity("killed", killed[1], killed[2], None, toll.text, toll.start, toll.end)]
        fatalities = {"min": killed[1], "max": killed[2], "text": toll.text}
    return EventMention(
        id=mention_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        confidence=0.7,
        trigger=span(text, trigger),
        evidence=sentence_of(text, trigger),
        modality=modality,
        actor1=actor1,
        date=date_value,
        location=location,
        fatalities=fatalities,
        quantities=quantities,
        sources=sources or [],
    )


def extraction(doc_id: str, text: str, outlet: str, published: str, *events: EventMention) -> Extraction:
    document = Document(
        id=doc_id,
        text=text,
        title=f"{outlet} report",
        outlet=outlet,
        published=published,
        language="en",
        input_name=f"{doc_id}.txt",
    )
    places = []
    for name, location in (("Kyiv", KYIV), ("Lviv", LVIV)):
        if name in text:
            at = span(text, name)
            places.append(
                Place(
                    at.text,
                    at.start,
                    at.end,
                    name,
                    "city",
                    None,
                    "UA",
                    location["admin1"],
                    location["lat"],
                    location["lon"],
                    0.9,
                )
            )
    return Extraction(document=document, places=places, events=list(events))


AP_TEXT = (
    "Russian missiles slammed into central Kyiv on Monday morning, killing at least eight people, "
    "Ukrainian police said. In the western city of Lviv, strikes on power stations cut electricity "
    "to much of the city on Monday."
)
REUTERS_TEXT = (
    "The death toll from Monday's missile barrage on Kyiv rose to 19, the State Emergency Service said on "
    "Tuesday. Repair crews worked through the night to restore power."
)


def ap_report(
    text: str = AP_TEXT, toll: tuple[str, int | None, int | None] = ("at least eight people", 8, None)
):
    return extraction(
        "ap-kyiv",
        text,
        "Associated Press",
        "2022-10-10",
        event(
            text,
            "e1",
            "slammed",
            date=("on Monday morning", "2022-10-10", "2022-10-10", "day"),
            killed=toll,
            sources=["Ukrainian police"],
        ),
        event(text, "e2", "strikes", date=("on Monday.", "2022-10-10", "2022-10-10", "day"), location=LVIV),
    )


def reuters_report() -> Extraction:
    return extraction(
        "reuters-kyiv",
        REUTERS_TEXT,
        "Reuters",
        "2022-10-11",
        event(
            REUTERS_TEXT,
            "e1",
            "barrage",
            date=("Monday's", "2022-10-10", "2022-10-10", "day"),
            killed=("19", 19, 19),
            sources=["State Emergency Service"],
        ),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "events.db") as opened:
        yield opened


def test_adding_and_re_adding_a_document(store: Store):
    assert store.add(ap_report()) == "added"
    changes = store.connection.total_changes
    assert store.add(ap_report()) == "unchanged"
    assert store.connection.total_changes == changes
    assert store.stats()["documents"] == 1 and store.stats()["mentions"] == 2


def test_two_outlets_reporting_one_strike_become_one_event(store: Store):
    store.add(ap_report())
    store.add(reuters_report())
    events = store.events()
    assert len(events) == 2
    kyiv = next(e for e in events if e["location"]["name"] == "Kyiv")
    lviv = next(e for e in events if e["location"]["name"] == "Lviv")
    assert kyiv["documents"] == ["ap-kyiv", "reuters-kyiv"] and kyiv["mentions"] == 2
    assert kyiv["fatalities"] == {"min": 8, "max": 19, "best": 19}
    assert kyiv["sources"] == ["Associated Press", "Ukrainian police", "Reuters", "State Emergency Service"]
    assert (kyiv["first_reported"], kyiv["last_reported"]) == ("2022-10-10", "2022-10-11")
    assert kyiv["date"] == {
        "start": "2022-10-10",
        "end": "2022-10-10",
        "precision": "day",
        "text": "on Monday morning",
    }
    [conflict] = kyiv["conflicts"]
    assert conflict["field"] == "fatalities"
    assert [(v["value"], v["document"], v["published"]) for v in conflict["values"]] == [
        (8, "ap-kyiv", "2022-10-10"),
        (19, "reuters-kyiv", "2022-10-11"),
    ]
    assert lviv["documents"] == ["ap-kyiv"] and lviv["fatalities"]["best"] is None


def test_tomorrows_report_updates_todays_event_in_place(store: Store):
    store.add(ap_report())
    before = {e["location"]["name"]: e for e in store.events()}
    store.add(reuters_report())
    after = {e["location"]["name"]: e for e in store.events()}
    assert after["Kyiv"]["id"] == before["Kyiv"]["id"]
    assert before["Kyiv"]["fatalities"]["best"] == 8 and after["Kyiv"]["fatalities"]["best"] == 19
    assert after["Lviv"] == before["Lviv"]


def test_event_ids_do_not_depend_on_the_database(tmp_path: Path):
    ids = []
    for name in ("one.db", "two.db"):
        with Store(tmp_path / name) as store:
            store.add(ap_report())
            store.add(reuters_report())
            ids.append([e["id"] for e in store.events()])
    assert ids[0] == ids[1]


def test_an_undated_follow_up_joins_the_event_it_can_only_be(store: Store):
    store.add(ap_report())
    text = "Rescuers in Kyiv were still searching the rubble of a missile strike, officials said."
    store.add(
        extraction("kyiv-independent", text, "Kyiv Independent", "2022-10-11", event(text, "e1", "strike"))
    )
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    assert kyiv["documents"] == ["ap-kyiv", "kyiv-independent"]
    assert kyiv["date"]["start"] == "2022-10-10"
    week_later = "Rescuers in Kyiv found more victims of a missile strike."
    store.add(
        extraction("late", week_later, "Kyiv Independent", "2022-10-18", event(week_later, "e1", "strike"))
    )
    assert len(store.events()) == 3


def test_a_report_dated_only_by_its_own_day_joins_the_event_of_the_days_before(store: Store):
    store.add(ap_report())
    text = "Soldiers were posted outside Kyiv stations after the missile strike, the mayor said."
    follow_up = event(text, "e1", "strike")
    follow_up.date = DateValue("", 0, 0, "2022-10-12", "2022-10-12", "day", "published")  # no sentence dates it
    store.add(extraction("bbc-kyiv", text, "BBC", "2022-10-12", follow_up))
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    assert kyiv["documents"] == ["ap-kyiv", "bbc-kyiv"]


def test_changed_document_replaces_its_rows_and_re_merges(store: Store):
    store.add(ap_report())
    store.add(reuters_report())
    corrected = AP_TEXT.replace("at least eight people", "at least 12 people")
    assert store.add(ap_report(corrected, ("at least 12 people", 12, None))) == "updated"
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    assert kyiv["fatalities"] == {"min": 12, "max": 19, "best": 19}
    assert kyiv["mentions"] == 2
    assert store.stats()["mentions"] == 3
    assert "at least 12 people" in store.document("ap-kyiv")["document"]["text"]
    # the Lviv strike disappears from the corrected report: its event goes with it
    text_without_lviv = corrected.split(" In the western")[0]
    only_kyiv = extraction(
        "ap-kyiv",
        text_without_lviv,
        "Associated Press",
        "2022-10-10",
        ap_report(corrected, ("at least 12 people", 12, None)).events[0],
    )
    only_kyiv.events[0].evidence = sentence_of(text_without_lviv, "slammed")
    assert store.add(only_kyiv) == "updated"
    assert [e["location"]["name"] for e in store.events()] == ["Kyiv"]
    assert store.stats()["canonical_events"] == 1


def test_a_failing_document_leaves_nothing_behind(store: Store):
    store.add(reuters_report())
    broken = ap_report()
    broken.events[1].id = broken.events[0].id  # duplicate mention ids violate the schema
    with pytest.raises(sqlite3.IntegrityError):
        store.add(broken)
    assert store.document("ap-kyiv") is None
    assert store.stats()["mentions"] == 1
    assert [e["documents"] for e in store.events()] == [["reuters-kyiv"]]


def test_skipped_documents_are_kept_with_their_reason(store: Store):
    german = Extraction(
        document=Document(
            id="dpa-1",
            text="Raketen trafen Kiew am Montag.",
            outlet="dpa",
            published="2022-10-10",
            language="de",
        ),
        skipped="language: de",
    )
    assert store.add(german) == "added"
    stored = store.document("dpa-1")
    assert stored["skipped"] == "language: de" and stored["events"] == []
    assert store.stats()["skipped_documents"] == 1 and store.events() == []


def test_past_references_are_stored_but_not_merged(store: Store):
    text = (
        "Tuesday's barrage on Kyiv was the heaviest since the October 10 strikes, which killed 19 people, "
        "officials said."
    )
    report = extraction(
        "guardian-1",
        text,
        "The Guardian",
        "2022-11-15",
        event(text, "e1", "barrage", date=("Tuesday's", "2022-11-15", "2022-11-15", "day")),
        event(
            text,
            "e2",
            "strikes",
            date=("October 10", "2022-10-10", "2022-10-10", "day"),
            modality="historical",
            killed=("19 people", 19, 19),
        ),
    )
    store.add(report)
    store.add(reuters_report())
    mentions = store.mentions_for_document("guardian-1")
    assert [m["modality"] for m in mentions] == ["asserted", "historical"]
    assert mentions[1]["canonical_event"] is None
    assert mentions[0]["canonical_event"] is not None
    october = store.events(since="2022-10-10", until="2022-10-10")
    assert [e["documents"] for e in october] == [["reuters-kyiv"]]


def test_event_filters(store: Store):
    store.add(ap_report())
    store.add(reuters_report())
    text = "Police fired tear gas at garment workers protesting over unpaid wages in Dhaka on Sunday."
    store.add(
        extraction(
            "dhaka-1",
            text,
            "Dhaka Tribune",
            "2022-10-09",
            event(
                text,
                "e1",
                "protesting",
                event_type="Protests",
                sub_event_type="Protest with intervention",
                date=("on Sunday", "2022-10-09", "2022-10-09", "day"),
                location=DHAKA,
                actor1=None,
            ),
        )
    )
    assert [e["location"]["name"] for e in store.events()][0] == "Dhaka"
    assert len(store.events(since="2022-10-10")) == 2
    assert len(store.events(until="2022-10-09")) == 1
    assert len(store.events(event_type="protests")) == 1
    assert len(store.events(event_type="Shelling/artillery/missile attack")) == 2
    for country in ("UA", "ukr", "Ukraine"):
        assert len(store.events(country=country)) == 2
    assert len(store.events(country="BGD")) == 1
    assert store.events(country="FR") == []


def test_explaining_an_event(store: Store):
    store.add(ap_report())
    store.add(reuters_report())
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    explained = store.event(kyiv["id"])
    first, second = explained["merged"]
    assert first["document"] == "ap-kyiv" and first["merge_reasons"] == ["new event: no compatible event"]
    assert second["document"] == "reuters-kyiv" and second["merge_score"] >= 0.65
    assert any("same day 2022-10-10" in reason for reason in second["merge_reasons"])
    assert store.event("ev-missing") is None


def test_stored_spans_index_the_stored_text(store: Store):
    store.add(ap_report())
    stored = store.document("ap-kyiv")
    text = stored["document"]["text"]
    for mention in stored["events"]:
        for key in ("trigger", "evidence"):
            part = mention[key]
            assert text[part["start"] : part["end"]] == part["text"]
    for place in stored["places"]:
        assert text[place["start"] : place["end"]] == place["text"]
    assert stored["events"][0]["quantities"][0]["text"] == "at least eight people"


def test_attributions_round_trip(store: Store):
    report = reuters_report()
    text = report.document.text
    report.attributions = [
        Attribution(
            source=span(text, "the State Emergency Service"),
            source_kind="government",
            cue=span(text, "said"),
            content=span(text, "The death toll"),
            source_name="State Emergency Service",
        )
    ]
    store.add(report)
    assert store.document("reuters-kyiv")["attributions"] == [report.attributions[0].to_dict()]


def test_a_database_from_a_newer_sitreps_is_refused(tmp_path: Path):
    path = tmp_path / "future.db"
    with Store(path):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')", (SCHEMA_VERSION + 1,)
        )
    with pytest.raises(StoreError, match="newer than this sitreps"):
        Store(path)


def test_reopening_keeps_the_data(tmp_path: Path):
    path = tmp_path / "events.db"
    with Store(path) as store:
        store.add(ap_report())
    with Store(path) as store:
        assert store.stats()["schema_version"] == SCHEMA_VERSION
        assert store.add(ap_report()) == "unchanged"
        assert store.stats()["canonical_events"] == 2


def test_readers_query_while_a_writer_ingests(tmp_path: Path):
    path = tmp_path / "busy.db"
    Store(path).close()
    cities = [KYIV, LVIV, KHERSON]
    errors: list[BaseException] = []
    counts: list[int] = []
    done = threading.Event()

    def write() -> None:
        try:
            with Store(path) as store:
                for n in range(60):
                    text = f"Shelling hit a market in the city on day {n}, killing {n + 1} civilians."
                    day = f"2022-09-{1 + n // 3:02d}"
                    store.add(
                        extraction(
                            f"doc-{n}",
                            text,
                            f"Outlet {n % 4}",
                            day,
                            event(
                                text,
                                "e1",
                                "Shelling",
                                date=(f"day {n}", day, day, "day"),
                                location=cities[n % 3],
                                killed=(f"{n + 1} civilians", n + 1, n + 1),
                            ),
                        )
                    )
                    if n % 10 == 9:  # let the reader in mid-ingest
                        reads, deadline = len(counts), time.monotonic() + 5
                        while len(counts) == reads and time.monotonic() < deadline:
                            time.sleep(0.001)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            done.set()

    def read() -> None:
        try:
            with Store(path) as store:
                while not done.is_set():
                    counts.append(len(store.events()))
                    store.stats()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read), threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert counts == sorted(counts)
    assert any(0 < count < 60 for count in counts)
    with Store(path) as store:
        assert store.stats()["documents"] == 60
        assert len(store.events()) == 60  # different days or different cities: nothing merges


def test_a_reader_sees_committed_data_during_a_write_transaction(tmp_path: Path):
    path = tmp_path / "wal.db"
    with Store(path) as writer, Store(path) as reader:
        assert writer.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.add(ap_report())
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.connection.execute("DELETE FROM canonical_events")
        assert len(reader.events()) == 2  # neither blocked nor seeing the uncommitted delete
        writer.connection.execute("ROLLBACK")


@needs_shared(SEED_ARTICLE)
def test_seed_article_events_stay_apart_and_a_second_report_finds_its_event(store: Store):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    tuesday = ("on Tuesday", "2022-11-15", "2022-11-15", "day")
    seed = extraction(
        "seed",
        text,
        "Deseret News",
        "2022-11-15",
        event(
            text,
            "nationwide",
            "missile strikes",
            date=tuesday,
            location=UKRAINE,
            killed=("one person", 1, 1),
            sources=["Ukrainian air force spokesperson", "The Guardian"],
        ),
        event(text, "kyiv", "hit", date=tuesday, location=KYIV, sources=["Vitali Klitschko", "Axios"]),
        event(
            text,
            "retreat",
            "retreated",
            date=("last week", "2022-11-07", "2022-11-13", "week"),
            location=KHERSON,
            event_type="Strategic developments",
            sub_event_type="Non-violent transfer of territory",
            sources=["media accounts"],
        ),
        event(
            text,
            "october",
            "campaign",
            date=("Oct. 10", "2022-10-10", "2022-10-10", "day"),
            location=UKRAINE,
            modality="historical",
        ),
    )
    store.add(seed)
    events = store.events()
    assert events[0]["location"]["name"] == "Kherson" and events[0]["date"]["precision"] == "week"
    assert {(e["date"]["start"], e["location"]["name"]) for e in events[1:]} == {
        ("2022-11-15", "Ukraine"),
        ("2022-11-15", "Kyiv"),
    }
    assert events[1]["id"] < events[2]["id"]
    follow_up_text = "Residential buildings in Kyiv were hit by Russian missiles on Tuesday, the mayor said."
    store.add(
        extraction(
            "follow-up",
            follow_up_text,
            "Kyiv Independent",
            "2022-11-16",
            event(follow_up_text, "e1", "hit", date=("on Tuesday", "2022-11-15", "2022-11-15", "day")),
        )
    )
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    assert kyiv["documents"] == ["seed", "follow-up"]
    assert len(store.events()) == 3


def test_a_version_1_database_is_upgraded_in_place(tmp_path: Path):
    from sitreps.store import MIGRATIONS

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)")
        for statement in MIGRATIONS[1]:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version (version, applied_at) VALUES (1, 'then')")
    with Store(path) as store:
        assert store.stats()["schema_version"] == SCHEMA_VERSION
        store.add(ap_report())
        context = store.mentions_for_document("ap-kyiv")[0]["context"]
        assert context["dates"] == [] and context["back_references"] == []
        assert context["places"] == [
            {"name": "Kyiv", "lat": 50.4501, "lon": 30.5234, "country_code": "UA", "admin1": "Kyiv City",
             "geo_precision": 1, "text": "Kyiv", "start": 38, "dateline": False, "district": False,
             "told_apart": False, "another_attacker": False}]  # fmt: skip


FOLLOW_UP = (
    "KYIV, Oct 12 (Reuters) - The death toll from Monday's missile barrage on Kyiv rose to 23 on Wednesday, "
    "emergency services said."
)


def test_a_toll_update_dated_by_its_statement_joins_the_earlier_strike(store: Store):
    store.add(ap_report())
    report = extraction(
        "reuters-update",
        FOLLOW_UP,
        "Reuters",
        "2022-10-12",
        event(
            FOLLOW_UP,
            "e1",
            "barrage",
            date=("on Wednesday", "2022-10-12", "2022-10-12", "day"),
            killed=("23", 23, 23),
        ),
    )
    monday = span(FOLLOW_UP, "Monday's")
    report.dates = [DateValue(monday.text, monday.start, monday.end, "2022-10-10", "2022-10-10", "day", "published")]
    store.add(report)
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    assert kyiv["documents"] == ["ap-kyiv", "reuters-update"]
    assert kyiv["date"]["start"] == "2022-10-10" and kyiv["fatalities"]["best"] == 23
    assert not [c for c in kyiv["conflicts"] if c["field"] == "date"]
    reasons = store.event(kyiv["id"])["merged"][1]["merge_reasons"]
    assert any("'on Wednesday' dates the report, not the event" in reason for reason in reasons)


def test_a_republished_wire_story_is_one_source_chain(store: Store):
    store.add(ap_report())
    copy = ap_report(AP_TEXT + " Copyright 2022 The Associated Press. All rights reserved.")
    copy.document.id, copy.document.outlet = "abc-copy", "ABC News"
    store.add(copy)
    store.add(reuters_report())
    kyiv = next(e for e in store.events() if e["location"]["name"] == "Kyiv")
    # Reports of one day are taken in document-id order, whatever order they arrived in.
    assert kyiv["outlets"] == ["ABC News", "Associated Press", "Reuters"]
    assert kyiv["independent_sources"] == 2
    assert kyiv["republished"] == [{"documents": ["abc-copy", "ap-kyiv"], "outlets": ["ABC News", "Associated Press"]}]


def test_a_mine_at_a_landmark_and_the_shelling_of_the_town_beside_it_stay_two_events(store: Store):
    ferry = {**KHERSON, "name": "Ferry pier", "lat": 46.6, "lon": 32.7,
             "place": {"name": "Ferry pier", "kind": "facility"}}
    mine_text = "A mine blew up under a van at the ferry pier on Tuesday, killing two, local officials said."
    shelling_text = "Russian guns shelled Kherson on Tuesday, the regional governor said."
    tuesday = ("on Tuesday", "2022-11-15", "2022-11-15", "day")
    mine = event(mine_text, "e1", "blew up", date=tuesday, location=ferry,
                 sub_event_type="Remote explosive/landmine/IED", actor1=None)  # fmt: skip
    store.add(extraction("local-pier", mine_text, "Local news", "2022-11-15", mine))
    shelling = event(shelling_text, "e1", "shelled", date=tuesday, location=KHERSON)
    store.add(extraction("wire-kherson", shelling_text, "Wire", "2022-11-15", shelling))
    events = store.events()
    assert sorted(e["documents"] for e in events) == [["local-pier"], ["wire-kherson"]]
