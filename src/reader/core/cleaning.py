"""Turn a LoadedDocument into a clean Article.

The steps, each in its own module: whitespace clean-up (``whitespace``), lines
grouped into paragraphs (``paragraphs``), promo / chrome / time / credit /
caption lines recognised (``boilerplate`` with rules from ``cleaning_rules``),
header and footer handled here, headings and title (``headings``), repeated
copies of the body (``duplicates``). Nothing is dropped: whatever is taken out
goes to ``Article.removed`` with a reason and a stable key, and a key passed in
``restored`` puts that block back where it was.
"""

from __future__ import annotations

import hashlib

from reader.core.boilerplate import LineMatch, LineRole, classify_line, is_account_name
from reader.core.cleaning_rules import CleaningRules, load_rules
from reader.core.document import (
    Article,
    BlockKind,
    LoadedDocument,
    RemovalReason,
    RemovedBlock,
    build_blocks,
)
from reader.core.duplicates import repeated_units
from reader.core.headings import is_prose, mark_plain_kinds, title_candidate
from reader.core.meta_builder import MetaBuilder
from reader.core.paragraphs import Unit, plain_text_units
from reader.core.whitespace import clean_line, compact_form, normalise_line, physical_lines

MAX_FOOTER_LINE_CHARS = 40
TITLE_SEARCH_UNITS = 3  # the meta title is looked for among the first kept units
MIN_RUNNING_TEXT_CHARS = 16  # a repeated copy holds at least one sentence this long
FOOTER = "footer"  # Unit.extra flag: removed only for following a footer marker


def clean(document: LoadedDocument, restored: frozenset[str] = frozenset()) -> Article:
    """Clean ``document``; keys in ``restored`` keep those removed blocks in the text."""
    rules = load_rules()
    units = _units(document, rules)
    meta = MetaBuilder(document.meta, rules)
    header_end = _apply_line_rules(units, meta, rules)
    _mark_accounts(units, header_end, meta, rules)
    _mark_footer(units, header_end, rules)
    title = _take_title(units, document.meta.get("title", "").strip(), rules)
    kept = [unit for unit in units if unit.reason is None]
    if document.format == "text":
        mark_plain_kinds(kept, rules)
    _mark_duplicates(units, rules)
    return _assemble(document, units, title, meta, restored)


def _units(document: LoadedDocument, rules: CleaningRules) -> list[Unit]:
    if document.format == "text":
        pieces = [piece for line in document.lines for piece in physical_lines(line.text)]
        return plain_text_units([clean_line(piece) for piece in pieces], rules)
    units = []
    for position, line in enumerate(document.lines):
        pieces = [normalise_line(piece) for piece in physical_lines(line.text)]
        pieces = [piece for piece in pieces if piece]
        if not pieces:
            continue
        unit = Unit(position=position, pieces=pieces, markup_kind=line.kind)
        unit.kind = line.kind or BlockKind.PARAGRAPH
        unit.match = classify_line(unit.text, rules)
        units.append(unit)
    return units


def _apply_line_rules(units: list[Unit], meta: MetaBuilder, rules: CleaningRules) -> int:
    """Act on what each line is on its own; return where the header ends (the
    index of the first unit of prose)."""
    header_end = next(
        (i for i, unit in enumerate(units) if unit.match is None and is_prose(unit, rules)),
        len(units),
    )
    for index, unit in enumerate(units):
        match = unit.match
        if match is None:
            continue
        if match.role is LineRole.CAPTION:
            unit.kind = BlockKind.CAPTION
        elif match.role is LineRole.ABSOLUTE_TIME:
            if index < header_end:
                _take_time(unit, match, meta)
            else:
                unit.match = None  # a date inside the body is content
        elif match.role in (LineRole.RELATIVE_TIME, LineRole.ACCOUNT_TIME):
            _take_time(unit, match, meta)
        elif match.role is LineRole.CREDIT:
            unit.reason = RemovalReason.CREDIT
            meta.add_credits(match.credits)
        else:
            unit.reason = match.reason or RemovalReason.NOISE
    return header_end


def _take_time(unit: Unit, match: LineMatch, meta: MetaBuilder) -> None:
    meta.add_time(match.time)
    meta.add_credits(match.credits)
    if match.account:
        meta.add_account(match.account)
        unit.reason = RemovalReason.ACCOUNT
    else:
        unit.reason = RemovalReason.RELATIVE_TIME


def _is_plain_line(unit: Unit | None) -> bool:
    return (
        unit is not None and unit.reason is None and unit.match is None and unit.single_line
    )


