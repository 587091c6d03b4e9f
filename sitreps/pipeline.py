"""The extraction pipeline: Documents in, Extractions out.

Runs language identification, the spaCy parse (batched through `nlp.pipe`)
and the extraction stages — places, dates, quantities, attributions, events —
then links each event to its date, place, counts and sources. Non-English
documents come out with `skipped` set and nothing extracted. A failure inside
one document becomes an `ExtractionFailure` and never stops the others.

Across the documents it is given, the extractor learns each outlet's home region (`sitreps.outlet_homes`): a batch's
places are first resolved without it, counted toward their outlets' homes, and then resolved again, for the
documents of an outlet that has one, with that home as a prior. An outlet's later batches use what its earlier ones
taught; a document alone, or a wire service's, is resolved as before.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sitreps.attribution import extract_attributions
from sitreps.dates import extract_dates
from sitreps.events import detect_events
from sitreps.gazetteer import Gazetteer
from sitreps.language import detect_language
from sitreps.linking import link_events
from sitreps.models import Document, Extraction, Place
from sitreps.nlp import load_nlp, parse_documents
from sitreps.outlet_homes import OutletHomes
from sitreps.places import extract_places
from sitreps.quantities import extract_quantities


@dataclass
class ExtractionFailure:
    """A document the pipeline could not analyse."""

    input_name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input_name}: {self.reason}"


class Extractor:
    """Holds the loaded model and gazetteer; `extract` streams documents through the stages."""

    def __init__(self, gazetteer: Gazetteer | None = None, batch_size: int = 32) -> None:
        load_nlp()
        self.gazetteer = gazetteer or Gazetteer.load()
        self.batch_size = batch_size
        self.outlet_homes = OutletHomes(gazetteer=self.gazetteer)

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction | ExtractionFailure]:
        """Yield one result per document, in input order, a batch at a time."""
        for batch in _batches(documents, self.batch_size):
            english = []
            for document in batch:
                document.language = document.language or detect_language(document.text)
                if document.language == "en":
                    english.append(document)
            analysed = dict(zip(map(id, english), self._analyse(english), strict=True))
            for document in batch:
                yield analysed.get(id(document)) or Extraction(
                    document=document, skipped=f"language is {document.language!r}, not English"
                )

    def _analyse(self, documents: Iterable[Document]) -> Iterator[Extraction | ExtractionFailure]:
        # every document of the batch counts toward its outlet's home before any is resolved with it
        parsed = [(document, doc, self._first_places(document, doc))
                  for document, doc in parse_documents(documents, batch_size=self.batch_size)]
        for document, doc, places in parsed:
            try:
                home = self.outlet_homes.home(document)
                if places is None or home is not None:
                    places = extract_places(doc, document, self.gazetteer, outlet_home=home)
                yield self.analyse_parsed(document, doc, places)
            except Exception as exc:  # one document's failure must not stop the run
                where = traceback.extract_tb(exc.__traceback__)[-1]
                yield ExtractionFailure(
                    document.input_name or document.id,
                    f"extraction failed: {type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})",
                )

    def _first_places(self, document: Document, doc) -> list[Place] | None:
        """The document's places without an outlet prior, counted toward its outlet's home (None if they failed:
        the second pass reports why)."""
        try:
            places = extract_places(doc, document, self.gazetteer)
        except Exception:  # reported by the pass that extracts the document
            return None
        self.outlet_homes.observe(document, places)
        return places

    def analyse_parsed(self, document: Document, doc, places: list[Place] | None = None) -> Extraction:
        """Run every extraction stage on one parsed document (its `places`, if given, already resolved)."""
        extraction = Extraction(document=document)
        extraction.places = places if places is not None else extract_places(doc, document, self.gazetteer)
        extraction.dates = extract_dates(doc, document)
        extraction.quantities = extract_quantities(doc, document)
        extraction.attributions = extract_attributions(doc, document)
        extraction.events = detect_events(doc, document, places=extraction.places)
        link_events(extraction, doc)
        return extraction


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_text(text: str, published: str | None = None, doc_id: str | None = None) -> Extraction:
    """Convenience for one plain-text document (library users, tests)."""
    from sitreps.ingest import document_from_text

    document = document_from_text(text, "<text>", id=doc_id, published=published)
    result = next(Extractor().extract([document]))
    if isinstance(result, ExtractionFailure):
        raise RuntimeError(str(result))
    return result
