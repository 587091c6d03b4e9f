"""`sitreps serve` end to end in headless Chromium: the page lists the events' places, shows an event's
evidence with the claim highlighted, and leaves hostile markup from an article inert.

Needs Debian's `chromium` and `chromium-driver` (apt) and the `selenium` package; skips without them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOT_COPY = Path("/tmp/sitreps-ui.png")

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium: apt-get install chromium chromium-driver"),
    pytest.mark.skipif(not Path(CHROMEDRIVER).exists(), reason="no chromedriver: apt-get install chromium-driver"),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
REPORTS = [
    {"id": "wire-kharkiv", "title": "Shelling hits a Kharkiv district", "outlet": "Reuters",
     "url": "https://example.org/reuters/kharkiv-shelling", "published": "2023-03-14",
     "text": "KHARKIV, Ukraine (Reuters) - Russian artillery shelled a residential district of Kharkiv on Monday, "
             "killing three civilians and wounding eight, the regional governor said on Tuesday.\n\n"
             "Firefighters worked through the night to put out fires in two apartment blocks, officials said."},
    {"id": "wire-khartoum", "title": "Army and RSF clash in Khartoum", "outlet": "AFP",
     "url": "https://example.org/afp/khartoum-clashes", "published": "2023-05-02",
     "text": "KHARTOUM (AFP) - Heavy fighting broke out between Sudan's army and the paramilitary Rapid Support "
             "Forces in southern Khartoum on Tuesday, residents said, despite a ceasefire announced the day before."
             "\n\nAt least 12 people were killed in the clashes, according to a doctors' union."},
    {"id": "wire-nairobi", "title": "Police fire tear gas at Nairobi protesters", "outlet": "Associated Press",
     "url": "https://example.org/ap/nairobi-protest", "published": "2023-07-12",
     "text": "NAIROBI, Kenya (AP) - Police fired tear gas at hundreds of protesters in Nairobi on Wednesday as "
             "demonstrations against new taxes spread to several towns, witnesses said.\n\n"
             "The opposition had called the protests over the rising cost of living."},
    {"id": "hostile-markup", "title": f"Drone strike {HOSTILE} near Jilib {HOSTILE_IMG}",
     "outlet": "<b onmouseover=alert(4)>Outlet</b>", "url": "javascript:alert(3)", "published": "2023-08-20",
     "text": "MOGADISHU, Somalia - A drone strike hit a vehicle near Jilib on Sunday, killing four militants, the "
             f"army said. {HOSTILE} Residents in Jilib said the blast destroyed a market stall. {HOSTILE_IMG}"},
]
PLACES = ["Kharkiv", "Khartoum", "Nairobi", "Jilib"]
# Records every alert/confirm/prompt and every script error before the page's own scripts run.
TRAPS = """
window.__alerts = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (message) => { window.__alerts.push(name + ":" + message); };
}
window.__errors = [];
window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
window.__csp = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    reports = folder / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = folder / "store.db"
    cli = [sys.executable, "-m", "sitreps.cli"]
    ingest = subprocess.run([*cli, "ingest", "--db", str(db), str(reports)], capture_output=True, text=True,
                            timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    port = free_port()
    process = subprocess.Popen([*cli, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get_json(f"{base}/api/stats")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"sitreps serve did not start: {process.stdout.read()}")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1500,950", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAPS})
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def test_api_serves_events_with_evidence(server):
    page = get_json(f"{server}/api/events")
    assert page["total"] == len(page["events"]) >= 4
    names = {event["location"]["name"] for event in page["events"] if event["location"]}
    assert set(PLACES) <= names
    for event in page["events"]:
        detail = get_json(f"{server}/api/events/{event['id']}")
        assert detail["merged"], detail
        for mention in detail["merged"]:
            assert mention["evidence"]["text"]
            assert any(mark["kind"] == "trigger" for mark in mention["marks"])
    with urllib.request.urlopen(f"{server}/") as response:
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_page_lists_places_shows_evidence_and_keeps_markup_inert(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    wait_for(browser, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    items = browser.find_elements(By.CSS_SELECTOR, "#event-list .event-item")
    assert len(items) >= 4
    listed = browser.find_element(By.ID, "event-list").text
    for place in PLACES:
        assert place in listed
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")) >= 4  # one marker each
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path:not(.leaflet-interactive)")) > 100  # countries
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline svg rect.bar")

    hostile = next(item for item in items if "Jilib" in item.text)
    hostile.click()
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#detail .mention"))
    detail = browser.find_element(By.ID, "detail")
    assert HOSTILE in detail.text and HOSTILE_IMG in detail.text  # shown as text, not run as markup
    shown = [m.text for m in detail.find_elements(By.CSS_SELECTOR, ".evidence mark.mark-trigger")]
    api = get_json(f"{server}/api/events/{hostile.get_attribute('data-id')}")
    assert shown == [mention["trigger"]["text"] for mention in api["merged"]]
    assert not detail.find_elements(By.CSS_SELECTOR, "a.doc-title")  # the javascript: URL is no link

    kharkiv = next(item for item in browser.find_elements(By.CSS_SELECTOR, "#event-list .event-item")
                   if "Kharkiv" in item.text)
    kharkiv.click()
    wait_for(browser, lambda d: "Reuters" in d.find_element(By.ID, "detail").text)
    link = browser.find_element(By.CSS_SELECTOR, "#detail a.doc-title")
    assert link.get_attribute("href") == "https://example.org/reuters/kharkiv-shelling"
    assert browser.find_elements(By.CSS_SELECTOR, "#detail mark.mark-trigger")
    assert browser.find_elements(By.CSS_SELECTOR, "#detail .attributions li")

    assert browser.execute_script("return document.querySelectorAll('img[src=x], img[src=\"x\"]').length") == 0
    assert browser.execute_script("return document.querySelectorAll('b[onmouseover]').length") == 0
    scripts = browser.execute_script("return [...document.scripts].map((s) => s.getAttribute('src'))")
    assert all(src and src.startswith("/static/") for src in scripts)
    assert browser.execute_script("return window.__alerts") == []
    assert browser.execute_script("return window.__errors") == []
    assert browser.execute_script("return window.__csp") == []
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []

    # let the map finish panning to the selected event (Leaflet redraws the basemap when a move ends)
    wait_for(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, ".leaflet-pan-anim, .leaflet-zoom-anim"))
    time.sleep(0.3)
    screenshot = tmp_path / "sitreps-ui.png"
    assert browser.save_screenshot(str(screenshot))
    if os.access(SCREENSHOT_COPY.parent, os.W_OK):
        shutil.copyfile(screenshot, SCREENSHOT_COPY)


def test_filters_narrow_the_list(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/")
    wait_for(browser, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    browser.find_element(By.NAME, "text").send_keys("tear gas")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    wait_for(browser, lambda d: "Khartoum" not in d.find_element(By.ID, "event-list").text)
    assert "Nairobi" in browser.find_element(By.ID, "event-list").text
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    wait_for(browser, lambda d: "Khartoum" in d.find_element(By.ID, "event-list").text)


def test_api_docs_render_offline_under_the_policy(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/docs")
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
    assert "/api/events" in browser.find_element(By.ID, "swagger-ui").text
    assert browser.execute_script("return window.__csp") == []
