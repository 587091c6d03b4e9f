"""Score extraction of the founding article against seed-gold.json.

In: the seed article and its gold facts. Out: per-fact hits, run once with
`published` given and once without (dates must then anchor on the text's own
dates). Facts: for each gold event its sub-event type, place, date and acting
country; the fatality, missile and building counts; each gold attribution's
source; each event's listed sources; the six places.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sitreps.gazetteer import haversine_km
from sitreps.pipeline import extract_text

_ARTICLES = {"a", "an", "the", "'s", "’s"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")) if w not in _ARTICLES}


def _names_match(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    gold_words = _words(re.sub(r"\(.*?\)", "", gold))
    predicted_words = _words(predicted)
    return bool(gold_words) and (gold_words <= predicted_words or (predicted_words and predicted_words <= gold_words))


def _near(location: dict | None, gold: dict) -> bool:
    if not location or location.get("lat") is None:
        return False
    return haversine_km(location["lat"], location["lon"], gold["lat"], gold["lon"]) <= gold["radius_km"]


def _event_facts(gold: dict, events: list[dict]) -> dict[str, bool]:
    types = gold.get("sub_event_type_any_of") or [gold["sub_event_type"]]
    candidates = [e for e in events if e["sub_event_type"] in types
                  and e["modality"] not in {"historical", "future", "hypothetical", "denied"}]

    def date_ok(event: dict) -> bool:
        date = event.get("date") or {}
        return all(date.get(k) == gold["date"][k] for k in ("start", "end", "precision"))

    best = max(candidates, key=lambda e: (_near(e.get("location"), gold["location"]), date_ok(e)), default=None)
    name = gold["name"]
    if best is None:
        return {f"{name}: type": False, f"{name}: place": False, f"{name}: date": False,
                f"{name}: actor1": False, **{f"{name}: source {s}": False for s in gold.get("sources", [])}}
    facts = {
        f"{name}: type": True,
        f"{name}: place": _near(best.get("location"), gold["location"]),
        f"{name}: date": date_ok(best),
        f"{name}: actor1": (best.get("actor1") or {}).get("country") == gold["actor1_country"],
    }
    for source in gold.get("sources", []):
        facts[f"{name}: source {source}"] = any(_names_match(source, s) for s in best.get("sources", []))
    return facts


def _attribution_facts(gold: list[dict], attributions: list[dict]) -> dict[str, bool]:
    facts = {}
    for item in gold:
        claim_words = _words(item["claim"])
        found = False
        for attribution in attributions:
            source = attribution.get("source") or {}
            names = [source.get("text"), source.get("name")]
            if not any(_names_match(item["source"], n) for n in names):
                continue
            content_words = _words(attribution["content"]["text"])
            if len(claim_words & content_words) >= 0.5 * len(claim_words):
                found = True
                break
        facts[f"attribution: {item['source']} — {item['claim'][:40]}"] = found
    return facts


def _count_facts(events: list[dict]) -> dict[str, bool]:
    quantities = [q for e in events for q in e.get("quantities", [])]
    fatalities = [e.get("fatalities") for e in events if e.get("fatalities")]
    return {
        "fatalities: one dead": any(f.get("min") == 1 for f in fatalities),
        "count: about 100 missiles": any(q["min"] == 100 and "missile" in q["what"] for q in quantities),
        "count: at least three buildings": any(q["min"] == 3 and "building" in q["what"] for q in quantities),
    }


def _place_facts(gold: list[dict], places: list[dict]) -> dict[str, bool]:
    return {
        f"place: {g['text']}": any(p["text"] == g["text"] and _near(p, g) for p in places)
        for g in gold
    }


def score(result: dict, gold: dict) -> dict[str, bool]:
    facts: dict[str, bool] = {}
    for event in gold["events"]:
        facts.update(_event_facts(event, result["events"]))
    facts.update(_count_facts(result["events"]))
    facts.update(_attribution_facts(gold["attributions"], result["attributions"]))
    facts.update(_place_facts(gold["places"], result["places"]))
    return facts


def evaluate(article: Path, gold_path: Path) -> dict[str, Any]:
    text = article.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    runs = {}
    for label, published in (("with published", gold["document"]["published"]), ("without published", None)):
        runs[label] = score(extract_text(text, published=published).to_dict(), gold)
    return runs


def format_report(runs: dict[str, dict[str, bool]]) -> str:
    lines = []
    for label, facts in runs.items():
        hits = sum(facts.values())
        lines.append(f"seed facts {label}: {hits}/{len(facts)}")
        lines.extend(f"  MISS {name}" for name, ok in facts.items() if not ok)
    return "\n".join(lines)
