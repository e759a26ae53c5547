"""Dates: every printed form, the year and anchor rules, what is not a date, and agreement with the gold."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from sukien.lexicons import table
from sukien.resolve.dates import DateMention, date_for, dated_in_the_past, find_dates, long_before, opens_with_day

# Share of the gold events of shared/gold/{seeds,dev}.jsonl whose date date_for() gets right by score.py's
# date_ok; measured 133/134 = 0.993. Raise as the resolver improves, never lower.
FLOOR_GOLD_DATE = 0.98


def one(text: str, published: str | None) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


def value(text: str, published: str | None) -> str | None:
    return one(text, published).value


def sentence_date(text: str, sentence: str, published: str | None) -> str | None:
    start = text.index(sentence)
    got = date_for(text, published, start, start + len(sentence))
    return got.value if got else None


# --- the lexicons -------------------------------------------------------------------------------------------


def test_lexicons_are_nfc_with_known_kinds() -> None:
    kinds = {"part", "cue", "weekday", "weekshift", "month", "unit", "lunar", "docno", "future", "vague",
             "opener", "break", "quantity", "past_mark", "amends"}
    rows = table("dates_words.tsv", 3)
    assert len({(phrase, kind) for phrase, kind, _ in rows}) == len(rows)
    for phrase, kind, _ in rows:
        assert unicodedata.normalize("NFC", phrase) == phrase
        assert kind in kinds, phrase
    for phrase, anchor, unit, offset, part in table("dates_relative.tsv", 5):
        assert unicodedata.normalize("NFC", phrase) == phrase
        assert anchor in ("published", "previous", "previous-only"), phrase
        assert unit in ("day", "week", "month", "year"), phrase
        assert re.fullmatch(r"-?\d+", offset) and part in ("required", "optional", "none"), phrase


# --- days, months and years as printed ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "raw", "expected"), [
    ("Ngày 10/1, tại Hà Nội", "2024-01-12", "Ngày 10/1", "2024-01-10"),
    ("Chiều 16/4, tại Trụ sở", "2017-04-17", "Chiều 16/4", "2017-04-16"),
    ("Sáng 10-1, hai bên", "2017-01-11", "Sáng 10-1", "2017-01-10"),
    ("vào ngày 7.7 bên lề", "2017-07-08", "vào ngày 7.7", "2017-07-07"),
    ("tối 10.1 tại", "2017-01-11", "tối 10.1", "2017-01-10"),
    ("ngày 10/1/2024, tại Hà Nội", None, "ngày 10/1/2024", "2024-01-10"),
    ("Ngày 10-1-2024, tại Hà Nội", None, "Ngày 10-1-2024", "2024-01-10"),
    ("đã ký ngày 10 tháng 1 năm 2024 tại", None, "ngày 10 tháng 1 năm 2024", "2024-01-10"),
    ("Hôm 5-2, bà Inada nói", "2017-02-06", "Hôm 5-2", "2017-02-05"),
    ("Thứ Năm (25/5), Tổng thống", "2017-05-26", "Thứ Năm (25/5)", "2017-05-25"),
    ("thứ Hai, 22/5, Thủ tướng", "2017-05-23", "thứ Hai, 22/5", "2017-05-22"),
    ("Chủ nhật 5/2 tại", "2017-02-06", "Chủ nhật 5/2", "2017-02-05"),
    ("Sáng nay (8/2), tại Hà Nội", "2017-05-08", "Sáng nay (8/2)", "2017-02-08"),
    ("Chiều nay 1/10, Đặc phái viên", "2020-10-01", "Chiều nay 1/10", "2020-10-01"),
    ("Cùng ngày 16/5, Ngoại trưởng", "2017-05-16", "Cùng ngày 16/5", "2017-05-16"),
    ("Trước đó, sáng 12/5, Thượng tướng", "2017-05-13", "Trước đó, sáng 12/5", "2017-05-12"),
])
def test_days_as_printed(text: str, published: str | None, raw: str, expected: str) -> None:
    got = one(text, published)
    assert (got.raw, got.value, got.end_value) == (raw, expected, None)
    assert text[got.start:got.end] == got.raw


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("(TTXVN 22/5) - Thủ tướng", "22/5", "2017-05-22"),
    ("Hà Nội, 22/5 - Thủ tướng", "22/5", "2017-05-22"),
    ("Thủ tướng ký (8/2) tại", "8/2", "2017-02-08"),
])
def test_datelines_and_parentheses_need_no_cue(text: str, raw: str, expected: str) -> None:
    got = one(text, "2017-05-23")
    assert (got.raw, got.value) == (raw, expected)


@pytest.mark.parametrize(("text", "published", "expected", "end"), [
    ("từ ngày 4 - 6/3/2017 tại", None, "2017-03-04", "2017-03-06"),
    ("từ 4-6/3, đoàn", "2017-03-10", "2017-03-04", "2017-03-06"),
    ("từ ngày 23-27.12 tại", "2017-01-05", "2016-12-23", "2016-12-27"),
    ("ngày 23 và 24/5 tại", "2017-05-25", "2017-05-23", "2017-05-24"),
    ("từ ngày 23 đến 27-12 tại Hà Nội", None, "--12-23", "--12-27"),
    ("từ ngày 29-30/6 tại Brazil", "2017-07-01", "2017-06-29", "2017-06-30"),
    ("từ 28/6 đến 1/7 tại", "2017-07-02", "2017-06-28", "2017-07-01"),
    ("từ ngày 28/12/2016 - 2/1/2017", None, "2016-12-28", "2017-01-02"),
    ("từ 30/12 - 2/1 tại", "2017-01-05", "2016-12-30", "2017-01-02"),
])
def test_spans(text: str, published: str | None, expected: str, end: str) -> None:
    got = one(text, published)
    assert (got.value, got.end_value) == (expected, end)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("trong tháng 5/2017 hai bên", None, "2017-05"),
    ("vào tháng 5 năm 2017, hai bên", None, "2017-05"),
    ("vào tháng Năm, hai bên", "2017-06-01", "2017-05"),
    ("hồi tháng 12 tại", "2017-01-05", "2016-12"),
    ("trong năm 2020, hai bên", None, "2020"),
    ("vào tháng 5, hai bên", None, None),
])
def test_months_and_years(text: str, published: str | None, expected: str | None) -> None:
    assert value(text, published) == expected


# --- the year of a day printed without one ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "expected", "rule"), [
    ("Chiều 28/12, tại", "2017-01-05", "2016-12-28", "year-from-published"),
    ("Chiều 7-2, tại", "2017-05-08", "2017-02-07", "year-from-published"),
    ("Ngày 12/6, tại", "2017-06-10", "2017-06-12", "year-from-published"),
    ("Ngày 10/1, tại", "2024-01", "2024-01-10", "year-from-published"),
    ("Ngày 10/1, tại", "2024", "2024-01-10", "year-from-published"),
    ("Chiều 16/4, tại", None, "--04-16", "no-year"),
    ("Ngày 29/2, tại", "2017-03-10", "2016-02-29", "year-from-published"),
    ("Lễ động thổ sẽ diễn ra ngày 18/7, tại", "2017-05-30", "2017-07-18", "year-from-published"),
])
def test_year_from_the_publication_date(text: str, published: str | None, expected: str, rule: str) -> None:
    got = one(text, published)
    assert (got.value, got.rule) == (expected, rule)


def test_year_from_a_full_date_earlier_in_the_story() -> None:
    text = "Ngày 10/1/2024, hai bên hội đàm. Chiều 11/1, Bộ trưởng tiếp đoàn. Sáng 2/1 đoàn đến Hà Nội."
    got = find_dates(text, None)
    assert [(m.value, m.rule) for m in got] == [
        ("2024-01-10", "explicit"), ("2024-01-11", "year-from-story"), ("2024-01-02", "year-from-story")]


def test_no_year_from_an_anniversary_span_or_another_story() -> None:
    span = "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), chiều 16/4, Thủ tướng tiếp đoàn."
    assert [m.value for m in find_dates(span, None)][-1] == "--04-16"
    glued = "Ngày 3/12/2005, hai bên ký hiệp định./.\nChiều 16/4, Thủ tướng tiếp đoàn."
    assert [m.value for m in find_dates(glued, None)] == ["2005-12-03", "--04-16"]


# --- relative words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "expected", "rule"), [
    ("Sáng nay, tại Hà Nội", "2017-06-18", "2017-06-18", "relative-to-published:sáng nay"),
    ("Chiều nay tại Hà Nội", "2017-06-18", "2017-06-18", "relative-to-published:chiều nay"),
    ("Tối nay, hai bên", "2017-06-18", "2017-06-18", "relative-to-published:tối nay"),
    ("Hôm nay, hai bên", "2017-06-18", "2017-06-18", "relative-to-published:hôm nay"),
    ("Chiều qua, hai bên", "2017-06-18", "2017-06-17", "relative-to-published:chiều qua"),
    ("Sáng qua, hai bên", "2017-03-01", "2017-02-28", "relative-to-published:sáng qua"),
    ("Hôm qua, hai bên", "2017-01-01", "2016-12-31", "relative-to-published:hôm qua"),
    ("chiều hôm qua, hai bên", "2017-06-18", "2017-06-17", "relative-to-published:chiều hôm qua"),
    ("Sáng mai, hai bên", "2017-06-18", "2017-06-19", "relative-to-published:sáng mai"),
    ("Chiều nay tại Hà Nội", "2024-01", "2024-01", "relative-to-published:chiều nay"),
    ("Hôm thứ Ba đã tổ chức hội đàm", "2017-07-05", "2017-07-04", "weekday-from-published:hôm thứ ba"),
    ("vào thứ Năm tuần trước", "2017-07-05", "2017-06-29", "weekday-from-published:vào thứ năm tuần trước"),
    ("tuần này đã có chuyến công du", "2020-10-01", "2020", "relative-to-published:tuần này"),
    ("tuần này đã có chuyến công du", "2017-07-05", "2017-07", "relative-to-published:tuần này"),
    ("năm ngoái hai bên", "2017-07-05", "2016", "relative-to-published:năm ngoái"),
])
def test_relative_to_the_publication_date(text: str, published: str, expected: str, rule: str) -> None:
    got = one(text, published)
    assert (got.value, got.rule) == (expected, rule)


@pytest.mark.parametrize(("following", "expected", "rule"), [
    ("Tối cùng ngày, hai bên", "2017-05-22", "same-day-as-previous"),
    ("Chiều cùng ngày, hai bên", "2017-05-22", "same-day-as-previous"),
    ("Cùng ngày, hai bên", "2017-05-22", "same-day-as-previous"),
    ("Trước đó, hai bên", "2017-05-22", "same-day-as-previous"),
    ("Hôm sau, hai bên", "2017-05-23", "relative-to-previous:hôm sau"),
    ("Ngày hôm sau, hai bên", "2017-05-23", "relative-to-previous:ngày hôm sau"),
    ("Sáng hôm sau, hai bên", "2017-05-23", "relative-to-previous:sáng hôm sau"),
])
def test_relative_to_the_last_date_named(following: str, expected: str, rule: str) -> None:
    got = find_dates(f"Chiều 22/5, Bộ trưởng tiếp đoàn. {following} ký kết.", "2017-05-25")
    assert (got[-1].value, got[-1].rule) == (expected, rule)


def test_relative_words_without_anchor_are_unresolved() -> None:
    for text in ("Chiều nay tại Hà Nội", "Hôm qua, hai bên", "Chiều cùng ngày, hai bên", "Hôm sau, hai bên"):
        got = one(text, None)
        assert got.value is None and got.rule.startswith("unanchored:"), got
    assert value("Hôm sau, hai bên", "2017-05-25") is None
    assert value("Chiều cùng ngày, hai bên", "2017-05-25") == "2017-05-25"
    no_published = find_dates("Ngày 3/12, tại Hà Nội. Hôm qua hai bên ký.", None)
    assert [m.value for m in no_published] == ["--12-03", "--12-02"]


# --- what is not a date -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Đoàn thông qua 16 chữ vàng trong 15 năm",
    "hơn 2/3 số đại biểu tán thành",
    "tăng gấp 2-3 lần, từ 5-10% và từ 2-3 tháng",
    "theo Nghị định 10/2017 và Quyết định số 10/2017/NĐ-CP",
    "văn bản số 12/10/2017/QĐ-TTg",
    "iOS 10.1 và Android 7.1, động cơ 1.5L",
    "gọi số 0243.825.1234 hoặc 091.234.5678",
    "thắng với tỷ số 2-1 trước Swansea",
    "ngày mùng 10/1 âm lịch và rằm (15/8 âm lịch)",
    "lần thứ hai, phiên thứ 2, ngày thứ hai của chuyến thăm",
    "mấy hôm sau và 2 tuần trước, vài hôm trước",
    "thông qua, đi qua, vừa qua, hiện nay, từ nay",
    "nhiệm kỳ 2016-2021 và (2008-2023)",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2017-05-20") == []


# --- the date of an event sentence --------------------------------------------------------------------------


LEAD = ("Thủ tướng tiếp Đại sứ Israel\nKết thúc hội đàm, hai bên ký Bản ghi nhớ. "
        "Chiều 24/6, tại Trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Israel. "
        "Đại sứ cảm ơn Thủ tướng. Tại buổi tiếp, hai bên ký Thỏa thuận hợp tác năm 2017. "
        "Trước đó, TTXVN và APS đã ký các thỏa thuận vào các năm 2000, 2007 và 2013. "
        "Hai bên ký Bản ghi nhớ. Chiều cùng ngày, Đại sứ chào xã giao Chủ tịch nước.")


@pytest.mark.parametrize(("sentence", "expected", "rule"), [
    ("Chiều 24/6, tại Trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Israel.", "2017-06-24", "year-from-published"),
    ("Đại sứ cảm ơn Thủ tướng.", "2017-06-24", "carried:year-from-published"),
    ("Tại buổi tiếp, hai bên ký Thỏa thuận hợp tác năm 2017.", "2017-06-24", "carried:year-from-published"),
    ("Hai bên ký Bản ghi nhớ.", "2017-06-24", "carried:same-day-as-previous"),
    ("Chiều cùng ngày, Đại sứ chào xã giao Chủ tịch nước.", "2017-06-24", "same-day-as-previous"),
    ("Kết thúc hội đàm, hai bên ký Bản ghi nhớ.", "2017-06-24", "following:year-from-published"),
])
def test_date_for_carries_the_story_date(sentence: str, expected: str, rule: str) -> None:
    start = LEAD.index(sentence)
    got = date_for(LEAD, "2017-06-25", start, start + len(sentence))
    assert got is not None and (got.value, got.rule) == (expected, rule)


def test_date_for_prefers_the_sentence_date_over_background() -> None:
    text = ("Ngày 3/6, Bộ trưởng tiếp đoàn. Kỷ niệm 15 năm quan hệ (2008-2023) và 70 năm chiến thắng "
            "(7/5/1954 - 7/5/2024), sáng 5/6, hai bên hội đàm. Hai bên đánh giá cao cuộc bầu cử vừa qua "
            "(15/3/2017) và ký hiệp định.")
    start = text.index("Kỷ niệm")
    end = text.index("hội đàm.") + len("hội đàm.")
    got = date_for(text, "2017-06-06", start, end)
    assert got is not None and got.value == "2017-06-05"
    assert sentence_date(text, "Hai bên đánh giá cao cuộc bầu cử vừa qua (15/3/2017) và ký hiệp định.",
                         "2017-06-06") == "2017-06-05"


def test_a_day_in_parentheses_is_carried_only_when_it_restates_the_date_before_it() -> None:
    text = ("Sáng 27/6, hai Tổng thống hội đàm. Chủ tịch nước chúc mừng Quốc khánh Cuba (26/7). "
            "Hai bên ký Bản ghi nhớ. Hôm nay (28/6), hai bên thăm nhà máy. Hai bên gặp báo chí.")
    assert sentence_date(text, "Hai bên ký Bản ghi nhớ.", "2017-06-28") == "2017-06-27"
    assert sentence_date(text, "Hai bên gặp báo chí.", "2017-06-28") == "2017-06-28"


def test_date_for_month_or_year_named_against_the_carried_day() -> None:
    text = "Chiều 22/5, Bộ trưởng tiếp đoàn. Thủ tướng hội đàm với Thủ tướng Lào tháng 10/2016 tại Hà Nội."
    assert sentence_date(text, "Thủ tướng hội đàm với Thủ tướng Lào tháng 10/2016 tại Hà Nội.",
                         "2017-05-23") == "2016-10"


def test_date_for_a_span_gives_its_month() -> None:
    text = ("Từ ngày 5 - 12/6, đoàn đại biểu Bộ Công an thăm Nhật Bản. Đoàn đã có các buổi làm việc với "
            "Cảnh sát Nhật Bản. Trong thời gian ở thăm, Thứ trưởng chào xã giao Bộ trưởng.")
    work = "Đoàn đã có các buổi làm việc với Cảnh sát Nhật Bản."
    assert sentence_date(text, work, "2017-06-13") == "2017-06"
    assert sentence_date(text, "Trong thời gian ở thăm, Thứ trưởng chào xã giao Bộ trưởng.",
                         "2017-06-13") == "2017-06"
    first = text.index("Từ")
    got = date_for(text, "2017-06-13", first, text.index("."))
    assert got is not None and (got.value, got.end_value) == ("2017-06-05", "2017-06-12")


@pytest.mark.parametrize("sentence", [
    "Trong thời gian ở thăm Việt Nam, Đoàn đã có cuộc làm việc với Trưởng ban Kinh tế.",
    "Trong khi đó, Bộ trưởng Quốc phòng Mỹ cũng đã điện đàm với người đồng cấp Qatar.",
    "Nhân chuyến thăm của Đoàn, vừa qua, Phó Chủ tịch Quốc hội đã tiếp Đoàn.",
    "Theo Bộ Công Thương, mới đây Bộ trưởng đã ký gia hạn Bản ghi nhớ.",
])
def test_date_for_unstated_times_carry_nothing(sentence: str) -> None:
    text = f"Chiều 29/6, Tổng Bí thư tiếp Đoàn. {sentence}"
    assert sentence_date(text, sentence, "2017-06-30") is None


def test_date_for_none_when_the_article_states_no_date() -> None:
    text = "Tại buổi tiếp, Tổng Bí thư chào mừng Đoàn. Hai bên trao đổi về quan hệ trong năm 2016."
    assert sentence_date(text, "Tại buổi tiếp, Tổng Bí thư chào mừng Đoàn.", "2021-04-27") is None
    plan = "Bộ trưởng tiếp Đại sứ. Hai bên nhất trí lễ động thổ sẽ được tiến hành vào ngày 18/7/2017."
    assert sentence_date(plan, "Bộ trưởng tiếp Đại sứ.", "2017-05-30") is None


def test_date_for_relative_word_without_anchor() -> None:
    text = "- Chiều nay tại Hà Nội, Bộ trưởng tiếp đoàn. Kết thúc hội đàm, hai bên ký Bản ghi nhớ."
    assert sentence_date(text, "Kết thúc hội đàm, hai bên ký Bản ghi nhớ.", None) is None


# --- the gold -----------------------------------------------------------------------------------------------


_TONE_MARKS = {0x300, 0x301, 0x303, 0x309, 0x323}


def _toneless(text: str) -> str:
    """Without tone marks, the same length as the NFC text (every Vietnamese letter has one code point)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if ord(c) not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare)


