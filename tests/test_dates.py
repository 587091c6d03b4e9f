"""Tests for sitreps.dates: resolution rules, extraction on wire-style sentences, the document anchor."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEED_ARTICLE, assert_span_offsets, needs_shared, parse

from sitreps.dates import document_anchor, extract_dates, resolve_relative_date
from sitreps.evaluation.dates import evaluate, format_report
from sitreps.models import Document
from sitreps.nlp import parse_documents

D = dt.date.fromisoformat
TUESDAY = D("2022-11-15")  # the seed article's day
MONDAY = D("2024-01-29")


def resolved(expression: str, anchor: dt.date, tense: str | None = None) -> tuple[str, str, str] | None:
    result = resolve_relative_date(expression, anchor, tense)
    return None if result is None else (result[0].isoformat(), result[1].isoformat(), result[2])


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("on Tuesday", "past", ("2022-11-15", "2022-11-15", "day")),  # the anchor's own weekday is that day
        ("Tuesday", None, ("2022-11-15", "2022-11-15", "day")),
        ("on Monday", None, ("2022-11-14", "2022-11-14", "day")),
        ("Wednesday", "past", ("2022-11-09", "2022-11-09", "day")),
        ("on Thursday", "future", ("2022-11-17", "2022-11-17", "day")),
        ("last Tuesday", None, ("2022-11-08", "2022-11-08", "day")),
        ("next Tuesday", None, ("2022-11-22", "2022-11-22", "day")),
        ("late on Monday", "past", ("2022-11-14", "2022-11-14", "day")),
        ("early Tuesday", None, ("2022-11-15", "2022-11-15", "day")),
        ("the early hours of Tuesday", None, ("2022-11-15", "2022-11-15", "day")),
        ("Monday evening", None, ("2022-11-14", "2022-11-14", "day")),
        ("overnight into Tuesday", None, ("2022-11-15", "2022-11-15", "day")),
        ("Sunday night into Monday", None, ("2022-11-14", "2022-11-14", "day")),
        ("Sunday evening and Monday morning", None, ("2022-11-14", "2022-11-14", "day")),  # one night
        ("late Sunday and early Monday", None, ("2022-11-14", "2022-11-14", "day")),
        ("today", None, ("2022-11-15", "2022-11-15", "day")),
        ("yesterday", None, ("2022-11-14", "2022-11-14", "day")),
        ("overnight", None, ("2022-11-15", "2022-11-15", "day")),  # a night is dated by its morning
        ("last night", None, ("2022-11-15", "2022-11-15", "day")),
        ("this morning", None, ("2022-11-15", "2022-11-15", "day")),
        ("tomorrow", None, ("2022-11-16", "2022-11-16", "day")),
        ("two days ago", None, ("2022-11-13", "2022-11-13", "day")),
        ("last week", None, ("2022-11-07", "2022-11-13", "week")),
        ("this week", None, ("2022-11-14", "2022-11-20", "week")),
        ("this week", "past", ("2022-11-14", "2022-11-15", "week")),
        ("earlier this week", None, ("2022-11-14", "2022-11-15", "week")),
        ("next week", None, ("2022-11-21", "2022-11-27", "week")),
        ("the past week", None, ("2022-11-09", "2022-11-15", "week")),
        ("over the weekend", None, ("2022-11-12", "2022-11-13", "week")),
        ("last month", None, ("2022-10-01", "2022-10-31", "month")),
        ("earlier this month", None, ("2022-11-01", "2022-11-15", "month")),
        ("earlier this year", None, ("2022-01-01", "2022-11-15", "year")),
        ("last year", None, ("2021-01-01", "2021-12-31", "year")),
        ("in February", None, ("2022-02-01", "2022-02-28", "month")),
        ("in December", "past", ("2021-12-01", "2021-12-31", "month")),
        ("in December", "future", ("2022-12-01", "2022-12-31", "month")),
        ("in 2014", None, ("2014-01-01", "2014-12-31", "year")),
        ("November 2012", None, ("2012-11-01", "2012-11-30", "month")),
        # "early", "mid" and "late" name a third of the month
        ("in early November", "past", ("2022-11-01", "2022-11-10", "month")),
        ("mid-October", "past", ("2022-10-11", "2022-10-20", "month")),
        ("late February", "past", ("2022-02-21", "2022-02-28", "month")),
        ("late March 2019", None, ("2019-03-21", "2019-03-31", "month")),
        # a month followed by "last year", "this year" or "next year" is that year's month
        ("in January last year", "past", ("2021-01-01", "2021-01-31", "month")),
        ("in October last year", None, ("2021-10-01", "2021-10-31", "month")),
        ("in December this year", "past", ("2022-12-01", "2022-12-31", "month")),
        ("in March next year", None, ("2023-03-01", "2023-03-31", "month")),
        ("on 4 March last year", None, ("2021-03-04", "2021-03-04", "day")),
        ("on Feb. 9 next year", None, ("2023-02-09", "2023-02-09", "day")),
    ],
)
def test_relative_expressions_against_the_seed_day(expression, tense, expected):
    assert resolved(expression, TUESDAY, tense) == expected


def test_last_week_written_on_a_sunday_also_covers_the_days_just_past():
    # a Sunday paper's "last week's raid" may be Thursday's: for a week that begins on Sunday it is already past
    assert resolved("last week", D("2022-11-20")) == ("2022-11-07", "2022-11-19", "week")
    assert resolved("last week", D("2022-11-21")) == ("2022-11-14", "2022-11-20", "week")


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("Oct. 10", TUESDAY, ("2022-10-10", "2022-10-10", "day")),
        ("October 10", TUESDAY, ("2022-10-10", "2022-10-10", "day")),
        ("10 October", TUESDAY, ("2022-10-10", "2022-10-10", "day")),
        ("27 June", TUESDAY, ("2022-06-27", "2022-06-27", "day")),
        ("on Nov. 3", TUESDAY, ("2022-11-03", "2022-11-03", "day")),
        ("Dec. 20", TUESDAY, ("2022-12-20", "2022-12-20", "day")),  # five weeks ahead: still this year
        ("Nov. 28", D("2025-02-17"), ("2024-11-28", "2024-11-28", "day")),  # nine months ahead: last year's
        ("Tuesday, Nov. 15, 2022", MONDAY, ("2022-11-15", "2022-11-15", "day")),
        ("Nov. 15, 2022", MONDAY, ("2022-11-15", "2022-11-15", "day")),
        ("2022-11-15", MONDAY, ("2022-11-15", "2022-11-15", "day")),
        ("15/11/2022", MONDAY, ("2022-11-15", "2022-11-15", "day")),
        ("11/15/2022", MONDAY, ("2022-11-15", "2022-11-15", "day")),
        (
            "10/04/2024",
            D("2024-04-22"),
            ("2024-04-10", "2024-04-10", "day"),
        ),  # 4 October would be in the future
        ("between Oct. 10 and Oct. 12", TUESDAY, ("2022-10-10", "2022-10-12", "week")),
        ("Oct. 10-12", TUESDAY, ("2022-10-10", "2022-10-12", "week")),
        ("from Monday to Wednesday", D("2024-09-13"), ("2024-09-09", "2024-09-11", "week")),
        ("from Friday to Monday", D("2024-09-10"), ("2024-09-06", "2024-09-09", "week")),
        ("from Dec. 28 to Jan. 3", D("2024-01-05"), ("2023-12-28", "2024-01-03", "week")),
        ("between March 2022 and June 2023", MONDAY, ("2022-03-01", "2023-06-30", "year")),
        ("the night of July 18", D("2024-07-22"), ("2024-07-18", "2024-07-18", "day")),
        ("the night of August 1 to 2", D("2023-08-02"), ("2023-08-02", "2023-08-02", "day")),
        ("the night of 14-15 November", D("2022-11-16"), ("2022-11-15", "2022-11-15", "day")),
        ("29 February", D("2024-03-10"), ("2024-02-29", "2024-02-29", "day")),
        ("on New Year's Day", D("2023-01-02"), ("2023-01-01", "2023-01-01", "day")),
        ("on New Year's Eve", D("2023-01-02"), ("2022-12-31", "2022-12-31", "day")),
        ("on New Year's night", D("2023-01-03"), ("2023-01-01", "2023-01-01", "day")),
        ("on Christmas night", D("2022-12-27"), ("2022-12-25", "2022-12-25", "day")),
        ("on Christmas Day 2022", MONDAY, ("2022-12-25", "2022-12-25", "day")),
    ],
)
def test_explicit_dates_and_ranges(expression, anchor, expected):
    assert resolved(expression, anchor) == expected


def test_yearless_date_with_weekday_picks_the_matching_year():
    # 15 November was a Tuesday in 2022, not in 2023
    assert resolved("Tuesday, Nov. 15", D("2023-01-10")) == ("2022-11-15", "2022-11-15", "day")


@pytest.mark.parametrize(
    "expression",
    [
        "for three weeks",
        "40-year-old",
        "the 24-hour period",
        "three days",
        "a 72-hour truce",
        "Chapter 11",
        "on Tuesday and then some",
        "31 February",
    ],
)
def test_durations_ages_and_junk_are_not_dates(expression):
    assert resolve_relative_date(expression, TUESDAY) is None


def test_extraction_offsets_anchor_and_tense():
    text = (
        "Russian drones struck an oil depot in the Kursk region overnight into Sunday, the governor said on "
        "Monday. The security council will meet on Thursday to discuss the attack, which followed strikes "
        "between Jan. 20 and Jan. 22 and a raid on 2023-12-30."
    )
    document, doc = parse(text, "2024-01-29")
    values = extract_dates(doc, document)
    for value in values:
        assert_span_offsets(text, value.text, value.start, value.end)
    by_text = {v.text: v for v in values}
    assert set(by_text) == {
        "overnight into Sunday",
        "Monday",
        "Thursday",
        "between Jan. 20 and Jan. 22",
        "2023-12-30",
    }
    assert (by_text["overnight into Sunday"].date_start, by_text["overnight into Sunday"].precision) == (
        "2024-01-28",
        "day",
    )
    assert by_text["Thursday"].date_start == "2024-02-01"
    assert by_text["Thursday"].tense == "future"
    assert by_text["Monday"].anchor == "published"
    assert (
        by_text["between Jan. 20 and Jan. 22"].date_start,
        by_text["between Jan. 20 and Jan. 22"].date_end,
    ) == ("2024-01-20", "2024-01-22")
    assert by_text["2023-12-30"].anchor is None


def test_a_timestamp_line_under_the_headline_is_no_date_of_the_story():
    text = ("Grenade dropped on bus stop in Nikopol\n\nThursday, 11 July 2024, 16:05\n\n"
            "A drone dropped a grenade on a bus stop in Nikopol on Wednesday evening, the governor said.")
    document, doc = parse(text, "2024-07-11")
    assert [v.text for v in extract_dates(doc, document)] == ["Wednesday evening"]


def test_overnight_told_by_a_speaker_on_an_earlier_day_is_the_night_before_it():
    text = ("The mayor of Sumy said on Friday that Russian drones had hit a school overnight. Two more drones "
            "were shot down over the city last night, the air force said.")
    document, doc = parse(text, "2023-06-17")  # a Saturday
    by_text = {v.text: v.date_start for v in extract_dates(doc, document)}
    assert by_text == {"Friday": "2023-06-16", "overnight": "2023-06-16", "last night": "2023-06-17"}
    document, doc = parse("Officials made the announcement on May 3, after a crackdown on protesters overnight.",
                          "2024-05-04")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["overnight"] == "2024-05-03"


def test_a_day_that_is_itself_declared_is_not_the_day_overnight_is_read_from():
    text = ("Saturday has been declared a day of mourning in Uman after a Russian missile strike on the city "
            "killed four people overnight, the regional governor said.")
    document, doc = parse(text, "2024-10-17")  # a Thursday
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["overnight"] == "2024-10-17"


def test_future_cues_beyond_will():
    text = (
        "Unions called a new day of national strikes for Tuesday, and a rally is expected on Saturday. "
        "Police clashed with protesters in Paris on Thursday."
    )
    document, doc = parse(text, "2023-03-24")  # a Friday
    days = {v.text: v.date_start for v in extract_dates(doc, document)}
    assert days == {"Tuesday": "2023-03-28", "Saturday": "2023-03-25", "Thursday": "2023-03-23"}


def test_look_alikes_are_not_dates():
    text = (
        "An overnight curfew was imposed in Dhaka, USA Today reported. Theresa May said the 40-year-old "
        "commander had held the town for three weeks, and officials counted 2,000 cases."
    )
    document, doc = parse(text, "2023-05-10")
    assert extract_dates(doc, document) == []


def test_bare_month_and_year_need_a_date_context():
    text = "Protesters may march in Nairobi again. Fighting has raged since 2015 and flared in March."
    document, doc = parse(text, "2024-07-04")
    assert [(v.text, v.date_start) for v in extract_dates(doc, document)] == [
        ("2015", "2015-01-01"),
        ("March", "2024-03-01"),
    ]


def test_without_any_anchor_only_absolute_dates_come_out():
    text = "Gunmen attacked a village on Tuesday. The army had retaken the town on 3 March 2021."
    document, doc = parse(text)
    assert document_anchor(doc, document) == (D("2021-03-03"), "document")
    text = "Gunmen attacked a village on Tuesday, months after the offensive of 2021."
    document, doc = parse(text)
    assert document_anchor(doc, document) is None
    assert [(v.text, v.anchor) for v in extract_dates(doc, document)] == [("2021", None)]


def test_boilerplate_dates_are_skipped():
    text = "Shelling hit Kharkiv on Monday.\nSubscribe by Friday for a discount."
    document = Document(id="b", text=text, published="2024-03-13", boilerplate=[(32, len(text))])
    document, doc = next(parse_documents([document]))
    assert [v.text for v in extract_dates(doc, document)] == ["Monday"]


def test_document_anchor_prefers_published():
    document, doc = parse(
        "Residents queue for water in Kherson, Ukraine, Tuesday, Nov. 15, 2022.", "2022-11-16"
    )
    assert document_anchor(doc, document) == (D("2022-11-16"), "published")


def test_document_anchor_from_a_caption_not_a_historical_date():
    text = (
        "Russia's full-scale invasion began on Feb. 24, 2022, and the city has been shelled since Oct. 10, "
        "2022.\nResidents inspect a damaged building in Dnipro, Ukraine, Saturday, Jan. 14, 2023. The "
        "missile hit the block on Saturday afternoon."
    )
    document, doc = parse(text)
    assert document_anchor(doc, document) == (D("2023-01-14"), "document")
    saturday = [v for v in extract_dates(doc, document) if v.text == "Saturday afternoon"][0]
    assert (saturday.date_start, saturday.anchor) == ("2023-01-14", "document")


def test_document_anchor_from_a_publication_line_and_a_dateline():
    document, doc = parse("Published 15 November 2022\nPower went out in Moldova on Tuesday.")
    assert document_anchor(doc, document) == (D("2022-11-15"), "document")
    text = (
        "BEIRUT, Sept 18 (Reuters) - Walkie-talkies exploded across Lebanon today. The group has traded "
        "fire with Israel since Oct. 8, 2023."
    )
    document, doc = parse(text)
    assert document_anchor(doc, document) == (D("2024-09-18"), "document")
    today = [v for v in extract_dates(doc, document) if v.text == "today"][0]
    assert today.date_start == "2024-09-18"


def test_a_dateline_of_two_bureaus_dates_the_report():
    document, doc = parse("OTTAWA/TORONTO, Sept 18 (Reuters) - Police arrested two men over a string of arson "
                          "attacks. A court had freed one of them on June 2, 2023.")
    assert document_anchor(doc, document) == (D("2023-09-18"), "document")


@needs_shared(SEED_ARTICLE)
@pytest.mark.parametrize("published", ["2022-11-15", None])
def test_seed_article(published):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    document, doc = parse(text, published)
    values = extract_dates(doc, document)
    for value in values:
        assert_span_offsets(text, value.text, value.start, value.end)
    found = {(v.text, v.date_start, v.date_end, v.precision) for v in values}
    assert {
        ("Tuesday", "2022-11-15", "2022-11-15", "day"),
        ("last week", "2022-11-07", "2022-11-13", "week"),
        ("Oct. 10", "2022-10-10", "2022-10-10", "day"),
        ("February", "2022-02-01", "2022-02-28", "month"),
        ("earlier this year", "2022-01-01", "2022-11-15", "year"),
        ("Tuesday, Nov. 15, 2022", "2022-11-15", "2022-11-15", "day"),
    } <= found
    expected_anchor = "published" if published else "document"
    assert {v.anchor for v in values if v.text != "Tuesday, Nov. 15, 2022"} == {expected_anchor}


def test_evaluation_runs_on_the_labelled_set():
    scores = evaluate()
    assert scores["dev"]["gold"] >= 60 and scores["heldout"]["gold"] >= 30
    assert scores["dev"]["resolution_accuracy"] >= 0.9
    assert scores["heldout"]["f1"] >= 0.9
    assert "heldout" in format_report(scores)


def test_overnight_before_an_attack_noun_dates_it_but_not_a_curfew():
    text = "Overnight missile strikes hit Odesa, and an overnight curfew was imposed in Kherson."
    document, doc = parse(text, "2023-07-23")
    values = extract_dates(doc, document)
    assert [(v.text, v.date_start) for v in values] == [("Overnight", "2023-07-23")]


def test_a_holiday_that_is_celebrated_is_no_date_but_one_that_frames_an_event_is():
    text = (
        "A grenade hit a bar in Lagos where guests were celebrating Christmas Eve. "
        "Another blast had struck a market on New Year's Day."
    )
    document, doc = parse(text, "2025-01-02")
    values = extract_dates(doc, document)
    assert [(v.text, v.date_start) for v in values] == [("New Year's Day", "2025-01-01")]


def test_the_weekday_of_a_clock_time_converted_to_gmt_is_not_the_local_day():
    text = "Gunmen stormed the hotel at about 2:30 a.m. (2330 GMT Thursday), police said on Friday."
    document, doc = parse(text, "2024-03-08")
    values = extract_dates(doc, document)
    assert [(v.text, v.date_start) for v in values] == [("Friday", "2024-03-08")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The bombing in the first hours of 2019 wounded six people.", "2019-01-01"),
        ("Rebels shelled the port in the final hours of 2018, officials said.", "2018-12-31"),
    ],
)
def test_the_first_or_last_hours_of_a_year_are_its_first_or_last_day(sentence, day):
    document, doc = parse(sentence, "2019-01-03")
    values = extract_dates(doc, document)
    assert [(v.date_start, v.date_end, v.precision) for v in values] == [(day, day, "day")]
    assert_span_offsets(sentence, values[0].text, values[0].start, values[0].end)


@pytest.mark.parametrize("after", [" had killed three people.", " that killed three people.", "'s raid."])
def test_the_previous_day_is_a_counted_day_whatever_words_follow(after):
    text = "The mayor of Sumy said on Thursday, March 7, 2024 that the shelling of the town the previous evening"
    text += after
    document, doc = parse(text, "2024-03-08")
    by_text = {v.text: v for v in extract_dates(doc, document)}
    assert by_text["the previous evening"].date_start == "2024-03-06"
    value = by_text["the previous evening"]
    assert_span_offsets(text, value.text, value.start, value.end)


def test_a_counted_day_is_read_from_the_date_named_before_it():
    text = (
        "Rights groups on Friday condemned the shooting of four marchers in Bamako two days earlier.\n\n"
        "Troops left the base on March 3, 2024 and returned the following day. Officials met a day after the "
        "talks collapsed. A day of mourning was declared on March 7 after bombs hit the town the previous afternoon."
    )
    document, doc = parse(text, "2024-03-08")
    by_text = {v.text: v for v in extract_dates(doc, document)}
    for value in by_text.values():
        assert_span_offsets(text, value.text, value.start, value.end)
    assert by_text["two days earlier"].date_start == "2024-03-06"  # Friday 8 March, less two days
    assert by_text["the following day"].date_start == "2024-03-04"
    assert by_text["the previous afternoon"].date_start == "2024-03-06"
    hours = "The president spoke on Monday, March 4, 2024. Hours earlier, a drone hit a depot near Sumy."
    document, doc = parse(hours, "2024-03-08")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["Hours earlier"] == "2024-03-04"
    assert "a day after" not in by_text  # counted from an event, not from a date
    same = "Relatives buried the teacher on Friday, March 1, 2024, hours after a shell hit her school that morning."
    document, doc = parse(same, "2024-03-08")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["that morning"] == "2024-03-01"
    toll = ("Neighbours cleared rubble in Kherson on Thursday as the toll from a shell that hit a market a day "
            "earlier rose to four.")
    document, doc = parse(toll, "2024-03-08")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["a day earlier"] == "2024-03-06"
    inquiry = "Prosecutors on Thursday opened an inquiry into the death of a medic killed the day before near Bakhmut."
    document, doc = parse(inquiry, "2024-03-08")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["the day before"] == "2024-03-06"
    crater = ("Families left their homes on Thursday after a second shell was found beside the crater of a bomb "
              "dropped the night before.")
    document, doc = parse(crater, "2024-03-08")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["the night before"] == "2024-03-06"


def test_the_night_from_one_day_to_the_next_is_the_morning_it_ends_in():
    text = "Saboteurs blew up the track on the night from Saturday to Sunday, police said on Monday."
    document, doc = parse(text, "2025-11-17")
    by_text = {v.text: v for v in extract_dates(doc, document)}
    night = by_text["the night from Saturday to Sunday"]
    assert (night.date_start, night.date_end, night.precision) == ("2025-11-16", "2025-11-16", "day")


def test_a_day_running_into_the_next_is_the_night_between_them():
    text = ("Gunmen raided a mining camp from Friday into Saturday, killing nine guards, the army said on Monday. "
            "The rains lasted from Friday to Saturday.")
    document, doc = parse(text, "2025-11-17")
    by_text = {v.text: v for v in extract_dates(doc, document)}
    night = by_text["Friday into Saturday"]
    assert (night.date_start, night.date_end, night.precision) == ("2025-11-15", "2025-11-15", "day")
    days = by_text["from Friday to Saturday"]  # two days told as a span, not a night
    assert (days.date_start, days.date_end) == ("2025-11-14", "2025-11-15")


def test_a_day_owning_what_people_gathered_for_is_past():
    text = "A drone struck a mosque in Nyala as worshippers gathered for Friday's prayers, residents said."
    document, doc = parse(text, "2024-05-12")  # a Sunday
    days = {v.text: v.date_start for v in extract_dates(doc, document)}
    assert days == {"Friday": "2024-05-10"}


def test_a_deed_told_with_set_is_past_and_a_meeting_set_to_happen_is_future():
    text = "A third man has died after rioters set fire to the governor's office on Friday night, police said."
    document, doc = parse(text, "2025-08-31")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["Friday night"] == "2025-08-29"
    ahead = "The two leaders are set to meet in Ankara on Friday, officials said."
    document, doc = parse(ahead, "2025-08-31")
    assert {v.text: v.date_start for v in extract_dates(doc, document)}["Friday"] == "2025-09-05"


def test_the_day_of_a_clock_time_converted_to_gmt_does_not_date_the_event():
    text = ("Troops entered the town shortly after 2am (23:00 GMT on Thursday) and clashed with gunmen, the "
            "army said.")
    document, doc = parse(text, "2024-02-09")
    assert extract_dates(doc, document) == []


def test_military_clock_time_before_a_time_zone_is_not_a_year():
    text = ("Rebels shelled the port late on Tuesday, shortly after 9 p.m. (1900 GMT), and the curfew began at "
            "2100 local time, the mayor said.")
    document, doc = parse(text, "2022-03-09")
    assert {v.text for v in extract_dates(doc, document)} == {"late on Tuesday"}


def test_a_day_after_publication_is_to_come_whatever_the_clause_tense():
    text = ("The stabbing has sharpened the debate on asylum before the regional vote on October 20, "
            "and the council must pass the budget by December.")
    document, doc = parse(text, "2025-10-04")
    tenses = {v.text: v.tense for v in extract_dates(doc, document)}
    assert tenses["October 20"] == "future" and tenses["December"] == "future"


def test_the_weekend_naming_an_attack_is_the_weekend_just_past():
    text = "Officials on Wednesday blamed bandits for the weekend raid on a market in Gusau."
    document = Document(id="weekend", text=text, published="2024-03-13")
    _, doc = next(parse_documents([document]))
    dates = extract_dates(doc, document)
    weekend = next(d for d in dates if "weekend" in d.text)
    assert (weekend.date_start, weekend.date_end, weekend.precision) == ("2024-03-09", "2024-03-10", "week")
    assert text[weekend.start:weekend.end] == weekend.text


def test_a_weekend_naming_an_attack_or_riot_is_the_weekend_just_past():
    text = ("Families gathered at the hospital in Kananga on Tuesday for news of prisoners hurt in a weekend riot at "
            "the central jail.")
    document = Document(id="weekend-riot", text=text, published="2024-03-12")
    _, doc = next(parse_documents([document]))
    weekend = next(d for d in extract_dates(doc, document) if "weekend" in d.text)
    assert (weekend.date_start, weekend.date_end, weekend.precision) == ("2024-03-09", "2024-03-10", "week")
    assert text[weekend.start:weekend.end] == weekend.text


def test_a_counted_day_with_a_day_of_its_own_is_that_day():
    text = "The minister spoke to reporters on Tuesday. Hours earlier on Monday, a drone hit a fuel depot near Sumy."
    document, doc = parse(text, "2024-03-06")
    by_text = {v.text: v.date_start for v in extract_dates(doc, document)}
    assert "Hours earlier" not in by_text
    assert by_text["earlier on Monday"] == "2024-03-04"


def test_the_night_from_a_months_last_day_to_the_next_months_first_is_one_night():
    text = "Gunmen stormed the hotel in the night from Tuesday 30 April to Wednesday 1 May, the police said on Friday."
    document, doc = parse(text, "2024-05-03")
    night = {v.text: v for v in extract_dates(doc, document)}["the night from Tuesday 30 April to Wednesday 1 May"]
    assert (night.date_start, night.date_end) == ("2024-05-01", "2024-05-01")
