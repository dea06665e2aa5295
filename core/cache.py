"""The on-disk cache of trained models: one folder per cache key.

A complete entry ``<cache root>/<key>/`` holds ``model.keras``,
``vocabulary.json``, ``test_predictions.npz`` and ``meta.json``. The metadata
is written last and records the size and SHA-256 of every other file, so a
truncated or altered entry is detected before it is used. An entry is built in
a hidden temporary folder and renamed into place in one step; a run that dies
half-way leaves only that hidden folder, which is swept later.

This module handles files only; it does not import TensorFlow, so the home
page can list the cache cheaply.
"""

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core import data, paths
from core.atomic import atomic_write_text
from core.config import FORMAT_VERSION, TrainConfig

logger = logging.getLogger(__name__)

META_FILE = "meta.json"
MODEL_FILE = "model.keras"
VOCABULARY_FILE = "vocabulary.json"
PREDICTIONS_FILE = "test_predictions.npz"
ENTRY_FILES = (MODEL_FILE, VOCABULARY_FILE, PREDICTIONS_FILE)
_KEY_PATTERN = re.compile(r"^[a-z]+-[0-9a-f]{16}$")
_TEMP_PREFIX = ".tmp-"


class CorruptEntry(Exception):
    """A cache entry exists but cannot be trusted; the message says why."""


@dataclass(frozen=True)
class Entry:
    """A complete cache entry: its folder and parsed metadata."""

    key: str
    path: Path
    meta: dict

    @property
    def config(self) -> TrainConfig:
        return TrainConfig.from_dict(self.meta["config"])

    @property
    def test_accuracy(self) -> float:
        return float(self.meta["test"]["accuracy"])

    def file(self, name: str) -> Path:
        return self.path / name


def trained_at_text(meta: dict) -> str:
    """When a model was trained, as ``YYYY-MM-DD HH:MM`` (UTC), from its metadata."""
    return str(meta.get("trained_at", ""))[:16].replace("T", " ")


def check_key(key: str) -> str:
    """Refuse anything that is not a cache key (keys become folder names)."""
    if not isinstance(key, str) or not _KEY_PATTERN.match(key):
        raise ValueError(f"not a cache key: {key!r}")
    return key


def entry_dir(key: str) -> Path:
    return paths.cache_root() / check_key(key)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_entry(key: str, verify_hashes: bool = False) -> Entry | None:
    """The entry for ``key``; None if there is none.

    Raises:
        CorruptEntry: the folder exists but is incomplete or damaged.
    """
    folder = entry_dir(key)
    if not folder.exists():
        return None
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise CorruptEntry(f"{key}: no {META_FILE}") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorruptEntry(f"{key}: {META_FILE} does not parse ({error})") from error
    if not isinstance(meta, dict) or meta.get("format_version") != FORMAT_VERSION:
        raise CorruptEntry(f"{key}: {META_FILE} is not of format {FORMAT_VERSION}")
    try:
        TrainConfig.from_dict(meta["config"])
        float(meta["test"]["accuracy"])
        files = meta["files"]
        for name in ENTRY_FILES:
            size = (folder / name).stat().st_size
            if size != files[name]["bytes"]:
                raise CorruptEntry(f"{key}: {name} has {size} bytes, expected more")
            if verify_hashes and sha256_file(folder / name) != files[name]["sha256"]:
                raise CorruptEntry(f"{key}: {name} does not match its checksum")
    except FileNotFoundError as error:
        raise CorruptEntry(f"{key}: {Path(error.filename).name} is missing") from error
    except OSError as error:  # a file this user may not read, say
        raise CorruptEntry(f"{key}: {error.strerror}: {error.filename}") from error
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptEntry(f"{key}: {META_FILE} is incomplete ({error!r})") from error
    return Entry(key=key, path=folder, meta=meta)


def key_for(config: TrainConfig) -> str:
    """The cache key of ``config`` (encodes the data once if it is not cached)."""
    return config.cache_key(data.data_fingerprint(config.source, config.num_words))


def find(config: TrainConfig) -> Entry | None:
    """The good entry of ``config``, or None (a damaged one counts as none)."""
    try:
        return read_entry(key_for(config))
    except CorruptEntry:
        return None


