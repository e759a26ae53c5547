"""Trigger words of events and the words that block them (plans, invitations, remarks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sukien.actors._lexicon import actor_lexicon
from sukien.lexicons import alternation, table, words
from sukien.nlp import Word


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    direction: str
    mode: str | None


@dataclass(frozen=True)
class _TriggerLexicon:
    pattern: re.Pattern[str]
    info: dict[str, tuple[str, str, str | None]]
    followers: frozenset[str]
    near: re.Pattern[str]
    plan: re.Pattern[str]
    wide: re.Pattern[str]
    adjacent: re.Pattern[str]
    clause: re.Pattern[str]
    after: re.Pattern[str]
    plan_after: re.Pattern[str]
    any_trigger: re.Pattern[str]
    unblock: re.Pattern[str]
    remote_after: re.Pattern[str]
    remote_sentence: re.Pattern[str]


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().replace(",", " , ").split())


@cache
def _lexicon() -> _TriggerLexicon:
    rows = table("triggers.tsv", 4)
    info = {_key(p): (t, d, None if m == "-" else m) for p, t, d, m in rows}
    pattern = re.compile(alternation([r[0] for r in rows]))
    blockers = table("event_blockers.tsv", 2)

    def scoped(scope: str) -> re.Pattern[str]:
        return re.compile(alternation([p for p, sc in blockers if sc == scope]))

    adjacent = re.compile(scoped("adjacent").pattern + r"\s*$")
    after = re.compile(r"\s*" + scoped("after").pattern)
    plan_after = re.compile(r"\s*" + scoped("plan-after").pattern)
    clause = re.compile(scoped("clause").pattern + r"[^,;:]*$")
    remote = table("remote_markers.tsv", 2)
    remote_after = re.compile(r"\s*" + alternation([p for p, sc in remote if sc == "after"]))
    remote_sentence = re.compile(alternation([p for p, sc in remote if sc == "sentence"]))
    return _TriggerLexicon(pattern, info, frozenset(words("trigger_followers.txt")), scoped("near"), scoped("plan"),
                           scoped("sentence"), adjacent, clause, after, plan_after, pattern, scoped("except"),
                           remote_after, remote_sentence)


# "tại buổi tiếp", "sau lễ đón": the reception as a noun, not a report of one.
_NOUN_BEFORE = re.compile(r"(?:buổi|lễ|cuộc|các cuộc|những cuộc)\s*$", re.IGNORECASE)
_NOUN_HEAD = re.compile(r"(?:[Bb]uổi|[Ll]ễ|[Cc]uộc)\s+")
_CLAUSE_START = re.compile(r"[.:;!?\n“\"(]\s*$")
_BARE = re.compile(r"\s*(?:[,.;:]|$|(?:chiều|sáng|tối|trưa|hôm|ngày|vừa|mới|lần|đầu tiên|đã|này)\b)")
# "Tổng thống X và Thủ tướng Y trong cuộc điện đàm ngày 12/5 đã nhất trí": a meeting its named sides held.
_NAMED_SIDES_BEFORE = re.compile(r"[A-ZĐ][^\s,.;:]*\s+trong\s+(?:buổi|cuộc)\s*$")
# "trong cuộc họp báo chung ngày 7/2 với Thủ tướng Đức": a dated meeting word that still names its counterpart.
_DATED_WITH = re.compile(r"\s*(?:(?:chiều|sáng|tối|trưa)\s+)?(?:ngày|hôm)\s+[\d/.-]+\s+với\s")
# "Trong cuộc hội đàm ngày 3/2, Bộ trưởng X và người đồng cấp Mỹ Y nhất trí ...": the sides are named after it.
_PAIR_AFTER = re.compile(r"[^,.;]{0,30},[^,.;]{3,80}\svà\s+người đồng cấp\s")
_SETTING_BEFORE = re.compile(r"(?:[Tt]ại|[Ss]au|[Tt]rong|[Kk]ết thúc|[Mm]ở đầu|[Tt]rước|[Nn]gay sau)\s+"
                             r"(?:các\s+)?(?:(?:buổi|lễ|cuộc)\s*)?$", re.IGNORECASE)


# "X đưa ra lời kêu gọi trên tại cuộc gặp với Y": a remark made at the meeting, which was held.
_HELD_AT = re.compile(r"(?<!\w)tại\s+$")


def has_trigger(text: str) -> bool:
    """Cheap test: does ``text`` hold any trigger word at all."""
    return _lexicon().any_trigger.search(text) is not None


def _glued_follower(text: str, end: int, ends: set[int], followers: frozenset[str]) -> bool:
    """The rest of the word after ``end`` is a word the tagger glues on ("tiếp đoàn")."""
    rest = next((e for e in sorted(ends) if e > end), None)
    return rest is not None and text[end:rest].strip() in followers


def split_glued(text: str, ws: list[Word]) -> list[Word]:
    """Split a name the tagger glued onto the trigger after it ("Tô Lâm tiếp" read as one word)."""
    lex = _lexicon()
    out: list[Word] = []
    for w in ws:
        parts = w.text.split()
        capitals = next((i for i, p in enumerate(parts) if not p[:1].isupper()), len(parts))
        if 2 <= capitals < len(parts):
            cut = w.start + len(" ".join(parts[:capitals]))
            rest = text.find(parts[capitals], cut, w.end)
            titles = actor_lexicon().titles.finditer(text, w.start, w.end)
            inside_title = any(t.start() < rest < t.end() for t in titles)
            if rest >= 0 and lex.pattern.match(text, rest, w.end) and not inside_title:
                out.append(Word(w.start, cut, text[w.start:cut], "Np"))
                out.append(Word(rest, w.end, text[rest:w.end], "V"))
                continue
        out.append(w)
    return out


def find_triggers(text: str, ws: list[Word]) -> list[Trigger]:
    """Triggers among the words ``ws`` of a sentence. A trigger starts where a word starts; a one-syllable
    trigger must also end where a word ends ("tiếp", not "tiếp tục"), a longer one at a syllable boundary
    (the tagger may glue the next syllable on: "chào từ biệt nhân dịp"). A meeting held online or by video
    (lexicons/remote_markers.tsv) is a call."""
    if not ws:
        return []
    lex = _lexicon()
    starts = {w.start for w in ws}
    ends = {w.end for w in ws}
    remote_sentence = lex.remote_sentence.search(text, ws[0].start, ws[-1].end) is not None
    out: list[Trigger] = []
    for m in lex.pattern.finditer(text, ws[0].start, ws[-1].end):
        start, end, matched = m.start(), m.end(), m.group()
        if start not in starts or (end not in ends and " " not in matched.strip()
                                   and not _glued_follower(text, end, ends, lex.followers)):
            continue
        if matched[0].isupper() and start != ws[0].start and not _CLAUSE_START.search(text, max(0, start - 3), start):
            continue
        before = text[max(0, start - 30):start]
        noun = _NOUN_HEAD.match(matched)
        setting = before + (noun.group() if noun else "")
        if _SETTING_BEFORE.search(setting) and _BARE.match(text, end) and not _NAMED_SIDES_BEFORE.search(setting) \
                and not _DATED_WITH.match(text, end) and not _PAIR_AFTER.match(text, end):
            continue
        if _NOUN_BEFORE.search(before) and text[end:end + 1] in (",", "."):
            continue
        type_, direction, mode = lex.info[_key(matched)]
        if type_ == "CONSULT" and (remote_sentence or lex.remote_after.match(text, end)):
            mode = "phone"
        out.append(Trigger(start, end, matched, type_, direction, mode))
    return out


_MAIN_CLAUSE = re.compile(r"[^,.;]*,([^,.;]*)")


def _planned_main_clause(text: str, trigger: Trigger, lex: _TriggerLexicon) -> bool:
    """A meeting named as the setting of a plan at the start of a clause: "Trong cuộc hội đàm với X, Y sẽ đề
    nghị ..."."""
    noun = _NOUN_HEAD.match(trigger.text)
    before = text[max(0, trigger.start - 30):trigger.start] + (noun.group() if noun else "")
    setting = _SETTING_BEFORE.search(before)
    if setting is None or not setting.group()[:1].isupper():
        return False
    main = _MAIN_CLAUSE.match(text, trigger.end)
    return main is not None and lex.plan.search(lex.unblock.sub(" ", main.group(1))) is not None


