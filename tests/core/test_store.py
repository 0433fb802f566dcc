import json
import shutil
import threading
from pathlib import Path

import pytest

from article_files import write_article
from reader.core.anchoring import AnchorState
from reader.core.annotations import Color, edited, new_annotation
from reader.core.document import Article
from reader.core.errors import StoreError
from reader.core.fingerprint import content_fingerprint
from reader.core.jsonio import read_json
from reader.core.store import NotesStore, WarningKind, open_with_notes

FIXTURES = Path(__file__).parent.parent / "fixtures" / "store"
STORY = (
    "老街口有一家开了三十年的面馆。",
    "老板姓陈，每天凌晨四点起来熬汤，汤里放的是猪骨和黄豆。",
    "街坊们都说，陈老板的面条有小时候的味道。",
    "去年冬天，面馆门口排起了长队，因为一位食客把它拍进了视频。",
)


def make_article(path: Path, paragraphs=STORY, title="老街面馆") -> Article:
    return write_article(path, paragraphs, title, source="街坊日报")


def note(article: Article, quote: str, **kwargs):
    start = article.text.index(quote)
    return new_annotation(article.text, start, start + len(quote), **kwargs)


@pytest.fixture
def store(tmp_path):
    return NotesStore(tmp_path / "data")


def test_round_trip_keeps_everything(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    soup = note(article, "猪骨和黄豆", color=Color.GREEN, comment="*香*", tags=["吃"])
    gone = note(article, "排起了长队")
    notes.add(soup)
    notes.add(gone)
    notes.update(edited(soup, comment="很香"))
    notes.delete(gone.id)
    notes.set_reading_position(42)
    notes.set_restored_blocks({"k1"})
    notes.save()

    again = NotesStore(store.folder).open(article)
    assert again.record_id == notes.record_id
    assert [a.comment for a in again.annotations] == ["很香"]
    assert again.get(soup.id).tags == ("吃",) and again.get(soup.id).color is Color.GREEN
    assert again.anchors[soup.id].state is AnchorState.ANCHORED
    assert again.reading_position == 42 and again.restored_blocks == {"k1"}
    assert gone.id in again.deleted_ids
    saved = read_json(again.path)
    assert saved["schema"] == 2 and again.path.parent == store.folder / "notes"
    assert "老街" not in again.path.name  # named by id, not by title
    entry = store.library.entries()[notes.record_id]
    assert entry.reading_position == 42 and entry.title == "老街面馆"


def test_new_article_writes_nothing_until_saved(tmp_path, store):
    notes = store.open(make_article(tmp_path / "a.txt"))
    assert notes.annotations == [] and not notes.path.exists()
    notes.save()  # nothing changed: nothing to write
    assert not notes.path.exists()


def test_renamed_file_keeps_its_notes(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "熬汤"))
    notes.save()
    (tmp_path / "a.txt").rename(tmp_path / "moved.txt")
    moved = make_article(tmp_path / "moved.txt")
    found = NotesStore(store.folder).open(moved)
    assert found.record_id == notes.record_id and len(found.annotations) == 1
    assert read_json(found.path)["path"] == str((tmp_path / "moved.txt").resolve())


