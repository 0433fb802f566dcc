from reader.core.anchoring import AnchorState, anchor, anchor_all, document_order
from reader.core.annotations import new_annotation

TEXT = (
    "我们在山脚下的小镇住了三天。第一天下雨，我们在旅馆里读书。\n"
    "第二天天晴了，我们沿着小路爬到山顶，看见整片云海。\n"
    "第三天我们离开小镇，坐上了回城的长途汽车。"
)


def annotate(text, quote, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    return new_annotation(text, start, start + len(quote))


def test_unchanged_text_is_anchored_in_place():
    a = annotate(TEXT, "整片云海")
    result = anchor(TEXT, a)
    assert result.state is AnchorState.ANCHORED
    assert TEXT[result.start : result.end] == "整片云海"


def test_text_inserted_before_moves_the_anchor_with_it():
    a = annotate(TEXT, "整片云海")
    edited = "前言：这是一篇游记。\n" + TEXT
    result = anchor(edited, a)
    assert result.state is AnchorState.MOVED
    assert edited[result.start : result.end] == "整片云海"


def test_repeated_quote_is_told_apart_by_its_context():
    a = annotate(TEXT, "小镇", occurrence=2)  # 离开小镇, not 山脚下的小镇
    edited = TEXT.replace("第一天下雨", "第一天下了一整天的大雨")
    result = anchor(edited, a)
    assert result.state is AnchorState.MOVED
    assert edited[result.start - 2 : result.end] == "离开小镇"


def test_repeated_quote_whose_context_changed_goes_to_the_best_agreeing_one():
    a = annotate(TEXT, "我们", occurrence=3)  # 天晴了，我们沿着
    edited = TEXT.replace("第二天天晴了，", "第二天终于放晴，")
    result = anchor(edited, a)
    assert edited[result.start : result.end + 2] == "我们沿着"


def test_small_edit_inside_the_quote_is_a_fuzzy_move():
    a = annotate(TEXT, "我们沿着小路爬到山顶")
    edited = TEXT.replace("沿着小路爬到山顶", "沿着石阶小路爬上山顶")
    result = anchor(edited, a)
    assert result.state is AnchorState.MOVED
    assert edited[result.start : result.end] == "我们沿着石阶小路爬上山顶"


def test_short_quote_does_not_snap_to_an_unrelated_place():
    a = annotate(TEXT, "云海")
    # The quote and its surroundings are rewritten; only an unrelated 云 remains.
    edited = TEXT.replace("看见整片云海。", "天上只有几朵白云。")
    assert anchor(edited, a).state is AnchorState.ORPHANED


def test_quote_that_is_gone_is_orphaned_not_dropped():
    a = annotate(TEXT, "坐上了回城的长途汽车")
    edited = TEXT.replace("坐上了回城的长途汽车", "搭朋友的顺风车回家")
    anchors = anchor_all(edited, [a])
    assert anchors[a.id].state is AnchorState.ORPHANED
    assert (anchors[a.id].start, anchors[a.id].end) == (-1, -1)
    assert document_order([a], anchors) == [(a, anchors[a.id])]


def test_quote_spanning_blocks_and_astral_characters():
    text = "表情😀在这里\n𠀀字在那里"
    a = new_annotation(text, 2, 9)
    assert a.exact == "😀在这里\n𠀀字"
    moved = anchor("开头。" + text, a)
    assert moved.state is AnchorState.MOVED and moved.start == 5


def test_document_order_puts_orphans_last():
    first, second = annotate(TEXT, "第三天"), annotate(TEXT, "第一天")
    gone = annotate(TEXT, "旅馆")
    edited = TEXT.replace("在旅馆里读书", "在屋里看书")
    order = document_order([first, gone, second], anchor_all(edited, [first, gone, second]))
    assert [a.id for a, _ in order] == [second.id, first.id, gone.id]


def test_same_quote_at_the_old_place_loses_to_the_quote_with_its_context():
    text = "他说：好的。她说：不行。"
    a = annotate(text, "说", occurrence=2)  # 她说
    edited = "她说：好的。" + text  # a 说 now sits at the old offset, in another sentence
    assert edited[a.start] == "说"
    result = anchor(edited, a)
    assert result.state is AnchorState.MOVED
    assert edited[result.start - 1 : result.end + 3] == "她说：不行"