def _date_ok(shared: Path) -> Callable[[str | None, str | None], bool]:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ok: Callable[[str | None, str | None], bool] = module.date_ok
    return ok


def test_gold_dates(shared: Path) -> None:
    date_ok = _date_ok(shared)
    right = total = 0
    misses = []
    for name in ("seeds", "dev"):
        with open(shared / "corpus" / f"{name}.jsonl", encoding="utf-8") as fh:
            docs = {d["id"]: d for d in map(json.loads, fh)}
        with open(shared / "gold" / f"{name}.jsonl", encoding="utf-8") as fh:
            golds = [json.loads(line) for line in fh if line.strip()]
        for gold in golds:
            doc = docs[gold["doc_id"]]
            text = unicodedata.normalize("NFC", doc["text"])
            published = doc.get("published")
            meta = re.match(r"\s*date (\d{4}(?:-\d{2}){0,2})\b", text)
            if published is None and meta:
                published = meta.group(1)
            for event in gold["events"]:
                evidence = unicodedata.normalize("NFC", event["evidence"]).strip()
                start = text.find(evidence)
                if start < 0:
                    start = _toneless(text).find(_toneless(evidence))
                if start < 0:
                    continue
                got = date_for(text, published, start, start + len(evidence))
                total += 1
                if date_ok(got.value if got else None, event.get("date")):
                    right += 1
                else:
                    misses.append((gold["doc_id"], event.get("date"), got))
    assert total >= 130
    assert right / total >= FLOOR_GOLD_DATE, misses


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Khi ông Obama đến Saudi Arabia năm 2016, Quốc vương Saudi đã cử người ra đón", True),
    ("Năm 2015, hai Bộ trưởng đã ký", True),
    ("Năm 2017, hai Bộ trưởng đã ký", False),
    ("Sáng 3/6, sau chuyến thăm năm 2016, hai Bộ trưởng đã ký", False),
    ("Hai Bộ trưởng đã ký", False),
    ("Ngày 1-3-2001, Việt Nam và Nga ký", True),
    ("Hiệp định được ký vào ngày 13/9/1985", True),
    ("Đồng chí Trường Chinh đón đoàn Quốc hội Romania, ngày 27/2/1978", True),
    ("Ngày 3/6, sau Hiệp định ký ngày 13/9/1985, hai Bộ trưởng đã ký", False),
    ("Tại cuộc gặp hồi cuối tháng 5 vừa qua với ông Putin, ông Macron đón", True),
    ("Sau cuộc gặp hồi tháng 4-2017 tại Florida, ông Tập đón", True),
    ("Trong tháng 6 vừa qua, ông Tập đón", False),
    ("Tháng 5, ông Tập đón", False),
    ("Trước đó, trong cuộc gặp tại Davos tháng 1/2017 vừa qua, ông Ishige đón", True),
    ("Trước đó, trong cuộc gặp bên lề Hội nghị vào cuối tháng 4 tại Philippines, ông Najib đón", True),
])
def test_an_event_dated_only_in_the_past_is_background(sentence: str, expected: bool) -> None:
    word = max(sentence.rfind(" đón"), sentence.rfind(" ký"))
    assert dated_in_the_past(sentence, "2017-06-05", 0, word, len(sentence)) is expected
    assert dated_in_the_past(sentence, None, 0, word, len(sentence)) is False


