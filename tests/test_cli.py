"""The command line end to end: output, summaries, bad inputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = (
    "ZAPORIZHZHIA, Ukraine — Russian missiles struck an apartment block in Zaporizhzhia overnight, "
    "killing at least 12 people, the regional governor said on Sunday.\n"
)


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitreps.cli", *args], input=stdin, capture_output=True, text=True, cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (folder / "invalid.txt").write_bytes(b"Shelling in Kharkiv \xff\xfe killed two.")
    (folder / "malformed.html").write_text("<html><body><div><p>Nothing <b>here", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "r1", "text": REPORT, "published": "2022-10-09", "outlet": "Reuters"}) + "\n"
        + "{not json\n", encoding="utf-8")
    return folder


def test_extract_reports_each_bad_input_and_processes_the_good_ones(inputs):
    result = run_cli("extract", "--format", "jsonl", str(inputs))
    assert result.returncode == 1
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["id"] for d in documents)[-1] == "r1" and len(documents) == 2
    for name in ("empty.txt", "binary.txt", "invalid.txt", "malformed.html", "feed.jsonl:2"):
        assert any(name in line and line.startswith("error:") for line in result.stderr.splitlines()), name
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("extract: 2 documents") and "5 failures" in summary


def test_extract_good_input_exits_zero_and_offsets_hold(inputs):
    result = run_cli("extract", "--published", "2022-10-09", str(inputs / "good.txt"))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    text = output["document"]["text"]
    assert text == REPORT and output["document"]["published"] == "2022-10-09"
    for event in output["events"]:
        for key in ("trigger", "evidence"):
            span = event[key]
            assert text[span["start"]:span["end"]] == span["text"]


def test_stdin_and_usage_errors():
    result = run_cli("extract", "-", stdin=REPORT)
    assert result.returncode == 0 and json.loads(result.stdout)["document"]["text"] == REPORT
    assert run_cli("extract", "--format", "xml", "-", stdin=REPORT).returncode == 2
    assert run_cli("extract", "--published", "yesterday", "-", stdin=REPORT).returncode == 2


def test_ingest_is_idempotent_and_events_can_be_listed(inputs, tmp_path):
    db = tmp_path / "store.db"
    first = run_cli("ingest", "--db", str(db), str(inputs / "feed.jsonl"), str(inputs / "good.txt"))
    assert first.returncode == 1  # the broken JSONL line
    assert "1 added" not in first.stderr or "2 added" in first.stderr
    second = run_cli("ingest", "--db", str(db), str(inputs / "feed.jsonl"), str(inputs / "good.txt"))
    assert "2 unchanged" in second.stderr
    listed = run_cli("events", "--db", str(db), "--format", "jsonl")
    assert listed.returncode == 0
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert events and all(e["event_type"] for e in events)
    assert run_cli("events", "--db", str(tmp_path / "missing.db")).returncode == 2


def test_eval_geo_lists_far_off_resolutions_with_errors(tmp_path):
    text = "Shelling hit Kharkiv on Monday, and drones struck Odesa."
    toponyms = [("Kharkiv", 49.98, 36.25), ("Odesa", 0.0, 0.0)]  # a gold point far from the real Odesa
    parts = "".join(
        f"<toponym><start>{text.index(p)}</start><end>{text.index(p) + len(p)}</end><phrase>{p}</phrase>"
        f"<gaztag geonameid='1'><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>" for p, lat, lon in toponyms)
    path = tmp_path / "mini.xml"
    path.write_text(f"<articles><article docid='a1'><text><![CDATA[{text}]]></text><toponyms>{parts}"
                    "</toponyms></article></articles>", encoding="utf-8")
    plain = run_cli("eval", "geo", str(path))
    assert plain.returncode == 0 and "acc@161km" in plain.stdout and "FAR" not in plain.stdout
    listed = run_cli("eval", "geo", str(path), "--errors")
    assert listed.returncode == 0 and "FAR\ta1\t'Odesa'" in listed.stdout
