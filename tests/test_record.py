"""The event record: the scorer's fields, CAMEO codes, the international flag and provenance."""

from __future__ import annotations

import dataclasses
import json

import pytest

from sukien.record import CAMEO, EXTRACTOR_VERSION, Event, Participant, Resolved

SCORER_FIELDS = {"type", "mode", "actors", "recipients", "date", "end_date", "location", "contexts",
                 "evidence", "doc_id"}
PARTICIPANT_FIELDS = {"name", "kind", "country", "office", "org"}

LAM = Participant("Tô Lâm", "person", "VNM", office="Bộ trưởng Bộ Công an", org="Bộ Công an", start=30, end=36,
                  country_rule="vietnamese-name")
ADIBI = Participant("Saleh Adibi", "person", "IRN", office="Đại sứ Iran tại Việt Nam", start=70, end=81,
                    country_rule="office")


def visit(**changes: object) -> Event:
    base = Event(doc_id="d1", type="CONSULT", mode="visit", actors=(ADIBI,), recipients=(LAM,),
                 date=Resolved("2017-06-03", "Chiều 3/6", "year-from-published", 0, 9),
                 location=Resolved("Hà Nội", "Hà Nội", "sentence", 15, 21),
                 contexts=("diplomatic",), context_cues=("diplomatic:Đại sứ",),
                 evidence="Chiều 3/6, tại Hà Nội, ...", evidence_start=0, evidence_end=82, trigger="tiếp")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_record_has_every_field_the_scorer_reads() -> None:
    rec = visit().to_record()
    assert SCORER_FIELDS <= rec.keys()
    for p in rec["actors"] + rec["recipients"]:
        assert PARTICIPANT_FIELDS <= p.keys()
    assert rec["type"] == "CONSULT" and rec["mode"] == "visit" and rec["doc_id"] == "d1"
    assert [p["name"] for p in rec["actors"]] == ["Saleh Adibi"]
    assert [p["name"] for p in rec["recipients"]] == ["Tô Lâm"]
    assert rec["date"] == "2017-06-03" and rec["end_date"] is None and rec["location"] == "Hà Nội"
    assert rec["contexts"] == ["diplomatic"]
    assert rec["evidence"] == "Chiều 3/6, tại Hà Nội, ..."


def test_record_adds_cameo_flag_version_and_provenance() -> None:
    rec = visit().to_record()
    assert rec["cameo"] == "042"
    assert rec["international"] is True
    assert rec["extractor_version"] == EXTRACTOR_VERSION
    assert rec["evidence_span"] == [0, 82]
    assert rec["trigger"] == "tiếp"
    assert rec["provenance"]["date"] == {"value": "2017-06-03", "raw": "Chiều 3/6", "rule": "year-from-published",
                                         "span": [0, 9]}
    assert rec["provenance"]["end_date"] == {"value": None, "raw": None, "rule": None, "span": None}
    assert rec["provenance"]["contexts"] == ["diplomatic:Đại sứ"]
    assert rec["actors"][0]["span"] == [70, 81] and rec["actors"][0]["country_rule"] == "office"


def test_record_is_plain_json() -> None:
    rec = visit().to_record()
    assert json.loads(json.dumps(rec, ensure_ascii=False)) == rec


@pytest.mark.parametrize(("type_", "mode", "cameo"), [
    ("CONSULT", "visit", "042"),
    ("CONSULT", "phone", "041"),
    ("CONSULT", "third-party", "045"),
    ("CONSULT", "multilateral", "044"),
    ("CONSULT", None, "040"),
    ("SUPPORT", None, "057"),
])
def test_cameo_code_follows_type_and_mode(type_: str, mode: str | None, cameo: str) -> None:
    ev = visit(type=type_, mode=mode)
    assert ev.cameo == cameo == ev.to_record()["cameo"]
    assert CAMEO[(type_, mode)] == cameo


def test_an_unknown_mode_falls_back_on_the_types_code() -> None:
    assert visit(mode="video").cameo == "040"
    assert visit(type="SUPPORT", mode="visit").cameo == "057"


@pytest.mark.parametrize(("ps", "international"), [
    ((LAM, ADIBI), True),
    ((LAM, dataclasses.replace(ADIBI, country="VNM")), False),
    ((LAM, Participant("Ngân hàng Thế giới", "org", "IGO")), True),
    ((Participant("ASEAN", "org", "IGO"),), True),
    ((LAM, Participant("Saleh Adibi", "person", None)), False),
    ((Participant("Lào", "country", "LAO"), Participant("Việt Nam", "country", "VNM")), True),
])
def test_international_needs_two_countries_or_an_international_organisation(
        ps: tuple[Participant, ...], international: bool) -> None:
    ev = visit(actors=ps[:1], recipients=ps[1:])
    assert ev.international is international
    assert ev.to_record()["international"] is international


def test_participants_are_actors_then_recipients() -> None:
    assert visit().participants == (ADIBI, LAM)


def test_a_participant_without_offsets_has_no_span() -> None:
    rec = Participant("Lào", "country", "LAO", country_rule="meeting-countries").to_record()
    assert rec == {"name": "Lào", "kind": "country", "country": "LAO", "office": None, "org": None, "span": None,
                   "country_rule": "meeting-countries"}


def test_defaults_are_empty() -> None:
    ev = Event(doc_id="d1", type="SUPPORT", mode=None, actors=(LAM, ADIBI))
    rec = ev.to_record()
    assert rec["recipients"] == [] and rec["contexts"] == []
    assert rec["date"] is None and rec["end_date"] is None and rec["location"] is None
    assert rec["provenance"]["location"] == {"value": None, "raw": None, "rule": None, "span": None}


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        visit().mode = "phone"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        LAM.country = "LAO"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Resolved("2017").value = "2018"  # type: ignore[misc]
