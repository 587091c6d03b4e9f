"""The words of a report's lead and the rarity of the words two leads share."""

from __future__ import annotations

from sitreps.story import lead_end, lead_words, rarity, shared, words


def test_words_are_lower_cased_without_possessives_numbers_or_short_words():
    assert words("Odesa's mayor said 14 people, an elderly couple among them, died.") == {
        "odesa", "mayor", "said", "people", "elderly", "couple", "among", "them", "died"}  # fmt: skip


def test_the_lead_is_the_title_and_the_first_two_sentences():
    text = "  MARIUPOL (Wire) - Shells hit a ferry pier. Two dock hands were hurt. Later, the port reopened."
    assert text[: lead_end(text)].endswith("were hurt.")
    assert "reopened" not in lead_words("Pier shelled", text) and "pier" in lead_words("Pier shelled", text)
    assert lead_end("A single sentence without an end") == len("A single sentence without an end")


def test_the_names_of_places_are_left_out_of_the_lead():
    lead = lead_words("Shelling hits Kherson ferry pier", "Shells hit the river port of Kherson Oblast on Sunday.",
                      ["Kherson", "Kherson Oblast"])
    assert "kherson" not in lead and "oblast" not in lead and {"ferry", "pier", "river", "port"} <= set(lead)


def test_a_word_conflict_news_uses_everywhere_weighs_less_than_a_rare_particular():
    assert rarity("police") < rarity("governor") < rarity("greenhouse") <= rarity("zyxwvutsrq")


def test_shared_sums_the_rarity_of_the_common_words_rarest_first():
    weight, common = shared(["greenhouse", "police", "shelled"], ["police", "greenhouse", "market"])
    assert common == ["greenhouse", "police"]
    assert weight == rarity("greenhouse") + rarity("police")
