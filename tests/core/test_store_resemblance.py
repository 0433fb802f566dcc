"""Finding an article's notes when neither its fingerprint nor its path is enough: the
known paths of a record and the resemblance of its text (reader.core.library.find)."""

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article_files import write_article
from reader.core.anchoring import AnchorState
from reader.core.annotations import new_annotation
from reader.core.document import Article
from reader.core.fingerprint import (
    SKETCH_PREFIX,
    SKETCH_SIZE,
    content_fingerprint,
    content_sketch,
    file_digest,
    resemblance,
)
from reader.core.jsonio import read_json
from reader.core.library import RESEMBLANCE_THRESHOLD
from reader.core.store import NotesStore

ESSAY = (
    "做了十年产品，我最大的体会是：最难的不是技术，而是判断什么值得做。",
    "第三年我们在价格战里损失惨重，办公室从两层缩到半层，团队一度只剩下五个人。",
    "那年冬天我们放弃了低价路线，把全部力气花在一个功能上：让用户十秒钟内找到想要的东西。",
    "第二年春天，老用户开始自发地在论坛里推荐我们，口碑慢慢回来了。",
    "回头看，真正救了公司的不是哪一次融资，而是那次决定不再跟别人比便宜。",
)
# The same essay with one sentence rewritten.
ESSAY_EDITED = (
    ESSAY[0],
    "第三年我们在价格战里亏了很多钱，团队最少的时候只有五个人。",
    *ESSAY[2:],
)
# Another article altogether, on a similar subject.
OTHER = (
    "楼下的水果店换了三任老板，每一任都说这个位置风水好。",
    "第一任靠低价吸引顾客，半年后撑不下去了；第二任只卖进口水果，街坊嫌贵。",
    "现在的老板娘每天早上五点去批发市场挑货，店门口的黑板上写着当天最甜的品种。",
    "她说做生意没有捷径，东西好，人家自然会回来。",
)


def write(path: Path, paragraphs=ESSAY, title="十年") -> Article:
    return write_article(path, paragraphs, title)


def annotate(store_folder: Path, article: Article, quote: str, comment: str = ""):
    notes = NotesStore(store_folder).open(article)
    start = article.text.index(quote)
    added = new_annotation(article.text, start, start + len(quote), comment=comment)
    notes.add(added)
    notes.save()
    return notes, added


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


# --- the sketch ----------------------------------------------------------------------


def shingles(text: str) -> set[str]:
    canonical = "".join(unicodedata.normalize("NFC", text).split())
    if len(canonical) < 5:
        return {canonical} if canonical else set()
    return {canonical[i : i + 5] for i in range(len(canonical) - 4)}


def test_sketch_is_stable_across_runs_and_versions():
    # Stored sketches must compare with ones computed later: pin the exact value.
    assert content_sketch("春眠不觉晓，处处闻啼鸟。") == (
        "bk64c5:00340dfb310cd7d13a8a08615fcfce454f5a8c29098ca52c5bc31e33280d90a0"
        "78d9224fe12a53319feeed63a6902cc8aed1e463c177c030b991a468e00f4b85"
    )


def test_sketch_keeps_the_smallest_hashes_ignoring_whitespace_and_normal_form():
    long_text = "\n".join(ESSAY * 3) + "".join(OTHER)
    sketch = content_sketch(long_text)
    values = bytes.fromhex(sketch.removeprefix(SKETCH_PREFIX))
    hashes = [int.from_bytes(values[i : i + 8], "big") for i in range(0, len(values), 8)]
    assert len(hashes) == SKETCH_SIZE and hashes == sorted(set(hashes))
    assert content_sketch(long_text.replace("，", " ，\n\t")) == sketch
    decomposed = unicodedata.normalize("NFD", "Café ") + long_text
    assert content_sketch(decomposed) == content_sketch("Café" + long_text)
    assert content_sketch(" \n\t") == "" and resemblance("", sketch) == 0.0
    assert resemblance("other-method:" + sketch[len(SKETCH_PREFIX) :], sketch) == 0.0
    assert resemblance(SKETCH_PREFIX + "zz", sketch) == 0.0


