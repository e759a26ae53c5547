"""The web tests' database: a few hand-made articles and events, one of them full of markup."""

from __future__ import annotations

from pathlib import Path

from sukien.clean import clean
from sukien.document import Document
from sukien.record import Event, Participant, Resolved
from sukien.store import Store

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

ARTICLES = {
    "a1": ("2017-06-04", "Bộ trưởng Tô Lâm tiếp Phó Thủ tướng Slovakia",
           "Ngày 3/6, tại Hà Nội, Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an "
           "tiếp và hội đàm với Đoàn đại biểu cấp cao Bộ Nội vụ Cộng hòa Slovakia do ngài Robert "
           "Kalinak, Phó Thủ tướng kiêm Bộ trưởng làm Trưởng đoàn.\n\nHai bên thống nhất tăng cường "
           "hợp tác phòng, chống tội phạm."),
    "a2": ("2017-07-11", "Tổng Bí thư tiếp Đoàn đại biểu Đảng Nhân dân Campuchia",
           "Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng tiếp Đoàn đại biểu "
           "Đảng Nhân dân Campuchia do ông Say Chhum, Phó Chủ tịch Đảng, dẫn đầu.\n\nĐồng chí Tổng "
           "Bí thư đánh giá cao quan hệ giữa hai Đảng."),
    "a3": ("2017-08-16", "Hội đàm Bộ trưởng Công an Việt Nam - Trung Quốc",
           "Sáng qua, tại Bắc Kinh, Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Bộ Công an Trung Quốc Quách Thanh "
           "Côn. Sau hội đàm, hai Bộ trưởng Tô Lâm và Quách Thanh Côn ký Bản ghi nhớ hợp tác phòng, chống "
           "khủng bố.\n\nHai bên nhất trí tăng cường trao đổi đoàn."),
    "a4": ("2017-09-02", "Thủ tướng điện đàm với Thủ tướng Nhật Bản",
           "Tối 1/9, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Nhật Bản Shinzo Abe về tình hình "
           "khu vực."),
    "a5": ("2017-09-20", "Bộ trưởng Tô Lâm làm việc với Công an tỉnh Đắk Lắk",
           "Ngày 19/9, Bộ trưởng Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Đắk Lắk."),
    "xss": ("2017-10-05", f"Tin {XSS_SCRIPT} thử",
            f"Ngày 4/10, ông Evil {XSS_IMG} tiếp ông Mallory {XSS_SCRIPT} tại Hà Nội.\n\n"
            f"Đoạn sau có {XSS_IMG} và {XSS_SCRIPT} nữa."),
}


def _who(text: str, name: str, kind: str, country: str | None, office: str | None = None,
         org: str | None = None) -> Participant:
    start = text.index(name)
    return Participant(name, kind, country, office, org, start, start + len(name), "fixture")


def _found(text: str, raw: str, value: str, rule: str) -> Resolved:
    start = text.index(raw)
    return Resolved(value, raw, rule, start, start + len(raw))


def _sentence(text: str, starts: str) -> tuple[str, int, int]:
    start = text.index(starts)
    end = text.index(".", start) + 1
    return text[start:end], start, end


def _event(doc_id: str, text: str, type_: str, mode: str | None, actors: list[Participant],
           recipients: list[Participant], date: Resolved, location: Resolved | None,
           contexts: tuple[str, ...], evidence_from: str, trigger: str) -> Event:
    evidence, start, end = _sentence(text, evidence_from)
    return Event(doc_id, type_, mode, tuple(actors), tuple(recipients), date=date,
                 location=location or Resolved(None), contexts=contexts, context_cues=contexts,
                 evidence=evidence, evidence_start=start, evidence_end=end, trigger=trigger)


