"""One event per meeting: mentions of the same principals on the same day merge, other days do not."""

from __future__ import annotations

from dataclasses import replace

from sukien import Document, Event, clean, extract_events
from sukien.events._merge import merge
from sukien.events._roles import Built
from sukien.record import Participant, Resolved

PHUC = Participant("Nguyễn Xuân Phúc", "person", "VNM", office="Thủ tướng")
THONGLOUN = Participant("Thongloun Sisoulith", "person", "LAO", office="Thủ tướng Lào")
LAO_MINISTRY = Participant("Bộ Ngoại giao Lào", "org", "LAO")


def built(start: int, date: str | None = "2017-06-03", location: str | None = None, type_: str = "CONSULT",
          actors: tuple[Participant, ...] = (THONGLOUN,), recipients: tuple[Participant, ...] = (PHUC,),
          evidence: str = "", rule: str | None = "year-from-published") -> Built:
    ev = Event(doc_id="d1", type=type_, mode="visit" if type_ == "CONSULT" else None, actors=actors,
               recipients=recipients, date=Resolved(date, rule=rule if date else None),
               location=Resolved(location), evidence=evidence)
    return Built(ev, start, start + 10)


def test_the_same_principals_on_the_same_day_are_one_event() -> None:
    out = merge([built(10, evidence="first"), built(30, evidence="second")])
    assert [b.event.evidence for b in out] == ["first"]


def test_another_day_is_another_event() -> None:
    out = merge([built(10, "2017-06-03"), built(30, "2017-06-04")])
    assert [b.event.date.value for b in out] == ["2017-06-03", "2017-06-04"]


def test_a_mention_without_a_date_joins_the_dated_one_and_fills_its_gaps() -> None:
    out = merge([built(10, location="Hà Nội"), built(30, date=None, location="Phủ Chủ tịch")])
    assert len(out) == 1
    assert out[0].event.date.value == "2017-06-03" and out[0].event.location.value == "Hà Nội"
    out = merge([built(10, date="2017-06-03"), built(30, date=None, location="Phủ Chủ tịch")])
    assert out[0].event.location.value == "Phủ Chủ tịch"


def test_a_body_sentence_states_the_event_better_than_the_headline() -> None:
    out = merge([built(0, evidence="headline"), built(30, evidence="body")])
    assert [b.event.evidence for b in out] == ["body"]


def test_a_mention_with_its_own_date_states_the_event_better_than_one_with_a_carried_date() -> None:
    out = merge([built(10, evidence="carried", rule="carried:year-from-published"), built(30, evidence="own")])
    assert [b.event.evidence for b in out] == ["own"]


def test_the_best_mention_keeps_its_roles() -> None:
    out = merge([built(10), built(30, actors=(PHUC,), recipients=(THONGLOUN,))])
    assert len(out) == 1 and out[0].event.actors == (THONGLOUN,) and out[0].event.recipients == (PHUC,)


def test_the_merged_event_takes_the_fullest_office_of_each_participant() -> None:
    full = replace(THONGLOUN, office="Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào")
    out = merge([built(10), built(30, actors=(full,))])
    assert [p.office for p in out[0].event.actors] == ["Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào"]
    assert [p.office for p in out[0].event.recipients] == ["Thủ tướng"]


def test_a_signing_and_a_meeting_of_the_same_principals_stay_apart() -> None:
    out = merge([built(10), built(30, type_="SUPPORT", actors=(PHUC, THONGLOUN), recipients=())])
    assert [b.event.type for b in out] == ["CONSULT", "SUPPORT"]


def test_another_counterpart_is_another_event() -> None:
    other = Participant("Hun Sen", "person", "KHM", office="Thủ tướng Campuchia")
    assert len(merge([built(10), built(10, actors=(other,))])) == 2


def test_an_organisation_side_is_dropped_when_the_same_sentence_names_its_person() -> None:
    person = built(10)
    org = built(10, actors=(LAO_MINISTRY,))
    assert merge([person, org]) == [person]


