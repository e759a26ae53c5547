"""Roles and modes from one candidate: who visits whom, calls, third countries, signers.

The candidates are built by hand (trigger, subject and counterparts with their countries) so that these
tests exercise the role rules alone, not the tagger or the mention finder.
"""

from __future__ import annotations

from sukien import Document, clean
from sukien.actors import Mention
from sukien.events._candidates import Candidate
from sukien.events._registry import Registry
from sukien.events._roles import build_event
from sukien.events._triggers import Trigger
from sukien.record import Event

PUBLISHED = "2017-06-03"


def mention(text: str, name: str, country: str | None, office: str | None = None, kind: str = "person") -> Mention:
    s = text.index(name)
    return Mention(kind, name, s, s + len(name), office=office, country=country,
                   country_rule="office" if country else None, phrase_start=s, phrase_end=s + len(name))


def trigger(text: str, phrase: str, type_: str = "CONSULT", direction: str = "mutual",
            mode: str | None = None) -> Trigger:
    s = text.index(phrase)
    return Trigger(s, s + len(phrase), phrase, type_, direction, mode)


def build(text: str, trig: Trigger, subject: list[Mention], objects: list[Mention],
          previous: Event | None = None) -> list[Event]:
    doc = clean(Document(id="d1", original=text, published=PUBLISHED))
    assert doc.text == text
    registry = Registry()
    registry.learn(subject + objects, text)
    cand = Candidate(trig, (0, len(text)), subject, objects)
    return [b.event for b in build_event(doc, cand, registry, previous)]


def roles(ev: Event) -> tuple[str | None, list[str], list[str]]:
    return ev.mode, [p.name for p in ev.actors], [p.name for p in ev.recipients]


PHUC = "Nguyễn Xuân Phúc"
ABE = "Shinzo Abe"


def meeting(text: str, phrase: str, direction: str = "mutual", mode: str | None = None) -> list[Event]:
    subject = [mention(text, PHUC, "VNM", "Thủ tướng")]
    objects = [mention(text, ABE, "JPN", "Thủ tướng Nhật Bản")]
    return build(text, trigger(text, phrase, direction=direction, mode=mode), subject, objects)


def test_host_first_trigger_makes_the_counterpart_the_visitor() -> None:
    text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "tiếp", "host-first")
    assert roles(ev) == ("visit", [ABE], [PHUC])
    assert ev.type == "CONSULT" and ev.trigger == "tiếp"


def test_visitor_first_trigger_makes_the_subject_the_visitor() -> None:
    text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc đến chào xã giao Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "đến chào xã giao", "visitor-first")
    assert roles(ev) == ("visit", [PHUC], [ABE])


def test_mutual_trigger_hosted_by_the_country_of_the_place() -> None:
    at_home = "Sáng 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe."
    abroad = "Sáng 3/6, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe."
    assert [roles(e) for e in meeting(at_home, "hội đàm với")] == [("visit", [ABE], [PHUC])]
    assert [roles(e) for e in meeting(abroad, "hội đàm với")] == [("visit", [PHUC], [ABE])]


def test_mutual_trigger_with_no_place_is_hosted_by_the_country_of_the_trip() -> None:
    to_hanoi = "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe đang thăm chính thức Việt Nam."
    to_tokyo = ("Trong chuyến thăm chính thức Nhật Bản, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Nhật Bản "
                "Shinzo Abe.")
    assert [roles(e) for e in meeting(to_hanoi, "hội đàm với")] == [("visit", [ABE], [PHUC])]
    assert [roles(e) for e in meeting(to_tokyo, "hội đàm với")] == [("visit", [PHUC], [ABE])]


def test_mutual_trigger_with_no_place_at_all_has_vietnam_host_a_foreign_counterpart() -> None:
    text = "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "hội đàm với")
    assert roles(ev) == ("visit", [ABE], [PHUC])


def test_a_call_has_no_host() -> None:
    text = "Tối 3/6, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "điện đàm với", mode="phone")
    assert roles(ev) == ("phone", [PHUC, ABE], [])
    assert ev.cameo == "041"