def test_a_past_year_after_the_event_word_does_not_make_it_background() -> None:
    text = "Chủ tịch nước tiếp ông Kim, Đại sứ tại Việt Nam từ năm 2015."
    assert not dated_in_the_past(text, "2017-06-05", 0, text.index("tiếp"), len(text))


def test_a_date_in_an_uncarried_stretch_is_no_story_date_for_later_sentences() -> None:
    text = ("Ngày 12/5, hai Tổng thống điện đàm. Hai ông gặp nhau tại Seoul ngày 11/5. "
            "Cùng ngày, ông điện đàm với bà May.")
    caption = (text.index("Hai ông"), text.index(" Cùng"))
    start = text.index("Cùng ngày")
    got = date_for(text, "2017-05-13", start, len(text), (caption,))
    assert got is not None and got.value == "2017-05-12"
    without = date_for(text, "2017-05-13", start, len(text))
    assert without is not None and without.value == "2017-05-11"


@pytest.mark.parametrize(("value", "published", "expected"), [
    ("2016-05", "2017-06-02", True),
    ("2017-02-07", "2017-05-08", False),
    ("2016-12-20", "2017-01-10", False),
    ("--05-12", "2017-06-02", False),
    (None, "2017-06-02", False),
    ("2015", None, False),
])
def test_news_is_at_most_a_year_old(value: str | None, published: str | None, expected: bool) -> None:
    assert long_before(value, published) is expected


