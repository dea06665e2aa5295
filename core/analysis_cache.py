"""Measurements made on a cached model, kept beside it as small JSON files.

``<entry>/analysis-<name>.json`` holds one measurement (``gradient_flow`` or
``memory_test``) of the model in that entry. ``core.cache`` checks only the
files it lists, so these never affect an entry's validation, and they vanish
with the entry when the model is removed or trained again. Reading needs no
TensorFlow; measuring (``measure_and_store``) loads the model.
"""

import json
import logging
import threading
from collections import defaultdict
from collections.abc import Callable

from core import cache, compare
from core.atomic import atomic_write_text
from core.config import RECURRENT_KINDS

logger = logging.getLogger(__name__)

# Bump when a measurement changes its method or layout: old files are ignored.
ANALYSIS_VERSION = 3
ANALYSES = ("gradient_flow", "memory_test")

# One measurement of a model at a time in this process: when a whole class asks
# for the same one, the first computes it and the others wait and read it.
_measuring: defaultdict[tuple[str, str], threading.Lock] = defaultdict(threading.Lock)


def analysis_path(entry: cache.Entry, name: str):
    """Where the measurement ``name`` of ``entry`` is stored."""
    if name not in ANALYSES:
        raise ValueError(f"unknown analysis {name!r}; expected one of {ANALYSES}")
    return entry.path / f"analysis-{name}.json"


def load(entry: cache.Entry, name: str) -> dict | None:
    """The stored result, or None if it is missing, stale or unreadable."""
    path = analysis_path(entry, name)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        logger.warning("ignoring unreadable %s: %s", path, error)
        return None
    if (
        not isinstance(stored, dict)
        or stored.get("version") != ANALYSIS_VERSION
        or stored.get("trained_at") != entry.meta.get("trained_at")
        or not isinstance(stored.get("result"), dict)
    ):
        return None
    return stored["result"]


def save(entry: cache.Entry, name: str, result: dict) -> bool:
    """Store ``result`` atomically; False (logged) when the cache is read-only."""
    stored = {
        "version": ANALYSIS_VERSION,
        "trained_at": entry.meta.get("trained_at"),
        "result": result,
    }
    try:
        atomic_write_text(analysis_path(entry, name), json.dumps(stored))
    except OSError as error:
        logger.warning("could not store %s of %s: %s", name, entry.key, error)
        return False
    return True


def recurrent_entries(entries: list[cache.Entry]) -> list[cache.Entry]:
    """The entries whose model reads word by word (not the bag of words)."""
    return [entry for entry in entries if entry.config.model in RECURRENT_KINDS]


def default_selection(entries: list[cache.Entry]) -> list[str]:
    """One key per recurrent kind, trained with the same settings where possible."""
    return compare.default_selection(entries, RECURRENT_KINDS)


def measure_and_store(
    entry: cache.Entry, name: str, on_progress: Callable[[int, int], None] | None
) -> dict:
    """Run the measurement ``name`` on the model of ``entry`` and store it.

    Args:
        entry: a cached recurrent model.
        name: one of ``ANALYSES``.
        on_progress: called with (parts done, parts in all).

    Returns:
        The result (also when it could not be stored).

    Raises:
        cache.CorruptEntry: the model does not load.
        ValueError: the model was trained on data that is no longer encoded
            the same way, or the measurement cannot run on it.
    """
    analysis_path(entry, name)  # refuses an unknown name before any work
    with _measuring[(entry.key, name)]:
        stored = load(entry, name)
        if stored is not None:  # another session measured it while this one waited
            return stored
        return _measure(entry, name, on_progress)


def _measure(entry: cache.Entry, name: str, on_progress) -> dict:
    # imported here: they bring TensorFlow, which reading results does not need
    from core import data, gradient_flow, memory_test, trained

    module = {"gradient_flow": gradient_flow, "memory_test": memory_test}[name]
    model = trained.load_entry(entry)
    dataset = data.load_dataset(model.config.source, model.config.num_words)
    if dataset.fingerprint != entry.meta.get("data_fingerprint"):
        raise ValueError(
            f"{entry.key} was trained on data that is now encoded differently"
        )
    result = module.measure(model, dataset, on_progress=on_progress)
    save(entry, name, result)
    return result
