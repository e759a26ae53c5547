"""The pages in headless Chromium: load, search, filter, open an event and an actor, and never run article
markup. Screenshots go to tests/screenshots/. Skipped when Debian's chromium and chromium-driver are missing.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from webdb import XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000")


@pytest.fixture(scope="module")
def live(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn in a thread, on a free port of 127.0.0.1."""
    uvicorn = pytest.importorskip("uvicorn")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM.exists() and DRIVER.exists()):
        pytest.skip("chromium / chromium-driver are not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("unhandledPromptBehavior", "ignore")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def by(css: str) -> tuple[str, str]:
    return ("css selector", css)


def arrive(driver: Any, part: str) -> None:
    """Wait until the browser is on a URL containing ``part`` (after a click or a submit)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(lambda d: part in d.current_url)


def clean_page(driver: Any, shot: str | None = None) -> None:
    """No alert opened, nothing logged as an error (a script error, a CSP refusal); save a screenshot."""
    from selenium.common.exceptions import NoAlertPresentException

    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"an alert ran on {driver.current_url}: {text!r}")
    except NoAlertPresentException:
        pass
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    if shot:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height, 700), 2600))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(SHOTS / shot))
        driver.set_window_size(1280, 1000)


def test_home_page(browser: Any, live: str) -> None:
    browser.get(live + "/")
    assert browser.title.startswith("Overview")
    assert len(browser.find_elements(*by(".chart svg rect.bar"))) >= 5
    assert browser.find_element(*by("header form.search input[name=q]")).is_displayed()
    clean_page(browser, "home.png")


def test_search_from_the_header(browser: Any, live: str) -> None:
    browser.get(live + "/events")
    box = browser.find_element(*by("header form.search input[name=q]"))
    box.send_keys("to lam")
    box.submit()
    arrive(browser, "/search?q=to+lam")
    first = browser.find_element(*by("ol.hits li.hit"))
    assert first.find_element(*by("mark")).text == "Tô Lâm"
    marks = {m.text for m in browser.find_elements(*by("ol.hits mark"))}
    assert marks == {"Tô Lâm"}
    clean_page(browser, "search.png")
    browser.get(live + "/search?q=dang")
    assert "Đảng" in {m.text for m in browser.find_elements(*by("ol.hits mark"))}


def test_filter_open_an_event_then_an_actor(browser: Any, live: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import Select

    browser.get(live + "/events")
    assert len(browser.find_elements(*by("table.events tbody tr"))) == 7
    first, second = browser.find_elements(*by("#filters input[name=country]"))
    first.send_keys("VNM")
    second.send_keys("CHN")
    Select(browser.find_element(*by("#filters select[name=type]"))).select_by_visible_text("CONSULT")
    browser.find_element(*by("#filters button[type=submit]")).click()
    arrive(browser, "type=CONSULT")
    rows = browser.find_elements(*by("table.events tbody tr"))
    assert len(rows) == 1 and "Quách Thanh Côn" in rows[0].text
    clean_page(browser, "events.png")

    rows[0].find_element(*by("td.date a")).click()
    arrive(browser, "/events/")
    evidence = browser.find_element(*by("#evidence"))
    assert evidence.text.startswith("Sáng qua")
    article = browser.find_element(*by("#article")).text
    assert "Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Bộ Công an Trung Quốc Quách Thanh Côn." in article
    assert "from “Sáng qua”" in browser.find_element(*by("dl.facts")).text
    clean_page(browser, "event.png")

    browser.find_element(*by("table.participants a[href^='/actors/']")).click()
    arrive(browser, "/actors/")
    assert browser.find_element(*by("h1")).text.startswith("Tô Lâm")
    nodes = browser.find_elements(*by("[data-chart=network] g.node"))
    assert len(nodes) == 4
    assert len(browser.find_elements(*by("[data-chart=timeline] circle.ev-dot"))) == 4
    clean_page(browser, "actor.png")
    before = nodes[1].get_attribute("transform")
    circle = nodes[1].find_element(*by("circle"))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", circle)
    ActionChains(browser).click_and_hold(circle).move_by_offset(40, 25).release().perform()
    assert nodes[1].get_attribute("transform") != before
    clean_page(browser)


@pytest.mark.parametrize("path", ["/events?doc=xss", "/documents/xss?q=alert", "/search?q=evil",
                                  "/search?q=script+alert", "/actors?sort=name", "/"])
def test_untrusted_markup_never_runs_in_lists(browser: Any, live: str, path: str) -> None:
    browser.get(live + path)
    clean_page(browser)
    assert browser.find_elements(*by("main img")) == []
    scripts = browser.execute_script(
        "return [...document.scripts].filter(s => s.type !== 'application/json').map(s => s.src)")
    assert scripts == [live + "/static/charts.js"]


def test_untrusted_markup_is_shown_as_text_on_the_event_and_actor_pages(browser: Any, live: str) -> None:
    browser.get(live + "/events?doc=xss")
    browser.find_element(*by("table.events td.date a")).click()
    arrive(browser, "/events/")
    clean_page(browser, "xss.png")
    article = browser.find_element(*by("#article")).text
    assert XSS_SCRIPT in article and XSS_IMG in article
    assert browser.find_elements(*by("#article img, #article script, main img")) == []
    participants = browser.find_element(*by("table.participants")).text
    assert f"Evil {XSS_IMG}" in participants and f"Mallory {XSS_SCRIPT}" in participants
    assert browser.find_elements(*by("a[href^='javascript:']")) == []
    browser.find_element(*by("table.participants a[href^='/actors/']")).click()
    arrive(browser, "/actors/")
    clean_page(browser)
    assert browser.find_element(*by("h1")).text.startswith(f"Mallory {XSS_SCRIPT}")
    assert browser.find_elements(*by("main img, main script:not([type='application/json'])")) == []
    labels = [t.text for t in browser.find_elements(*by("[data-chart=network] g.node text"))]
    assert f"Evil {XSS_IMG}" in labels
    clean_page(browser, "xss-actor.png")