def test_a_bare_year_after_the_publication_is_a_target_not_the_date() -> None:
    text = "Chiều 8/7, Thủ tướng gặp Thủ tướng Ấn Độ. Hai bên đặt mục tiêu thương mại đến năm 2020."
    assert sentence_date(text, "Hai bên đặt mục tiêu thương mại đến năm 2020.", "2017-07-09") == "2017-07-08"


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("x Sáng 30/5, theo giờ Hoa Kỳ, Thủ tướng", 1, True),
    ("Ngày 3-6-2017, tại Hà Nội", 0, True),
    ("Tổng thống ngày 3/6 đã tiếp", 0, False),
    ("Chiều qua, ông Lâm tiếp", 0, False),
    ("Tháng 5/2017, hai bên", 0, False),
])
def test_opens_with_day(text: str, start: int, expected: bool) -> None:
    assert opens_with_day(text, start) is expected


def test_a_relative_day_in_quoted_speech_dates_nothing_after_it() -> None:
    text = ("Sáng ngày 30/5, Thủ tướng dự tọa đàm. “Ngày hôm nay có rất đông các nhà đầu tư”, Thủ tướng nói. "
            "Cùng ngày, Thủ tướng cũng có các cuộc gặp.")
    start = text.index("Cùng ngày")
    assert date_for(text, "2017-05-31", start, len(text)).value == "2017-05-30"
