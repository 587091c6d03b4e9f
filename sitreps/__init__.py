"""sitreps: news reports to a sourced, geocoded database of conflict and protest events.

The public API, loaded on first use (so `import sitreps` stays cheap):

    from sitreps import Extractor, Store, extract_text, read_inputs
    result = extract_text(text, published="2022-11-15")      # one Extraction
    with Store("sitreps.db") as store:
        for item in Extractor().extract(d for d in read_inputs(["articles/"]) if isinstance(d, Document)):
            store.add(item)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Extractor": "sitreps.pipeline",
    "ExtractionFailure": "sitreps.pipeline",
    "extract_text": "sitreps.pipeline",
    "read_inputs": "sitreps.ingest",
    "InputError": "sitreps.ingest",
    "Store": "sitreps.store",
    "Document": "sitreps.models",
    "Extraction": "sitreps.models",
    "EventMention": "sitreps.models",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'sitreps' has no attribute {name!r}")
