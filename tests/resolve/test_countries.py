"""Countries, international organisations and their places: the lexicon, the lookup and the guards."""

from __future__ import annotations

import unicodedata

import pytest

from sukien.lexicons import table
from sukien.resolve.countries import CountryMention, country_code, country_name, find_countries, modern_tones

# The 193 member states of the United Nations (ISO 3166 alpha-3).
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM
ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN
ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL
NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON
TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_countries(text)]


# --- the lexicon ---------------------------------------------------------------------------------------


def test_lexicon_is_nfc_with_modern_tones_and_known_kinds() -> None:
    rows = table("countries.tsv", 3)
    assert len(rows) > 1000
    for name, code, kind in rows:
        assert unicodedata.normalize("NFC", name) == name, name
        assert modern_tones(name) == name, name
        assert kind in {"country", "alias", "igo", "capital", "city", "province", "block"}, name
        assert (code == "-") == (kind == "block"), name
        assert code in ("-", "IGO") or (len(code) == 3 and code.isupper()), name


def test_every_un_member_has_a_country_row() -> None:
    assert len(set(UN_MEMBERS)) == 193
    countries = {code for _, code, kind in table("countries.tsv", 3) if kind == "country"}
    assert sorted(set(UN_MEMBERS) - countries) == []


def test_guards_name_lexicon_entries() -> None:
    rules = {rule for rule, _ in table("country_guards.tsv", 2)}
    assert rules == {"ambiguous", "strict", "not_after", "language", "cue"}
    find_countries("Việt Nam")  # loads and checks both files


# --- country_code ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "code"), [
    ("Trung Quốc", "CHN"), ("trung quốc", "CHN"), ("Cộng hòa Nhân dân Trung Hoa", "CHN"), ("Hoa Kỳ", "USA"),
    ("Mỹ", "USA"), ("LB Nga", "RUS"), ("Liên bang Nga", "RUS"), ("CHDCND Triều Tiên", "PRK"),
    ("Hàn Quốc", "KOR"), ("Xin-ga-po", "SGP"), ("I-ta-li-a", "ITA"), ("Ý", "ITA"), ("Xlô-va-ki-a", "SVK"),
    ("Ả Rập Xê-út", "SAU"), ("Ả-Rập Xê-út", "SAU"), ("Ca-ta", "QAT"), ("UAE", "ARE"), ("Mi-an-ma", "MMR"),
    ("Ô-xtrây-li-a", "AUS"), ("Niu Di-lân", "NZL"), ("Ác-hen-ti-na", "ARG"), ("Bê-la-rút", "BLR"),
    ("U-crai-na", "UKR"), ("Băng-la-đét", "BGD"), ("Ha-i-ti", "HTI"), ("CHXHCN Việt Nam", "VNM"),
    ("Cộng hoà Séc", "CZE"), ("Thuỵ Sĩ", "CHE"),
    ("Liên hợp quốc", "IGO"), ("Liên Hợp Quốc", "IGO"), ("Interpol", "IGO"), ("Ngân hàng Thế giới", "IGO"),
    ("Quỹ Tiền tệ Quốc tế", "IGO"), ("OPEC Fund", "IGO"), ("Ủy ban Kinh tế Á-Âu", "IGO"),
    ("ASEANAPOL", "IGO"), ("Bắc Kinh", "CHN"), ("Viêng Chăn", "LAO"), ("Phnôm Pênh", "KHM"),
    ("Mát-xcơ-va", "RUS"), ("Xơ-un", "KOR"),
    ("La Hay", "NLD"), ("Lít-xbon", "PRT"), ("La Habana", "CUB"), ("Hà Nội", "VNM"), ("TP.HCM", "VNM"),
    ("Lào Cai", "VNM"),
])
def test_country_code(name: str, code: str) -> None:
    assert country_code(name) == code


def test_country_code_of_unknown_and_blocked_names_is_none() -> None:
    assert country_code("Atlantis") is None
    assert country_code("Thái Bình Dương") is None
    assert country_code("") is None


