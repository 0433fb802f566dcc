"""Bad input and unusable locations through the real command line: one line on stderr
naming the file and the reason, exit 2, no traceback, and nothing of the user's lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """河边的旧码头改成了一座小公园

傍晚时分，附近的居民喜欢沿着栈道散步，孩子们在草坪上放风筝。

码头边那棵老榕树还在，树下摆着几张石凳，常有老人在那里下棋。
"""


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *names: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: "), result.stderr
    for name in names:
        assert name in lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "码头 公园.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def test_a_data_folder_that_is_a_file_is_named(tmp_path: Path, article: Path) -> None:
    data = tmp_path / "data-file"
    data.write_text("not a folder", "utf-8")
    assert_one_line_error(run(data, "notes", str(article)), str(data), "not a folder")
    assert data.read_text("utf-8") == "not a folder"


def test_a_data_folder_under_a_file_is_named(tmp_path: Path, article: Path) -> None:
    data = tmp_path / "data-file"
    data.write_text("not a folder", "utf-8")
    result = run(data / "inside", "annotate", str(article), "--quote", "老榕树")
    assert_one_line_error(result, str(data / "inside"))


def test_a_notes_file_that_cannot_be_locked_is_named_and_left_alone(
    tmp_path: Path, article: Path
) -> None:
    data = tmp_path / "data"
    assert run(data, "annotate", str(article), "--quote", "老榕树").returncode == 0
    (notes_file,) = (data / "notes").glob("*.json")
    notes_file.write_text("{damaged", "utf-8")
    lock = notes_file.with_name(notes_file.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()  # stands for a folder the user may not write in (root ignores modes)
    assert_one_line_error(run(data, "notes", str(article)), str(notes_file), "cannot lock")
    assert notes_file.read_text("utf-8") == "{damaged"


def annotated(tmp_path: Path, article: Path) -> Path:
    data = tmp_path / "data"
    result = run(data, "annotate", str(article), "--quote", "老榕树", "--comment", "树龄一百年")
    assert result.returncode == 0, result.stderr
    return data


def test_export_to_a_folder_is_refused(tmp_path: Path, article: Path) -> None:
    data = annotated(tmp_path, article)
    folder = tmp_path / "exports"
    folder.mkdir()
    result = run(data, "export", str(article), "-o", str(folder))
    assert_one_line_error(result, str(folder), "folder")
    assert list(folder.iterdir()) == []


def test_export_never_writes_over_the_article(tmp_path: Path, article: Path) -> None:
    data = annotated(tmp_path, article)
    assert_one_line_error(run(data, "export", str(article), "-o", str(article)), str(article))
    assert article.read_text("utf-8") == ARTICLE


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path, article: Path) -> None:
    data = annotated(tmp_path, article)
    real = tmp_path / "real.md"
    real.write_text("old export", "utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert run(data, "export", str(article), "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert "树龄一百年" in real.read_text("utf-8")


def test_export_to_a_device_writes_into_it(tmp_path: Path, article: Path) -> None:
    data = annotated(tmp_path, article)
    link = tmp_path / "sink"
    link.symlink_to(os.devnull)
    result = run(data, "export", str(article), "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and not link.resolve().is_file()
    assert list(tmp_path.glob(".sink*")) == []


def test_export_of_notes_from_a_newer_reader_is_refused(tmp_path: Path, article: Path) -> None:
    data = annotated(tmp_path, article)
    (notes_file,) = (data / "notes").glob("*.json")
    newer = notes_file.read_text("utf-8").replace('"schema": 2', '"schema": 99', 1)
    notes_file.write_text(newer, "utf-8")
    out = tmp_path / "export.md"
    out.write_text("an earlier export", "utf-8")
    result = run(data, "export", str(article), "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot be exported" in result.stderr.splitlines()[-1]
    assert out.read_text("utf-8") == "an earlier export"
    assert notes_file.read_text("utf-8") == newer


def test_a_quote_copied_from_clean_output_across_paragraphs_is_found(
    tmp_path: Path, article: Path
) -> None:
    data = tmp_path / "data"
    printed = run(data, "clean", str(article)).stdout
    start = printed.index("放风筝。")
    quote = printed[start : printed.index("老榕树") + 3]
    assert "\n\n" in quote
    result = run(data, "annotate", str(article), "--quote", quote)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run(data, "notes", str(article), "--json").stdout)
    assert [item["quote"] for item in listed] == [quote.replace("\n\n", "\n")]


def test_a_bad_occurrence_changes_nothing(tmp_path: Path, article: Path) -> None:
    data = tmp_path / "data"
    for occurrence in ("0", "-1"):
        result = run(data, "annotate", str(article), "--quote", "码头", "--occurrence", occurrence)
        assert_one_line_error(result, "--occurrence")
    result = run(data, "annotate", str(article), "--quote", "码头", "--occurrence", "9")
    assert_one_line_error(result, str(article), "fewer than 9")
    assert not (data / "notes").exists() or not list((data / "notes").glob("*.json"))


def test_a_notes_file_naming_another_record_never_writes_over_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first, second = tmp_path / "一.txt", tmp_path / "二.txt"
    first.write_text(ARTICLE, "utf-8")
    second.write_text("山脚下的茶园今年雨水充足。\n\n新茶比往年早了十天上市。\n", "utf-8")
    assert run(data, "annotate", str(first), "--quote", "老榕树").returncode == 0
    files_before = set((data / "notes").glob("*.json"))
    assert run(data, "annotate", str(second), "--quote", "茶园").returncode == 0
    (second_file,) = set((data / "notes").glob("*.json")) - files_before
    (first_file,) = files_before
    second_notes = second_file.read_text("utf-8")
    damaged = first_file.read_text("utf-8").replace(first_file.stem, second_file.stem)
    first_file.write_text(damaged, "utf-8")
    assert run(data, "annotate", str(first), "--quote", "石凳").returncode == 0
    assert second_file.read_text("utf-8") == second_notes
    quotes = [n["quote"] for n in json.loads(run(data, "notes", str(first), "--json").stdout)]
    assert sorted(quotes) == ["石凳", "老榕树"]


def test_a_damaged_library_index_is_rebuilt_and_the_warning_says_where_it_went(
    tmp_path: Path, article: Path
) -> None:
    data = annotated(tmp_path, article)
    (data / "library.json").write_text("[1, 2", "utf-8")
    result = run(data, "notes", str(article))
    assert result.returncode == 0, result.stderr
    assert "老榕树" in result.stdout
    (kept,) = data.glob("library.json.corrupt-*")
    assert kept.read_text("utf-8") == "[1, 2"
    assert str(kept) in result.stderr and "rebuilt" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
def test_a_file_name_that_is_not_utf8_keeps_its_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    name = os.fsdecode(b"\xff\xfe" + "码头.txt".encode())
    path = tmp_path / name
    path.write_text(ARTICLE, "utf-8")
    result = run(data, "annotate", str(path), "--quote", "老榕树")
    assert result.returncode == 0, result.stderr
    listed = json.loads(run(data, "notes", str(path), "--json").stdout)
    assert [item["quote"] for item in listed] == ["老榕树"]
    env = {**os.environ, "READER_DATA_DIR": str(data)}
    exported = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(path)], capture_output=True, env=env
    )
    assert exported.returncode == 0, exported.stderr
    assert "老榕树".encode() in exported.stdout
    assert os.fsencode(name) in exported.stdout  # the name as the bytes it is


def test_a_terminal_that_cannot_show_chinese_gets_one_line(tmp_path: Path, article: Path) -> None:
    env = {**os.environ, "READER_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "clean", str(article)],
        capture_output=True,
        env=env,
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"PYTHONIOENCODING" in result.stderr


def test_deleting_from_notes_of_a_newer_reader_says_why_it_cannot(
    tmp_path: Path, article: Path
) -> None:
    data = tmp_path / "data"
    result = run(data, "annotate", str(article), "--quote", "老榕树")
    annotation_id = result.stdout.strip()
    (notes_file,) = (data / "notes").glob("*.json")
    newer = notes_file.read_text("utf-8").replace('"schema": 2', '"schema": 99', 1)
    notes_file.write_text(newer, "utf-8")
    result = run(data, "notes", str(article), "--delete", annotation_id)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    last = result.stderr.splitlines()[-1]
    assert "newer reader" in last and str(notes_file) in last
    assert notes_file.read_text("utf-8") == newer


def test_a_file_named_like_an_option_gets_a_hint(tmp_path: Path) -> None:
    (tmp_path / "-码头.txt").write_text(ARTICLE, "utf-8")
    env = {**os.environ, "READER_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "reader", "clean"]
    result = subprocess.run(
        [*command, "-码头.txt"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "./-码头.txt" in result.stderr
    result = subprocess.run(
        [*command, "--", "-码头.txt"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0 and "老榕树" in result.stdout


def test_cleaning_that_removes_everything_says_so(tmp_path: Path) -> None:
    path = tmp_path / "推广.txt"
    path.write_text("点击上方蓝字关注我们\n\n长按识别二维码关注\n\n阅读原文\n", "utf-8")
    result = run(tmp_path / "data", "clean", str(path))
    assert result.returncode == 0
    assert result.stdout.strip() == ""
    assert str(path) in result.stderr and "--show-removed" in result.stderr


def test_a_damaged_user_dictionary_is_named_left_alone_and_the_way_round_it_given(
    tmp_path: Path, article: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dictionary = data / "user_dictionary.json"
    dictionary.write_text('{"schema": 1, "entries": [', "utf-8")
    result = run(data, "entities", str(article))
    assert_one_line_error(result, str(dictionary), "--no-user-dictionary")
    assert dictionary.read_text("utf-8") == '{"schema": 1, "entries": ['
    assert run(data, "entities", "--no-user-dictionary", str(article)).returncode == 0


def test_notes_that_cannot_be_updated_are_still_listed_and_exported(
    tmp_path: Path, article: Path
) -> None:
    data = annotated(tmp_path, article)
    (notes_file,) = (data / "notes").glob("*.json")
    kept = notes_file.read_text("utf-8")
    lock = notes_file.with_name(notes_file.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()  # stands for a read-only data folder (root ignores modes)
    article.write_text(ARTICLE + "\n新修的栈道一直通到河口。\n", "utf-8")  # the record must follow
    listed = run(data, "notes", str(article))
    assert listed.returncode == 0, listed.stderr
    assert "老榕树" in listed.stdout and "not updated" in listed.stderr
    exported = run(data, "export", str(article))
    assert exported.returncode == 0 and "树龄一百年" in exported.stdout
    result = run(data, "annotate", str(article), "--quote", "石凳")
    assert result.returncode == 2 and "cannot lock" in result.stderr.splitlines()[-1]
    assert notes_file.read_text("utf-8") == kept


def _immutable(folder: Path) -> bool:
    """Make ``folder`` unchangeable even for root (chattr +i); False where that cannot be."""
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def test_a_damaged_library_index_that_cannot_be_moved_aside_is_named(
    tmp_path: Path, article: Path
) -> None:
    data = annotated(tmp_path, article)
    (data / "library.json").write_text("[1, 2", "utf-8")
    if not _immutable(data):
        pytest.skip("no way here to make a folder read-only for this user")
    try:
        result = run(data, "notes", str(article))
    finally:
        subprocess.run(["chattr", "-i", str(data)], check=True)
    assert_one_line_error(result, str(data / "library.json"), "cannot be moved aside")
    assert (data / "library.json").read_text("utf-8") == "[1, 2"
