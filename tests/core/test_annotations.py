import pytest

from reader.core.annotations import (
    CONTEXT_LENGTH,
    Annotation,
    AnnotationError,
    Color,
    Style,
    edited,
    new_annotation,
    normalize_tags,
    reattached,
)

TEXT = "春天来了，河边的柳树发了新芽。\n小明每天早上沿着河边跑步，风里有青草的味道。"


def test_new_annotation_keeps_quote_context_and_position():
    start = TEXT.index("柳树")
    a = new_annotation(TEXT, start, start + 2, color=Color.GREEN, comment="好看", tags=["植物"])
    assert a.exact == "柳树"
    assert a.prefix == TEXT[:start] and a.suffix == TEXT[start + 2 : start + 2 + CONTEXT_LENGTH]
    assert (a.start, a.end) == (start, start + 2)
    assert a.color is Color.GREEN and a.style is Style.HIGHLIGHT
    assert a.created == a.modified and a.created.endswith("Z")
    assert len(a.id) == 36


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (10, 999), (8, 3)])
def test_new_annotation_refuses_a_range_outside_the_text(span):
    with pytest.raises(AnnotationError, match="range"):
        new_annotation(TEXT, *span)


def test_edited_bumps_modified_even_within_one_clock_tick():
    a = new_annotation(TEXT, 0, 2)
    b = edited(a, comment="一")
    c = edited(b, comment="二")
    assert a.modified < b.modified < c.modified
    assert c.comment == "二" and c.created == a.created and c.id == a.id


def test_edited_checks_colour_and_cleans_tags():
    a = new_annotation(TEXT, 0, 2)
    assert edited(a, color="pink").color is Color.PINK
    assert edited(a, tags=[" #读书 ", "读书", "", "笔记"]).tags == ("读书", "笔记")
    with pytest.raises(AnnotationError, match="colour"):
        edited(a, color="orange")


def test_reattached_takes_the_new_passage():
    a = new_annotation(TEXT, 0, 2)
    start = TEXT.index("青草")
    moved = reattached(a, TEXT, start, start + 2)
    assert (moved.exact, moved.start, moved.end) == ("青草", start, start + 2)
    assert moved.suffix == "的味道。" and moved.modified > a.modified


def test_dict_round_trip_and_clear_errors():
    a = new_annotation(TEXT, 3, 9, style=Style.UNDERLINE, comment="**注**", tags=["a b"])
    assert Annotation.from_dict(a.to_dict()) == a
    broken = a.to_dict()
    del broken["exact"]
    with pytest.raises(AnnotationError, match="exact"):
        Annotation.from_dict(broken)
    with pytest.raises(AnnotationError, match="style"):
        Annotation.from_dict({**a.to_dict(), "style": "strike"})
    with pytest.raises(AnnotationError, match="whole numbers"):
        Annotation.from_dict({**a.to_dict(), "start": "3"})


def test_normalize_tags_keeps_order():
    assert normalize_tags(["b", "#a", "b", "  "]) == ("b", "a")
