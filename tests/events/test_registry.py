"""What an article says about its people: full names, countries, delegation heads; and name folding."""

from __future__ import annotations

import pytest

from sukien import Document, clean
from sukien._text import fold_words as fold
from sukien.actors import Mention
from sukien.events import find_events
from sukien.events._registry import Registry

TEXT = ("Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Joko Widodo và Chủ tịch Quốc hội Cuba Esteban Lazo Hernández "
        "gặp nhau tại Lào.")


def person(name: str, country: str | None = None, office: str | None = None, text: str = TEXT) -> Mention:
    s = text.index(name)
    return Mention("person", name, s, s + len(name), office=office, country=country,
                   country_rule="office" if country else None, phrase_start=s, phrase_end=s + len(name))


@pytest.fixture
def registry() -> Registry:
    r = Registry()
    lao = TEXT.index("Lào")
    r.learn([person("Tập Cận Bình", "CHN", "Chủ tịch Trung Quốc"), person("Joko Widodo", "IDN", "Tổng thống"),
             person("Esteban Lazo Hernández", "CUB", "Chủ tịch Quốc hội Cuba"),
             Mention("country", "Lào", lao, lao + 3, country="LAO", country_rule="country-name")], TEXT)
    return r


@pytest.mark.parametrize(("name", "folded"), [
    ("Hernández", "hernandez"),
    ("Đặng Thị Ngọc Thịnh", "dang thi ngoc thinh"),
    ("J. Widodo", "j widodo"),
    ("Moon Jae-in", "moon jae in"),
    ("  Tô   Lâm ", "to lam"),
    ("", ""),
])
def test_fold_drops_case_diacritics_and_punctuation(name: str, folded: str) -> None:
    assert fold(name) == folded


def test_fold_meets_spellings_of_one_name() -> None:
    assert fold("Lazo Hernandez") == fold("Lazo Hernández") == fold("LAZO HERNÁNDEZ")


def test_canonical_gives_the_fullest_spelling_the_article_uses(registry: Registry) -> None:
    assert registry.canonical("Cận Bình") == "Tập Cận Bình"
    assert registry.canonical("Lazo Hernandez") == "Esteban Lazo Hernández"
    assert registry.canonical("Tập Cận Bình") == "Tập Cận Bình"


def test_canonical_leaves_unknown_and_empty_names_alone(registry: Registry) -> None:
    assert registry.canonical("Nguyễn Xuân Phúc") == "Nguyễn Xuân Phúc"
    assert registry.canonical("") == ""
    assert registry.canonical("Bình Cận") == "Bình Cận"


def test_canonical_expands_initials(registry: Registry) -> None:
    assert registry.canonical("J. Widodo") == "Joko Widodo"


def test_canonical_expands_an_initial_glued_to_the_name_even_once_learnt() -> None:
    text = "Thủ tướng Ấn Độ Narendra Modi. Thủ tướng N.Modi."
    r = Registry()
    r.learn([person("Narendra Modi", "IND", text=text), person("N.Modi", "IND", text=text)], text)
    assert r.canonical("N.Modi") == "Narendra Modi"


def test_learn_keeps_people_only_and_the_first_spelling(registry: Registry) -> None:
    registry.learn([person("TẬP CẬN BÌNH", "CHN", text="TẬP CẬN BÌNH")], "TẬP CẬN BÌNH")
    assert registry.names[fold("Tập Cận Bình")] == "Tập Cận Bình"
    assert "Lào" not in registry.countries and fold("Lào") not in registry.names
    assert [m.name for m in registry.people][:3] == ["Tập Cận Bình", "Joko Widodo", "Esteban Lazo Hernández"]


def test_country_of_a_name_or_of_its_short_form(registry: Registry) -> None:
    assert registry.country("Tập Cận Bình") == ("CHN", "office")
    assert registry.country("Cận Bình") == ("CHN", "office")
    assert registry.country("Nguyễn Xuân Phúc") is None


def test_the_first_country_learnt_for_a_name_stays(registry: Registry) -> None:
    registry.learn([person("Tập Cận Bình", "VNM")], TEXT)
    assert registry.country("Tập Cận Bình") == ("CHN", "office")


def test_head_of_a_countrys_delegation(registry: Registry) -> None:
    head = registry.head_of("CUB", set())
    assert head is not None and head.name == "Esteban Lazo Hernández"
    assert registry.head_of("CUB", {"Esteban Lazo Hernández"}) is None
    assert registry.head_of("LAO", set()) is None


def test_the_leader_of_a_delegation_is_learnt() -> None:
    text = "Thứ trưởng Lê Quý Vương tiếp Đoàn đại biểu Bộ An ninh Lào do Thượng tướng Vilay Lakhamphong dẫn đầu."
    r = Registry()
    r.learn([person("Lê Quý Vương", "VNM", "Thứ trưởng", text), person("Vilay Lakhamphong", "LAO", None, text)], text)
    leader = r.leader()
    assert leader is not None and leader.name == "Vilay Lakhamphong"
    assert Registry().leader() is None


