"""The stages' sets of speech verbs all grow from the shared ones in sitreps.speech."""

from sitreps import actors, dates, event_classifier, events, linking, modality, places
from sitreps.speech import CLAIMING_VERBS, CONFIRMING_VERBS, REPORTING_VERBS, SELF_WORDS, STANCE_VERBS


def test_every_speaker_test_reads_the_shared_reporting_verbs():
    for stage_set in (actors.SPEECH_LEMMAS, actors.REPORTING_LEMMAS, events.SOURCE_VERBS, linking.SPEECH_VERBS,
                      linking.STATEMENT_VERBS, places.SPEECH_LEMMAS, modality.ATTRIBUTION_WORDS,
                      event_classifier.NOT_TRIGGERS):
        assert REPORTING_VERBS <= stage_set


def test_stages_leave_out_only_the_verbs_they_name():
    assert REPORTING_VERBS - events.SIDE_ACCOUNT_VERBS == {"report", "announce", "add"}
    assert REPORTING_VERBS - dates.STATEMENT_LEMMAS == {"add"}


def test_a_place_that_confirms_claims_or_takes_a_stance_speaks():
    assert CLAIMING_VERBS | CONFIRMING_VERBS | STANCE_VERBS <= places.SPEECH_LEMMAS
    assert STANCE_VERBS <= linking.STATEMENT_VERBS


def test_a_speaker_meaning_itself():
    assert {"it", "its", "we", "our", "they", "their"} == SELF_WORDS
