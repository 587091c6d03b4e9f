"""Datelines: where a wire report's own opening ends."""

from __future__ import annotations

import pytest

from sitreps.datelines import dateline_end, is_timestamp_line


@pytest.mark.parametrize("text, dateline", [
    ("KYIV, March 2 (Reuters) - Russian missiles hit the capital.", "KYIV, March 2 (Reuters) - "),
    ("BELGOROD, Russia (AP) — A drone hit a depot.", "BELGOROD, Russia (AP) — "),
    ("Kano (AFP) - Gunmen killed 12 villagers.", "Kano (AFP) - "),
    ("MOSCOW, July 8. /TASS/. Air defences downed two drones.", "MOSCOW, July 8. /TASS/. "),
    ("ODESA, June 9 /Ukrinform/. A drone hit a grain terminal.", "ODESA, June 9 /Ukrinform/. "),
    ("GAZA CITY - At least 17 people were killed.", "GAZA CITY - "),
    # twin cities joined by a slash, as Sudanese and Indian outlets write them
    ("KHARTOUM NORTH / BAHRI – Security forces fired tear gas.", "KHARTOUM NORTH / BAHRI – "),
    # a local outlet's title-case bureau, its date carrying the year after a slash
    ("Bahir Dar, March 14/2021 – Militiamen burned a market.", "Bahir Dar, March 14/2021 – "),
    # a title-case bureau with its country and a day-first date, and a date whose outlet ends in ".-"
    ("Beira, Mozambique, 3 Mar 2023 (Lusa) - Gunmen burned a clinic.", "Beira, Mozambique, 3 Mar 2023 (Lusa) - "),
    ("Guayaquil, Jun 2 (EFE).- Two prison guards were shot dead.", "Guayaquil, Jun 2 (EFE).- "),
    # a bureau, a date and an agency in brackets end a dateline with no dash, as Indian agencies write them
    ("Imphal, Sep 12 (PTI) Two policemen were shot dead.", "Imphal, Sep 12 (PTI) "),
    ("Raipur, 7 April (IANS) Maoists ambushed a patrol.", "Raipur, 7 April (IANS) "),
    ("Police in Imphal, Sep 12 (a Tuesday) said little.", ""),
    ("Security forces fired tear gas in Khartoum on Sunday.", ""),
    ("UN officials said the convoy was hit - again.", ""),
    # a one-line headline above the dateline
    ("Gunmen kill six at a market in Borno\n\nMaiduguri (AFP) - Gunmen on motorbikes killed six traders.",
     "Gunmen kill six at a market in Borno\n\nMaiduguri (AFP) - "),
    ("Rebels shelled the port.\n\nGOMA (Reuters) - Shells fell on Goma.", ""),
])  # fmt: skip
def test_the_dateline_ends_where_the_story_starts(text, dateline):
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize("text, date, stamp", [
    ("Drone hits line in Sumy\n\nFriday, 7 June 2024, 08:45\n\nA drone hit a line.", "Friday, 7 June 2024", True),
    ("Title\n\n12 March 2021 6.30 pm\n\nBody.", "12 March 2021", True),
    ("Title\n\nTuesday, 3 May 2022\n\nBody.", "Tuesday, 3 May 2022", True),
    ("Gunmen attacked the post on Friday, 7 June 2024, at dawn.", "Friday, 7 June 2024", False),
    ("Title\n\nOn 12 March 2021 rebels took the town.\n", "12 March 2021", False),
])  # fmt: skip
def test_a_date_alone_on_its_line_is_the_reports_timestamp(text, date, stamp):
    start = text.index(date)
    assert is_timestamp_line(text, start, start + len(date)) is stamp
