"""The SQLite store: documents, their extractions, and canonical events merged across documents.

In: `Extraction`s, one per document (`Store.add`). Out: canonical events in the contract's `events`
shape (`Store.events`, `Store.event`), stored documents and their mentions. Each document is one
transaction (the document, its places, attributions, event mentions and the canonical events they
touch), so an interrupted ingest loses at most the document in flight. WAL mode lets readers query
while a writer ingests. All SQL lives here, kept plain so that a PostgreSQL backend can follow.

Merging is order-independent: mentions are merged in reporting order (publication day, document id,
position), whatever order the documents arrive in. A document that sorts before ones already stored (a
back-filled older report) has the mentions from its place in that order onwards merged again, so the same
documents always give the same canonical events with the same ids. Ingesting in publication order, the
usual case, merges only the new document's mentions.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sitreps import merge
from sitreps.models import Extraction
from sitreps.outputs import lookup_country

SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            extraction_hash TEXT NOT NULL,
            title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT,
            text TEXT NOT NULL,
            input_name TEXT,
            skipped TEXT,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX documents_published ON documents (published)",
        """CREATE TABLE places (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
            name TEXT, kind TEXT, geonameid INTEGER, country_code TEXT, admin1 TEXT,
            lat REAL, lon REAL, score REAL,
            PRIMARY KEY (document_id, position))""",
        """CREATE TABLE attributions (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source_text TEXT, source_kind TEXT, source_name TEXT, role TEXT, via TEXT,
            cue_text TEXT NOT NULL, content_text TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, position))""",
        """CREATE TABLE event_mentions (
            uid TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            mention_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            confidence REAL NOT NULL, modality TEXT NOT NULL,
            trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            date_start TEXT, date_end TEXT, date_precision TEXT, date_json TEXT,
            country_code TEXT, admin1 TEXT, lat REAL, lon REAL, geo_precision INTEGER, location_json TEXT,
            actor1_json TEXT, actor2_json TEXT,
            fatalities_min INTEGER, fatalities_max INTEGER, fatalities_json TEXT,
            quantities_json TEXT NOT NULL, sources_json TEXT NOT NULL,
            attributions_json TEXT NOT NULL, also_json TEXT NOT NULL,
            UNIQUE (document_id, mention_id))""",
        """CREATE TABLE canonical_events (
            id TEXT PRIMARY KEY,
            event_type TEXT NOT NULL, sub_event_type TEXT,
            date_start TEXT, date_end TEXT, sort_date TEXT,
            country_code TEXT,
            first_reported TEXT, last_reported TEXT,
            mentions INTEGER NOT NULL,
            data TEXT NOT NULL,
            match_data TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX canonical_events_type_date ON canonical_events (event_type, sort_date)",
        "CREATE INDEX canonical_events_date ON canonical_events (sort_date)",
        """CREATE TABLE canonical_event_mentions (
            mention_uid TEXT PRIMARY KEY REFERENCES event_mentions (uid) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES canonical_events (id) ON DELETE CASCADE,
            score REAL NOT NULL,
            reasons TEXT NOT NULL)""",
        "CREATE INDEX canonical_event_mentions_event ON canonical_event_mentions (event_id)",
    ],
    2: [  # the dates and towns named around each mention; a near-duplicate sketch of each document
        "ALTER TABLE event_mentions ADD COLUMN context_json TEXT",
        "ALTER TABLE documents ADD COLUMN signature TEXT",
    ],
}