def events_for(doc_id: str, text: str) -> list[Event]:
    """The hand-made events of each fixture article."""
    to_lam = _who(text, "Tô Lâm", "person", "VNM", "Bộ trưởng Bộ Công an", "Bộ Công an") \
        if "Tô Lâm" in text else None
    if doc_id == "a1":
        assert to_lam
        return [_event(doc_id, text, "CONSULT", "visit",
                       [_who(text, "Robert Kalinak", "person", "SVK",
                             "Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ", "Bộ Nội vụ Cộng hòa Slovakia")],
                       [to_lam],
                       _found(text, "Ngày 3/6", "2017-06-03", "day_month+published_year"),
                       _found(text, "Hà Nội", "Hà Nội", "tai_place"), ("crime", "legal"), "Ngày 3/6", "tiếp")]
    if doc_id == "a2":
        return [_event(doc_id, text, "CONSULT", "visit",
                       [_who(text, "Say Chhum", "person", "KHM", "Phó Chủ tịch Đảng",
                             "Đảng Nhân dân Campuchia")],
                       [_who(text, "Nguyễn Phú Trọng", "person", "VNM", "Tổng Bí thư",
                             "Đảng Cộng sản Việt Nam")],
                       _found(text, "Chiều 10/7", "2017-07-10", "day_month+published_year"),
                       _found(text, "Trụ sở Trung ương Đảng", "Trụ sở Trung ương Đảng", "tai_place"),
                       ("diplomatic",), "Chiều 10/7", "tiếp")]
    if doc_id == "a3":
        assert to_lam
        quach = _who(text, "Quách Thanh Côn", "person", "CHN", "Bộ trưởng Bộ Công an Trung Quốc",
                     "Bộ Công an Trung Quốc")
        date = _found(text, "Sáng qua", "2017-08-15", "hom_qua")
        place = _found(text, "Bắc Kinh", "Bắc Kinh", "tai_place")
        return [_event(doc_id, text, "CONSULT", "visit", [to_lam], [quach], date, place, ("crime",),
                       "Sáng qua", "hội đàm"),
                _event(doc_id, text, "SUPPORT", None, [to_lam, quach], [], date, place,
                       ("terrorism", "crime"), "Sau hội đàm", "ký")]
    if doc_id == "a4":
        return [_event(doc_id, text, "CONSULT", "phone",
                       [_who(text, "Nguyễn Xuân Phúc", "person", "VNM", "Thủ tướng"),
                        _who(text, "Shinzo Abe", "person", "JPN", "Thủ tướng Nhật Bản")], [],
                       _found(text, "Tối 1/9", "2017-09-01", "day_month+published_year"), None,
                       ("diplomatic",), "Tối 1/9", "điện đàm")]
    if doc_id == "a5":
        assert to_lam
        return [_event(doc_id, text, "CONSULT", None,
                       [to_lam, _who(text, "Ban Thường vụ Tỉnh ủy Đắk Lắk", "org", "VNM")], [],
                       _found(text, "Ngày 19/9", "2017-09-19", "day_month+published_year"), None, (),
                       "Ngày 19/9", "làm việc")]
    return [_event(doc_id, text, "CONSULT", "visit",
                   [_who(text, f"Mallory {XSS_SCRIPT}", "person", "USA", f"Đại sứ {XSS_IMG}")],
                   [_who(text, f"Evil {XSS_IMG}", "person", "VNM", "Thứ trưởng")],
                   _found(text, "Ngày 4/10", "2017-10-04", "day_month+published_year"),
                   _found(text, "Hà Nội", "Hà Nội", "tai_place"), ("diplomatic",), "Ngày 4/10", "tiếp")]


def build_db(path: Path) -> Path:
    """A database with the fixture articles and their events, migrations applied."""
    with Store(path) as store:
        with store.transaction():
            for doc_id, (published, title, text) in ARTICLES.items():
                url = "javascript:alert(3)" if doc_id == "xss" else f"https://example.org/{doc_id}.html"
                doc = clean(Document(id=doc_id, original=text, published=published, title=title, url=url,
                                     source="fixture"))
                store.insert_document(doc)
                store.replace_events(doc_id, events_for(doc_id, text))
        store.commit()
    return path
