"""The `sitreps` command line: parses arguments and calls the library."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="sitreps: news reports to a sourced, geocoded database of conflict and protest events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score an extraction stage on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class EventsFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    table = "table"


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    jsonl = "jsonl"
    parquet = "parquet"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


def default_db() -> Path:
    return Path(os.environ.get("SITREPS_DB") or "sitreps.db")


DbOption = Annotated[Path, typer.Option("--db", help="SQLite store (default: $SITREPS_DB, else ./sitreps.db).",
                                        default_factory=default_db, show_default=False)]
Inputs = Annotated[list[str], typer.Argument(
    help="Files (.txt, .html, .json, .jsonl), directories (walked), or - for stdin.", show_default=False)]
Published = Annotated[str | None, typer.Option(
    "--published", help="Publication date YYYY-MM-DD for documents that carry none.")]


class _Run:
    """Counts what a run did and prints problems and the closing summary on stderr."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.started = time.perf_counter()
        self.documents = self.events = self.failures = self.skipped = 0

    def problem(self, item: object) -> None:
        self.failures += 1
        typer.echo(f"error: {item}", err=True)

    def warn(self, item: object) -> None:
        typer.echo(str(item), err=True)

    def summary(self, extra: str = "") -> None:
        seconds = time.perf_counter() - self.started
        skipped = f" ({self.skipped} skipped: not English)" if self.skipped else ""
        typer.echo(
            f"{self.command}: {self.documents} documents{skipped}, {self.events} events, "
            f"{self.failures} failures, {seconds:.1f} s{extra}",
            err=True,
        )

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def _documents(inputs: list[str], run: _Run, published: str | None) -> Iterator:
    from sitreps.ingest import InputError, InputWarning, read_inputs

    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            run.problem(item)
        elif isinstance(item, InputWarning):
            run.warn(item)
        else:
            if published and not item.published:
                item.published = published
            yield item


def _extractions(inputs: list[str], run: _Run, published: str | None) -> Iterator:
    from tqdm import tqdm

    from sitreps.pipeline import ExtractionFailure, Extractor

    extractor = Extractor()
    progress = tqdm(desc=run.command, unit=" docs", file=sys.stderr, disable=None, leave=False)
    for result in extractor.extract(_documents(inputs, run, published)):
        progress.update(1)
        if isinstance(result, ExtractionFailure):
            run.problem(result)
            continue
        run.documents += 1
        if result.skipped:
            run.skipped += 1
            run.warn(f"{result.document.input_name or result.document.id}: skipped: {result.skipped}")
        run.events += len(result.events)
        yield result
    progress.close()


def _check_date(value: str | None, option: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command()
def extract(
    inputs: Inputs,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
    published: Published = None,
) -> None:
    """Extract events, places, dates, counts and attributions; print one result per document (nothing stored)."""
    from sitreps.outputs import write_extractions

    _check_date(published, "--published")
    run = _Run("extract")
    write_extractions(_extractions(inputs, run, published), format.value, sys.stdout)
    run.summary()
    raise typer.Exit(run.exit_code)


@app.command()
def ingest(inputs: Inputs, db: DbOption, published: Published = None) -> None:
    """Extract and store documents; merge their events into canonical events. Re-ingesting changes nothing."""
    from sitreps.store import Store

    _check_date(published, "--published")
    run = _Run("ingest")
    outcomes: dict[str, int] = {}
    with Store(db) as store:
        for extraction in _extractions(inputs, run, published):
            outcome = store.add(extraction)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        canonical = store.stats().get("canonical_events")
    detail = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
    run.summary(f" [{detail or 'nothing new'}; {canonical} canonical events in {db}]")
    raise typer.Exit(run.exit_code)


@app.command()
def events(
    db: DbOption,
    format: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
    since: Annotated[str | None, typer.Option(help="Earliest event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date, YYYY-MM-DD.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")] = None,
    country: Annotated[str | None, typer.Option(help="Country (ISO2, ISO3 or name).")] = None,
    explain: Annotated[str | None, typer.Option(help="Show one event, its mentions and why they merged.")] = None,
) -> None:
    """List canonical events (merged across documents)."""
    import json

    from sitreps.outputs import write_events
    from sitreps.store import Store

    _require_db(db)
    with Store(db) as store:
        if explain:
            event = store.event(explain)
            if event is None:
                typer.echo(f"error: no event {explain!r} in {db}", err=True)
                raise typer.Exit(1)
            typer.echo(json.dumps(event, ensure_ascii=False, indent=2))
            return
        rows = store.events(since=_check_date(since, "--since"), until=_check_date(until, "--until"),
                            event_type=type, country=country)
    write_events(rows, format.value, sys.stdout)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    db: DbOption,
) -> None:
    """Export canonical events to a file."""
    from sitreps.outputs import export_events
    from sitreps.store import Store

    _require_db(db)
    with Store(db) as store:
        rows = store.events()
    export_events(rows, format.value, out)
    typer.echo(f"export: {len(rows)} events written to {out}", err=True)