def test_edited_file_keeps_its_notes_and_updates_the_fingerprint(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    kept = note(article, "小时候的味道")
    notes.add(kept)
    notes.save()
    changed = (STORY[0], "老板姓陈，凌晨起来熬汤。", *STORY[2:])
    edited_article = make_article(tmp_path / "a.txt", changed)
    found = NotesStore(store.folder).open(edited_article)
    assert found.record_id == notes.record_id
    assert found.anchors[kept.id].state is AnchorState.MOVED
    text = edited_article.text
    assert text[found.anchors[kept.id].start : found.anchors[kept.id].end] == "小时候的味道"
    assert read_json(found.path)["fingerprint"] == content_fingerprint(text)
    assert store.library.entries()[notes.record_id].fingerprint == content_fingerprint(text)


def test_orphan_is_kept_and_can_be_reattached(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    lost = note(article, "一位食客把它拍进了视频", comment="出名了")
    notes.add(lost)
    notes.save()
    rewritten = make_article(tmp_path / "a.txt", (*STORY[:3], "去年冬天，电视台来采访了。"))
    found = NotesStore(store.folder).open(rewritten)
    assert [a.id for a in found.orphans()] == [lost.id]
    start = rewritten.text.index("电视台来采访")
    moved = found.reattach(lost.id, start, start + 6)
    assert found.anchors[lost.id].state is AnchorState.ANCHORED
    assert moved.comment == "出名了" and moved.exact == "电视台来采访"


def test_corrupt_notes_file_is_moved_aside_and_never_overwritten(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "面馆"))
    notes.save()
    notes.path.write_text('{"schema": 2, "annotations": [', "utf-8")

    reopened = NotesStore(store.folder).open(article)
    assert reopened.annotations == []
    [warning] = reopened.warnings
    assert warning.kind is WarningKind.CORRUPT and "kept as" in str(warning)
    assert warning.kept_as.read_text("utf-8") == '{"schema": 2, "annotations": ['
    reopened.add(note(article, "黄豆"))
    reopened.save()
    assert warning.kept_as.read_text("utf-8") == '{"schema": 2, "annotations": ['
    assert [a.exact for a in NotesStore(store.folder).open(article).annotations] == ["黄豆"]


def test_one_bad_annotation_is_kept_in_the_file(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "面馆"))
    notes.save()
    data = read_json(notes.path)
    data["annotations"].append({"id": "broken", "exact": ""})
    notes.path.write_text(json.dumps(data), "utf-8")
    reopened = NotesStore(store.folder).open(article)
    assert [w.kind for w in reopened.warnings] == [WarningKind.BAD_ANNOTATION]
    assert len(reopened.annotations) == 1
    reopened.set_reading_position(3)
    reopened.save()
    assert read_json(notes.path)["unreadable"] == [{"id": "broken", "exact": ""}]


def test_file_from_a_newer_reader_is_read_only(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "面馆"))
    notes.save()
    future = {"schema": 9, "id": notes.record_id, "everything": "different"}
    notes.path.write_text(json.dumps(future), "utf-8")
    reopened = NotesStore(store.folder).open(article)
    assert reopened.read_only and reopened.warnings[0].kind is WarningKind.NEWER_SCHEMA
    reopened.add(note(article, "黄豆"))
    with pytest.raises(StoreError, match="newer"):
        reopened.save()
    assert json.loads(notes.path.read_text("utf-8")) == future


def test_schema_1_files_are_migrated_with_a_backup(tmp_path):
    data = tmp_path / "data"
    (data / "notes").mkdir(parents=True)
    article = make_article(tmp_path / "old.txt")
    library = json.loads((FIXTURES / "library-schema1.json").read_text("utf-8"))
    library["articles"][0]["path"] = str(article.path.resolve())
    (data / "library.json").write_text(json.dumps(library, ensure_ascii=False), "utf-8")
    record_id = "0c2f8e9a4b7d4e51a3c6d8f0b1e2a345"
    shutil.copy(FIXTURES / "notes-schema1.json", data / "notes" / f"{record_id}.json")

    notes = NotesStore(data).open(article)
    assert notes.record_id == record_id and notes.warnings == []
    by_quote = {a.exact: a for a in notes.annotations}
    assert set(by_quote) == {"凌晨四点起来熬汤", "小时候的味道"}
    soup = by_quote["凌晨四点起来熬汤"]
    assert soup.comment == "真辛苦" and soup.tags == ("人物", "早起") and soup.color is Color.PINK
    assert soup.created == "2023-05-01T08:00:00.000000Z"
    assert all(notes.anchors[a.id].state is AnchorState.ANCHORED for a in notes.annotations)
    assert notes.reading_position == 12
    assert read_json(data / "notes" / f"{record_id}.json")["schema"] == 2
    assert read_json(data / "notes" / f"{record_id}.json.schema1.bak")["schema"] == 1
    assert read_json(data / "library.json.schema1.bak")["schema"] == 1
    entry = NotesStore(data).library.entries()[record_id]
    assert entry.fingerprint == content_fingerprint(article.text)  # updated after the path match


