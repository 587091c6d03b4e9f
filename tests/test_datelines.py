"""Datelines: where a wire report's own opening ends."""

from __future__ import annotations

import pytest

from sitreps.datelines import dateline_end


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
    ("Security forces fired tear gas in Khartoum on Sunday.", ""),
    ("UN officials said the convoy was hit - again.", ""),
    # a one-line headline above the dateline
    ("Gunmen kill six at a market in Borno\n\nMaiduguri (AFP) - Gunmen on motorbikes killed six traders.",
     "Gunmen kill six at a market in Borno\n\nMaiduguri (AFP) - "),
    ("Rebels shelled the port.\n\nGOMA (Reuters) - Shells fell on Goma.", ""),
])  # fmt: skip
def test_the_dateline_ends_where_the_story_starts(text, dateline):
    assert text[: dateline_end(text)] == dateline