@app.command()
def report(
    db: DbOption,
    out: Annotated[Path | None, typer.Argument(help="Output file (default: stdout).")] = None,
    since: Annotated[str | None, typer.Option(help="Period start, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Period end, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="Country (ISO2, ISO3 or name).")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="md or html.")] = ReportFormat.md,
) -> None:
    """Write a situation report for a period and region, every figure cited."""
    from sitreps.report import write_report
    from sitreps.store import Store

    _require_db(db)
    with Store(db) as store:
        written = write_report(store, out, format.value, since=_check_date(since, "--since"),
                               until=_check_date(until, "--until"), country=country)
    if written is not None:
        typer.echo(f"report: written to {written}", err=True)


@app.command()
def serve(
    db: DbOption,
    host: Annotated[str, typer.Option(help="Interface to bind (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    ingest_token: Annotated[str | None, typer.Option(
        "--ingest-token", envvar="SITREPS_INGEST_TOKEN",
        help="Allow POST /api/ingest with this bearer token; read-only without it.")] = None,
) -> None:
    """Serve the web UI at / and the JSON API under /api/."""
    from sitreps.web import serve as run_server

    _require_db(db)
    run_server(db, host=host, port=port, ingest_token=ingest_token)


def _require_db(db: Path) -> None:
    if not db.exists():
        typer.echo(f"error: {db}: no such store; run `sitreps ingest --db {db} INPUT...` first", err=True)
        raise typer.Exit(2)


@eval_app.command("geo")
def eval_geo(
    path: Annotated[list[Path], typer.Argument(help="LGL / TR-News style XML files.")],
    errors: Annotated[bool, typer.Option(help="List each far-off resolution, missed and extra toponym.")] = False,
    outlets: Annotated[bool, typer.Option(help="Learn each local outlet's home region from a first pass over the "
                                               "corpus, as the pipeline learns it from a feed (--no-outlets: each "
                                               "article alone).")] = True,
) -> None:
    """Toponym recognition and resolution scores (P/R/F1, accuracy@161km, median error, AUC)."""
    from sitreps.evaluation import geo

    for file in path:
        typer.echo(f"== {file}")
        scores = geo.evaluate(file, outlets=outlets)
        typer.echo(geo.format_report(scores))
        if errors:
            typer.echo("\n".join(scores["errors"]))


@eval_app.command("attribution")
def eval_attribution(
    path: Annotated[Path, typer.Argument(help="PolNeAR split folder (text/ and attributions/).")] = Path(
        "../shared/eval/dev/polnear/dev"),
) -> None:
    """Attribution cue and source P/R/F1 (overlap) on PolNeAR-style data."""
    from sitreps.evaluation import attribution

    typer.echo(attribution.format_report(attribution.evaluate(path)))


@eval_app.command("events")
def eval_events(path: Annotated[Path | None, typer.Argument(help="Labelled JSONL (default: bundled set).")] = None,
                ) -> None:
    """Per-type P/R/F1, micro/macro/weighted F1 and confusions of event typing."""
    from sitreps.evaluation import events as events_eval

    typer.echo(events_eval.format_report(events_eval.evaluate(path)))


@eval_app.command("dates")
def eval_dates(path: Annotated[Path | None, typer.Argument(help="Labelled JSONL (default: bundled set).")] = None,
               ) -> None:
    """Recognition and resolution accuracy of time expressions."""
    from sitreps.evaluation import dates

    typer.echo(dates.format_report(dates.evaluate(path)))


@eval_app.command("quantities")
def eval_quantities(
    path: Annotated[Path | None, typer.Argument(help="Labelled JSONL (default: bundled set).")] = None,
) -> None:
    """P/R/F1 of counts (what, min, max)."""
    from sitreps.evaluation import quantities

    typer.echo(quantities.format_report(quantities.evaluate(path)))


@eval_app.command("merge")
def eval_merge(
    path: Annotated[Path | None, typer.Argument(help="Labelled JSONL (default: bundled set).")] = None,
    errors: Annotated[bool, typer.Option(help="List missed and wrong merges.")] = False,
) -> None:
    """Pairwise P/R/F1 of "same event" across reports, run through the whole pipeline and store."""
    from sitreps.evaluation import merge

    typer.echo(merge.format_report(merge.evaluate(path), show_errors=errors))


@eval_app.command("wire")
def eval_wire(
    paths: Annotated[list[Path] | None, typer.Argument(help="Labelled JSONL files (default: every bundled set).")]
    = None,
    errors: Annotated[bool, typer.Option(help="List each report's errors and the stage to blame.")] = False,
) -> None:
    """Whole-pipeline scores on wire reports: event type, day, death-toll floor, named sources, place."""
    from sitreps.evaluation import wire

    typer.echo(wire.format_report(wire.evaluate(list(paths) if paths else None), show_errors=errors))


@eval_app.command("seed")
def eval_seed(
    article: Annotated[Path, typer.Argument()] = Path("../shared/seed/seed-article.txt"),
    gold: Annotated[Path, typer.Argument()] = Path("../shared/seed/seed-gold.json"),
) -> None:
    """Score extraction of the founding article against its gold facts (with and without `published`)."""
    from sitreps.evaluation import seed

    typer.echo(seed.format_report(seed.evaluate(article, gold)))


if __name__ == "__main__":  # pragma: no cover
    app()
