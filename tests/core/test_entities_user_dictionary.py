"""The user's dictionary: add, change kind, hide; saved, reloaded and applied at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.entities import (
    EntityKind,
    InvalidTermError,
    UserDictionary,
    extract_entities,
)
from reader.core.errors import StoreError

TEXT = "青梧工坊今天发布了新品，青梧工坊的创始人到场。小明也来了。"


def kinds(text: str, dictionary: UserDictionary) -> dict[str, EntityKind]:
    return {e.text: e.kind for e in extract_entities(text, dictionary)}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    return tmp_path


def test_added_term_is_found_at_once(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    assert "青梧工坊" not in kinds(TEXT, dictionary)
    dictionary.add("青梧工坊", EntityKind.ORGANIZATION)
    found = {e.text: e for e in extract_entities(TEXT, dictionary)}
    assert found["青梧工坊"].kind is EntityKind.ORGANIZATION
    assert found["青梧工坊"].count == 2


def test_round_trip_add_change_kind_hide(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    dictionary.add("青梧工坊", EntityKind.ORGANIZATION)
    dictionary.set_kind("青梧工坊", EntityKind.PRODUCT)
    dictionary.add("小明", EntityKind.PERSON)
    dictionary.hide("小明")
    dictionary.save()

    path = data_dir / "user_dictionary.json"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["schema"] == 1

    reloaded = UserDictionary.load()
    assert {(e.term, e.kind, e.hidden) for e in reloaded.entries} == {
        ("青梧工坊", EntityKind.PRODUCT, False),
        ("小明", EntityKind.PERSON, True),
    }
    found = kinds(TEXT, reloaded)
    assert found["青梧工坊"] is EntityKind.PRODUCT
    assert "小明" not in found

    reloaded.unhide("小明")
    assert kinds(TEXT, reloaded)["小明"] is EntityKind.PERSON


def test_hiding_a_found_entity_filters_it(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    assert "北京" in kinds("他在北京工作。", dictionary)
    dictionary.hide("北京")
    assert "北京" not in kinds("他在北京工作。", dictionary)
    dictionary.unhide("北京")
    assert dictionary.entries == ()
    assert "北京" in kinds("他在北京工作。", dictionary)


def test_changing_the_kind_of_a_found_entity(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    dictionary.set_kind("北京", EntityKind.ORGANIZATION)
    assert kinds("他在北京工作。", dictionary)["北京"] is EntityKind.ORGANIZATION


def test_missing_file_is_an_empty_dictionary(data_dir: Path) -> None:
    assert UserDictionary.load().entries == ()
    assert not (data_dir / "user_dictionary.json").exists()


def test_damaged_file_is_reported_and_left_alone(data_dir: Path) -> None:
    path = data_dir / "user_dictionary.json"
    path.write_text('{"schema": 1, "entries": [{"term": "x", "kind": "dragon"}]}', "utf-8")
    with pytest.raises(StoreError, match=r"user_dictionary\.json.*dragon"):
        UserDictionary.load()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="not valid JSON"):
        UserDictionary.load()
    assert path.read_text(encoding="utf-8") == "{not json"


def test_newer_schema_is_refused(data_dir: Path) -> None:
    (data_dir / "user_dictionary.json").write_text('{"schema": 99, "entries": []}', "utf-8")
    with pytest.raises(StoreError, match="newer"):
        UserDictionary.load()


def test_save_merges_changes_made_by_another_window(data_dir: Path) -> None:
    first = UserDictionary.load()
    second = UserDictionary.load()
    first.add("青梧工坊", EntityKind.ORGANIZATION)
    first.save()
    second.add("小明", EntityKind.PERSON)
    second.save()
    terms = {e.term for e in UserDictionary.load().entries}
    assert terms == {"青梧工坊", "小明"}


@pytest.mark.parametrize("term", ["", "   ", "两行\n文字", "长" * 51])
def test_invalid_terms_are_refused(data_dir: Path, term: str) -> None:
    with pytest.raises(InvalidTermError):
        UserDictionary.load().add(term, EntityKind.PERSON)


def test_a_term_another_dictionary_added_is_not_listed(data_dir: Path, tmp_path: Path) -> None:
    other = UserDictionary.load(tmp_path / "other.json")
    other.add("紫檀工坊", EntityKind.ORGANIZATION)
    text = "紫檀工坊开门了。"
    assert "紫檀工坊" in kinds(text, other)
    assert "紫檀工坊" not in kinds(text, UserDictionary.load())
    assert "紫檀工坊" not in {e.text for e in extract_entities(text)}


def test_a_kind_set_in_one_dictionary_does_not_leak_into_others(
    data_dir: Path, tmp_path: Path
) -> None:
    text = "林晓峰表示，新厂下月投产。"
    assert kinds(text, UserDictionary.load())["林晓峰"] is EntityKind.PERSON
    renamed = UserDictionary.load(tmp_path / "renamed.json")
    renamed.set_kind("林晓峰", EntityKind.ORGANIZATION)
    assert kinds(text, renamed)["林晓峰"] is EntityKind.ORGANIZATION
    assert kinds(text, UserDictionary.load())["林晓峰"] is EntityKind.PERSON
    assert {e.text: e.kind for e in extract_entities(text)}["林晓峰"] is EntityKind.PERSON
    assert kinds(text, renamed)["林晓峰"] is EntityKind.ORGANIZATION


def test_a_term_inside_a_longer_found_name_stays_part_of_it(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    dictionary.add("小米", EntityKind.PRODUCT)
    found = kinds("小米集团发布了新机，小米卖得很好。", dictionary)
    assert found["小米集团"] is EntityKind.ORGANIZATION
    assert found["小米"] is EntityKind.PRODUCT


def test_a_latin_term_matches_whole_words_only(data_dir: Path) -> None:
    dictionary = UserDictionary.load()
    dictionary.add("Ada", EntityKind.PRODUCT)
    found = {e.text: e for e in extract_entities("他用Adam写过代码，也学过Ada。", dictionary)}
    assert found["Ada"].count == 1


def test_editing_a_dictionary_does_not_load_jieba(tmp_path: Path) -> None:
    """A window edits the dictionary on its GUI thread: that must not cost a second."""
    code = (
        "import sys; from pathlib import Path;"
        "from reader.core.entities import EntityKind, UserDictionary;"
        f"d = UserDictionary.load(Path({str(tmp_path / 'words.json')!r}));"
        "d.add('青梧工坊', EntityKind.ORGANIZATION); d.set_kind('青梧工坊', EntityKind.PRODUCT);"
        "d.hide('北京'); d.save(); UserDictionary.load(d.path);"
        "print('jieba' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
