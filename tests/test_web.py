"""The web API over a small store: filters, pagination, event evidence, documents, stats, the timeline,
ingest with and without a token, and the security headers; plus the pure helpers in `sitreps.web.views`."""

from __future__ import annotations

import json
import re
import warnings
from html import escape
from pathlib import Path

import pytest

from sitreps.ingest import document_from_record
from sitreps.outputs import EVENT_TYPE_COLOURS
from sitreps.pipeline import Extractor
from sitreps.store import Store
from sitreps.web import create_app, views
from sitreps.web.app import STATIC

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx is not ours to act on
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
REPORTS = [
    {"id": "dnipro-strike", "title": "Missile strike on Dnipro apartment block", "outlet": "Reuters",
     "url": "https://example.org/reuters/dnipro-strike", "published": "2023-01-15",
     "text": "DNIPRO, Ukraine (Reuters) - A Russian missile struck a nine-storey apartment block in Dnipro on "
             "Saturday, killing at least 20 people, the regional governor said on Sunday.\n\n"
             "Rescuers were still searching the rubble for survivors, the emergency service said."},
    {"id": "goma-clash", "title": "M23 rebels clash with army near Goma", "outlet": "AFP",
     "url": "https://example.org/afp/goma-clash", "published": "2023-02-08",
     "text": "GOMA, Democratic Republic of Congo (AFP) - M23 rebels clashed with Congolese troops near Sake, west "
             "of Goma, on Tuesday, local officials said, as thousands of residents fled towards the city.\n\n"
             "At least six soldiers were killed in the fighting, an army spokesman said."},
    {"id": "lima-protest", "title": "Thousands march in Lima", "outlet": "Associated Press",
     "url": "https://example.org/ap/lima-march", "published": "2023-01-20",
     "text": "LIMA, Peru (AP) - Thousands of protesters marched through central Lima on Thursday demanding the "
             "resignation of President Dina Boluarte, and police fired tear gas to disperse them, witnesses said."},
    {"id": "hostile", "title": f"Blast {HOSTILE}", "outlet": "<b>Outlet</b>", "url": "javascript:alert(1)",
     "published": "2023-03-05",
     "text": "KABUL, Afghanistan - A bomb exploded outside a mosque in Kabul on Friday, killing three worshippers, "
             f"police said. {HOSTILE}"},
]


def extract(records: list[dict]) -> list:
    documents = [document_from_record(record, record["id"])[0] for record in records]
    return list(Extractor().extract(documents))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.db"
    with Store(path) as store:
        for extraction in extract(REPORTS):
            store.add(extraction)
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def all_events(client) -> list[dict]:
    return client.get("/api/events", params={"limit": 5000}).json()["events"]


def test_events_list_every_stored_event_with_its_place(client, db):
    response = client.get("/api/events")
    assert response.status_code == 200
    page = response.json()
    with Store(db) as store:
        assert page["total"] == len(store.events()) == len(page["events"])
    names = {event["location"]["name"] for event in page["events"] if event["location"]}
    assert {"Dnipro", "Lima", "Kabul"} <= names
    ukraine = next(e for e in page["events"] if (e["location"] or {}).get("name") == "Dnipro")
    assert ukraine["location"]["country"] == "Ukraine"


def test_pagination_slices_the_sorted_list(client):
    everything = all_events(client)
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == len(everything)
    assert [e["id"] for e in first["events"] + second["events"]] == [e["id"] for e in everything[:4]]
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


def places(client, **params) -> set[str]:
    response = client.get("/api/events", params={**params, "limit": 5000})
    assert response.status_code == 200, response.text
    return {(e["location"] or {}).get("name") for e in response.json()["events"]}


def test_filters_by_type_country_dates_bbox_text_and_source(client):
    assert places(client, type="Protests") == {"Lima"}
    assert "Dnipro" in places(client, country="UA") and "Lima" not in places(client, country="UA")
    assert places(client, country="Peru") == {"Lima"}
    assert "Kabul" in places(client, since="2023-03-01") and "Dnipro" not in places(client, since="2023-03-01")
    assert "Dnipro" in places(client, until="2023-01-31") and "Kabul" not in places(client, until="2023-01-31")
    assert places(client, bbox="-80,-15,-75,-10") == {"Lima"}  # west,south,east,north around Peru's coast
    assert places(client, text="tear gas boluarte") == {"Lima"}
    assert "Dnipro" in places(client, text="dnipro")
    assert "Dnipro" in places(client, source="reuters") and "Lima" not in places(client, source="reuters")


@pytest.mark.parametrize("params", [{"bbox": "1,2,3"}, {"bbox": "0,10,5,0"}, {"bbox": "a,b,c,d"},
                                    {"since": "2023-13-01"}, {"until": "yesterday"}, {"limit": 100000}])