class StoreError(Exception):
    """The database cannot be used (e.g. it was written by a newer sitreps)."""


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _unjson(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _hash(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(extraction: Extraction) -> str:
    """What identifies a document's content: its text and metadata."""
    document = extraction.document
    return _hash(
        [document.text, document.title, document.url, document.outlet, document.published, document.language]
    )


class Store:
    """One SQLite database file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def _schema_version(self) -> int:
        exists = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not exists:
            return 0
        row = self.connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this sitreps supports "
                f"({SCHEMA_VERSION}); upgrade sitreps to use it"
            )

    def _migrate(self) -> None:
        """Bring the schema up to date; an up-to-date database is not locked (readers open freely)."""
        version = self._schema_version()
        self._check_version(version)
        if version == SCHEMA_VERSION:
            return
        with self._transaction() as db:
            version = self._schema_version()  # another connection may have migrated meanwhile
            self._check_version(version)
            if version == 0:
                db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (target, _now()))

    # Writing

    def add(self, extraction: Extraction) -> str:
        """Store one document's extraction and merge its event mentions: 'added', 'unchanged' or 'updated'."""
        document = extraction.document
        hashes = (content_hash(extraction), _hash(extraction.to_dict()))
        with self._transaction() as db:
            row = db.execute(
                "SELECT content_hash, extraction_hash, published FROM documents WHERE id = ?", (document.id,)
            ).fetchone()
            if row is not None and (row["content_hash"], row["extraction_hash"]) == hashes:
                return "unchanged"
            touched: set[str] = set()
            if row is not None:
                touched = {
                    r["event_id"]
                    for r in db.execute(
                        "SELECT cem.event_id FROM canonical_event_mentions cem JOIN event_mentions em "
                        "ON em.uid = cem.mention_uid WHERE em.document_id = ?",
                        (document.id,),
                    )
                }
                db.execute("DELETE FROM documents WHERE id = ?", (document.id,))
            self._insert_document(extraction, hashes)
            for event_id in sorted(touched):
                self._refresh_canonical(event_id)
            if not extraction.skipped:
                report = merge.report_context(extraction)
                for position, mention in enumerate(extraction.events):
                    context = merge.sentence_context(extraction, position, report)
                    self._insert_mention(document.id, position, mention.to_dict(), context)
            keys = [(document.published or "", document.id)]
            if row is not None:
                keys.append((row["published"] or "", document.id))
            self._merge_from(min(keys))
            return "added" if row is None else "updated"

    def _merge_from(self, key: tuple[str, str]) -> None:
        """Merge, in reporting order, every mention of the documents at or after `key` (publication day,
        document id), first undoing the merges of those already merged; a document's denials last, so that the event
        a denial answers never keeps the report's own telling of it out as another event of the report."""
        rows = self.connection.execute(
            "SELECT em.uid, cem.event_id FROM event_mentions em JOIN documents d ON d.id = em.document_id "
            "LEFT JOIN canonical_event_mentions cem ON cem.mention_uid = em.uid "
            "WHERE COALESCE(d.published, '') > ? OR (COALESCE(d.published, '') = ? AND d.id >= ?) "
            "ORDER BY COALESCE(d.published, ''), d.id, em.modality = 'denied', em.position",
            (key[0], key[0], key[1]),
        ).fetchall()
        touched = sorted({row["event_id"] for row in rows if row["event_id"]})
        self.connection.executemany(
            "DELETE FROM canonical_event_mentions WHERE mention_uid = ?", [(row["uid"],) for row in rows]
        )
        for event_id in touched:
            self._refresh_canonical(event_id)
        for row in rows:
            self._merge(row["uid"])

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(row)
        placeholders = ", ".join("?" for _ in row)
        self.connection.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", tuple(row.values())
        )

    def _insert_document(self, extraction: Extraction, hashes: tuple[str, str]) -> None:
        document = extraction.document
        self._insert("documents", {
            "id": document.id, "content_hash": hashes[0], "extraction_hash": hashes[1],
            "title": document.title, "url": document.url, "outlet": document.outlet,
            "published": document.published, "language": document.language, "text": document.text,
            "input_name": document.input_name, "skipped": extraction.skipped, "ingested_at": _now(),
            "signature": None if extraction.skipped else _json(merge.text_signature(document.text)),
        })  # fmt: skip
        if extraction.skipped:
            return
        for position, place in enumerate(extraction.places):
            self._insert("places", {
                "document_id": document.id, "position": position, "text": place.text,
                "start_offset": place.start, "end_offset": place.end, "name": place.name, "kind": place.kind,
                "geonameid": place.geonameid, "country_code": place.country_code, "admin1": place.admin1,
                "lat": place.lat, "lon": place.lon, "score": place.score,
            })  # fmt: skip
        for position, attribution in enumerate(extraction.attributions):
            self._insert("attributions", {
                "document_id": document.id, "position": position,
                "source_text": attribution.source.text if attribution.source else None,
                "source_kind": attribution.source_kind, "source_name": attribution.source_name,
                "role": attribution.role, "via": attribution.via, "cue_text": attribution.cue.text,
                "content_text": attribution.content.text, "data": _json(attribution.to_dict()),
            })  # fmt: skip

    def _insert_mention(
        self, document_id: str, position: int, mention: dict[str, Any], context: dict[str, Any]
    ) -> None:
        date_value = mention.get("date") or {}
        location = mention.get("location") or {}
        fatalities = mention.get("fatalities") or {}
        self._insert("event_mentions", {
            "uid": f"{document_id}/{mention['id']}", "document_id": document_id, "mention_id": mention["id"],
            "position": position, "event_type": mention["event_type"],
            "sub_event_type": mention["sub_event_type"], "confidence": mention["confidence"],
            "modality": mention["modality"], "trigger_text": mention["trigger"]["text"],
            "trigger_start": mention["trigger"]["start"], "trigger_end": mention["trigger"]["end"],
            "evidence_text": mention["evidence"]["text"], "evidence_start": mention["evidence"]["start"],
            "evidence_end": mention["evidence"]["end"], "date_start": date_value.get("start"),
            "date_end": date_value.get("end"), "date_precision": date_value.get("precision"),
            "date_json": _json(mention["date"]), "country_code": location.get("country_code"),
            "admin1": location.get("admin1"), "lat": location.get("lat"), "lon": location.get("lon"),
            "geo_precision": location.get("geo_precision"), "location_json": _json(mention["location"]),
            "actor1_json": _json(mention["actor1"]), "actor2_json": _json(mention["actor2"]),
            "fatalities_min": fatalities.get("min"), "fatalities_max": fatalities.get("max"),
            "fatalities_json": _json(mention["fatalities"]), "quantities_json": _json(mention["quantities"]),
            "sources_json": _json(mention["sources"]), "attributions_json": _json(mention["attributions"]),
            "also_json": _json(mention["also"]), "context_json": _json(context),
        })  # fmt: skip

    def _merge(self, uid: str) -> None:
        mention = self._mentions("em.uid = ?", (uid,))[0]
        if not merge.mergeable(mention) and not merge.answers_a_claim(mention):
            return
        event_id, score, reasons = merge.merge_mention(mention, self._candidates(mention))
        if event_id is None and merge.answers_a_claim(mention):
            return
        if event_id is None:
            salt = 0
            while self.connection.execute(
                "SELECT 1 FROM canonical_events WHERE id = ?", (merge.canonical_id(uid, salt),)
            ).fetchone():
                salt += 1
            event_id = merge.canonical_id(uid, salt)
            row = {
                "id": event_id,
                "event_type": mention["event_type"],
                "mentions": 0,
                "data": "{}",
                "match_data": "{}",
            }
            self._insert("canonical_events", {**row, "updated_at": _now()})
        self._insert(
            "canonical_event_mentions",
            {"mention_uid": uid, "event_id": event_id, "score": score, "reasons": _json(reasons)},
        )
        self._refresh_canonical(event_id)

    def _candidates(self, mention: dict[str, Any]) -> list[dict[str, Any]]:
        """What `merge` needs of the canonical events that could match: a type it may merge with
        (`merge.compatible_types`), a date near enough (an undated side is placed at its publication day; a
        follow-up report's statement date also looks back a week) and no other country, unless the report names a
        town there."""
        dated_options = [value for value, _ in merge.event_dates(mention)]
        mention_date = dict(mention.get("date") or {})
        if dated_options:
            mention_date["start"] = min(value["start"] for value in dated_options)
        # (a day given by default is the report's: the event may come from the days before it)
        dated = bool(mention_date.get("start")) and not merge.default_day(mention)
        try:
            start = date.fromisoformat(mention_date["start"] if dated else mention.get("published"))
            end = date.fromisoformat(mention_date.get("end") or mention_date["start"]) if dated else start
        except (TypeError, ValueError):
            return []  # undated and unpublished: nothing can be matched
        lookback = timedelta(days=merge.UNDATED_LOOKBACK_DAYS)
        day = timedelta(days=1)
        # dated events overlapping [low, high]; undated ones first reported in [start, end + lookback]
        low, high = (start - day, end + day) if dated else (start - lookback, end)
        if dated:  # an event told as lasting days reaches back to the days before either side's date
            low -= day * merge.days_told(mention)
            high += day * merge.LONGEST_TOLD_SPAN
        countries = {(mention.get("location") or {}).get("country_code")}
        countries |= {town.get("country_code") for town in merge.named_places(mention)}
        any_country = None in countries
        types = merge.compatible_types(mention["event_type"], mention.get("sub_event_type"))
        placeholders = ", ".join("?" * len(types))
        rows = self.connection.execute(
            f"SELECT match_data, country_code FROM canonical_events WHERE event_type IN ({placeholders}) "
            "AND mentions > 0 AND sort_date BETWEEN ? AND ? "
            "AND ((date_start IS NOT NULL AND date_end >= ? AND date_start <= ?) "
            "OR (date_start IS NULL AND sort_date BETWEEN ? AND ?)) ORDER BY id",
            (*types, (low - timedelta(days=366)).isoformat(), (end + lookback).isoformat(),
             low.isoformat(), high.isoformat(), start.isoformat(), (end + lookback).isoformat()),
        )  # fmt: skip
        candidates = []
        for row in rows:
            candidate = json.loads(row["match_data"])
            # another country's event can still be this one when either side names a town in the other's
            if any_country or row["country_code"] in (None, *countries) or candidate.get("named_places"):
                candidates.append(candidate)
        return candidates

    def _refresh_canonical(self, event_id: str) -> None:
        mentions = self._mentions("cem.event_id = ?", (event_id,))
        if not mentions:
            self.connection.execute("DELETE FROM canonical_events WHERE id = ?", (event_id,))
            return
        event = merge.build_canonical(event_id, mentions, self._source_chains(mentions))
        event_date = event["date"] or {}
        self.connection.execute(
            "UPDATE canonical_events SET event_type = ?, sub_event_type = ?, date_start = ?, date_end = ?, "
            "sort_date = ?, country_code = ?, first_reported = ?, last_reported = ?, mentions = ?, data = ?, "
            "match_data = ?, updated_at = ? WHERE id = ?",
            (
                event["event_type"],
                event["sub_event_type"],
                event_date.get("start"),
                event_date.get("end"),
                event_date.get("start") or event["first_reported"],
                (event["location"] or {}).get("country_code"),
                event["first_reported"],
                event["last_reported"],
                event["mentions"],
                _json(event),
                _json({key: event[key] for key in merge.MATCH_FIELDS}),
                _now(),
                event_id,
            ),
        )

    def _source_chains(self, mentions: list[dict[str, Any]]) -> dict[str, str]:
        """The event's documents grouped by near-duplicate text (a republished wire story is one chain)."""
        order = list(dict.fromkeys(str(m["document"]) for m in mentions))
        if len(order) < 2:
            return {}
        rows = self.connection.execute(
            f"SELECT id, signature FROM documents WHERE id IN ({', '.join('?' * len(order))})", order
        )
        signatures = {row["id"]: _unjson(row["signature"]) or [] for row in rows}
        return merge.source_chains(signatures, order)

    # Reading

    def _mentions(self, where: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
        """Mentions in the contract's shape plus their document's id, outlet and published date, their
        position, and (when merged) their canonical event with the merge score and reasons."""
        rows = self.connection.execute(
            "SELECT em.*, d.outlet, d.published, cem.event_id, cem.score, cem.reasons "
            "FROM event_mentions em JOIN documents d ON d.id = em.document_id "
            "LEFT JOIN canonical_event_mentions cem ON cem.mention_uid = em.uid "
            f"WHERE {where} ORDER BY COALESCE(d.published, ''), d.id, em.position",
            params,
        )
        return [_mention_from_row(row) for row in rows]

    def events(
        self,
        since: str | None = None,
        until: str | None = None,
        event_type: str | None = None,
        country: str | None = None,
    ) -> list[dict[str, Any]]:
        """Canonical events, sorted by date then id. `since`/`until` are inclusive ISO dates (an event
        spanning a week counts when it overlaps); `event_type` matches the type or sub-type; `country`
        is an ISO2 or ISO3 code or a country name."""
        sql = "SELECT data FROM canonical_events WHERE mentions > 0"
        params: list[Any] = []
        if since:
            sql += " AND COALESCE(date_end, sort_date) >= ?"
            params.append(since)
        if until:
            sql += " AND sort_date <= ?"
            params.append(until)
        if event_type:
            sql += " AND (LOWER(event_type) = LOWER(?) OR LOWER(sub_event_type) = LOWER(?))"
            params += [event_type, event_type]
        if country:
            record = lookup_country(country)
            sql += " AND country_code = ?"
            params.append(record["iso"] if record else country.upper())
        rows = self.connection.execute(sql + " ORDER BY sort_date, id", params)
        return [json.loads(row["data"]) for row in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One canonical event with each of its mentions and why it was merged (`merged`)."""
        row = self.connection.execute(
            "SELECT data FROM canonical_events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            return None
        event = json.loads(row["data"])
        event["merged"] = self._mentions("cem.event_id = ?", (event_id,))
        return event

    def document(self, document_id: str) -> dict[str, Any] | None:
        """A stored document in the contract's extract shape, plus its skip reason, input and hashes."""
        row = self.connection.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        places = self.connection.execute(
            "SELECT * FROM places WHERE document_id = ? ORDER BY position", (document_id,)
        ).fetchall()
        attributions = self.connection.execute(
            "SELECT data FROM attributions WHERE document_id = ? ORDER BY position", (document_id,)
        ).fetchall()
        out: dict[str, Any] = {
            "id": row["id"],
            "document": {
                key: row[key] for key in ("id", "title", "url", "outlet", "published", "language", "text")
            },
            "places": [
                {
                    "text": p["text"],
                    "start": p["start_offset"],
                    "end": p["end_offset"],
                    "name": p["name"],
                    "kind": p["kind"],
                    "geonameid": p["geonameid"],
                    "country_code": p["country_code"],
                    "admin1": p["admin1"],
                    "lat": p["lat"],
                    "lon": p["lon"],
                    "score": p["score"],
                }
                for p in places
            ],
            "attributions": [json.loads(a["data"]) for a in attributions],
            "events": self.mentions_for_document(document_id),
            "input_name": row["input_name"],
            "content_hash": row["content_hash"],
            "ingested_at": row["ingested_at"],
        }
        if row["skipped"]:
            out["skipped"] = row["skipped"]
        return out

    def document_summaries(self, document_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Id, title, url, outlet and publication date of each of the documents, by id (no text)."""
        out: dict[str, dict[str, Any]] = {}
        for chunk_start in range(0, len(document_ids), 500):
            chunk = document_ids[chunk_start : chunk_start + 500]
            rows = self.connection.execute(
                "SELECT id, title, url, outlet, published, input_name FROM documents "
                f"WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            out.update({row["id"]: dict(row) for row in rows})
        return out

    def mentions_for_document(self, document_id: str) -> list[dict[str, Any]]:
        """The document's event mentions in order, each with its canonical event (or None)."""
        return self._mentions("em.document_id = ?", (document_id,))

    def stats(self) -> dict[str, Any]:
        db = self.connection

        def count(sql: str) -> int:
            return db.execute(sql).fetchone()[0]

        by_type = {
            r[0]: r[1]
            for r in db.execute(
                "SELECT event_type, COUNT(*) FROM canonical_events WHERE mentions > 0 "
                "GROUP BY event_type ORDER BY 1"
            )
        }
        by_country = {
            r[0] or "": r[1]
            for r in db.execute(
                "SELECT country_code, COUNT(*) FROM canonical_events WHERE mentions > 0 "
                "GROUP BY country_code ORDER BY 1"
            )
        }
        dates = db.execute(
            "SELECT MIN(sort_date), MAX(sort_date) FROM canonical_events WHERE mentions > 0"
        ).fetchone()
        return {
            "path": str(self.path),
            "schema_version": self._schema_version(),
            "documents": count("SELECT COUNT(*) FROM documents"),
            "skipped_documents": count("SELECT COUNT(*) FROM documents WHERE skipped IS NOT NULL"),
            "mentions": count("SELECT COUNT(*) FROM event_mentions"),
            "merged_mentions": count("SELECT COUNT(*) FROM canonical_event_mentions"),
            "canonical_events": count("SELECT COUNT(*) FROM canonical_events WHERE mentions > 0"),
            "multi_source_events": count("SELECT COUNT(*) FROM canonical_events WHERE mentions > 1"),
            "events_by_type": by_type,
            "events_by_country": by_country,
            "first_event_date": dates[0],
            "last_event_date": dates[1],
        }


def _mention_from_row(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["mention_id"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "confidence": row["confidence"],
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "evidence": {
            "text": row["evidence_text"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
        },
        "date": _unjson(row["date_json"]),
        "location": _unjson(row["location_json"]),
        "actor1": _unjson(row["actor1_json"]),
        "actor2": _unjson(row["actor2_json"]),
        "fatalities": _unjson(row["fatalities_json"]),
        "quantities": _unjson(row["quantities_json"]),
        "sources": _unjson(row["sources_json"]),
        "attributions": _unjson(row["attributions_json"]),
        "modality": row["modality"],
        "also": _unjson(row["also_json"]),
        "context": _unjson(row["context_json"]) or {},
        "document": row["document_id"],
        "outlet": row["outlet"],
        "published": row["published"],
        "position": row["position"],
        "canonical_event": row["event_id"],
        "merge_score": row["score"],
        "merge_reasons": _unjson(row["reasons"]) or [],
    }