def test_resemblance_separates_an_edit_from_another_article():
    essay, edited, other = (content_sketch("\n".join(t)) for t in (ESSAY, ESSAY_EDITED, OTHER))
    assert resemblance(essay, essay) == 1.0
    assert RESEMBLANCE_THRESHOLD <= resemblance(essay, edited) < 1.0
    assert resemblance(essay, other) < 0.1


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="春夏秋冬风花雪月山水", min_size=0, max_size=20),
    st.text(alphabet="春夏秋冬风花雪月山水", min_size=0, max_size=20),
)
def test_short_texts_give_the_exact_jaccard_similarity(first, second):
    # Fewer than SKETCH_SIZE shingles: the sketch holds them all, so the estimate is exact.
    ours, theirs = shingles(first), shingles(second)
    expected = len(ours & theirs) / len(ours | theirs) if ours and theirs else 0.0
    got = resemblance(content_sketch(first), content_sketch(second))
    assert got == pytest.approx(expected)
    assert got == resemblance(content_sketch(second), content_sketch(first))


# --- the store -----------------------------------------------------------------------


def test_moved_and_edited_file_keeps_its_notes(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, kept = annotate(data, article, "最难的不是技术")
    _, lost = annotate(data, article, "办公室从两层缩到半层", comment="难熬")
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    edited = write(tmp_path / "b.txt", ESSAY_EDITED)

    found = NotesStore(data).open(edited)
    assert found.record_id == notes.record_id
    assert found.anchors[kept.id].state is AnchorState.ANCHORED
    assert [a.comment for a in found.orphans()] == ["难熬"]  # kept, never dropped
    saved = read_json(found.path)
    b_path, a_path = str((tmp_path / "b.txt").resolve()), str((tmp_path / "a.txt").resolve())
    assert saved["path"] == b_path and set(saved["known_paths"]) == {a_path, b_path}
    assert saved["known_paths"][b_path] == file_digest(tmp_path / "b.txt")
    assert saved["fingerprint"] == content_fingerprint(edited.text)
    assert saved["sketch"] == content_sketch(edited.text)
    entry = NotesStore(data).library.entries()[notes.record_id]
    assert entry.path == b_path and entry.sketch == saved["sketch"]
    assert dict(entry.known_paths) == saved["known_paths"]
    # Found again the ordinary way from now on, with the orphan still there.
    again = NotesStore(data).open(edited)
    assert again.record_id == notes.record_id and len(again.annotations) == 2
    assert lost.id in {a.id for a in again.orphans()}


def test_a_copy_annotated_through_the_copy_and_then_edited_keeps_its_notes(tmp_path, data):
    original = write(tmp_path / "a.txt")
    first, on_original = annotate(data, original, "最难的不是技术")
    copy = write(tmp_path / "c.txt")
    through_copy, on_copy = annotate(data, copy, "价格战")
    assert through_copy.record_id == first.record_id  # same content, one record
    assert read_json(first.path)["path"] == str((tmp_path / "a.txt").resolve())

    edited_copy = write(tmp_path / "c.txt", ESSAY_EDITED)
    found = NotesStore(data).open(edited_copy)
    assert found.record_id == first.record_id
    assert {a.id for a in found.annotations} == {on_original.id, on_copy.id}
    placed = found.anchors[on_copy.id]
    assert placed.placed and edited_copy.text[placed.start : placed.end] == "价格战"
    assert read_json(found.path)["path"] == str((tmp_path / "a.txt").resolve())
    assert NotesStore(data).open(original).record_id == first.record_id


def test_another_article_never_adopts_notes(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    (tmp_path / "a.txt").unlink()  # its record is free to be adopted, but not by this
    other = NotesStore(data).open(write(tmp_path / "shop.txt", OTHER, title="水果店"))
    assert other.record_id != notes.record_id and other.annotations == []


def test_an_old_path_now_holding_another_article_does_not_bring_the_notes(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    assert NotesStore(data).open(write(tmp_path / "b.txt")).record_id == notes.record_id
    newcomer = NotesStore(data).open(write(tmp_path / "a.txt", OTHER, title="水果店"))
    assert newcomer.record_id != notes.record_id and newcomer.annotations == []


def test_two_versions_that_both_exist_keep_separate_notes(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    shutil.copy(tmp_path / "a.txt", tmp_path / "v2.txt")
    version = write(tmp_path / "v2.txt", ESSAY_EDITED)  # edited before it was ever opened

    second, on_version = annotate(data, version, "口碑慢慢回来了")
    assert second.record_id != notes.record_id
    assert [a.exact for a in NotesStore(data).open(article).annotations] == ["最难的不是技术"]
    assert [a.id for a in NotesStore(data).open(version).annotations] == [on_version.id]


def test_a_version_rewritten_in_place_frees_its_record_for_the_moved_copy(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    shutil.copy(tmp_path / "a.txt", tmp_path / "b.txt")
    write(tmp_path / "a.txt", OTHER)  # a.txt no longer holds the annotated version
    found = NotesStore(data).open(write(tmp_path / "b.txt", ESSAY_EDITED))
    assert found.record_id == notes.record_id and len(found.annotations) == 1
    assert read_json(found.path)["path"] == str((tmp_path / "b.txt").resolve())
    # The old path now holds another article: it gets a record of its own.
    assert NotesStore(data).open(write(tmp_path / "a.txt", OTHER)).record_id != notes.record_id


def test_the_most_resembling_free_record_is_adopted(tmp_path, data):
    near, _ = annotate(data, write(tmp_path / "near.txt", ESSAY_EDITED), "口碑慢慢回来了")
    far_text = (*ESSAY[:4], "后来的故事，以后再讲。")
    far, _ = annotate(data, write(tmp_path / "far.txt", far_text), "价格战")
    sketches = [content_sketch("\n".join(t)) for t in (ESSAY, ESSAY_EDITED, far_text)]
    assert resemblance(sketches[0], sketches[2]) >= RESEMBLANCE_THRESHOLD  # both candidates
    assert resemblance(sketches[0], sketches[2]) < resemblance(sketches[0], sketches[1])
    (tmp_path / "near.txt").unlink()
    (tmp_path / "far.txt").unlink()
    found = NotesStore(data).open(write(tmp_path / "new.txt", ESSAY))
    assert found.record_id == near.record_id != far.record_id


def test_records_written_before_paths_and_sketches_were_kept(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    for file, strip in ((notes.path, None), (data / "library.json", "articles")):
        saved = read_json(file)
        for item in saved[strip].values() if strip else [saved]:
            del item["known_paths"], item["sketch"]
        file.write_text(json.dumps(saved, ensure_ascii=False), "utf-8")

    reopened = NotesStore(data).open(article)  # found by fingerprint, as before
    assert reopened.record_id == notes.record_id and reopened.warnings == []
    assert read_json(notes.path)["sketch"] == content_sketch(article.text)  # filled in
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    moved = NotesStore(data).open(write(tmp_path / "b.txt", ESSAY_EDITED))
    assert moved.record_id == notes.record_id and len(moved.annotations) == 1


def test_rebuilt_library_keeps_paths_and_sketches(tmp_path, data):
    article = write(tmp_path / "a.txt")
    notes, _ = annotate(data, article, "最难的不是技术")
    (data / "library.json").unlink()
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    found = NotesStore(data).open(write(tmp_path / "b.txt", ESSAY_EDITED))
    assert found.record_id == notes.record_id


def test_known_paths_from_two_processes_are_joined(tmp_path, data):
    first = NotesStore(data).open(write(tmp_path / "a.txt"))
    first.set_reading_position(3)
    first.save()
    second = NotesStore(data).open(write(tmp_path / "c.txt"))  # a copy: same record
    assert second.record_id == first.record_id
    first.set_reading_position(5)
    first.save()  # merges with the file the copy's open wrote meanwhile
    known = read_json(first.path)["known_paths"]
    assert set(known) == {str((tmp_path / name).resolve()) for name in ("a.txt", "c.txt")}
