"""From a sentence's triggers and mentions to candidates: the subject side and the counterparts."""

from __future__ import annotations

from sukien.actors import find_mentions
from sukien.events._candidates import Candidate, candidates
from sukien.events._triggers import find_triggers
from sukien.nlp import words


def cands(text: str) -> list[Candidate]:
    return candidates(text, (0, len(text)), find_triggers(text, words(text, 0, len(text))),
                      find_mentions(text, 0, len(text)))


def sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(c.trigger.text, [m.name for m in c.subject], [m.name for m in c.objects]) for c in cands(text)]


def test_subject_before_the_trigger_counterpart_after() -> None:
    assert sides("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda.") == [
        ("tiếp", ["Nguyễn Xuân Phúc"], ["Kunio Umeda"])]


def test_a_list_of_counterparts_is_kept_whole() -> None:
    text = ("Bộ trưởng Quốc phòng Campuchia Tea Banh đến chào xã giao Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước "
            "Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc.")
    assert sides(text) == [("đến chào xã giao", ["Tea Banh"],
                            ["Nguyễn Phú Trọng", "Trần Đại Quang", "Nguyễn Xuân Phúc"])]


def test_a_person_inside_the_counterparts_office_is_no_counterpart() -> None:
    text = ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp ông Kim Moo-sung, Đặc phái viên của Tổng thống Hàn Quốc "
            "Moon Jae-in.")
    assert sides(text) == [("tiếp", ["Nguyễn Thị Kim Ngân"], ["Kim Moo-sung"])]


def test_a_delegation_led_by_a_named_head_gives_the_head() -> None:
    text = ("Thứ trưởng Bộ Công an Lê Quý Vương tiếp Đoàn đại biểu Bộ Công an Lào do Thượng tướng Vilay "
            "Lakhamphong làm Trưởng đoàn.")
    assert sides(text) == [("tiếp", ["Lê Quý Vương"], ["Vilay Lakhamphong"])]


def test_a_delegation_without_a_named_head_is_kept_as_the_delegation() -> None:
    text = "Thứ trưởng Bộ Công an Lê Quý Vương tiếp Đoàn đại biểu Bộ An ninh Lào."
    [c] = cands(text)
    assert c.objects == [] and c.delegation is not None and c.delegation.name == "Bộ An ninh Lào"


def test_organisations_named_one_after_another_are_counterparts() -> None:
    text = "Thủ tướng Nguyễn Xuân Phúc làm việc với Bộ Ngoại giao Nhật Bản và Bộ Tài chính Nhật Bản."
    assert sides(text) == [("làm việc với", ["Nguyễn Xuân Phúc"], ["Bộ Ngoại giao Nhật Bản", "Bộ Tài chính Nhật Bản"])]


def test_a_second_clause_after_the_counterpart_is_cut_off() -> None:
    text = ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda và trao điện mừng của Tổng thống Nga "
            "Vladimir Putin.")
    assert sides(text) == [("tiếp", ["Nguyễn Xuân Phúc"], ["Kunio Umeda"])]


def test_an_attribution_is_no_subject() -> None:
    text = "Theo Bộ Ngoại giao Việt Nam, Thủ tướng Nguyễn Xuân Phúc đã tiếp Đại sứ Nhật Bản Kunio Umeda."
    assert sides(text) == [("tiếp", ["Nguyễn Xuân Phúc"], ["Kunio Umeda"])]


def test_signers_are_the_subject_of_a_signing() -> None:
    text = ("Bộ trưởng Bộ Tài chính Đinh Tiến Dũng và Bộ trưởng Tài chính Lào Lien Thikeo đã ký Bản ghi nhớ về "
            "hợp tác tài chính.")
    [c] = cands(text)
    assert c.trigger.type == "SUPPORT"
    assert [m.name for m in c.subject] == ["Đinh Tiến Dũng", "Lien Thikeo"]


def test_the_parties_of_a_signing_follow_giua() -> None:
    text = ("Hai Thủ tướng chứng kiến lễ ký Bản ghi nhớ hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.")
    [c] = cands(text)
    assert [m.name for m in c.objects] == ["Bộ Y tế Việt Nam", "Bộ Y tế Lào"]


def test_a_signing_with_nothing_signed_is_no_candidate() -> None:
    text = "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith đã ký tên vào sổ lưu niệm."
    assert [c for c in cands(text) if c.trigger.type == "SUPPORT"] == []


def test_a_meeting_inside_quotes_is_no_candidate() -> None:
    assert cands('Chủ tịch nước Trần Đại Quang nói: "Tôi đã tiếp Tổng thống Nga Vladimir Putin".') == []


def test_a_planned_meeting_is_only_a_plan_with_the_people_it_names() -> None:
    [plan] = cands("Tổng thống Mỹ Donald Trump sẽ hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.")
    assert plan.planned and [m.name for m in plan.objects] == ["Donald Trump", "Tập Cận Bình"]