_CLAUSE_REST = re.compile(r"[^,.;:]*")


def _planned_noun(text: str, trigger: Trigger, lex: _TriggerLexicon) -> bool:
    """A meeting named as a noun whose clause goes on with a plan: "Cuộc gặp giữa X và Y sẽ diễn ra ..."."""
    if not _NOUN_HEAD.match(trigger.text):
        return False
    rest = _CLAUSE_REST.match(text, trigger.end)
    return rest is not None and lex.plan.search(lex.unblock.sub(" ", rest.group())) is not None


def blocked(text: str, sentence_start: int, subject_end: int, trigger: Trigger) -> str | None:
    """Why ``trigger`` is no reported event, or None: ``plan`` for a plan (a plan word after the subject, right
    after the trigger, in the clause of a meeting named as a noun: "Cuộc gặp giữa X và Y sẽ diễn ra", or in the
    main clause of a meeting named as a setting: "Trong cuộc gặp với X, Y sẽ ...");
    ``other`` for an invitation, a remark or background (a near blocker after the subject unless the meeting
    is where the remark was made: "kêu gọi ... tại cuộc gặp với X"; a speech blocker
    anywhere before it in the sentence, a clause blocker before it in its clause, a blocker right before or
    right after it).
    Set phrases such as "theo lời mời" block nothing."""
    lex = _lexicon()
    near = lex.unblock.sub(" ", text[subject_end:trigger.start])
    if _planned_main_clause(text, trigger, lex) or lex.plan.search(near) or lex.plan_after.match(text, trigger.end) \
            or _planned_noun(text, trigger, lex):
        return "plan"
    wide = lex.unblock.sub(" ", text[sentence_start:trigger.start])
    held = _HELD_AT.search(text, max(sentence_start, trigger.start - 12), trigger.start) is not None
    if (lex.near.search(near) and not held) or lex.wide.search(wide) or lex.after.match(text, trigger.end) \
            or lex.adjacent.search(text, max(0, trigger.start - 40), trigger.start) \
            or lex.clause.search(text, sentence_start, trigger.start):
        return "other"
    return None