def scan_entries() -> tuple[list[Entry], list[str]]:
    """Every complete entry (newest first), and one line per damaged folder."""
    root = paths.cache_root()
    if not root.is_dir():
        return [], []
    entries, problems = [], []
    for folder in root.iterdir():
        # the name first: stat can fail on what is not ours (an unreadable data/)
        if not (_KEY_PATTERN.match(folder.name) and folder.is_dir()):
            continue  # not ours: data/, .locks/, temporary folders, foreign files
        try:
            entry = read_entry(folder.name)
        except CorruptEntry as error:
            logger.warning("skipping damaged cache entry: %s", error)
            problems.append(str(error))
            continue
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: e.meta.get("trained_at", ""), reverse=True)
    return entries, problems


def list_entries() -> list[Entry]:
    """Every complete entry, newest first; damaged ones are logged and skipped."""
    return scan_entries()[0]


def write_entry(key: str, write_files: Callable[[Path], None], meta: dict) -> Entry:
    """Create the entry ``key`` atomically.

    Args:
        key: the cache key.
        write_files: writes every file of ``ENTRY_FILES`` into the folder it
            is given (a hidden temporary folder).
        meta: metadata; ``files`` (sizes and checksums) is added here.

    Raises:
        OSError: the cache folder is not writable (nothing is left behind).
    """
    root = paths.cache_root()
    root.mkdir(parents=True, exist_ok=True)
    sweep_temporary()
    temp = root / f"{_TEMP_PREFIX}{check_key(key)}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    temp.mkdir()
    try:
        write_files(temp)
        meta = dict(meta, key=key, format_version=FORMAT_VERSION)
        meta["files"] = {
            name: {
                "bytes": (temp / name).stat().st_size,
                "sha256": sha256_file(temp / name),
            }
            for name in ENTRY_FILES
        }
        atomic_write_text(temp / META_FILE, json.dumps(meta, indent=1))
        final = entry_dir(key)
        if final.exists():
            # only a damaged entry is replaced: callers check for a good one first
            remove_entry(key)
        os.rename(temp, final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    logger.info("cached %s in %s", key, final)
    return Entry(key=key, path=final, meta=meta)


def remove_entry(key: str) -> None:
    """Delete an entry: renamed aside first, so it vanishes in one step."""
    folder = entry_dir(key)
    if not folder.exists():
        return
    doomed = folder.with_name(f"{_TEMP_PREFIX}{key}-removed-{uuid.uuid4().hex[:8]}")
    os.rename(folder, doomed)
    _delete(doomed)


def sweep_temporary() -> None:
    """Remove temporary folders whose writing process is gone (killed runs)."""
    root = paths.cache_root()
    for folder in root.glob(f"{_TEMP_PREFIX}*"):
        parts = folder.name.split("-")
        pid = int(parts[-2]) if len(parts) >= 2 and parts[-2].isdigit() else None
        if pid is None or not _process_alive(pid):
            _delete(folder)


def _delete(path: Path) -> None:
    """Remove a folder, or a stray file where a folder was expected."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):  # as rmtree: what cannot go, stays
            path.unlink()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


@contextlib.contextmanager
def key_lock(key: str) -> Iterator[None]:
    """Hold the training lock of ``key`` (threads and processes alike).

    Uses ``flock`` on ``<cache root>/.locks/<key>.lock``; every ``open`` gets
    its own lock, so two threads of one process exclude each other too. When
    the cache is read-only a per-process lock is used instead.
    """
    lock_dir = paths.cache_root() / ".locks"
    try:
        lock_dir.mkdir(parents=True, exist_ok=True)
        handle = open(lock_dir / f"{check_key(key)}.lock", "a+")  # noqa: SIM115
    except OSError as error:
        logger.warning(
            "no lock file for %s (%s); locking this process only", key, error
        )
        with _thread_locks_guard:
            lock = _thread_locks.setdefault(key, threading.Lock())
        with lock:
            yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def is_locked(key: str) -> bool:
    """Whether some thread or process holds the training lock of ``key`` now."""
    path = paths.cache_root() / ".locks" / f"{check_key(key)}.lock"
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False
