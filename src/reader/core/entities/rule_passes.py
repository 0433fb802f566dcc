"""The order the token rules run in, and what of their result becomes a span.

Companies come first (they are found in the text, before jieba's misreadings of
their names spread), then the rules that read a word by its neighbours, then the
rules that join names with their endings, innermost first: a person's name before
the street named after them, a place before the body it names.
"""

from __future__ import annotations

from reader.core.entities.companies import merge_company_names
from reader.core.entities.cue_rules import (
    complete_three_character_names,
    join_names_after_openers,
    places_by_cue,
    places_inside_names,
    read_by_kind_noun,
)
from reader.core.entities.model import EntityKind, Span
from reader.core.entities.rules import (
    Item,
    RuleContext,
    absorb_places,
    confirm_persons,
    extend_addresses,
    join_transliterated_names,
    merge_organizations,
    merge_person_names,
    merge_places,
    split_leading_particles,
)


def apply_rules(text: str, items: list[Item], ctx: RuleContext) -> list[Span]:
    """Run every token rule over ``items`` (jieba's tokens of ``text``) and return
    the named spans (single characters only where listed)."""
    items = merge_company_names(text, items, ctx)
    confirm_persons(items, ctx)
    items = split_leading_particles(items, ctx)
    items = join_transliterated_names(items, ctx)
    items = join_names_after_openers(items, ctx)
    items = complete_three_character_names(items, ctx)
    read_by_kind_noun(items, ctx)
    places_by_cue(items, ctx)
    items = merge_person_names(items, ctx)
    items = merge_places(items, ctx)
    items = extend_addresses(items, ctx)
    items = merge_organizations(items, ctx)
    items = absorb_places(items, ctx)
    items = places_inside_names(items, ctx)
    spans = []
    for item in items:
        if item.kind is None or item.word in ctx.stopwords:
            continue
        if (
            item.kind is EntityKind.PLACE
            and len(item.word) == 2
            and item.word not in ctx.kinds
            and item.word not in ctx.weak_places
        ):
            # Two characters jieba tags as a place, on their own, that no list knows:
            # mostly ordinary words (东方, 中华) or half of a longer name.
            continue
        if item.end - item.start < 2 and item.word not in ctx.kinds:
            continue
        spans.append(Span(item.start, item.end, item.kind))
    return spans