def test_bad_filters_are_rejected_with_a_reason(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_event_detail_shows_each_mention_with_evidence_document_and_attributions(client, db):
    dnipro = next(e for e in all_events(client) if (e["location"] or {}).get("name") == "Dnipro")
    detail = client.get(f"/api/events/{dnipro['id']}").json()
    assert detail["id"] == dnipro["id"] and detail["merged"]
    mention = detail["merged"][0]
    assert mention["document"] == {"id": "dnipro-strike", "title": "Missile strike on Dnipro apartment block",
                                   "outlet": "Reuters", "url": "https://example.org/reuters/dnipro-strike",
                                   "published": "2023-01-15"}
    with Store(db) as store:
        text = store.document("dnipro-strike")["document"]["text"]
    evidence = mention["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert "Dnipro" in evidence["text"]
    trigger = next(m for m in mention["marks"] if m["kind"] == "trigger")
    assert trigger["text"] == mention["trigger"]["text"]
    for mark in mention["marks"]:
        assert evidence["text"][mark["start"]:mark["end"]] == mark["text"]
    assert any(a["cue"]["text"] == "said" and "governor" in (a["source"] or {}).get("text", "")
               for a in mention["attributions"])


def test_unknown_event_and_document_are_404(client):
    assert client.get("/api/events/ev-nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_document_endpoint_returns_the_stored_text(client):
    document = client.get("/api/documents/goma-clash").json()
    assert document["document"]["outlet"] == "AFP"
    assert document["document"]["text"].startswith("GOMA, Democratic Republic of Congo")
    assert any(p["name"] == "Goma" for p in document["places"])


def test_hostile_markup_is_returned_as_data_not_rewritten(client):
    response = client.get("/api/documents/hostile")
    assert response.headers["content-type"].startswith("application/json")
    assert HOSTILE in response.json()["document"]["text"]
    kabul = next(e for e in all_events(client) if (e["location"] or {}).get("name") == "Kabul")
    mention = client.get(f"/api/events/{kabul['id']}").json()["merged"][0]
    assert mention["document"]["url"] == "javascript:alert(1)"  # the UI decides what becomes a link


def test_the_page_lists_the_events_places_escaped_before_any_script_runs(client):
    response = client.get("/")
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    for place in ("Dnipro, Dnipropetrovsk, Ukraine", "Lima", "Kabul"):
        assert place in page
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in page and "<b>Outlet" not in page
    assert "<!--EVENTS-->" not in page and 'data-id="ev-' in page


def test_one_palette_colours_the_list_the_map_and_the_sitrep(client):
    page = client.get("/").text
    assert f'data-type-colours="{escape(json.dumps(EVENT_TYPE_COLOURS), quote=True)}"' in page
    assert 'data-type="Explosions/Remote violence"' in page
    css = client.get("/types.css")
    assert css.headers["content-type"].startswith("text/css")
    battles = EVENT_TYPE_COLOURS["Battles"]
    assert f'.event-item[data-type="Battles"] .dot {{ background: {battles}; }}' in css.text
    assert "#c62828" not in (Path(views.__file__).parent / "static" / "app.js").read_text()  # no second palette


def test_stats_count_the_store_without_revealing_its_path(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == len(REPORTS)
    assert "path" not in stats
    assert stats["country_names"]["PE"] == "Peru"
    assert stats["ingest_enabled"] is False


def test_timeline_counts_events_per_day(client):
    data = client.get("/api/timeline").json()
    events = all_events(client)
    dated = [e for e in events if views.event_day(e)]
    assert sum(day["count"] for day in data["days"]) + data["earlier"] == len(dated)
    assert data["undated"] == len(events) - len(dated)
    assert [d["date"] for d in data["days"]] == sorted(d["date"] for d in data["days"])
    assert client.get("/api/timeline", params={"type": "Protests"}).json()["days"][0]["by_type"] == {"Protests": 1}


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/stats", "/static/app.js", "/api/events/none", "/docs",
                                  "/openapi.json"])
def test_every_response_carries_the_security_headers(client, path):
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "img-src 'self' data:" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script_and_the_ui_never_writes_markup():
    for page in ("index.html", "docs.html"):
        html = (STATIC / page).read_text(encoding="utf-8")
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
        assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
        assert not re.search(r"\son\w+=", html) and "style=" not in html
    for script in ("app.js", "docs.js"):
        code = (STATIC / script).read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, (script, sink)


def test_vendored_assets_are_present_with_their_licences():
    vendor = STATIC / "vendor"
    for package in ("leaflet", "world-atlas", "topojson-client", "swagger-ui-dist"):
        assert (vendor / package / "LICENSE").is_file()
    topology = json.loads((vendor / "world-atlas" / "countries-50m.json").read_text(encoding="utf-8"))
    assert topology["type"] == "Topology" and len(topology["objects"]["countries"]["geometries"]) > 200
    total = sum(p.stat().st_size for p in vendor.rglob("*") if p.is_file())
    assert total < 4 * 1024 * 1024


def test_ingest_is_refused_on_a_read_only_server(client):
    response = client.post("/api/ingest", json={"id": "x", "text": "Protesters marched in Dakar on Monday."})
    assert response.status_code == 403
    assert "--ingest-token" in response.json()["detail"]


def test_ingest_needs_the_bearer_token_and_then_stores_documents(tmp_path):
    db = tmp_path / "ingest.db"
    client = TestClient(create_app(db, ingest_token=TOKEN))
    record = {"id": "dakar-march", "title": "Opposition supporters march in Dakar", "outlet": "Reuters",
              "published": "2023-06-02",
              "text": "DAKAR, Senegal (Reuters) - Police fired tear gas at opposition supporters who marched in "
                      "Dakar on Thursday after their leader was sentenced to prison, witnesses said."}
    assert client.post("/api/ingest", json=record).status_code == 401
    assert client.post("/api/ingest", json=record, headers={"Authorization": "Bearer wrong"}).status_code == 401
    bad = client.post("/api/ingest", content=b"", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422
    response = client.post("/api/ingest", json=[record, {"id": "empty", "text": ""}],
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["documents"] == {"added": ["dakar-march"]}
    assert result["events"] >= 1 and len(result["errors"]) == 1
    assert client.get("/api/stats").json()["ingest_enabled"] is True
    assert "Dakar" in places(client)
    again = client.post("/api/ingest", json=record, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["documents"] == {"unchanged": ["dakar-march"]}


def test_a_missing_store_is_not_created_by_a_read_only_server(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_host_header_is_checked_when_the_server_is_loopback_only(db):
    client = TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000")
    assert client.get("/api/stats").status_code == 200
    assert client.get("/api/stats", headers={"Host": "attacker.example"}).status_code == 400


def test_parse_bbox_and_antimeridian_boxes():
    assert views.parse_bbox("170,-20,-170,-10") == (170.0, -20.0, -170.0, -10.0)
    fiji = {"location": {"lat": -17.7, "lon": 178.4}}
    samoa = {"location": {"lat": -13.8, "lon": -171.8}}
    lima = {"location": {"lat": -12.0, "lon": -77.0}}
    box = views.parse_bbox("170,-20,-170,-10")
    assert views.in_bbox(fiji, box) and views.in_bbox(samoa, box) and not views.in_bbox(lima, box)
    assert not views.in_bbox({"location": None}, box)
    for bad in ("1,2,3", "nan,0,1,1", "0,0,200,1", "0,50,1,40"):
        with pytest.raises(ValueError):
            views.parse_bbox(bad)


def test_evidence_marks_are_relative_and_never_overlap():
    sentence = "Shelling killed 4 people in Kherson, officials said."
    offset = 100

    def span(text: str) -> dict:
        start = offset + sentence.index(text)
        return {"text": text, "start": start, "end": start + len(text)}

    mention = {
        "evidence": {"text": sentence, "start": offset, "end": offset + len(sentence)},
        "trigger": span("Shelling"),
        "quantities": [{**span("4 people"), "what": "killed"}, {**span("killed 4"), "what": "killed"}],
        "location": {"place": span("Kherson")},
    }
    outside = {"text": "said", "start": 5, "end": 9}
    marks = views.evidence_marks(mention, [{"cue": span("said")}, {"cue": outside}])
    assert [(m["kind"], m["text"]) for m in marks] == [
        ("trigger", "Shelling"), ("quantity", "4 people"), ("place", "Kherson"), ("cue", "said")]
    for mark in marks:
        assert sentence[mark["start"]:mark["end"]] == mark["text"]


def test_timeline_cuts_a_long_tail_of_old_events():
    events = [{"event_type": "Battles", "date": {"start": day}} for day in
              ["2015-06-01"] + [f"2023-05-{d:02d}" for d in range(1, 29)]] + [{"event_type": "Riots", "date": None}]
    data = views.timeline(events)
    assert data["last"] == "2023-05-28" and data["earlier"] == 1 and data["undated"] == 1
    assert len(data["days"]) == views.TIMELINE_FULL_DAYS
    assert sum(d["count"] for d in data["days"]) == 28
    short = views.timeline(events[1:4])
    assert (short["first"], short["last"], len(short["days"])) == ("2023-05-01", "2023-05-03", 3)
