"""Atomic writes leave the whole new file, with an ordinary file's permissions."""

import os
import stat

from core.atomic import atomic_write_text


def test_written_file_replaces_the_old_and_is_readable_by_others(tmp_path):
    path = tmp_path / "meta.json"
    path.write_text("old")
    atomic_write_text(path, "new 새")
    assert path.read_text(encoding="utf-8") == "new 새"
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    assert os.access(path, os.R_OK)
