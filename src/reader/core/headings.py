"""Section headings, list items and the title of a plain-text article.

Plain text has no markup, so a heading is recognised by its shape and place:
a short standalone line without sentence punctuation, between paragraphs. A
caption, a list item or the tail of a paragraph is never a heading.
"""

from __future__ import annotations

from reader.core.cleaning_rules import CleaningRules
from reader.core.document import BlockKind
from reader.core.paragraphs import Unit

MAX_HEADING_CHARS = 30
MAX_NUMBERED_HEADING_CHARS = 40
MAX_TITLE_CHARS = 64
_CLAUSE_END = (",", ":", ";", "、", "，", "：", "；", "-", "—")


def is_prose(unit: Unit, rules: CleaningRules) -> bool:
    """A paragraph of running text (as opposed to a label-like line)."""
    text = unit.text
    return (
        not unit.single_line
        or len(text) >= 50
        or (len(text) >= 20 and rules.form_ends_sentence(unit.form))
    )


def _numbered(unit: Unit, rules: CleaningRules) -> bool:
    return bool(rules.heading_number.match(unit.form))


def _bulleted(unit: Unit, rules: CleaningRules) -> bool:
    return bool(rules.list_item.match(unit.form))


def heading_shape(unit: Unit, rules: CleaningRules, max_chars: int = MAX_HEADING_CHARS) -> bool:
    """Short, one line, not ending like a sentence or a clause, more than a number."""
    if not unit.single_line or unit.kind is BlockKind.CAPTION or _bulleted(unit, rules):
        return False
    form = unit.form
    numbered = _numbered(unit, rules)
    limit = MAX_NUMBERED_HEADING_CHARS if numbered else max_chars
    if not form or len(form) > limit or form.endswith(_CLAUSE_END):
        return False
    if rules.form_ends_sentence(form) and not (numbered and form.endswith(("?", "!"))):
        return False
    if form.count(",") > 1 or form.count("。") > 0:
        return False
    return sum(1 for char in form if char.isalpha()) >= 2


def mark_plain_kinds(content: list[Unit], rules: CleaningRules) -> None:
    """Set LIST_ITEM and HEADING kinds on the kept units of a plain-text article."""
    for index, unit in enumerate(content):
        if unit.kind is not BlockKind.PARAGRAPH:
            continue
        if _bulleted(unit, rules):
            unit.kind = BlockKind.LIST_ITEM
            continue
        previous = content[index - 1] if index > 0 else None
        following = content[index + 1] if index + 1 < len(content) else None
        if _numbered(unit, rules) and unit.single_line and _in_numbered_run(
            unit, previous, following, rules
        ):
            unit.kind = BlockKind.LIST_ITEM
            continue
        if _is_heading(index, content, rules):
            unit.kind = BlockKind.HEADING


def _in_numbered_run(
    unit: Unit, previous: Unit | None, following: Unit | None, rules: CleaningRules
) -> bool:
    """Numbered lines touching each other (no blank line between) are a list."""
    before = previous is not None and not unit.blank_before and _numbered(previous, rules)
    after = following is not None and not following.blank_before and _numbered(following, rules)
    return before or after


def _is_heading(index: int, content: list[Unit], rules: CleaningRules) -> bool:
    unit = content[index]
    if not heading_shape(unit, rules) or index + 1 >= len(content):
        return False
    previous = content[index - 1] if index > 0 else None
    # Directly under a line that does not end a sentence: the tail of that paragraph.
    if (
        previous is not None
        and not unit.blank_before
        and not (rules.form_ends_sentence(previous.form) or previous.kind is BlockKind.CAPTION)
    ):
        return False
    # A heading introduces running text: prose must follow within the next two units.
    return any(is_prose(unit, rules) for unit in content[index + 1 : index + 3])


def title_candidate(unit: Unit, rules: CleaningRules) -> bool:
    """The first line can be the title: heading-like, a little longer allowed, not
    numbered, and it may end with ? or !."""
    if unit.kind is BlockKind.CAPTION:
        return False
    if unit.markup_kind not in (None, BlockKind.HEADING) or _numbered(unit, rules):
        return False
    form = unit.form
    if form.endswith(("?", "!")):
        form = form.rstrip("?!")
    if not form or len(form) > MAX_TITLE_CHARS or form.endswith(_CLAUSE_END):
        return False
    return unit.single_line and not rules.ends_sentence(form) and form.count("。") == 0
