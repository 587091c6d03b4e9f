"""Verbs of reporting speech, shared by the stages that must tell a speaker's verb from the event it tells of.

In: nothing (word lists only). Out: lemma sets. Actors, events, event_classifier, linking, places, dates and
modality each need to know when a word is the verb of someone speaking ("the ministry said", "Kyiv reported"):
its subject is a speaker, not an attacker or a scene; its day is the day of the telling; it is never a trigger.
Each starts from REPORTING_VERBS and names, where it defines its own set, what it adds or leaves out and why. A
plain verb of reporting that every stage should read is added to REPORTING_VERBS, once.

Apart, for reasons of their own: attribution's lexicon (sitreps/data/cue_verbs.tsv, with a kind and content per
verb) finds every quoted source and is far wider; merge and places match inflected forms in raw text
("said|told|..."), not lemmas.
"""

# Verbs that say someone spoke and what, and nothing of how far to trust it: "said", "told", "stated",
# "reported", "announced", "added".
REPORTING_VERBS = frozenset({"say", "tell", "state", "report", "announce", "add"})
# A statement that vouches for a fact: "confirmed".
CONFIRMING_VERBS = frozenset({"confirm"})
# A statement the speaker makes for its own side, which the report does not vouch for: "claimed".
CLAIMING_VERBS = frozenset({"claim"})
# Reporting in writing or online: "wrote on Telegram", "posted on X".
WRITING_VERBS = frozenset({"write", "post"})
# A speaker's stance against someone or something, still a statement: "accused", "blamed", "warned", "denied".
STANCE_VERBS = frozenset({"accuse", "blame", "warn", "deny", "insist", "condemn", "urge", "vow", "call"})
# Words by which a speaker means itself or its own: "the army said it had ...", "said its fighters ...".
SELF_SUBJECTS = frozenset({"it", "they", "we"})
SELF_POSSESSIVES = frozenset({"its", "their", "our"})
SELF_WORDS = SELF_SUBJECTS | SELF_POSSESSIVES
