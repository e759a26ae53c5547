"""The events step: the layers it adds, its cheap filters, and what it does across sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sukien import Document, PipelineError, clean
from sukien.document import Span
from sukien.events import find_events
from sukien.record import Event

SAMPLES = Path(__file__).resolve().parents[2] / "sukien" / "samples" / "articles.jsonl"
TEXT = ("Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc  hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
        "Hai bên trao đổi về hợp tác kinh tế.\n"
        "Sau hội đàm, hai Thủ tướng đã ký Tuyên bố chung.\n"
        "Hai Thủ tướng cũng chứng kiến các bộ, ngành hai nước ký 5 văn kiện hợp tác.\n")


def run(text: str, doc_id: str = "d1") -> Document:
    return find_events(clean(Document(id=doc_id, original=text, published="2017-06-03")))


def events(doc: Document) -> list[Event]:
    return list(doc.layer("events"))


def test_the_step_adds_sentences_mentions_and_events() -> None:
    doc = run(TEXT)
    assert {"sentences", "mentions", "events"} <= doc.layers.keys()
    sentences = doc.layer("sentences")
    assert all(isinstance(s, Span) and s.label == "sentence" for s in sentences)
    assert [s.text for s in sentences] == [line for line in TEXT.splitlines() if "Hai bên" not in line]
    assert all(doc.original[s.start:s.end] == s.text for s in sentences)


def test_mentions_are_spans_of_the_original_with_their_resolution() -> None:
    doc = run(TEXT)
    mentions = doc.layer("mentions")
    assert all(doc.original[m.start:m.end] == m.text for m in mentions)
    lao = next(m for m in mentions if m.text == "Thongloun Sisoulith")
    assert lao.label == "person"
    assert lao.attrs["country"] == "LAO" and lao.attrs["office"] == "Thủ tướng Lào"
    assert lao.to_dict()["name"] == "Thongloun Sisoulith"


def test_a_meeting_then_its_signings() -> None:
    """The principals who just met sign ("hai Thủ tướng đã ký"); unnamed ministries of both countries sign
    between the countries."""
    meeting, joint, witnessed = events(run(TEXT))
    people = {("Nguyễn Xuân Phúc", "VNM"), ("Thongloun Sisoulith", "LAO")}
    assert (meeting.type, meeting.mode) == ("CONSULT", "visit")
    assert {(p.name, p.country) for p in meeting.participants} == people
    assert (joint.type, joint.mode, joint.recipients) == ("SUPPORT", None, ())
    assert {(p.name, p.country) for p in joint.actors} == people
    assert (witnessed.type, witnessed.recipients) == ("SUPPORT", ())
    assert [p.kind for p in witnessed.actors] == ["country", "country"]
    assert {p.country for p in witnessed.actors} == {"VNM", "LAO"}
    assert witnessed.international


def test_sentences_without_a_date_of_their_own_carry_the_last_one() -> None:
    evs = events(run(TEXT))
    assert [e.date.value for e in evs] == ["2017-06-03"] * 3
    assert evs[1].date.rule is not None and evs[1].date.rule.startswith("carried")
    assert evs[1].date.raw == "Chiều 3/6"


def test_every_event_names_its_document_and_its_evidence_is_original_text() -> None:
    doc = run(TEXT, doc_id="vn-7")
    for ev in events(doc):
        assert ev.doc_id == "vn-7"
        assert doc.original[ev.evidence_start:ev.evidence_end] == ev.evidence
    assert "Nguyễn Xuân Phúc  hội đàm" in events(doc)[0].evidence


def test_a_text_without_triggers_gets_empty_layers() -> None:
    doc = run("Hà Nội có mưa rào và dông ở nhiều nơi trong ngày 3/6.")
    assert doc.layers == {"captions": (), "sentences": (), "mentions": (), "events": ()}


def test_a_text_that_names_no_country_or_place_abroad_gets_empty_layers() -> None:
    doc = run("Chiều 3/6, Bộ trưởng Nguyễn Văn Thể tiếp Bí thư Tỉnh ủy Nguyễn Văn Đọc.")
    assert doc.layer("events") == () and doc.layer("mentions") == ()


def test_the_step_runs_once_per_document() -> None:
    doc = run(TEXT)
    with pytest.raises(PipelineError, match="document d1: layer .* is already set"):
        find_events(doc)


def test_an_uncleaned_document_has_no_text_and_no_events() -> None:
    doc = find_events(Document(id="raw", original=TEXT))
    assert doc.layer("events") == ()


def test_a_short_name_later_in_the_article_is_the_full_name() -> None:
    text = ("Ngày 3/6, Tổng thống Mỹ Donald Trump đã điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.\n"
            "Cũng trong ngày 3/6, Tổng thống Trump đã điện đàm với ông Cận Bình lần thứ hai.")
    names = {p.name for e in events(run(text)) for p in e.participants}
    assert "Cận Bình" not in names and "Tập Cận Bình" in names


def test_an_office_named_without_its_holder_stands_for_the_person_the_article_names() -> None:
    text = ("Tổng Bí thư tiếp Chủ tịch Quốc hội Myanmar\n"
            "Ngày 15/5, Tổng Bí thư Nguyễn Phú Trọng tiếp Chủ tịch Quốc hội Myanmar Win Myint.")
    [ev] = events(run(text))
    assert {p.name for p in ev.participants} == {"Nguyễn Phú Trọng", "Win Myint"}


def test_the_head_of_the_vietnamese_delegation_named_by_office_alone() -> None:
    text = ("Đoàn Việt Nam do Thứ trưởng Bộ Ngoại giao Lê Hoài Trung làm Trưởng đoàn.\n"
            "Ngày 18/5, bên lề hội nghị tại Paris, Trưởng đoàn Việt Nam đã gặp song phương với Trưởng đoàn OECD.")
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.participants] == [("Lê Hoài Trung", "VNM"), ("OECD", "IGO")]
    assert ev.mode == "third-party"


def test_an_organisation_met_abroad_is_of_the_host_country() -> None:
    text = ("Thứ trưởng Ngoại giao thăm Brazil\n"
            "Trong thời gian ở thăm Brazil, ngày 20/6, Thứ trưởng Ngoại giao Hà Kim Ngọc đã hội đàm với Thứ trưởng "
            "Ngoại giao Brazil Marcos Galvão, làm việc với Bộ Nông nghiệp.")
    found = {(p.name, p.country, p.country_rule) for e in events(run(text)) for p in e.participants}
    assert ("Bộ Nông nghiệp", "BRA", "organisation-met-abroad") in found
    assert ("Marcos Galvão", "BRA", "office") in found


def test_a_later_mention_of_a_planned_meeting_without_its_own_date_is_the_plan() -> None:
    text = ("Ngày 9/5, Nhà Trắng cho biết Tổng thống Mỹ Donald Trump sẽ gặp Ngoại trưởng Nga Sergei Lavrov.\n"
            "Cuộc gặp giữa Tổng thống Donald Trump và Ngoại trưởng Sergei Lavrov diễn ra trong bối cảnh căng thẳng.")
    assert events(run(text)) == []


def test_a_planned_meeting_reported_later_with_its_own_date_is_an_event() -> None:
    text = ("Ngày 1/6, Nhà Trắng cho biết Tổng thống Mỹ Donald Trump sẽ gặp Ngoại trưởng Nga Sergei Lavrov.\n"
            "Sáng 3/6, Tổng thống Donald Trump đã tiếp Ngoại trưởng Sergei Lavrov tại Nhà Trắng.")
    [ev] = events(run(text))
    assert ev.date.value == "2017-06-03"


def test_each_document_of_a_signed_list_takes_the_contexts_its_own_stretch_names() -> None:
    text = ("Ngày 3/6, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
            "Hai Thủ tướng chứng kiến lễ ký 3 văn kiện: Bản ghi nhớ về hợp tác phòng chống ma túy giữa Bộ Công an "
            "Việt Nam và Bộ An ninh Lào; Thỏa thuận về thương mại giữa Bộ Công Thương Việt Nam và Bộ Công "
            "Thương Lào; Kế hoạch hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.")
    signed = {ev.actors[0].name: ev.contexts for ev in events(run(text)) if ev.type == "SUPPORT"}
    assert signed["Bộ Công an Việt Nam"] == ("illegal_drugs",)
    assert signed["Bộ Công Thương Việt Nam"] == ("economic",)
    assert set(signed["Bộ Y tế Việt Nam"]) == {"illegal_drugs", "economic"}


def test_a_passive_signing_dated_in_its_sentence_is_reported_an_undated_one_is_background() -> None:
    dated = ("Ngày 5/6, tại Tokyo, thỏa thuận hợp tác phát triển dự án đô thị đã được ký kết giữa Ủy ban Nhân dân "
             "thành phố Hà Nội và Tập đoàn Sumitomo (Nhật Bản).")
    [ev] = [e for e in events(run(dated)) if e.type == "SUPPORT"]
    assert {p.name for p in ev.actors} == {"Ủy ban Nhân dân thành phố Hà Nội", "Tập đoàn Sumitomo"}
    undated = ("Hai bên nhất trí triển khai các thỏa thuận đã được ký kết giữa Bộ Công an Việt Nam và Bộ An ninh "
               "Lào.")
    assert events(run(undated)) == []


def test_a_counterpart_named_by_office_alone_is_not_someone_else_of_the_articles_main_country() -> None:
    text = ("Ngày 6/6, Tổng thống Donald Trump chỉ trích Qatar. Quốc vương Qatar Tamim Al Thani phản đối.\n"
            "Ngày 6/6, Bộ trưởng Quốc phòng Mỹ James Mattis đã điện đàm với Bộ trưởng Quốc phòng Qatar.")
    names = {p.name for e in events(run(text)) for p in e.participants}
    assert "Donald Trump" not in names


def test_an_attribution_opened_by_con_theo_is_no_side() -> None:
    text = ("Ngày 31/5, còn theo Cổng thông tin điện tử Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng "
            "thống Hoa Kỳ Donald Trump.")
    [ev] = events(run("Còn" + text[4:]))
    assert {p.name for p in ev.participants} == {"Nguyễn Xuân Phúc", "Donald Trump"}


def test_the_head_of_a_foreign_delegation_keeps_its_country_through_the_article() -> None:
    """Sample 03 (written for sukien): a Chinese deputy minister with a Sino-Vietnamese name heads the visiting
    delegation, is received, then co-chairs a dialogue and signs with a Vietnamese deputy minister."""
    line = next(raw for raw in SAMPLES.read_text(encoding="utf-8").splitlines() if '"sample-03"' in raw)
    article = json.loads(line)
    doc = find_events(clean(Document(id="s3", original=article["text"], published=article["published"])))
    got = [(e.type, sorted((p.name, p.country) for p in e.participants)) for e in events(doc)]
    assert got == [
        ("CONSULT", [("Trần Tư Nguyên", "CHN"), ("Tô Lâm", "VNM")]),
        ("CONSULT", [("Lê Quốc Hùng", "VNM"), ("Trần Tư Nguyên", "CHN")]),
        ("SUPPORT", [("Lê Quốc Hùng", "VNM"), ("Trần Tư Nguyên", "CHN")]),
    ]


def test_a_reception_of_the_delegation_named_by_the_bare_word_doan_is_of_its_head() -> None:
    text = ("Đoàn đại biểu Đảng Xã hội Pháp do ông Jean Dupont, Phó Tổng Thư ký Đảng Xã hội Pháp dẫn đầu, "
            "sang thăm Việt Nam từ ngày 1-3/6.\n"
            "Chiều 2/6, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã thân mật tiếp Đoàn.\n")
    [ev] = [e for e in events(run(text)) if e.type == "CONSULT"]
    assert [p.name for p in ev.actors] == ["Jean Dupont"] and [p.name for p in ev.recipients] == [
        "Nguyễn Thị Kim Ngân"]


def test_vietnamese_leaders_called_on_one_after_the_other_are_separate_meetings() -> None:
    text = ("Ngày 7/6, Tổng thống Séc Milos Zeman đã hội kiến Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Quốc hội "
            "Nguyễn Thị Kim Ngân tại Hà Nội.\n")
    met = sorted(p.name for e in events(run(text)) for p in e.recipients)
    assert met == ["Nguyễn Phú Trọng", "Nguyễn Thị Kim Ngân"]


def test_a_counterpart_named_by_office_alone_is_its_holder_in_the_article() -> None:
    text = ("Chiều 5/7, Thủ tướng Nguyễn Xuân Phúc đã đến thăm bang Bavaria (Đức).\n"
            "Thủ hiến bang Bavaria Horst Seehofer đã đón và hội kiến Thủ tướng Chính phủ và Đoàn đại biểu cấp cao "
            "Việt Nam.\n")
    [ev] = [e for e in events(run(text)) if e.type == "CONSULT"]
    assert {p.name for p in ev.participants} == {"Horst Seehofer", "Nguyễn Xuân Phúc"}


def test_a_call_held_between_two_named_officials_is_theirs() -> None:
    text = ("Ngày 4/7, cuộc điện đàm được tiến hành giữa Thư ký Hội đồng An ninh Nga Nikolai Patrushev và người "
            "đồng cấp Iran Ali Shamkhani.\n")
    [ev] = events(run(text))
    assert ev.mode == "phone" and [p.name for p in ev.actors] == ["Nikolai Patrushev", "Ali Shamkhani"]


def test_a_signing_dated_only_by_past_years_is_background() -> None:
    text = ("Chiều 2/6, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Hà Lan Mark Rutte tại La Hay.\n"
            "Hai bên đã ký Tuyên bố chung về hợp tác đào tạo năm 2005.\n")
    assert [e.type for e in events(run(text))] == ["CONSULT"]


def test_joy_at_meeting_again_is_a_remark_not_a_meeting() -> None:
    text = ("Chiều 2/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thống đốc bang Victoria Daniel Andrews tại Hà Nội.\n"
            "Vui mừng gặp lại Thống đốc Daniel Andrews, Thủ tướng nhấn mạnh chuyến thăm Australia của Tổng Bí thư "
            "Nguyễn Phú Trọng.\n")
    [ev] = events(run(text))
    assert [p.name for p in ev.recipients] == ["Nguyễn Xuân Phúc"]


def test_signers_named_after_the_witnesses_phrase_are_the_participants() -> None:
    text = ("Chiều 5/11, dưới sự chứng kiến của Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Trung Quốc Tập Cận Bình, "
            "Bộ trưởng Bộ Công an Lê Văn Ba và Bộ trưởng Bộ Công an Trung Quốc Quách Thanh Côn đã ký Bản ghi nhớ "
            "về hợp tác phòng, chống tội phạm.\n")
    [ev] = events(run(text))
    assert ev.type == "SUPPORT" and [p.name for p in ev.actors] == ["Lê Văn Ba", "Quách Thanh Côn"]


def test_a_deal_between_businesses_is_no_official_signing() -> None:
    text = "Ngày 2/6, Tập đoàn Hòa Phát đã ký thỏa thuận hợp tác với Tập đoàn Mitsui Nhật Bản tại Tokyo.\n"
    assert events(run(text)) == []


def test_an_abbreviated_international_organisation_is_no_business() -> None:
    text = "Ngày 2/6, tại Jakarta, ASEAN đã ký Bản ghi nhớ hợp tác với Bộ Ngoại giao Hàn Quốc về phát triển.\n"
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.actors] == [("ASEAN", "IGO"), ("Bộ Ngoại giao Hàn Quốc", "KOR")]


def test_the_abbreviation_of_a_signer_is_no_signer_of_its_own() -> None:
    text = ("Ngày 5/6, tại Hà Nội, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) và Tổ chức Xúc tiến Thương mại "
            "Nhật Bản (JETRO) đã ký Bản ghi nhớ hợp tác về đầu tư.\n")
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.actors] == [("Phòng Thương mại và Công nghiệp Việt Nam", "VNM"),
                                                        ("Tổ chức Xúc tiến Thương mại Nhật Bản", "JPN")]


@pytest.mark.parametrize("text", [
    "Ngày 2/6, tại Hà Nội, Bộ Công an đã ký Bản ghi nhớ hợp tác với Bộ Ngoại giao Hàn Quốc về an ninh.\n",
    "Ngày 2/6, tại Hà Nội, Bộ Công an đã ký với Bộ Ngoại giao Hàn Quốc Bản ghi nhớ hợp tác về an ninh.\n",
])
def test_an_organisation_signs_with_the_one_named_after_voi(text: str) -> None:
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.actors] == [("Bộ Công an", "VNM"), ("Bộ Ngoại giao Hàn Quốc", "KOR")]


@pytest.mark.parametrize("sentence", [
    "Sáng 6/6, Thủ tướng tiếp Tổng Thư ký Liên Hợp Quốc Antonio Guterres.",
    "Trước đó, Thủ tướng đã có một số hoạt động tại New York như gặp Tổng Thư ký Liên Hợp Quốc Antonio Guterres.",
])
def test_an_office_alone_as_subject_is_its_holder_named_before(sentence: str) -> None:
    text = f"Chiều 5/6, Thủ tướng Nguyễn Xuân Phúc đến New York.\n{sentence}\n"
    [ev] = events(run(text))
    assert {p.name for p in ev.participants} == {"Nguyễn Xuân Phúc", "Antonio Guterres"}


def test_a_speakers_title_is_no_subject() -> None:
    text = ("Người phát ngôn Park Soo-hyun của Tổng thống Moon Jae-in cho biết trong cuộc gặp với Thượng nghị sỹ Mỹ "
            "Dick Durbin ngày 31/5, ông Moon nêu rõ lập trường.\n")
    assert all("Park Soo-hyun" not in {p.name for p in ev.participants} for ev in events(run(text)))


def test_attending_a_round_table_with_organisations_is_no_meeting() -> None:
    text = ("Ngày 30/5, tại Washington, Thủ tướng Nguyễn Xuân Phúc tiếp một số quan chức, tập đoàn của Mỹ, dự tọa "
            "đàm với Phòng Thương mại Mỹ và Hội đồng Kinh doanh ASEAN - Mỹ.\n")
    assert events(run(text)) == []


def test_a_meeting_later_that_day_with_no_place_is_hosted_where_the_first_was() -> None:
    text = ("Chiều 12-5, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội kiến Thủ tướng Trung Quốc Lý Khắc Cường.\n"
            "Tối cùng ngày, Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh.\n")
    assert [([p.name for p in ev.actors], [p.name for p in ev.recipients]) for ev in events(run(text))] == [
        (["Trần Đại Quang"], ["Lý Khắc Cường"]), (["Trần Đại Quang"], ["Du Chính Thanh"])]


def test_a_remark_made_at_a_meeting_reports_the_meeting_with_the_envoy_not_his_sender() -> None:
    text = ("Ông Tập Cận Bình đưa ra lời kêu gọi trên tại cuộc gặp với đặc phái viên Lee Hae-chan của tân Tổng thống "
            "Hàn Quốc Moon Jae-in, diễn ra ngày 19/5 ở thủ đô Bắc Kinh.\n")
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.participants] == [("Lee Hae-chan", "KOR"), ("Tập Cận Bình", "CHN")]


def test_a_meeting_that_is_the_subject_of_la_has_no_counterpart_after_it() -> None:
    text = ("Tham gia hội nghị G20 và gặp gỡ lãnh đạo các nền kinh tế lớn của thế giới là một thách thức nữa với "
            "Tổng thống Mỹ Donald Trump.\n")
    assert events(run(text)) == []


def test_a_signing_told_about_is_no_signing() -> None:
    text = ("Chiều 30/5, Thủ tướng Nguyễn Xuân Phúc tiếp ông Robert McCooey, Phó Chủ tịch NASDAQ, Hoa Kỳ. "
            "Ông Robert McCooey cũng thông tin với Thủ tướng về việc NASDAQ vừa ký kết Bản ghi nhớ với VNG.\n")
    assert [ev.type for ev in events(run(text))] == ["CONSULT"]


def test_businesses_listed_after_their_kind_and_country_are_one_counterpart_each() -> None:
    text = ("Ngày 30/5, tại New York, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng Thư ký Liên Hợp Quốc Antonio "
            "Guterres.\nCùng ngày, Thủ tướng cũng có các cuộc gặp với lãnh đạo các tập đoàn hàng đầu của Hoa Kỳ đang "
            "có những dự án đầu tư lớn tại Việt Nam như Exxon Mobil, Coca Cola, Nike.\n")
    met = [(ev.participants[-1].name, ev.participants[-1].country, ev.location.value) for ev in events(run(text))]
    assert met[1:] == [("Exxon Mobil", "USA", "New York"), ("Coca Cola", "USA", "New York"),
                       ("Nike", "USA", "New York")]


def test_a_reception_told_in_a_caption_says_who_hosts_a_meeting_told_as_joint() -> None:
    text = ("Ngày 12/5, tại Phnom Penh, Campuchia, Thủ tướng Nguyễn Xuân Phúc dự Diễn đàn Kinh tế Thế giới.\n"
            "Thủ tướng Nguyễn Xuân Phúc tiếp ông Philipp Roesler. Ảnh: Thống Nhất/TTXVN Sáng cùng ngày, Thủ tướng "
            "Nguyễn Xuân Phúc và Giám đốc điều hành WEF Philipp Roesler đã hội đàm.\n")
    [ev] = events(run(text))
    assert (ev.mode, [p.name for p in ev.actors]) == ("visit", ["Philipp Roesler"])


def test_a_meeting_set_before_both_sides_talk_is_the_protagonists() -> None:
    text = ("Ngày 12-5, tại Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội kiến Thủ tướng Trung Quốc Lý Khắc Cường.\n"
            "Tại buổi hội kiến với Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh, hai bên bày tỏ vui mừng.\n")
    assert [{p.name for p in ev.participants} for ev in events(run(text))] == [
        {"Trần Đại Quang", "Lý Khắc Cường"}, {"Trần Đại Quang", "Du Chính Thanh"}]


def test_a_head_of_a_delegation_led_by_do_takes_its_country() -> None:
    text = ("Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Lưu Kỳ Bảo, Trưởng Ban Tuyên truyền làm Trưởng đoàn.\n"
            "Chiều 24-5, tại Trịnh Châu, đồng chí Võ Văn Thưởng đã có cuộc hội đàm với đồng chí Lưu Kỳ Bảo.\n")
    [ev] = events(run(text))
    assert {(p.name, p.country) for p in ev.participants} == {("Võ Văn Thưởng", "VNM"), ("Lưu Kỳ Bảo", "CHN")}


def test_a_call_named_as_past_is_background() -> None:
    text = "Ngày 10/2, ông Trump cũng đã mô tả cuộc điện đàm vừa qua giữa ông với Chủ tịch Trung Quốc Tập Cận Bình.\n"
    assert events(run(text)) == []


def test_people_each_named_before_their_own_office_are_received_one_by_one() -> None:
    text = ("Chiều 4/6, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc đã tiếp Hạ nghị sĩ Tsuyoshi Yaguchi, Chủ tịch Ủy ban An "
            "ninh Hạ viện Nhật Bản và ông Tadash Maeda, Giám đốc điều hành ngân hàng JBIC.\n")
    assert [[p.name for p in ev.actors] for ev in events(run(text))] == [["Tsuyoshi Yaguchi"], ["Tadash Maeda"]]


def test_a_queen_is_received_by_her_title() -> None:
    text = "Chiều 1/6, tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ đã thân mật tiếp Hoàng hậu Hà Lan Maxima.\n"
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.actors] == [("Maxima", "NLD")]


def test_an_organisation_at_its_own_seat_receives() -> None:
    text = ("Ngày 30/5, tại Trụ sở Liên Hợp Quốc, New York, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã hội đàm với Tổng "
            "Thư ký Liên Hợp Quốc Antonio Guterres.\n")
    [ev] = events(run(text))
    assert (ev.mode, [p.name for p in ev.actors]) == ("visit", ["Nguyễn Xuân Phúc"])


def test_beijing_and_hong_kong_are_no_foreign_relation() -> None:
    text = "Ngày 29/6, Chủ tịch Trung Quốc Tập Cận Bình đã gặp Trưởng Đặc khu hành chính Hồng Kông Lương Chấn Anh.\n"
    assert [ev for ev in events(run(text)) if ev.international] == []


def test_signings_counted_to_date_are_background() -> None:
    text = "Tại Tokyo, hai bên hội đàm. Đến nay, 23 cặp địa phương của Việt Nam và Nhật Bản đã ký văn bản hợp tác.\n"
    assert [ev for ev in events(run(text)) if ev.type == "SUPPORT"] == []


def test_a_second_verb_joined_by_va_keeps_the_subject() -> None:
    text = ("Ngày 4/7, tại New Delhi, Bộ trưởng Phạm Bình Minh đã chào xã giao Phó Tổng thống Hamid Ansari và tiếp Bộ "
            "trưởng Tài chính Arun Jaitley.\n")
    assert [{p.name for p in ev.participants} for ev in events(run(text))] == [
        {"Phạm Bình Minh", "Hamid Ansari"}, {"Phạm Bình Minh", "Arun Jaitley"}]


def test_a_dated_setting_whose_sides_are_named_after_it_is_reported() -> None:
    text = ("Trong cuộc hội đàm ngày 3/2, Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo và người đồng cấp Mỹ James Mattis "
            "nhất trí tiếp tục thảo luận.\n")
    [ev] = events(run(text))
    assert {p.name for p in ev.participants} == {"Han Min-koo", "James Mattis"}


def test_talks_between_the_two_leaders_are_those_of_the_two_named_before() -> None:
    text = ("Ngày 10/2, Tổng thống Slovenia Borut Pahor đang có chuyến thăm chính thức tại Nga và những tuyên bố của "
            "Tổng thống Nga Vladimir Putin được đưa ra sau cuộc hội đàm giữa hai nhà lãnh đạo.\n")
    [ev] = events(run(text))
    assert {p.name for p in ev.participants} == {"Borut Pahor", "Vladimir Putin"}


def test_a_meeting_proposed_is_no_meeting() -> None:
    text = ("Ngày 10/2, Tổng thống Slovenia Borut Pahor đề xuất chọn thủ đô nước này làm nơi diễn ra cuộc gặp đầu tiên "
            "giữa hai Tổng thống Trump và Putin.\n")
    assert events(run(text)) == []


def test_a_given_name_alone_in_a_story_from_vietnam_is_vietnamese() -> None:
    text = ("Ngày 22/4, tại Hà Nội, ông Kình cho biết ông đã gọi điện thoại với Chủ tịch UBND Hà Nội Nguyễn Đức Chung. "
            "Trung Quốc không liên quan.\n")
    assert [ev for ev in events(run(text)) if ev.international] == []


def test_a_caption_with_no_date_anywhere_reports_no_meeting() -> None:
    text = ("Trước thềm chuyến thăm của Tổng thống Séc tới Việt Nam, báo chí Séc đã có bài đánh giá.\n"
            "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Thủ tướng Cộng hòa Séc Bohuslav Sobotka trong chuyến "
            "thăm chính thức Cộng hòa Séc. (Ảnh: Trọng Đức/TTXVN) Theo phóng viên TTXVN tại Prague, báo chí Séc "
            "đánh giá cao triển vọng hợp tác.\n")
    assert events(run(text)) == []


def test_agreements_handed_over_between_unnamed_businesses_are_one_signing_of_the_two_countries() -> None:
    text = ("Ngày 31/5, tại Washington, Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Mỹ Donald Trump. Ngay trong "
            "sáng 31/5, Thủ tướng đã chứng kiến lễ trao gần 20 thỏa thuận giữa doanh nghiệp hai bên.\n")
    signed = [ev for ev in events(run(text)) if ev.type == "SUPPORT"]
    assert [[(p.name, p.country) for p in ev.actors] for ev in signed] == [[("Việt Nam", "VNM"), ("Mỹ", "USA")]]


def test_a_signing_witnessed_by_two_leaders_with_no_meeting_before_is_of_their_countries() -> None:
    text = ("Ngày 6/6, tại Hà Nội, dưới sự chứng kiến của Tổng thống Cộng hòa Czech Milos Zeman và Phó Thủ tướng "
            "Vương Đình Huệ hai bên đã ký kết 7 văn kiện hợp tác.\n")
    [ev] = events(run(text))
    assert [p.country for p in ev.actors] == ["CZE", "VNM"]


def test_a_business_named_by_a_foreign_brand_on_a_trip_is_of_the_trips_country() -> None:
    text = ("Ngày 30/5, trong chuyến thăm chính thức Hoa Kỳ, Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Mỹ "
            "Donald Trump.\nThủ tướng tiếp lãnh đạo Tập đoàn Coca Cola.\n")
    met = [ev for ev in events(run(text)) if "Tập đoàn Coca Cola" in {p.name for p in ev.participants}]
    assert [([(p.name, p.country) for p in ev.actors], [p.name for p in ev.recipients]) for ev in met] == [
        ([("Tập đoàn Coca Cola", "USA")], ["Nguyễn Xuân Phúc"])]


def test_a_call_is_not_placed_by_a_place_inside_another_clause() -> None:
    text = ("Cùng trong ngày 4/2 khi tướng James Mattis tuyên bố lập trường của Mỹ tại Tokyo, thì ông Dương Khiết Trì "
            "đã điện đàm với Ngoại trưởng Mỹ Rex Tillerson.\n")
    [ev] = events(run(text))
    assert (ev.mode, ev.location.value) == ("phone", None)


def test_the_source_quoted_after_a_call_is_no_counterpart() -> None:
    text = ("Tổng thống Mỹ Donald Trump ngày 8/5 đã điện đàm với Tổng thống Pháp Emmanuel Macron, AFP dẫn lời người "
            "phát ngôn Nhà Trắng Sean Spicer cho biết.\n")
    [ev] = events(run(text))
    assert [p.name for p in ev.actors] == ["Donald Trump", "Emmanuel Macron"]


def test_a_call_made_is_no_plan_because_the_pair_plans_to_meet() -> None:
    text = ("Tổng thống Mỹ Donald Trump điện đàm và chúc mừng ông Emmanuel Macron đắc cử.\n"
            "Hai nhà lãnh đạo nhất trí, Tổng thống Trump và ông Macron sẽ gặp mặt vào ngày 25/5 tại Brussels.\n")
    assert [e.mode for e in events(run(text))] == ["phone"]


@pytest.mark.parametrize("text", [
    "Cho biết sẽ có chuyến thăm chính thức Hoa Kỳ và hội đàm với Tổng thống Donald Trump, Thủ tướng Nguyễn Xuân "
    "Phúc nhấn mạnh tiềm năng hợp tác.\n",
    "Ngày 23/6, Phó Thủ tướng Phạm Bình Minh cùng đoàn đại biểu Quốc hội đã tiếp xúc cử tri tại Quân khu I, "
    "nói về APEC.\n",
    "Ông Mai Tiến Dũng cho hay, Thủ tướng Nguyễn Xuân Phúc là vị lãnh đạo đầu tiên của Việt Nam đến thăm chính "
    "quyền của Tổng thống Mỹ Donald Trump.\n",
])
def test_plans_voters_meetings_and_descriptions_are_no_events(text: str) -> None:
    assert events(run(text)) == []


def test_a_meeting_dated_by_a_month_years_back_is_background() -> None:
    text = ("Vào tháng 8-2009, cựu Tổng thống Mỹ Bill Clinton đến Bình Nhưỡng và gặp gỡ nhà lãnh đạo Triều Tiên "
            "khi ấy là ông Kim Jong-il.\n")
    assert events(run(text)) == []


def test_a_meeting_in_the_hosts_country_during_a_conference_there_is_a_visit() -> None:
    text = ("Trong khuôn khổ chuyến thăm Nhật Bản và tham dự Hội nghị Tương lai châu Á, ngày 6/6, tại Tokyo, Nhật Bản, "
            "Thủ tướng Nguyễn Xuân Phúc đã hội kiến với Chủ tịch Thượng viện Nhật Bản Date Chuichi.\n")
    [ev] = events(run(text))
    assert ev.mode == "visit" and [p.name for p in ev.recipients] == ["Date Chuichi"]


def test_leaders_of_a_province_met_are_the_province_or_its_named_official() -> None:
    text = "Ngày 4/7, Chủ tịch Quốc hội Lào Pany Yathotou đã làm việc với các đồng chí lãnh đạo tỉnh Sơn La.\n"
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.recipients] == [("tỉnh Sơn La", "VNM")]
    more = text + ("Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất nhiệt liệt chào mừng Chủ tịch Quốc hội Lào Pany Yathotou "
                   "ngày 4/7.\n")
    assert [p.name for e in events(run(more)) for p in e.participants] == ["Pany Yathotou", "Hoàng Văn Chất"]


def test_an_abbreviation_the_article_defines_is_the_same_counterpart() -> None:
    text = ("Sáng 26/6, Phó Thủ tướng Vương Đình Huệ có buổi làm việc với Ngân hàng Thế giới (WB) tại Trụ sở "
            "Chính phủ.\nPhó Thủ tướng Vương Đình Huệ làm việc với WB sáng 26/6.\n")
    assert len(events(run(text))) == 1


def test_two_named_sides_co_chairing_are_the_meeting_not_the_people_their_topic_names() -> None:
    text = ("Ngày 5/7, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Chủ tịch Quốc hội Lào Pany Yathotou đã đồng chủ trì "
            "lễ khánh thành tượng đài Chủ tịch Kaysone Phomvihane.\n")
    [ev] = events(run(text))
    assert {p.name for p in ev.participants} == {"Nguyễn Thị Kim Ngân", "Pany Yathotou"}



def test_one_signer_of_an_agreement_named_by_a_pair_of_countries_signed_with_the_other() -> None:
    text = "Ngày 11/7, Ngoại trưởng Mỹ Rex Tillerson đã ký thỏa thuận Mỹ - Qatar về chống tài trợ khủng bố.\n"
    [ev] = events(run(text))
    assert [(p.name, p.country) for p in ev.actors] == [("Rex Tillerson", "USA"), ("Qatar", "QAT")]


def test_meetings_listed_before_the_subject_are_one_each() -> None:
    text = ("Tại các buổi hội kiến với Ủy viên trưởng Trương Đức Giang, Chủ tịch Du Chính Thanh và Ủy viên Lưu Vân "
            "Sơn ngày 12/5, Chủ tịch nước Trần Đại Quang khẳng định hai nước gần gũi.\n"
            "Hai bên nhất trí thúc đẩy quan hệ Việt Nam - Trung Quốc.\n")
    met = sorted(p.name for e in events(run(text)) for p in e.participants if p.name != "Trần Đại Quang")
    assert met == ["Du Chính Thanh", "Lưu Vân Sơn", "Trương Đức Giang"]