def test_a_thanks_for_a_reception_is_no_candidate() -> None:
    assert cands("Thủ tướng Lào Thongloun Sisoulith cảm ơn Thủ tướng Nguyễn Xuân Phúc đã tiếp đón đoàn.") == []


def test_a_session_chaired_jointly_has_both_chairs_as_sides_and_no_subject() -> None:
    text = ("Nhân chuyến thăm của Thủ tướng Nguyễn Xuân Phúc, phiên họp thứ hai của Ủy ban liên Chính phủ diễn ra "
            "dưới sự đồng chủ trì của Bộ trưởng Bộ Ngoại giao Phạm Bình Minh và Ngoại trưởng Chile Heraldo Muñoz.")
    assert sides(text) == [("dưới sự đồng chủ trì của", [], ["Phạm Bình Minh", "Heraldo Muñoz"])]
    assert cands(text)[0].trigger.direction == "mutual"


def test_a_single_chair_names_no_event() -> None:
    assert cands("Phiên họp diễn ra dưới sự chủ trì của Bộ trưởng Bộ Công Thương Trần Tuấn Anh.") == []


def test_a_chair_named_after_a_reception_is_its_host_not_another_event() -> None:
    text = ("Sáng 5/3, lễ đón Tổng thống Chile Michelle Bachelet được tổ chức tại Phủ Chủ tịch dưới sự chủ trì của "
            "Chủ tịch nước Trần Đại Quang.")
    assert sides(text) == [("đón", [], ["Michelle Bachelet", "Trần Đại Quang"])]


def test_two_officials_who_had_a_working_session_are_both_subjects() -> None:
    text = ("Bộ trưởng Bộ Công Thương Trần Tuấn Anh và Trưởng Đại diện thương mại Hoa Kỳ Robert Lighthizer đã có "
            "buổi làm việc tại Washington.")
    assert sides(text) == [("đã có buổi làm việc", ["Trần Tuấn Anh", "Robert Lighthizer"], [])]


def test_a_plan_stated_after_the_subjects_place_is_still_a_plan() -> None:
    assert [c.planned for c in cands("Thủ tướng Nguyễn Xuân Phúc sẽ đến thủ đô Oa-sinh-tơn, bao gồm: hội đàm với "
                                     "Tổng thống Hoa Kỳ Donald Trump.")] == [True]


def test_an_office_of_a_side_that_prints_no_country_is_no_counterpart() -> None:
    [cand] = cands("Chủ tịch nước Trần Đại Quang gặp Tổng thư ký Đảng Dân chủ Tự do.")
    assert (cand.objects, cand.delegation) == ([], None)


def test_a_visit_to_an_organisations_headquarters_is_a_meeting_with_it() -> None:
    assert sides("Sáng 29/6, Phó Chủ tịch Quốc hội Uông Chu Lưu đã thăm trụ sở của Tập đoàn Samsung tại Suwon.") == [
        ("thăm trụ sở", ["Uông Chu Lưu"], ["Tập đoàn Samsung"])]


def test_the_names_before_a_speech_verb_are_the_speakers_not_the_subject() -> None:
    text = ("Ông Dmitry Peskov cho biết, Nga không có thông tin về luật sư Nga gặp con trai Tổng thống Mỹ Donald "
            "Trump.")
    assert all("Dmitry Peskov" not in [m.name for m in c.subject] for c in cands(text))
    kremlin = ("Điện Kremlin cho biết trong cuộc điện đàm với Quốc vương Qatar Tamim Al Thani, Tổng thống Nga "
               "Vladimir Putin đã khẳng định lập trường của Moskva.")
    assert [(c.subject, [m.name for m in c.objects]) for c in cands(kremlin)] == [
        ([], ["Tamim Al Thani", "Vladimir Putin"])]


def test_a_plan_word_after_a_subject_without_a_person_still_blocks() -> None:
    text = "Ông Park cho hay Tổng thống Mỹ có thể đề cập việc THAAD trong cuộc gặp với Tổng thống Hàn Quốc."
    assert [c for c in cands(text) if not c.planned] == []


def test_a_meeting_coordinated_with_a_planned_one_is_planned_too() -> None:
    text = ("Trong chuyến thăm, dự kiến Thủ tướng sẽ có cuộc hội đàm với Thủ tướng Nhật Bản Shinzo Abe và gặp gỡ "
            "lãnh đạo Quốc hội Nhật Bản.")
    assert all(c.planned for c in cands(text))


def test_a_meeting_longer_than_expected_is_no_plan() -> None:
    text = "Cuộc gặp riêng giữa Thủ tướng Shinzo Abe và Thủ tướng Nguyễn Xuân Phúc đã kéo dài hơn dự kiến."
    assert [c.planned for c in cands(text)] == [False]


def test_the_words_of_a_name_block_nothing() -> None:
    text = "Ngày 5/6, Bộ Công an Việt Nam và Tổ chức Xúc tiến Thương mại Nhật Bản đã ký Bản ghi nhớ hợp tác."
    assert sides(text) == [("đã ký", ["Bộ Công an Việt Nam", "Tổ chức Xúc tiến Thương mại Nhật Bản"], [])]
