"""Recognising lines that are not article body: promo, platform chrome, time and
account lines, editor credits, image credits.

Each check looks at one whole line on its own (``classify_line``); the rules
that depend on where a line sits (header, footer) are applied by the cleaner.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reader.core.cleaning_rules import CleaningRules, match_form
from reader.core.document import RemovalReason

_NAME_SEPARATORS = " |丨/,;、:"
_ACCOUNT_FORBIDDEN = set(",。!?;:、\"“”「」()《》")


class LineRole(str, Enum):
    REMOVE = "remove"  # promo, contact, copyright, chrome: removed with ``reason``
    FOOTER_MARKER = "footer_marker"  # 往期推荐, END: starts the promo footer
    RELATIVE_TIME = "relative_time"  # "2天前": meta.published
    ABSOLUTE_TIME = "absolute_time"  # "2024-03-18 08:30": meta.published if in the header
    ACCOUNT_TIME = "account_time"  # "晨曦科技观察 2天前": meta.source and meta.published
    CREDIT = "credit"  # "编辑:小王 | 审核:老李": meta.credits
    CAPTION = "caption"  # "图源:视觉中国": kept, as a caption block


@dataclass(frozen=True)
class LineMatch:
    role: LineRole
    reason: RemovalReason | None = None
    credits: tuple[tuple[str, str], ...] = ()
    time: str = ""
    account: str = ""


def parse_credits(form: str, rules: CleaningRules) -> tuple[tuple[str, str], ...] | None:
    """``((label, names), ...)`` when the whole line is labelled credits, else None."""
    credit_rules = rules.credits
    if len(form) > credit_rules.max_chars:
        return None
    body = form.lstrip("▎▍▌▋▊▉|丨*#>-—·• ")
    found = list(credit_rules.label_pattern.finditer(body))
    if not found or found[0].start() != 0:
        return None
    pairs: list[tuple[str, str]] = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(body)
        names = body[match.end() : end].strip(_NAME_SEPARATORS)
        if len(names) > credit_rules.max_names_chars or any(c in "。!?" for c in names):
            return None
        pairs.append((match.group("label"), names))
    if not any(names for _, names in pairs):
        return None
    if len(found) == 1 and not any(c in ":|丨/" for c in found[0].group(0)):
        # "编辑 小王" alone on a line: only unambiguous labels, only a short name.
        label = found[0].group("label")
        if label not in credit_rules.space_separated_labels or len(pairs[0][1]) > 12:
            return None
    return tuple((label, names) for label, names in pairs if names)


def split_account_time(form: str, rules: CleaningRules) -> tuple[str, str, bool] | None:
    """``(account, time, relative)`` for a line like "晨曦科技观察 2天前", else None."""
    index = form.find(" ", _last_time_start(form, rules))
    while index != -1:
        head, tail = form[:index].strip(), form[index + 1 :].strip()
        index = form.find(" ", index + 1)
        if not head or not is_account_name(head, rules):
            continue
        relative = rules.relative_time_match(tail)
        if relative is not None and not relative.group("rest"):
            return head, relative.group("when"), True
        absolute = rules.absolute_time_match(tail)
        if absolute is not None and not absolute.group("rest"):
            return head, absolute.group("when"), False
    return None


def _last_time_start(form: str, rules: CleaningRules) -> int:
    """Where to look for the space before a time: a time is short, so a space with
    more than the longest time's characters after it (blanks aside) cannot be the
    one. Looking only at the end keeps long lines with many spaces linear."""
    longest = max(rules.relative_time_max, rules.absolute_time_max)
    start = max(0, len(form.rstrip()) - longest - 2)
    while start > 0 and form[start].isspace():
        start -= 1
    return start


def is_account_name(text: str, rules: CleaningRules) -> bool:
    """Short, one phrase, no sentence or clause punctuation."""
    form = match_form(text)
    return (
        0 < len(form) <= rules.account_max_chars
        and not _ACCOUNT_FORBIDDEN.intersection(form)
        and any(char.isalpha() for char in form)
    )


def classify_line(text: str, rules: CleaningRules) -> LineMatch | None:
    """What a line is on its own, or None for an ordinary body line."""
    return classify_form(match_form(text), rules)


def classify_form(form: str, rules: CleaningRules) -> LineMatch | None:
    """``classify_line`` for a line already in its match form."""
    if not form:
        return None
    for role, found in (
        (LineRole.RELATIVE_TIME, rules.relative_time_match(form)),
        (LineRole.ABSOLUTE_TIME, rules.absolute_time_match(form)),
    ):
        if found is not None:
            rest = found.group("rest") or ""
            credits = parse_credits(rest, rules) if rest else None
            return LineMatch(
                role, RemovalReason.RELATIVE_TIME, credits=credits or (), time=found.group("when")
            )
    if rules.captions.matches(form):
        return LineMatch(LineRole.CAPTION)
    credits = parse_credits(form, rules)
    if credits is not None:
        return LineMatch(LineRole.CREDIT, RemovalReason.CREDIT, credits=credits)
    for group in rules.removal_groups:
        if group.matches(form):
            return LineMatch(LineRole.REMOVE, group.reason)
    if rules.footer_markers.matches(form):
        return LineMatch(LineRole.FOOTER_MARKER, rules.footer_markers.reason)
    account_time = split_account_time(form, rules)
    if account_time is not None:
        account, time, relative = account_time
        role = LineRole.ACCOUNT_TIME if relative else LineRole.ABSOLUTE_TIME
        return LineMatch(role, RemovalReason.ACCOUNT, time=time, account=account)
    return None