def _mark_accounts(
    units: list[Unit], header_end: int, meta: MetaBuilder, rules: CleaningRules
) -> None:
    """The account name sits on the line right next to the time line in the header;
    later lines repeating the known source name are account lines too."""
    for index in range(header_end):
        unit = units[index]
        if unit.reason is not RemovalReason.RELATIVE_TIME:
            continue
        before = units[index - 1] if index > 0 and not unit.blank_before else None
        after = units[index + 1] if index + 1 < len(units) else None
        if after is not None and after.blank_before:
            after = None
        for neighbour in (before, after):
            if neighbour is not None and _is_plain_line(neighbour):
                if not is_account_name(neighbour.text, rules):
                    continue
                neighbour.reason = RemovalReason.ACCOUNT
                meta.add_account(neighbour.text)
                break
    names = meta.account_forms()
    if not names:
        return
    for unit in units:
        if _is_plain_line(unit) and compact_form(unit.text) in names:
            unit.reason = RemovalReason.ACCOUNT


def _mark_footer(units: list[Unit], header_end: int, rules: CleaningRules) -> None:
    """After 往期推荐 / END, short lines that are not sentences are promo (lists of
    recommended articles), up to the next line of prose."""
    in_footer = False
    for index, unit in enumerate(units):
        if unit.match is not None and unit.match.role is LineRole.FOOTER_MARKER:
            in_footer = index >= header_end
            continue
        if not in_footer or unit.reason is not None or unit.match is not None:
            continue
        short = unit.single_line and len(unit.text) <= MAX_FOOTER_LINE_CHARS
        if short and not rules.form_ends_sentence(unit.form):
            unit.reason = RemovalReason.PROMO
            unit.extra[FOOTER] = "1"
        else:
            in_footer = False


def _take_title(units: list[Unit], meta_title: str, rules: CleaningRules) -> str:
    """The extractor's title, else the first short heading-like line; the line that
    holds the title leaves the body as TITLE."""
    kept = [unit for unit in units if unit.reason is None]
    if meta_title:
        wanted = compact_form(meta_title)
        for unit in kept[:TITLE_SEARCH_UNITS]:
            if wanted and compact_form(unit.text) == wanted:
                unit.reason, unit.kind = RemovalReason.TITLE, BlockKind.HEADING
                break
        return meta_title
    if len(kept) >= 2 and title_candidate(kept[0], rules) and not is_prose(kept[0], rules):
        kept[0].reason, kept[0].kind = RemovalReason.TITLE, BlockKind.HEADING
        return kept[0].text
    return ""


def _mark_duplicates(units: list[Unit], rules: CleaningRules) -> None:
    """Kept units, the title (as earlier text) and footer lines take part: a copy of
    the body pasted after a footer starts with short lines the footer rule took."""
    considered = [
        u for u in units if u.reason in (None, RemovalReason.TITLE) or FOOTER in u.extra
    ]
    found = repeated_units(
        [unit.text for unit in considered],
        [unit.reason is not RemovalReason.TITLE for unit in considered],
        [_is_running_text(unit, rules) for unit in considered],
    )
    for index in found:
        considered[index].reason = RemovalReason.DUPLICATE


def _is_running_text(unit: Unit, rules: CleaningRules) -> bool:
    """Sentences, not a label line: ends like a sentence, or long."""
    length = len(unit.text)
    return length >= MIN_RUNNING_TEXT_CHARS and (
        rules.form_ends_sentence(unit.form) or length >= 2 * MIN_RUNNING_TEXT_CHARS
    )


def unit_keys(texts: list[str]) -> list[str]:
    """Stable keys: a hash of the text plus its occurrence number among equal texts."""
    seen: dict[str, int] = {}
    keys = []
    for text in texts:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        count = seen.get(digest, 0)
        seen[digest] = count + 1
        keys.append(f"{digest}-{count}")
    return keys


def _assemble(
    document: LoadedDocument,
    units: list[Unit],
    title: str,
    meta: MetaBuilder,
    restored: frozenset[str],
) -> Article:
    parts: list[tuple[BlockKind, str]] = []
    sources: list[int] = []
    removed: list[RemovedBlock] = []
    for unit, key in zip(units, unit_keys([unit.text for unit in units]), strict=True):
        if unit.reason is None or key in restored:
            parts.append((unit.kind, unit.text))
            sources.append(unit.position)
        else:
            removed.append(RemovedBlock(key, unit.text, unit.reason, unit.position, unit.kind))
    return Article(
        path=document.path,
        title=title,
        meta=meta.build(),
        blocks=build_blocks(parts, sources),
        removed=tuple(removed),
        encoding=document.encoding,
        format=document.format,
    )