def test_an_organisation_side_in_another_sentence_is_kept() -> None:
    assert len(merge([built(10), built(50, actors=(LAO_MINISTRY,))])) == 2


def test_an_organisation_met_by_another_verb_of_the_same_subject_is_another_meeting() -> None:
    person = replace(built(10), subject=(PHUC.name,))
    org = replace(built(10, actors=(LAO_MINISTRY,)), subject=(PHUC.name,))
    org = replace(org, event=replace(org.event, trigger="làm việc với"))
    assert len(merge([person, org])) == 2


def test_a_country_met_is_dropped_when_another_mention_names_its_person() -> None:
    laos = Participant("Lào", "country", "LAO")
    assert merge([built(10), built(50, actors=(laos,))]) == [built(10)]


def test_a_country_met_on_another_day_is_kept() -> None:
    laos = Participant("Lào", "country", "LAO")
    assert len(merge([built(10), built(50, date="2017-06-05", actors=(laos,))])) == 2


def test_a_spouse_met_too_does_not_make_another_meeting() -> None:
    spouse = Participant("Naly Sisoulith", "person", "LAO", office="Phu nhân")
    assert len(merge([built(10), built(50, actors=(THONGLOUN, spouse))])) == 1


def test_a_meeting_of_another_year_is_another_meeting() -> None:
    assert len(merge([built(10, date="2017-05-11"), built(50, date="2016-11")])) == 2
    assert len(merge([built(10, date="2017-05-11"), built(50, date="2017-01")])) == 1


def test_an_organisation_in_the_headline_is_dropped_when_the_body_names_its_person() -> None:
    headline = built(0, actors=(THONGLOUN,), recipients=(Participant("Văn phòng Chính phủ", "org", "VNM"),))
    assert merge([headline, built(30)]) == [built(30)]


def test_an_organisation_met_in_the_body_is_kept_beside_a_person_met() -> None:
    org = built(60, actors=(THONGLOUN,), recipients=(Participant("Văn phòng Chính phủ", "org", "VNM"),))
    assert len(merge([built(30), org])) == 2


def test_nothing_to_merge() -> None:
    assert merge([]) == []


# --- through the pipeline -------------------------------------------------------------------------------------


def extract(text: str) -> list[Event]:
    return extract_events(clean(Document(id="d1", original=text, published="2017-06-03")))


def test_talks_reported_twice_the_same_day_are_one_event() -> None:
    text = ("Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
            "Trong buổi hội đàm, hai bên thảo luận về hợp tác kinh tế.\n"
            "Cũng trong chiều 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Lào Thongloun Sisoulith tại Phủ Chủ "
            "tịch.")
    [ev] = extract(text)
    assert ev.date.value == "2017-06-03" and ev.location.value in ("Hà Nội", "Phủ Chủ tịch")
    assert ev.evidence in text.split("\n")
    assert [p.name for p in ev.actors] == ["Thongloun Sisoulith"]


def test_meetings_on_two_days_are_two_events() -> None:
    text = ("Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
            "Sáng 4/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Lào Thongloun Sisoulith tại Hà Nội.")
    events = extract(text)
    assert [e.date.value for e in events] == ["2017-06-03", "2017-06-04"]
    assert all([p.name for p in e.actors] == ["Thongloun Sisoulith"] for e in events)


def test_a_place_stated_in_a_sentence_is_finer_than_a_country_guessed_for_the_best_mention() -> None:
    first = built(10, evidence="lễ đón")
    first = replace(first, event=replace(first.event, location=Resolved("CHND Trung Hoa", rule="lead")))
    second = built(30, evidence="hội đàm")
    second = replace(second, event=replace(second.event, location=Resolved("Đại lễ đường Nhân dân", rule="sentence")))
    [out] = merge([first, second])
    assert (out.event.evidence, out.event.location.value) == ("lễ đón", "Đại lễ đường Nhân dân")