def test_a_fathers_name_is_not_the_sons_but_a_family_name_is_the_persons() -> None:
    r = Registry()
    r.names = {fold("Mô-ham-mét bin Xan-man"): "Mô-ham-mét bin Xan-man", fold("Xan-man"): "Xan-man",
               fold("Ursula von der Leyen"): "Ursula von der Leyen"}
    assert r.canonical("Xan-man") == "Xan-man"
    assert r.canonical("von der Leyen") == "Ursula von der Leyen"


def test_a_name_split_by_a_stray_space_is_the_name_spelt_whole() -> None:
    r = Registry()
    r.names = {fold("Mauricio Macri"): "Mauricio Macri", fold("Mauricio Macr i"): "Mauricio Macr i"}
    assert r.canonical("Mauricio Macr i") == "Mauricio Macri"


def test_a_sentence_that_reports_no_meeting_teaches_names_and_offices_but_no_country() -> None:
    text = "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu về quan hệ với Cuba."
    r = Registry()
    r.learn([person("Nguyễn Thị Kim Ngân", "CUB", "Chủ tịch Quốc hội", text=text)], text, countries=False)
    assert r.names[fold("Nguyễn Thị Kim Ngân")] == "Nguyễn Thị Kim Ngân"
    assert fold("Nguyễn Thị Kim Ngân") in r.offices and "Nguyễn Thị Kim Ngân" not in r.countries


def countries_of(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    """Each participant's (country, rule) in the events found in ``text``."""
    doc = find_events(clean(Document(id="d", original=text, published=published)))
    return {p.name: (p.country, p.country_rule) for e in doc.layer("events") for p in e.participants}


def test_a_well_known_office_holder_named_without_a_country_is_of_theirs() -> None:
    text = ("Ngày 9/2, Tổng thống Trump đã chủ động gọi điện cho Thủ tướng al-Abadi, Chính phủ Iraq cho biết.\n"
            "Chính phủ Iraq hoan nghênh cuộc gọi.")
    countries = countries_of(text, "2017-02-10")
    assert countries["Trump"] == ("USA", "well-known-person")


def test_a_sino_vietnamese_name_meeting_a_chinese_official_is_the_vietnamese_side() -> None:
    text = ("Chiều 3/5, Thứ trưởng Lê Văn Bảo hội đàm với Thứ trưởng Bộ Thương mại Trung Quốc Vương Thụ Văn.\n"
            "Hai bên nhất trí tăng cường hợp tác.")
    countries = countries_of(text, "2017-05-04")
    assert countries["Lê Văn Bảo"] == ("VNM", "vietnamese-name")
    assert countries["Vương Thụ Văn"][0] == "CHN"


def test_in_an_article_on_china_alone_a_sino_vietnamese_name_is_chinese() -> None:
    text = ("Ngày 3/5, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh.\n"
            "Cùng ngày, Thủ tướng Lý Văn Bảo gặp Tổng thống Putin.")
    countries = countries_of(text, "2017-05-04")
    assert countries["Lý Văn Bảo"] == ("CHN", "sino-vietnamese-name-in-an-article-on-china")


def test_the_host_of_a_chinese_delegation_in_an_article_that_never_says_viet_nam_is_vietnamese() -> None:
    text = ("Sáng 14/3, tại Hà Nội, Thượng tướng Lê Văn Ba, Thứ trưởng Bộ Công an đã tiếp Đoàn đại biểu Bộ Công an "
            "Trung Quốc do đồng chí Lưu Diệu, Trợ lý Bộ trưởng làm Trưởng đoàn.\n")
    countries = {name: country for name, (country, _) in countries_of(text, "2014-03-15").items()}
    assert countries == {"Lê Văn Ba": "VNM", "Lưu Diệu": "CHN"}


def test_organisations_in_news_from_abroad_are_not_vietnamese_but_a_province_police_is() -> None:
    text = ("Ngày 4/12, tại thành phố Lạng Sơn, Công an tỉnh Lạng Sơn đã tổ chức hội đàm với Sở Công an Khu tự trị "
            "dân tộc Choang Quảng Tây (Trung Quốc).\n")
    countries = {name: country for name, (country, _) in countries_of(text, "2018-12-05").items()}
    assert countries["Công an tỉnh Lạng Sơn"] == "VNM"
    assert countries["Sở Công an Khu tự trị dân tộc Choang Quảng Tây"] == "CHN"


def test_a_misprinted_letter_in_a_foreign_family_name_is_the_name_first_printed() -> None:
    text = "Thủ hiến bang Hessen Volker Bouffier đón Thủ tướng. Thủ tướng gặp Thủ hiến, ông Volker Bouffler."
    r = Registry()
    r.learn([person("Volker Bouffier", "DEU", "Thủ hiến bang Hessen", text),
             person("Volker Bouffler", None, "Thủ hiến", text)], text)
    assert r.canonical("Volker Bouffler") == "Volker Bouffier"
    assert r.canonical("Volker Bouffier") == "Volker Bouffier"
    assert r.canonical("Nguyễn Văn Bình") == "Nguyễn Văn Bình"