def test_a_call_is_placed_by_a_place_before_its_word_not_by_one_it_talks_about() -> None:
    about = ("Tối 3/6, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe về an ninh tại "
             "Biển Hoa Đông.")
    assert meeting(about, "điện đàm với", mode="phone")[0].location.value is None
    placed = "Tối 3/6, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe."
    assert meeting(placed, "điện đàm với", mode="phone")[0].location.value == "Trụ sở Chính phủ"


def test_a_call_from_a_host_first_sentence_is_still_a_call() -> None:
    text = "Tối 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "điện đàm với", "host-first", mode="phone")
    assert ev.mode == "phone" and ev.recipients == ()


def test_a_meeting_in_a_third_country_has_no_host() -> None:
    text = "Ngày 3/6, tại Manila, Thủ tướng Nguyễn Xuân Phúc gặp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "gặp")
    assert roles(ev) == ("third-party", [PHUC, ABE], [])
    assert ev.location.value == "Manila" and ev.cameo == "045"


def test_a_reception_in_a_third_country_keeps_its_host() -> None:
    text = "Ngày 3/6, tại La Hay, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "tiếp", "host-first")
    assert roles(ev) == ("visit", [ABE], [PHUC])


def test_the_country_of_a_venue_is_read_from_the_place_names_after_it() -> None:
    text = ("Ngày 3/6, tại Nhà trắng, thủ đô Washington D.C, Hoa Kỳ, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng "
            "Nhật Bản Shinzo Abe.")
    [ev] = meeting(text, "hội đàm với")
    assert roles(ev) == ("third-party", [PHUC, ABE], [])


def test_a_meeting_on_the_sidelines_of_a_summit_has_no_host() -> None:
    text = "Bên lề Hội nghị Cấp cao ASEAN, Thủ tướng Nguyễn Xuân Phúc gặp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "gặp")
    assert ev.mode == "third-party" and ev.recipients == ()


def test_a_reception_on_the_sidelines_keeps_its_host() -> None:
    """'tiếp' names the host in its words; the sidelines make only mutual meetings host-less."""
    text = "Sáng 3/6, bên lề Hội nghị, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "tiếp", "host-first")
    assert roles(ev) == ("visit", [ABE], [PHUC])


def test_one_event_per_counterpart_of_another_country() -> None:
    text = ("Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda và Đại sứ Lào Sengphet "
            "Houngboungnuang.")
    subject = [mention(text, PHUC, "VNM", "Thủ tướng")]
    objects = [mention(text, "Kunio Umeda", "JPN", "Đại sứ Nhật Bản"),
               mention(text, "Sengphet Houngboungnuang", "LAO", "Đại sứ Lào")]
    events = build(text, trigger(text, "tiếp", direction="host-first"), subject, objects)
    assert [roles(e) for e in events] == [("visit", ["Kunio Umeda"], [PHUC]),
                                         ("visit", ["Sengphet Houngboungnuang"], [PHUC])]


def test_event_carries_date_place_and_evidence_of_its_sentence() -> None:
    text = "Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [ev] = meeting(text, "tiếp", "host-first")
    assert ev.date.value == "2017-06-03" and ev.date.raw == "Chiều 3/6"
    assert ev.location.value == "Hà Nội"
    assert (ev.evidence, ev.evidence_start, ev.evidence_end) == (text, 0, len(text))
    assert ev.doc_id == "d1"
    assert [(p.start, p.end) for p in ev.participants] == [(text.index(ABE), text.index(ABE) + len(ABE)),
                                                           (text.index(PHUC), text.index(PHUC) + len(PHUC))]


# --- signings ------------------------------------------------------------------------------------------------


def signing(text: str, subject: list[Mention], objects: list[Mention] | None = None,
            previous: Event | None = None) -> list[Event]:
    trig = trigger(text, "ký", "SUPPORT", "signing")
    return build(text, trig, subject, objects or [], previous)


