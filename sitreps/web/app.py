"""The web server: a JSON API under /api/ and the map-and-timeline UI at /, over one SQLite store.

In: the store's path (and, optionally, a bearer token that allows POST /api/ingest). Out: a FastAPI app.
Every request opens its own `Store` (SQLite connections are not shared across threads) and the API only
reads, unless a token was given. Article text is hostile input: the API returns it as JSON only, the UI
renders it as text nodes, and every response carries a Content-Security-Policy that forbids inline script.
"""

from __future__ import annotations

import hmac
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitreps.outputs import event_types_css
from sitreps.store import Store
from sitreps.web import views

STATIC = Path(__file__).resolve().parent / "static"
MAX_PAGE = 5000
MAX_INGEST_BYTES = 20 * 1024 * 1024

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
])  # fmt: skip
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

DESCRIPTION = """Canonical conflict and protest events merged across news reports, each with the evidence
sentences it rests on. Read-only unless the server was started with `--ingest-token`.
Dates are ISO `YYYY-MM-DD`; `/api/events` and `/api/timeline` take the same filters."""


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` to every HTTP response, whatever produced it (routes, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class EventFilters:
    since: str | None
    until: str | None
    event_type: str | None
    country: str | None
    bbox: views.Bbox | None
    text: str | None
    source: str | None


def _iso_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def event_filters(
    since: Annotated[str | None, Query(description="Earliest event date, YYYY-MM-DD (inclusive).")] = None,
    until: Annotated[str | None, Query(description="Latest event date, YYYY-MM-DD (inclusive).")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="ACLED event type or sub-event type.")] = None,
    country: Annotated[str | None, Query(description="Country: ISO2, ISO3 or name.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    text: Annotated[str | None, Query(description="Words that must all appear (place, type, actors, "
                                                  "sources, evidence).", max_length=500)] = None,
    source: Annotated[str | None, Query(description="Part of a source's or outlet's name.", max_length=200)] = None,
) -> EventFilters:
    try:
        box = views.parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise HTTPException(422, f"bbox: {exc}") from None
    return EventFilters(_iso_date(since, "since"), _iso_date(until, "until"), event_type or None,
                        country or None, box, text or None, source or None)


Filters = Annotated[EventFilters, Depends(event_filters)]


def create_app(db_path: str | Path, ingest_token: str | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app serving the store at `db_path`. With `ingest_token`, POST /api/ingest accepts documents from
    clients that send `Authorization: Bearer <token>`. `allowed_hosts` limits the Host header (DNS
    rebinding), e.g. to the loopback names when the server binds 127.0.0.1."""
    db = Path(db_path)
    if not db.exists() and ingest_token is None:
        raise FileNotFoundError(f"{db}: no such store")
    with Store(db):  # brings the schema up to date (or refuses a newer one) once, before serving
        pass

    app = FastAPI(title="sitreps", version="0.1.0", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)  # added last, so outermost: its headers go on every response
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    ingester = _Ingester(db)

    @contextmanager
    def open_store() -> Iterator[Store]:
        with Store(db) as store:
            yield store

    def filtered_events(store: Store, filters: EventFilters) -> list[dict[str, Any]]:
        events = store.events(since=filters.since, until=filters.until, event_type=filters.event_type,
                              country=filters.country)
        events = [views.with_country_name(event) for event in events]
        return views.filter_events(events, bbox=filters.bbox, text=filters.text, source=filters.source)

    index_template = (STATIC / "index.html").read_text(encoding="utf-8")

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        with open_store() as store:
            events = [views.with_country_name(event) for event in store.events()[:MAX_PAGE]]
            stats = store.stats()
        return HTMLResponse(views.index_html(index_template, events, stats))

    @app.get("/types.css", include_in_schema=False)
    def types_css() -> Response:
        return Response(event_types_css(), media_type="text/css")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/api/events", tags=["events"])
    def list_events(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = 100,
        offset: Annotated[int, Query(ge=0, description="Events to skip.")] = 0,
    ) -> dict[str, Any]:
        """Canonical events matching the filters, sorted by date: `{total, offset, limit, events}`."""
        with open_store() as store:
            events = filtered_events(store, filters)
        return {"total": len(events), "offset": offset, "limit": limit, "events": events[offset:offset + limit]}

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One canonical event; `merged` lists its mentions, each with the evidence sentence, the spans to
        highlight in it (`marks`, offsets relative to the sentence), its document and its attributions."""
        with open_store() as store:
            event = views.event_detail(store, event_id)
        if event is None:
            raise HTTPException(404, "no such event")
        return event

    @app.get("/api/documents/{document_id:path}", tags=["documents"])
    def get_document(document_id: str) -> dict[str, Any]:
        """A stored document in the extract shape (text, places, attributions, event mentions)."""
        with open_store() as store:
            document = store.document(document_id)
        if document is None:
            raise HTTPException(404, "no such document")
        return document

    @app.get("/api/stats", tags=["store"])
    def stats() -> dict[str, Any]:
        """Counts of documents, mentions and events, by type and country, and the dates covered."""
        with open_store() as store:
            out = store.stats()
        out.pop("path", None)  # the server's file system is none of the client's business
        out["country_names"] = views.country_names(out["events_by_country"])
        out["ingest_enabled"] = ingest_token is not None
        return out

    @app.get("/api/timeline", tags=["events"])
    def get_timeline(filters: Filters) -> dict[str, Any]:
        """Events per day (and per type) for the filters: `{first, last, days, earlier, undated}`."""
        with open_store() as store:
            return views.timeline(filtered_events(store, filters))

    @app.post("/api/ingest", tags=["store"], status_code=200)
    async def ingest(request: Request) -> dict[str, Any]:
        """Extract and store documents sent as JSON (a record or a list of records) or JSONL, each
        `{"id", "text" | "html", "url", "title", "outlet", "published"}`. Needs `Authorization: Bearer
        <token>` and a server started with `--ingest-token`; otherwise 403."""
        if ingest_token is None:
            raise HTTPException(403, "read-only server: start `sitreps serve` with --ingest-token to allow ingest")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), ingest_token.encode()):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        body = await request.body()
        if len(body) > MAX_INGEST_BYTES:
            raise HTTPException(413, f"at most {MAX_INGEST_BYTES} bytes per request")
        if not body.strip():
            raise HTTPException(422, "empty body: send JSON records or JSONL")
        return await run_in_threadpool(ingester.ingest, body)

    return app


class _Ingester:
    """Runs the extraction pipeline for POST /api/ingest; the model loads on first use, one ingest at a time."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.lock = threading.Lock()
        self.extractor = None

    def ingest(self, body: bytes) -> dict[str, Any]:
        from sitreps.ingest import InputError, InputWarning, read_inputs
        from sitreps.pipeline import ExtractionFailure, Extractor

        errors: list[str] = []
        warnings: list[str] = []
        documents = []
        for item in read_inputs(["-"], stdin=io.BytesIO(body)):
            if isinstance(item, InputError):
                errors.append(str(item))
            elif isinstance(item, InputWarning):
                warnings.append(str(item))
            else:
                documents.append(item)
        outcomes: dict[str, list[str]] = {}
        events = 0
        with self.lock:
            if self.extractor is None:
                self.extractor = Extractor()
            with Store(self.db) as store:
                for result in self.extractor.extract(documents):
                    if isinstance(result, ExtractionFailure):
                        errors.append(str(result))
                        continue
                    outcome = store.add(result)
                    outcomes.setdefault(outcome, []).append(result.document.id)
                    events += len(result.events)
        return {"documents": outcomes, "events": events, "errors": errors, "warnings": warnings}
