"""Issue 14, failure 7: messages embedded the system's English ("Permission denied", "No space left on device")."""

from __future__ import annotations

import errno
import os

import pytest

from minigrid_app.io.os_errors import (
    os_error_in,
    plain_reason,
    read_failed,
    save_failed,
    write_failed,
)


@pytest.mark.parametrize("code", [errno.ENOENT, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EROFS, errno.EISDIR,
                                  errno.ENAMETOOLONG, errno.EIO, errno.EDQUOT, errno.EBUSY, errno.ELOOP, errno.EMFILE,
                                  errno.ENXIO, errno.ECONNRESET])  # fmt: skip
@pytest.mark.parametrize("reading", [False, True])
def test_every_reason_is_in_dutch_without_the_system_words(code, reading):
    exc = OSError(code, os.strerror(code), "/tmp/x")
    nl, en = plain_reason(exc, reading=reading)
    assert os.strerror(code) not in nl and os.strerror(code) not in en
    assert nl and en and nl != en


def test_messages_say_what_happened_and_what_to_do():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert "vol" in save_failed(full).nl and "No space" not in save_failed(full).nl
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert "niet lezen" in read_failed(denied, "p.minigrid").nl
    assert "schrijven" in write_failed(OSError("no errno"), "x.pdf").nl


def test_the_cause_of_a_wrapped_error_is_found():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert os_error_in(outer).errno == errno.ENOSPC


def test_no_message_quotes_the_system_words():
    """A kind, not one place: only io/os_errors.py may look at an OSError's English text."""
    from pathlib import Path

    import minigrid_app

    root = Path(minigrid_app.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        if path.name != "os_errors.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ".strerror" in line
    ]
    assert offenders == []


@pytest.mark.parametrize("earlier", [True, False])
def test_a_failed_save_speaks_of_the_earlier_file_only_when_there_was_one(tmp_path, monkeypatch, earlier):
    """'Het vorige bestand is niet aangetast' was said of a new project too (found by an attack on
    the input); a failed atomic write leaves an earlier file as it was and makes no new one."""
    from minigrid_app.core.model import Project
    from minigrid_app.io import projectfile
    from minigrid_app.io.projectfile import ProjectFileError, save_project

    path = tmp_path / "straat.minigrid"
    if earlier:
        save_project(Project(), path)
    before = path.read_bytes() if earlier else None

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(projectfile, "atomic_write_text", disk_full)
    with pytest.raises(ProjectFileError) as raised:
        save_project(Project(), path)
    problem = raised.value.problem
    if earlier:
        assert problem.nl.endswith("Het vorige bestand is niet aangetast.")
        assert problem.en.endswith("The previous file is untouched.")
        assert path.read_bytes() == before
    else:
        assert problem.nl.endswith("Er is geen bestand gemaakt.") and "vorige" not in problem.nl
        assert problem.en.endswith("No file was made.")
        assert not path.exists()
