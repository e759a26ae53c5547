"""The lexicon data files and their loaders: headers, columns, NFC, and the regex helper."""

from __future__ import annotations

import re
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from sukien._errors import LexiconError
from sukien.lexicons import alternation, table, words

LEXICONS = Path(str(resources.files("sukien.lexicons")))
FILES = sorted(p.name for p in LEXICONS.iterdir() if p.suffix in (".tsv", ".txt"))
TSV = [n for n in FILES if n.endswith(".tsv")]
TXT = [n for n in FILES if n.endswith(".txt")]
COLUMNS = re.compile(r"Columns:\s*(\w+(?:<TAB>\w+)+)")


def declared_columns(name: str) -> int:
    """How many columns a .tsv's header comment says it has ("Columns: a<TAB>b<TAB>c" is 3)."""
    header = "\n".join(line for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines()
                       if line.startswith("#"))
    m = COLUMNS.search(header)
    assert m, f"{name}: no 'Columns: a<TAB>b' in its header"
    return m.group(1).count("<TAB>") + 1


def test_there_are_lexicons() -> None:
    assert "triggers.tsv" in TSV and "titles.tsv" in TSV and "honorifics.txt" in TXT


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_nfc_utf8_and_opens_with_a_comment(name: str) -> None:
    raw = (LEXICONS / name).read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("#"), f"{name}: no header comment"
    assert "\r" not in text and "\ufeff" not in text
    for n, line in enumerate(text.splitlines(), 1):
        assert unicodedata.normalize("NFC", line) == line, f"{name}:{n} is not NFC: {line!r}"


@pytest.mark.parametrize("name", TSV)
def test_every_tsv_row_has_the_columns_its_header_declares(name: str) -> None:
    n = declared_columns(name)
    rows = table(name, n)
    assert rows, f"{name}: no rows"
    assert all(len(r) == n and all(cell for cell in r) for r in rows), name


@pytest.mark.parametrize("name", TXT)
def test_every_txt_lexicon_is_one_column(name: str) -> None:
    entries = words(name)
    assert entries, f"{name}: no entries"
    assert all("\t" not in e and e == e.strip() for e in entries), name


def test_table_refuses_a_row_with_the_wrong_number_of_columns() -> None:
    with pytest.raises(LexiconError, match=r"triggers\.tsv: row 1 has 4 columns, expected 3"):
        table("triggers.tsv", 3)


def test_a_missing_lexicon_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="no_such_lexicon.txt"):
        words("no_such_lexicon.txt")


def test_words_skip_comments_and_blanks_and_keep_file_order() -> None:
    honorifics = words("honorifics.txt")
    assert honorifics[:3] == ("ông", "bà", "ngài")
    assert not any(w.startswith("#") or not w for w in honorifics)
    assert len(set(honorifics)) == len(honorifics)


def test_loaders_are_cached() -> None:
    assert words("ranks.txt") is words("ranks.txt")
    assert table("titles.tsv", 2) is table("titles.tsv", 2)


# --- the lexicons the extractor reads ---------------------------------------------------------------------


def test_triggers_have_known_types_directions_and_modes() -> None:
    rows = table("triggers.tsv", 4)
    keys = [" ".join(p.casefold().split()) for p, _, _, _ in rows]
    assert len(keys) == len(set(keys)), "a trigger phrase is listed twice"
    for phrase, type_, direction, mode in rows:
        assert type_ in ("CONSULT", "SUPPORT"), phrase
        assert direction in ("host-first", "visitor-first", "mutual", "joint", "signing"), phrase
        assert (direction == "signing") == (type_ == "SUPPORT"), phrase
        assert mode in ("phone", "-"), phrase


def test_event_blockers_have_known_scopes() -> None:
    assert {scope for _, scope in table("event_blockers.tsv", 2)} <= {
        "near", "plan", "sentence", "adjacent", "clause", "after", "plan-after", "except"}


def test_titles_have_ranks_up_to_a_hundred() -> None:
    rows = table("titles.tsv", 2)
    assert all(0 < int(rank) <= 100 for _, rank in rows)
    assert {title: rank for title, rank in rows}["Tổng Bí thư"] == "100"


# --- alternation ----------------------------------------------------------------------------------------------


def test_alternation_prefers_the_longest_phrase() -> None:
    pattern = re.compile(alternation(["tiếp", "tiếp xã giao"]))
    m = pattern.search("Thủ tướng tiếp xã giao Đại sứ")
    assert m is not None and m.group() == "tiếp xã giao"


def test_alternation_matches_whole_words_only() -> None:
    pattern = re.compile(alternation(["ký"]))
    assert pattern.search("hai bên đã ký Bản ghi nhớ")
    assert not pattern.search("mã kýa") and not pattern.search("akýb")


def test_alternation_folds_the_first_letter_unless_told_not_to() -> None:
    folded = re.compile(alternation(["Bộ trưởng"]))
    assert folded.search("bộ trưởng") and folded.search("Bộ trưởng")
    exact = re.compile(alternation(["Bộ"], fold_first=False))
    assert exact.search("Bộ Công an") and not exact.search("bộ ngành")


def test_alternation_lets_a_space_match_any_run_of_spaces() -> None:
    pattern = re.compile(alternation(["chào xã giao"]))
    assert pattern.fullmatch("chào  xã\tgiao")


def test_alternation_escapes_regex_characters() -> None:
    pattern = re.compile(alternation(["G7+", "(ASEAN)"]))
    assert pattern.search("họp G7+ năm nay") and pattern.search("khối (ASEAN) họp")
    assert not pattern.search("G77")


def test_alternation_ignores_duplicates() -> None:
    assert alternation(["ông", "ông", "bà"]) == alternation(["bà", "ông"])


def test_well_known_people_have_a_country_code() -> None:
    rows = table("people.tsv", 2)
    assert rows and all(re.fullmatch(r"[A-Z]{3}", code) for _, code in rows)
    assert len({name for name, _ in rows}) == len(rows), "a person is listed twice"
