"""Throughput of `sitreps extract` against bare spaCy `nlp.pipe` on the same texts.

Prints documents per second for both, in one run, and their ratio, then the time each
extraction stage takes on the parsed documents and its share of the whole extract time
(the events stage is event detection, typing, actors and modality). Texts: the example
corpus (examples/), repeated to reach --docs documents.

    .venv/bin/python bench/throughput.py [--docs 300] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from sitreps.attribution import extract_attributions
from sitreps.dates import extract_dates
from sitreps.events import detect_events
from sitreps.ingest import read_inputs
from sitreps.linking import link_events
from sitreps.models import Document, Extraction
from sitreps.nlp import load_nlp, parse_documents, text_for_parsing
from sitreps.pipeline import Extractor
from sitreps.places import extract_places
from sitreps.quantities import extract_quantities

ROOT = Path(__file__).resolve().parents[1]


def corpus(n_docs: int) -> list[Document]:
    inputs = [str(ROOT / "examples" / name) for name in ("reports.jsonl", "html", "text")]
    base = [d for d in read_inputs(inputs) if isinstance(d, Document)]
    if not base:
        raise SystemExit("no example documents found under examples/")
    return [Document(id=f"{d.id}-{i}", text=d.text, published=d.published, outlet=d.outlet,
                     boilerplate=d.boilerplate)
            for i in range(n_docs // len(base) + 1) for d in base][:n_docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    started = time.perf_counter()
    extractor = Extractor(batch_size=args.batch_size)
    print(f"load (model + gazetteer): {time.perf_counter() - started:.2f} s")
    documents = corpus(args.docs)
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars / len(documents):.0f} characters on average")

    nlp = load_nlp()
    texts = [text_for_parsing(d) for d in documents]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - started

    started = time.perf_counter()
    events = sum(len(r.events) for r in extractor.extract(documents) if hasattr(r, "events"))
    full = time.perf_counter() - started

    print(f"spaCy nlp.pipe:   {len(documents) / bare:8.1f} docs/s")
    print(f"sitreps extract:  {len(documents) / full:8.1f} docs/s  ({events} events)")
    print(f"ratio extract/spaCy throughput: {bare / full:.2f} (extract takes {full / bare:.2f}x spaCy's time)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print_stage_times(extractor, documents, bare, full)


def print_stage_times(extractor: Extractor, documents: list[Document], parse_seconds: float,
                      extract_seconds: float) -> None:
    """Each stage's seconds over the parsed documents, in the order the pipeline runs them."""
    seconds = dict.fromkeys(("places", "dates", "quantities", "attributions", "events", "linking"), 0.0)

    def timed(stage: str, started: float) -> float:
        now = time.perf_counter()
        seconds[stage] += now - started
        return now

    for document, doc in parse_documents(documents):
        extraction = Extraction(document=document)
        clock = time.perf_counter()
        extraction.places = extract_places(doc, document, extractor.gazetteer)
        clock = timed("places", clock)
        extraction.dates = extract_dates(doc, document)
        clock = timed("dates", clock)
        extraction.quantities = extract_quantities(doc, document)
        clock = timed("quantities", clock)
        extraction.attributions = extract_attributions(doc, document)
        clock = timed("attributions", clock)
        extraction.events = detect_events(doc, document)
        clock = timed("events", clock)
        link_events(extraction, doc)
        timed("linking", clock)
    print(f"stages, seconds and share of the {extract_seconds:.1f} s extract time (the parse alone: "
          f"{parse_seconds:.1f} s):")
    for stage, spent in seconds.items():
        print(f"  {stage:<13}{spent:6.2f} s  {spent / extract_seconds:6.1%}")


if __name__ == "__main__":
    main()
