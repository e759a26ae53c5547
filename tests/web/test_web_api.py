"""The JSON API, the pages and the downloads, in process, over the fixture database."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from webdb import ARTICLES, XSS_IMG, XSS_SCRIPT

from sukien._errors import StoreError
from sukien.web import create_app
from sukien.web._render import _cell

TEMPLATES = Path(__file__).resolve().parents[2] / "sukien" / "web" / "templates"


def get(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def actor_id(client: TestClient, name: str) -> int:
    found = get(client, "/api/actors", name=name)["actors"]
    return int(next(a["id"] for a in found if a["name"] == name))


def test_events_list_has_every_event_with_counts(client: TestClient) -> None:
    body = get(client, "/api/events")
    assert body["total"] == 7
    assert body["pages"] == 1 and body["next"] is None
    assert {e["doc_id"] for e in body["events"]} == set(ARTICLES)
    assert all(e["url"] == f"/events/{e['id']}" for e in body["events"])
    facets = {f["value"]: f["count"] for f in body["facets"]["type"]}
    assert facets == {"CONSULT": 6, "SUPPORT": 1}
    assert {f["value"] for f in body["facets"]["country"]} >= {"VNM", "CHN", "SVK", "KHM", "JPN"}
    months = [m["value"] for m in body["facets"]["month"]]
    assert months == ["2017-06", "2017-07", "2017-08", "2017-09", "2017-10"]


@pytest.mark.parametrize(("params", "docs"), [
    ({"date_from": "2017-08", "date_to": "2017-09"}, ["a3", "a3", "a4", "a5"]),
    ({"date_from": "2017-09-02"}, ["a5", "xss"]),
    ({"date_to": "2017-06-03"}, ["a1"]),
    ({"country": ["VNM", "CHN"]}, ["a3", "a3"]),
    ({"country": "chn,vnm"}, ["a3", "a3"]),
    ({"country": "KHM"}, ["a2"]),
    ({"type": "SUPPORT"}, ["a3"]),
    ({"mode": "phone"}, ["a4"]),
    ({"context": "terrorism"}, ["a3"]),
    ({"who": "to lam"}, ["a1", "a3", "a3", "a5"]),
    ({"who": "QUÁCH thanh con", "type": "CONSULT"}, ["a3"]),
    ({"international": "false"}, ["a5"]),
    ({"doc": "a3"}, ["a3", "a3"]),
])
def test_events_filters(client: TestClient, params: dict[str, Any], docs: list[str]) -> None:
    body = get(client, "/api/events", **params)
    assert sorted(e["doc_id"] for e in body["events"]) == docs
    assert body["total"] == len(docs)


def test_events_filter_by_actor_id(client: TestClient) -> None:
    body = get(client, "/events.json", actor=actor_id(client, "Tô Lâm"))
    assert body["total"] == 4
    assert body["filters"]["actor"] == actor_id(client, "Tô Lâm")


def test_events_sort_and_pages(client: TestClient) -> None:
    newest = get(client, "/api/events", sort="-date")["events"]
    oldest = get(client, "/api/events", sort="date")["events"]
    assert [e["date"] for e in newest] == sorted((e["date"] for e in newest), reverse=True)
    assert oldest[0]["date"] == "2017-06-03" and newest[0]["date"] == "2017-10-04"
    first = get(client, "/api/events", size=3, sort="date")
    assert (first["pages"], first["prev"]) == (3, None)
    second = client.get(first["next"]).json()
    assert second["page"] == 2 and second["prev"].startswith("/api/events?")
    seen = [e["id"] for e in first["events"] + second["events"] + client.get(second["next"]).json()["events"]]
    assert seen == [e["id"] for e in oldest]


def test_accept_header_gives_json_and_html(client: TestClient) -> None:
    r = client.get("/events", headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("application/json") and r.json()["total"] == 7
    r = client.get("/events", headers={"Accept": "text/html,application/json;q=0.9"})
    assert r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(("url", "param"), [
    ("/api/events?date_from=2017-13", "date_from"),
    ("/api/events?date_to=yesterday", "date_to"),
    ("/api/events?date_from=2017-09&date_to=2017-06", "date_from"),
    ("/api/events?country=VIETNAM", "country"),
    ("/api/events?country=VNM&country=CHN&country=LAO", "country"),
    ("/api/events?type=MEETING", "type"),
    ("/api/events?mode=fax", "mode"),
    ("/api/events?context=Military!", "context"),
    ("/api/events?international=maybe", "international"),
    ("/api/events?sort=bogus", "sort"),
    ("/api/events?page=0", "page"),
    ("/api/events?size=100000", "size"),
    ("/api/events?actor=abc", "actor"),
    ("/api/events?who=%21%21", "who"),
    ("/api/events?contry=VNM", "contry"),
    ("/events.csv?sort=bogus", "sort"),
    ("/api/actors?kind=robot", "kind"),
    ("/api/actors?sort=age", "sort"),
    ("/api/search?q=", "q"),
    ("/api/search?q=%3F%21", "q"),
    ("/api/search?q=lam&kind=place", "kind"),
    ("/api/events/abc", "event_id"),
])
def test_bad_parameters_get_a_clear_400(client: TestClient, url: str, param: str) -> None:
    r = client.get(url)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["param"] == param and body["error"].startswith(f"{param}: ") and body["status"] == 400


def test_bad_parameter_on_a_page_is_an_html_400(client: TestClient) -> None:
    r = client.get("/events?date_from=2017-13")
    assert r.status_code == 400 and "date_from: " in r.text
    assert r.headers["content-type"].startswith("text/html")


def test_unknown_ids_are_404(client: TestClient) -> None:
    for url in ("/api/events/9999", "/api/actors/9999", "/api/documents/nope", "/events/9999"):
        assert client.get(url).status_code == 404
    assert client.get("/api/events/9999").json() == {"error": "no event 9999", "status": 404}


def test_event_detail(client: TestClient) -> None:
    ev = get(client, "/api/events", doc="a1")["events"][0]
    full = get(client, f"/api/events/{ev['id']}")
    assert full == get(client, f"/events/{ev['id']}.json")
    original = full["document"]["original"]
    start, end = full["evidence_span"]
    assert original[start:end] == full["evidence"]
    assert full["provenance"]["date"]["raw"] == "Ngày 3/6"
    assert (full["actors"][0]["name"], full["actors"][0]["country"]) == ("Robert Kalinak", "SVK")
    assert full["recipients"][0]["office"] == "Bộ trưởng Bộ Công an"
    page = client.get(f"/events/{ev['id']}").text
    assert re.search(r'<span class="ev when" id="evidence">Ngày 3/6</span>', page)
    assert '<span class="ev who">Tô Lâm</span>' in page and '<span class="ev where">Hà Nội</span>' in page
    assert "Ngày 3/6" in page and "Bộ trưởng Bộ Công an" in page and "SVK" in page and "crime" in page


def test_actor_detail(client: TestClient) -> None:
    who = get(client, f"/api/actors/{actor_id(client, 'Tô Lâm')}")
    assert who["events"] == 4 and (who["first_date"], who["last_date"]) == ("2017-06-03", "2017-09-19")
    assert who["spellings"] == [{"text": "Tô Lâm", "count": 4}]
    assert [o["office"] for o in who["offices"]] == ["Bộ trưởng Bộ Công an"]
    counterparts = {c["name"]: c["events"] for c in who["counterparts"]}
    assert counterparts == {"Quách Thanh Côn": 2, "Robert Kalinak": 1, "Ban Thường vụ Tỉnh ủy Đắk Lắk": 1}
    assert len(who["network"]["nodes"]) == 4 and sum(e["weight"] for e in who["network"]["edges"]) == 4
    assert [t["date"] for t in who["timeline"]] == ["2017-06-03", "2017-08-15", "2017-08-15", "2017-09-19"]
    assert len(who["recent_events"]) == 4
    page = client.get(f"/actors/{who['id']}").text
    assert "Offices over time" in page and "Quách Thanh Côn" in page and 'id="network-data"' in page


def test_actors_list(client: TestClient) -> None:
    body = get(client, "/api/actors")
    assert body["total"] == 10 and body["actors"][0]["name"] == "Tô Lâm"
    assert [a["name"] for a in get(client, "/api/actors", name="to lam")["actors"]] == ["Tô Lâm"]
    assert [a["name"] for a in get(client, "/api/actors", country="chn")["actors"]] == ["Quách Thanh Côn"]
    names = [a["name"] for a in get(client, "/api/actors", sort="name", kind="person")["actors"]]
    assert names == sorted(names) and len(names) == 9


def test_document_page_marks_the_query(client: TestClient) -> None:
    doc = get(client, "/api/documents/a3")
    assert doc["original"] == ARTICLES["a3"][2] and len(doc["events"]) == 2
    page = client.get("/documents/a3", params={"q": "quach thanh con"}).text
    assert '<span class="ev" id="evidence">Quách Thanh Côn</span>' in page


def test_csv_download_follows_the_filters(client: TestClient) -> None:
    r = client.get("/events.csv", params={"country": "VNM", "sort": "date"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["date"] for row in rows] == ["2017-06-03", "2017-07-10", "2017-08-15", "2017-08-15",
                                             "2017-09-01", "2017-09-19", "2017-10-04"]
    assert rows[0]["actors"] == "Robert Kalinak (SVK)" and rows[0]["recipients"] == "Tô Lâm (VNM)"
    assert rows[0]["contexts"] == "crime; legal"
    actors = list(csv.DictReader(io.StringIO(client.get("/actors.csv", params={"country": "VNM"}).text)))
    assert len(actors) == 5 and actors[0]["name"] == "Tô Lâm"


def test_jsonl_download(client: TestClient) -> None:
    r = client.get("/events.jsonl", params={"type": "CONSULT"})
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 6 and all(e["type"] == "CONSULT" for e in lines)
    assert len(client.get("/actors.jsonl").text.splitlines()) == 10


def test_csv_cells_cannot_be_formulas() -> None:
    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("+1+1+cmd") == "'+1+1+cmd"
    assert _cell("--06-03") == "--06-03" and _cell("-12") == "-12" and _cell(["a", "b"]) == "a; b"


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = get(client, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}",
                 "/api/search", "/events.csv", "/events.jsonl"):
        assert path in spec["paths"]
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "country", "type", "mode", "context", "actor", "sort", "page"} <= names
    assert client.get("/docs").status_code == 404


def test_security_headers_and_read_only(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.post("/api/events").status_code == 405
    assert client.delete("/events/1").status_code == 405


@pytest.mark.parametrize("url", ["/", "/events", "/events?doc=xss", "/search?q=evil", "/search?q=script",
                                 "/actors", "/documents/xss", "/documents/xss?q=alert"])
def test_article_markup_is_shown_as_text(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert "<script>alert" not in html and "<img src=x" not in html and "onerror=alert(1)>" not in html


def test_xss_event_and_actor_pages_escape_everything(client: TestClient) -> None:
    ev = get(client, "/api/events", doc="xss")["events"][0]
    html = client.get(f"/events/{ev['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/charts.js" defer>']
    for p in ev["actors"] + ev["recipients"]:
        page = client.get(f"/actors/{p['id']}").text
        assert "<img src=x" not in page and "<script>alert" not in page
        assert 'id="network-data"' not in page or "\\u003c" in page
    assert XSS_SCRIPT in get(client, f"/api/events/{ev['id']}")["document"]["original"]
    assert XSS_IMG in ev["recipients"][0]["name"]


def test_no_template_marks_anything_safe() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text, template.name


def test_app_needs_an_existing_database_with_the_search_index(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.db")
    bare = tmp_path / "bare.db"
    sqlite3.connect(bare).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="no search index"):
        create_app(bare)