# --- find_countries ----------------------------------------------------------------------------------------


def test_mentions_carry_offsets_code_and_kind() -> None:
    text = "Bộ trưởng Bộ Công an Trung Quốc thăm Hà Nội"
    assert find_countries(text) == [
        CountryMention(21, 31, "Trung Quốc", "CHN", "country"),
        CountryMention(37, 43, "Hà Nội", "VNM", "capital"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Đoàn đại biểu Ngân hàng Nhà nước", []),
    ("tỉnh Lào Cai giáp nước bạn Lào", [("Lào Cai", "VNM"), ("Lào", "LAO")]),
    ("Cộng hòa Liên bang Đức và Liên bang Nga",
     [("Cộng hòa Liên bang Đức", "DEU"), ("Liên bang Nga", "RUS")]),
    ("Việt Nam - Phi-líp-pin", [("Việt Nam", "VNM"), ("Phi-líp-pin", "PHL")]),
    ("quan hệ Nga-Mỹ", [("Nga", "RUS"), ("Mỹ", "USA")]),
    ("Ngân hàng Thế giới (WB) và Liên Hợp Quốc", [("Ngân hàng Thế giới", "IGO"), ("WB", "IGO"),
                                                  ("Liên Hợp Quốc", "IGO")]),
    ("Cộng hoà Séc", [("Cộng hoà Séc", "CZE")]),
    ("hòa bình ở Thái Bình Dương", []),
    ("Mỹ và Ả-rập Xê-út, Ả Rập Xê-út", [("Mỹ", "USA"), ("Ả-rập Xê-út", "SAU"), ("Ả Rập Xê-út", "SAU")]),
])
def test_longest_whole_syllable_matches(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung tiếp Đại sứ Đức", [("Hà Nội", "VNM"), ("Đức", "DEU")]),
    ("Chủ tịch nước Trần Đức Lương", []),
    ("Thủ tướng Đức Angela Merkel", [("Đức", "DEU")]),
    ("Đức Phật và Đức Giáo hoàng", []),
    ("những nỗ lực của Đức Chinh", []),
    ("Tổng thống Nga Vladimir Putin gặp bà Nga", [("Nga", "RUS")]),
    ("Phía Nga cho biết", [("Nga", "RUS")]),
    ("huyện Nga Sơn", [("Nga Sơn", "VNM")]),
    ("Anh cho biết sẽ về sớm", []),
    ("Anh, Pháp và Đức", [("Anh", "GBR"), ("Pháp", "FRA"), ("Đức", "DEU")]),
    ("quan hệ Việt Nam - Anh", [("Việt Nam", "VNM"), ("Anh", "GBR")]),
    ("Thủ tướng Anh Theresa May", [("Anh", "GBR")]),
    ("cầu thủ Nguyễn Tuấn Anh", []),
    ("học tiếng Anh", []),
    ("Anh hùng Lao động", []),
    ("Ý kiến của Thủ tướng Ý", [("Ý", "ITA")]),
    ("ca sĩ Mỹ Tâm hát ở Mỹ", [("Mỹ", "USA")]),
    ("Vụ Pháp chế", []),
    ("Hà Lan và Cô Gái Hà Lan", [("Hà Lan", "NLD")]),
])
def test_ambiguous_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_modern_tones_keeps_length() -> None:
    for old, new in [("hoà", "hòa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"),
                     ("quý", "quý"), ("thuận", "thuận"), ("hoàng", "hoàng")]:
        assert modern_tones(old) == new
        assert len(modern_tones(old)) == len(old)


def test_a_syllable_ending_in_a_dot_may_be_glued_to_the_next() -> None:
    assert found("Thống đốc St.Petersburg và Thống đốc St. Petersburg") == [("St.Petersburg", "RUS"),
                                                                         ("St. Petersburg", "RUS")]


def test_the_usual_name_of_a_code() -> None:
    assert (country_name("VNM"), country_name("USA"), country_name("XXX")) == ("Việt Nam", "Hoa Kỳ", None)