def test_two_named_signers_of_two_countries_are_both_actors() -> None:
    text = "Bộ trưởng Tô Lâm và Bộ trưởng An ninh Lào Vilay Lakhamphong đã ký Kế hoạch hợp tác."
    events = signing(text, [mention(text, "Tô Lâm", "VNM", "Bộ trưởng"),
                            mention(text, "Vilay Lakhamphong", "LAO", "Bộ trưởng An ninh Lào")])
    assert [(e.type, e.mode, [p.name for p in e.actors], e.recipients) for e in events] == [
        ("SUPPORT", None, ["Tô Lâm", "Vilay Lakhamphong"], ())]
    assert events[0].cameo == "057"


def test_a_single_signer_is_no_signing() -> None:
    text = "Bộ trưởng An ninh Lào Vilay Lakhamphong đã ký Kế hoạch hợp tác."
    assert signing(text, [mention(text, "Vilay Lakhamphong", "LAO", "Bộ trưởng An ninh Lào")]) == []


def test_two_signers_of_one_country_are_no_international_signing() -> None:
    text = "Bộ trưởng Tô Lâm và Thứ trưởng Lê Quý Vương đã ký Kế hoạch hợp tác."
    events = signing(text, [mention(text, "Tô Lâm", "VNM", "Bộ trưởng"),
                            mention(text, "Lê Quý Vương", "VNM", "Thứ trưởng")])
    assert not any(e.international for e in events)


def test_witnesses_are_not_signers_the_organisations_named_as_parties_are() -> None:
    text = ("Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe chứng kiến lễ ký Bản ghi nhớ giữa "
            "Bộ Y tế Việt Nam và Bộ Y tế Nhật Bản.")
    subject = [mention(text, PHUC, "VNM", "Thủ tướng"), mention(text, ABE, "JPN", "Thủ tướng Nhật Bản")]
    objects = [mention(text, "Bộ Y tế Việt Nam", "VNM", kind="org"),
               mention(text, "Bộ Y tế Nhật Bản", "JPN", kind="org")]
    [ev] = build(text, trigger(text, "lễ ký", "SUPPORT", "signing"), subject, objects)
    assert [(p.name, p.kind, p.country) for p in ev.actors] == [("Bộ Y tế Việt Nam", "org", "VNM"),
                                                                ("Bộ Y tế Nhật Bản", "org", "JPN")]


def test_unnamed_signers_of_both_countries_sign_between_the_countries_of_the_meeting() -> None:
    text = "Hai Thủ tướng chứng kiến các bộ, ngành hai nước ký 5 văn kiện hợp tác giữa Việt Nam và Nhật Bản."
    meeting_text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [previous] = meeting(meeting_text, "tiếp", "host-first")
    [ev] = signing(text, [], previous=previous)
    assert [(p.name, p.kind, p.country) for p in ev.actors] == [("Nhật Bản", "country", "JPN"),
                                                                ("Việt Nam", "country", "VNM")]


def test_the_two_ministers_who_just_met_are_the_signers_of_their_agreement() -> None:
    meeting_text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [previous] = meeting(meeting_text, "tiếp", "host-first")
    text = "Sau hội đàm, hai Thủ tướng đã ký Tuyên bố chung."
    [ev] = signing(text, [], previous=previous)
    assert {p.name for p in ev.actors} == {PHUC, ABE}


def test_one_principal_of_the_meeting_just_reported_signs_with_its_counterpart() -> None:
    meeting_text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [previous] = meeting(meeting_text, "tiếp", "host-first")
    text = "Tiếp đó, Thủ tướng Nguyễn Xuân Phúc đã ký Tuyên bố chung."
    [ev] = signing(text, [mention(text, PHUC, "VNM", "Thủ tướng")], previous=previous)
    assert {p.name for p in ev.actors} == {PHUC, ABE}


def test_one_signer_who_was_not_at_the_meeting_just_reported_is_no_signing() -> None:
    meeting_text = "Sáng 3/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản Shinzo Abe."
    [previous] = meeting(meeting_text, "tiếp", "host-first")
    text = "Bộ trưởng Trần Tuấn Anh đã ký Bản ghi nhớ."
    assert signing(text, [mention(text, "Trần Tuấn Anh", "VNM", "Bộ trưởng")], previous=previous) == []
