import json
import os
import shutil
import subprocess

import pytest

from reader.core.errors import StoreError
from reader.core.jsonio import (
    Migrations,
    atomic_write_text,
    move_aside,
    read_json,
    read_versioned,
    write_json,
)


def test_write_keeps_previous_version_as_bak(tmp_path):
    target = tmp_path / "notes.json"
    write_json(target, {"n": 1}, schema=2)
    write_json(target, {"n": 2}, schema=2)
    assert read_json(target) == {"schema": 2, "n": 2}
    assert json.loads((tmp_path / "notes.json.bak").read_text("utf-8"))["n"] == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_corrupt_file_names_the_file_and_can_be_moved_aside(tmp_path):
    target = tmp_path / "notes.json"
    target.write_text("{not json", "utf-8")
    with pytest.raises(StoreError) as info:
        read_json(target)
    assert "notes.json" in str(info.value)
    kept = move_aside(target)
    assert kept.read_text("utf-8") == "{not json"
    assert not target.exists()


def test_migration_runs_each_step_and_backs_up_the_original(tmp_path):
    migrations = Migrations(current=3)

    @migrations.step(1)
    def one_to_two(data):
        data["items"] = data.pop("old_items")
        return data

    @migrations.step(2)
    def two_to_three(data):
        data["items"] = [{"v": v} for v in data["items"]]
        return data

    target = tmp_path / "f.json"
    target.write_text(json.dumps({"schema": 1, "old_items": [1, 2]}), "utf-8")
    data = read_versioned(target, migrations)
    assert data == {"schema": 3, "items": [{"v": 1}, {"v": 2}]}
    assert json.loads((tmp_path / "f.json.schema1.bak").read_text("utf-8"))["old_items"] == [1, 2]
    assert read_json(target)["schema"] == 3


def test_newer_schema_is_refused_not_overwritten(tmp_path):
    target = tmp_path / "f.json"
    target.write_text(json.dumps({"schema": 9}), "utf-8")
    with pytest.raises(StoreError, match="newer"):
        read_versioned(target, Migrations(current=2))
    assert json.loads(target.read_text("utf-8")) == {"schema": 9}


def test_a_name_that_is_not_utf8_is_written_and_read_back_the_same(tmp_path):
    name = os.fsdecode(b"/articles/\xff\xfe.txt")
    target = tmp_path / "notes.json"
    write_json(target, {"path": name}, schema=2)
    assert read_json(target)["path"] == name
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_replacing_a_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "export.md"
    target.write_text("old", "utf-8")
    target.chmod(0o644)
    atomic_write_text(target, "new", keep_backup=False)
    assert target.read_text("utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads the umask from /proc")
def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path):
    mask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "export.md", "new", keep_backup=False)
    finally:
        os.umask(mask)
    assert (tmp_path / "export.md").stat().st_mode & 0o777 == 0o644


def test_an_old_file_in_a_folder_that_cannot_be_written_is_still_read(tmp_path):
    migrations = Migrations(current=2)

    @migrations.step(1)
    def one_to_two(data):
        data["items"] = data.pop("old_items")
        return data

    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / "f.json"
    original = json.dumps({"schema": 1, "old_items": [1]})
    target.write_text(original, "utf-8")
    if shutil.which("chattr") is None or subprocess.run(
        ["chattr", "+i", str(folder)], capture_output=True
    ).returncode:
        pytest.skip("no way here to make a folder read-only for this user")
    try:
        data = read_versioned(target, migrations)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert data == {"schema": 2, "items": [1]}
    assert target.read_text("utf-8") == original
    assert sorted(p.name for p in folder.iterdir()) == ["f.json"]