def test_corrupt_library_is_rebuilt_from_the_notes(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "面馆"))
    notes.save()
    store.library.path.write_text("garbage", "utf-8")
    found = NotesStore(store.folder).open(article)
    assert found.record_id == notes.record_id and len(found.annotations) == 1
    assert [w.kind for w in found.warnings] == [WarningKind.LIBRARY_REBUILT]
    assert found.warnings[0].kept_as.read_text("utf-8") == "garbage"


def test_concurrent_edits_merge_and_deletes_stay_deleted(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    first = store.open(article)
    shared = note(article, "面馆")
    first.add(shared)
    first.save()
    second = NotesStore(store.folder).open(article)

    first.add(note(article, "黄豆"))
    first.delete(shared.id)
    first.save()
    second.add(note(article, "凌晨四点"))
    second.save()  # second still holds `shared`; the tombstone must win
    assert sorted(a.exact for a in second.annotations) == ["凌晨四点", "黄豆"]
    assert shared.id not in second.anchors

    final = NotesStore(store.folder).open(article)
    assert sorted(a.exact for a in final.annotations) == ["凌晨四点", "黄豆"]


def test_newer_edit_wins_and_undo_of_a_delete_survives_the_merge(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    first = store.open(article)
    a = note(article, "面馆")
    first.add(a)
    first.save()
    second = NotesStore(store.folder).open(article)
    second.update(edited(a, comment="旧"))
    first.update(edited(a, comment="新"))  # later
    first.save()
    second.save()
    assert NotesStore(store.folder).open(article).get(a.id).comment == "新"

    first.delete(a.id)
    first.save()
    first.add(a)  # undo
    first.save()
    assert NotesStore(store.folder).open(article).get(a.id).exact == "面馆"


def test_open_with_notes_reads_the_file_and_finds_its_notes(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("第一段讲天气。\n\n第二段讲心情，今天很开心。\n", "utf-8")
    store = NotesStore(tmp_path / "data")
    article, notes = open_with_notes(path, store)
    start = article.text.index("很开心")
    notes.add(new_annotation(article.text, start, start + 3))
    notes.save()
    article2, notes2 = open_with_notes(path, NotesStore(tmp_path / "data"))
    [only] = notes2.annotations
    anchor = notes2.anchors[only.id]
    assert article2.text[anchor.start : anchor.end] == "很开心"


def test_a_newer_file_written_meanwhile_is_not_overwritten(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    notes.add(note(article, "面馆"))
    notes.save()
    future = {"schema": 9, "id": notes.record_id}
    notes.path.write_text(json.dumps(future), "utf-8")
    notes.add(note(article, "黄豆"))
    with pytest.raises(StoreError, match="newer"):
        notes.save()
    assert json.loads(notes.path.read_text("utf-8")) == future and notes.read_only


def test_saving_on_a_worker_thread_while_editing_loses_nothing(tmp_path, store):
    article = make_article(tmp_path / "a.txt")
    notes = store.open(article)
    done = threading.Event()
    errors = []

    def saver():
        while not done.is_set():
            try:
                notes.save()
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

    worker = threading.Thread(target=saver)
    worker.start()
    text = article.text
    for i in range(200):
        start = (i * 3) % (len(text) - 2)
        notes.add(new_annotation(text, start, start + 2, comment=str(i)))
    done.set()
    worker.join()
    notes.save()
    assert errors == []
    reopened = NotesStore(store.folder).open(article)
    assert sorted(int(a.comment) for a in reopened.annotations) == list(range(200))
