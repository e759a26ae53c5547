"""The parties of documents named "giữa A và B"."""

from __future__ import annotations

from sukien import Document, clean, extract_events
from sukien.events._agreements import agreement_parties


def names(text: str) -> list[list[tuple[str, str | None]]]:
    return [[(p.name, p.country) for p in group] for group in agreement_parties(text, 0, len(text))]


def test_one_signing_per_between_clause_and_names_kept_whole() -> None:
    text = ("Hai bên đã ký 3 văn kiện: Thỏa thuận hợp tác giữa Chính phủ Việt Nam và Chính phủ Lào năm 2018; "
            "Kế hoạch hợp tác giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào.")
    assert names(text) == [
        [("Chính phủ Việt Nam", "VNM"), ("Chính phủ Lào", "LAO")],
        [("Bộ Giáo dục và Đào tạo Việt Nam", "VNM"), ("Bộ Giáo dục và Thể thao Lào", "LAO")],
    ]


def test_a_list_of_parties_takes_the_country_of_the_last() -> None:
    text = ("Các bộ đã trao đổi bản ghi nhớ giữa Bộ Lao động, thương binh và xã hội Việt Nam với Bộ Tư pháp, "
            "Bộ Ngoại giao và Bộ Y tế Nhật Bản.")
    assert names(text) == [[("Bộ Lao động, thương binh và xã hội Việt Nam", "VNM"), ("Bộ Tư pháp", "JPN"),
                            ("Bộ Ngoại giao", "JPN"), ("Bộ Y tế Nhật Bản", "JPN")]]


def test_parties_of_one_country_or_no_organisation_give_nothing() -> None:
    assert names("Thỏa thuận giữa Bộ Công an và Bộ Quốc phòng.") == []
    assert names("Khoảng cách giữa hai thành phố là 100 km.") == []


def test_a_witnessed_signing_is_between_the_organisations() -> None:
    text = ("Chiều 10/3, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith.\n"
            "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký Bản ghi nhớ hợp tác giữa Bộ Công Thương Việt Nam và "
            "Bộ Công Thương Lào.")
    doc = clean(Document(id="w", original=text, published="2018-03-11"))
    signings = [ev for ev in extract_events(doc) if ev.type == "SUPPORT"]
    assert [[p.name for p in ev.actors] for ev in signings] == [["Bộ Công Thương Việt Nam", "Bộ Công Thương Lào"]]
    first = signings[0].actors[0]
    assert doc.original[first.start:first.end] == "Bộ Công Thương Việt Nam"


def test_local_authorities_are_parties_with_the_foreign_country_of_the_article() -> None:
    text = "Bản ghi nhớ hợp tác giữa thành phố Đà Nẵng và tỉnh Gyeonggi; Thỏa thuận giữa tỉnh Lào Cai và tỉnh Vân Nam."
    assert [[(p.name, p.country) for p in g] for g in agreement_parties(text, 0, len(text), "KOR")] == [
        [("thành phố Đà Nẵng", "VNM"), ("tỉnh Gyeonggi", "KOR")],
        [("tỉnh Lào Cai", "VNM"), ("tỉnh Vân Nam", "CHN")],
    ]


def test_an_unknown_local_authority_without_a_foreign_country_is_no_party() -> None:
    assert names("Thỏa thuận hợp tác giữa tỉnh Lào Cai và tỉnh Brest.") == []


def test_a_country_in_brackets_after_the_last_party_is_its_own() -> None:
    text = ("Thỏa thuận đã được ký kết giữa Ủy ban Nhân dân thành phố Hà Nội, Tập đoàn BRG và Tập đoàn Sumitomo "
            "(Nhật Bản) dưới sự chứng kiến của hai Thủ tướng.")
    assert names(text) == [[("Ủy ban Nhân dân thành phố Hà Nội", "VNM"), ("Tập đoàn BRG", "VNM"),
                            ("Tập đoàn Sumitomo", "JPN")]]


def test_one_head_shared_by_two_countries_names_two_parties() -> None:
    text = "Bộ trưởng chứng kiến lễ ký hai văn kiện hợp tác giữa hai Chính phủ Việt Nam và Tây Ban Nha."
    assert names(text) == [[("Chính phủ Việt Nam", "VNM"), ("Chính phủ Tây Ban Nha", "ESP")]]
