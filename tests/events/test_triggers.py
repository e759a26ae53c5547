"""Trigger words: where they are, what they mean, and the words that block them."""

from __future__ import annotations

import pytest

from sukien.events._triggers import Trigger, blocked, find_triggers, has_trigger, split_glued
from sukien.nlp import words


def triggers(text: str) -> list[Trigger]:
    return find_triggers(text, split_glued(text, words(text, 0, len(text))))


def found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.direction, t.mode) for t in triggers(text)]


def is_blocked(text: str, subject: str) -> bool:
    """Is the (single) trigger of ``text`` blocked, the subject ending after ``subject``."""
    [trig] = triggers(text)
    return blocked(text, 0, text.index(subject) + len(subject), trig)


def test_has_trigger_is_a_cheap_word_test() -> None:
    assert has_trigger("Thủ tướng tiếp Đại sứ.")
    assert has_trigger("Hai bên ký Bản ghi nhớ.")
    assert not has_trigger("Hà Nội có mưa rào và dông.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda.",
     [("tiếp", "CONSULT", "host-first", None)]),
    ("Đại sứ Nhật Bản Kunio Umeda đến chào xã giao Thủ tướng Nguyễn Xuân Phúc.",
     [("đến chào xã giao", "CONSULT", "visitor-first", None)]),
    ("Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe.",
     [("hội đàm với", "CONSULT", "mutual", None)]),
    ("Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe.",
     [("điện đàm với", "CONSULT", "mutual", "phone")]),
    ("Thủ tướng Nguyễn Xuân Phúc hội đàm trực tuyến với Thủ tướng Nhật Bản Shinzo Abe.",
     [("hội đàm trực tuyến", "CONSULT", "mutual", "phone")]),
    ("Bộ trưởng Tài chính Lào Lien Thikeo đã ký Bản ghi nhớ.",
     [("đã ký", "SUPPORT", "signing", None)]),
])
def test_triggers_carry_type_direction_and_mode(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected


def test_trigger_offsets_point_at_the_words() -> None:
    text = "Tin ngắn. Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda."
    start = text.index("Thủ")
    [t] = find_triggers(text, words(text, start, len(text)))
    assert (t.start, t.end) == (text.index("tiếp"), text.index("tiếp") + 4) and text[t.start:t.end] == t.text


def test_the_longest_trigger_wins() -> None:
    assert [t for t, *_ in found("Thủ tướng Nguyễn Xuân Phúc có cuộc điện đàm với Thủ tướng Nhật Bản Shinzo Abe.")
            ] == ["có cuộc điện đàm"]


@pytest.mark.parametrize("text", [
    "Hai bên nhất trí tiếp tục thúc đẩy hợp tác.",
    "Tại buổi tiếp, hai bên trao đổi về hợp tác.",
    "Sau lễ đón, hai Thủ tướng trao đổi ý kiến.",
])
def test_a_trigger_inside_a_longer_word_or_as_a_noun_is_none(text: str) -> None:
    assert all(t != "tiếp" and t != "đón" for t, *_ in found(text))


def test_a_bare_meeting_noun_after_its_named_sides_is_a_trigger() -> None:
    text = "Tổng thống Emmanuel Macron và Thủ tướng Canada Justin Trudeau trong cuộc điện đàm ngày 3/6 đã nhất trí."
    assert [t for t, *_ in found(text)] == ["cuộc điện đàm"]


def test_a_bare_meeting_noun_as_a_setting_is_no_trigger() -> None:
    assert found("Trong cuộc điện đàm ngày 3/6, hai bên đã nhất trí.") == []


@pytest.mark.parametrize("text", [
    "Bộ trưởng Lê Văn Bảo đã có cuộc hội đàm trực tuyến với Bộ trưởng Nội vụ Lào.",
    "Bộ trưởng Lê Văn Bảo hội đàm với Bộ trưởng Nội vụ Lào theo hình thức trực tuyến.",
    "Bộ trưởng Lê Văn Bảo có cuộc gặp qua video với Bộ trưởng Nội vụ Lào.",
])
def test_a_meeting_held_online_is_a_call(text: str) -> None:
    assert [mode for *_, mode in found(text)] == ["phone"]


def test_online_trade_is_no_online_meeting() -> None:
    text = "Bộ trưởng Lê Văn Bảo hội đàm với Bộ trưởng Nội vụ Lào về thương mại trực tuyến."
    assert [mode for *_, mode in found(text)] == [None]


def test_a_trigger_word_glued_to_an_honorific_is_still_found() -> None:
    assert found("Đại tướng Ngô Xuân Lịch tiếp Ngài Tea Banh.") == [("tiếp", "CONSULT", "host-first", None)]


def test_a_trigger_word_glued_to_the_hosts_name_is_still_found() -> None:
    text = "Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tiếp Bộ trưởng Ngoại giao Nhật Bản Taro Kono."
    assert found(text) == [("tiếp", "CONSULT", "host-first", None)]


def test_a_trigger_word_glued_to_a_short_name_is_still_found() -> None:
    assert found("Bộ trưởng Tô Lâm tiếp Ngài Saleh Adibi.") == [("tiếp", "CONSULT", "host-first", None)]


def test_a_title_is_never_split_for_a_trigger_inside_it() -> None:
    text = "Tổng Thư ký Interpol Jurgen Stock làm trưởng đoàn."
    assert "Tổng Thư" not in [w.text for w in split_glued(text, words(text, 0, len(text)))]


def test_no_words_no_triggers() -> None:
    assert find_triggers("tiếp", []) == []


# --- blockers -------------------------------------------------------------------------------------------------


def test_a_reported_meeting_is_not_blocked() -> None:
    assert not is_blocked("Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Nhật Bản Shinzo Abe.",
                          "Nguyễn Xuân Phúc")


def test_a_plan_is_blocked() -> None:
    assert is_blocked("Thủ tướng Nguyễn Xuân Phúc sẽ hội đàm với Thủ tướng Nhật Bản Shinzo Abe.", "Nguyễn Xuân Phúc")
    assert is_blocked("Thủ tướng Nguyễn Xuân Phúc dự kiến hội đàm với Thủ tướng Nhật Bản Shinzo Abe.",
                      "Nguyễn Xuân Phúc")


def test_a_remark_in_speech_is_blocked() -> None:
    assert is_blocked("Đại sứ Nhật Bản Kunio Umeda cảm ơn Thủ tướng Nguyễn Xuân Phúc đã tiếp ông.",
                      "Nguyễn Xuân Phúc")


def test_a_signing_named_as_a_thing_is_blocked() -> None:
    assert is_blocked("Ông Shinzo Abe hoan nghênh việc ký Hiệp định.", "Shinzo Abe")


def test_a_signing_dated_to_a_past_year_is_blocked() -> None:
    assert is_blocked("Hai nước đã ký năm 2015 Hiệp định về biên giới.", "Hai nước")


def test_an_invitation_accepted_does_not_block_the_visit() -> None:
    text = "Theo lời mời của Thủ tướng Nguyễn Xuân Phúc, Thủ tướng Nhật Bản Shinzo Abe đã hội đàm với ông."
    assert not is_blocked(text, "Shinzo Abe")


def test_a_meeting_in_a_clause_after_sau_khi_is_background_a_signing_after_the_comma_is_not() -> None:
    assert is_blocked("Cuộc đàm phán diễn ra hai tuần sau khi Tổng thống Mỹ Donald Trump và người đồng cấp Nga "
                      "Vladimir Putin có cuộc gặp tại Đức.", "Vladimir Putin")
    assert not is_blocked("Sau khi kết thúc, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào đã ký Tuyên bố chung.",
                          "Thủ tướng Lào")


def test_a_meeting_called_the_first_of_its_kind_is_a_description_not_a_report() -> None:
    assert is_blocked("Đây là cuộc tiếp xúc đầu tiên giữa Thủ tướng Nguyễn Xuân Phúc với Tổng thống Mỹ.", "Đây")


def test_a_meeting_named_as_the_setting_of_a_plan_is_blocked() -> None:
    assert is_blocked("Trong cuộc hội đàm với Tổng thống Mỹ Donald Trump tại Đức, Tổng thống Nga Vladimir Putin sẽ "
                      "đề nghị trả lại hai khu nhà.", "Trong")
    assert not is_blocked("Trong cuộc hội đàm với Tổng thống Mỹ Donald Trump tại Đức, Tổng thống Nga Vladimir Putin "
                          "đã đề nghị trả lại hai khu nhà.", "Trong")


def test_a_meeting_announced_as_expected_is_blocked() -> None:
    assert is_blocked("Nguồn tin cho biết trong cuộc hội đàm dự kiến tại Washington ngày 10/5, hai bên bàn về Syria.",
                      "Nguồn tin")


def test_a_meeting_recalled_is_blocked() -> None:
    assert is_blocked("Chủ tịch Tập Cận Bình đã hồi tưởng lại cuộc gặp với Chủ tịch nước Trần Đại Quang ở Lima.",
                      "Tập Cận Bình")


def test_a_dialogue_mechanism_is_no_meeting() -> None:
    assert is_blocked("Sự kiện nằm trong cơ chế đối thoại toàn diện do hai Tổng thống thiết lập.", "Sự kiện")


def test_many_meetings_in_general_are_no_report() -> None:
    assert is_blocked("Hội nghị G20 khai mạc với nhiều cuộc gặp quan trọng.", "Hội nghị G20")


def test_a_reception_made_a_noun_is_no_report() -> None:
    assert is_blocked("Sự đón tiếp Quốc vương Saudi dành cho Tổng thống Trump khác hẳn năm trước.", "Sự")


@pytest.mark.parametrize("text", [
    "Ông Hill đã có nhiều kinh nghiệm làm việc với phía Triều Tiên.",
    "Ông Trump từng nói về khả năng tiếp đón nhà lãnh đạo Kim Jong-un ở Washington.",
    "NATO không có ý định đối thoại với Nga.",
])
def test_experience_possibility_and_intention_are_no_report(text: str) -> None:
    assert is_blocked(text, text.split()[1])


def test_a_letter_of_intent_signed_is_a_signing() -> None:
    assert not is_blocked("Hai Thủ tướng đã ký Ý định thư về các dự án.", "Hai Thủ tướng")


def test_a_meeting_on_whose_eve_something_happens_is_a_plan() -> None:
    assert is_blocked("Động thái được đưa ra ngay trước thềm cuộc gặp giữa Thủ tướng Ấn Độ và Tổng thống Mỹ.",
                      "Động thái")


@pytest.mark.parametrize(("text", "subject"), [
    ("Than Quảng Ninh gặp hên đầu năm khi CLB của Lào bỏ giải.", "Than Quảng Ninh"),
    ("Điện Kremlin bình luận nếu ông Trump quyết định gặp ông Poroshenko trước.", "Điện Kremlin"),
    ("Nhà Trắng điều tra việc rò rỉ nội dung điện đàm giữa Tổng thống Trump với các lãnh đạo.", "Nhà Trắng"),
    ("Khả năng khó xảy ra trong quan hệ Nga - Nhật về ký kết Hiệp ước Hòa bình.", "Nhật"),
])
def test_luck_conditions_contents_and_topics_are_no_report(text: str, subject: str) -> None:
    assert is_blocked(text, subject)


def test_a_meeting_named_as_a_noun_that_will_take_place_is_a_plan() -> None:
    text = "Cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Donald Trump sẽ diễn ra vào chiều 31/5."
    [trig] = triggers(text)
    assert blocked(text, 0, 0, trig) == "plan"
    done = "Cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Donald Trump đã diễn ra vào chiều 31/5."
    [trig] = triggers(done)
    assert blocked(done, 0, 0, trig) is None


def test_preparing_to_receive_is_a_plan() -> None:
    text = "Tổng thống Donald Trump đang chuẩn bị đón tiếp Thủ tướng Việt Nam."
    [trig] = triggers(text)
    assert blocked(text, 0, text.index("Trump") + 5, trig) == "plan"


@pytest.mark.parametrize(("text", "subject"), [
    ("Trung tâm huấn luyện của MU hôm qua bất ngờ đón sự trở lại của Bryan Robson.", "MU"),
    ("Phòng khánh tiết này là nơi đón tiếp Tổng thống Mỹ Bill Clinton.", "Phòng khánh tiết"),
    ("Bà nhắc đến cuộc gặp giữa Tổng thống Trump và Ngoại trưởng Ukraine.", "Bà"),
    ("Tin đồn lan ra chỉ một ngày trước cuộc gặp giữa Tổng thống Trump và Ngoại trưởng Nga.", "Tin đồn"),
])
def test_places_mentions_and_eves_of_meetings_are_no_report(text: str, subject: str) -> None:
    assert is_blocked(text, subject)


def test_going_to_where_someone_is_met_is_a_report() -> None:
    assert not is_blocked("Tổng thống Putin đi thẳng tới nơi gặp Thủ tướng Nhật Bản Shinzo Abe.", "Putin")


def test_a_page_posting_a_ceremony_is_no_report() -> None:
    assert is_blocked("Trang thông tin của Bộ Ngoại giao Nhật Bản cũng đăng tải lễ đón Thủ tướng.", "Bộ Ngoại giao")


def test_an_audience_with_someone_is_a_call_on_them() -> None:
    [trig] = triggers("Phó Thủ tướng Phạm Bình Minh đã tiếp kiến Nhà vua Tây Ban Nha Felipe VI.")
    assert trig.direction == "visitor-first"


@pytest.mark.parametrize(("text", "subject"), [
    ("Ông Trump đã ký sắc lệnh rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương.", "Ông Trump"),
    ("Triều Tiên cáo buộc NIS và CIA tiếp xúc một công nhân ở Nga.", "Triều Tiên"),
])
def test_orders_and_accusations_are_no_report(text: str, subject: str) -> None:
    assert is_blocked(text, subject)


def test_whether_someone_met_is_no_report() -> None:
    assert is_blocked("FBI điều tra liệu Bộ trưởng Jeff Sessions có gặp Đại sứ Nga Sergey Kislyak hay không.", "FBI")
