"""Load-or-train: the one door through which pages and the CLI get a model.

``load_or_train(config)`` returns the cached model at once when there is a
good entry; otherwise it trains under the key's lock (a second caller waits,
then loads what the first one saved), evaluates on the test split and caches.
A damaged entry is reported in one line and trained again. When the cache
cannot be written the model is still returned, kept in memory only.
"""

import json
import logging
import platform
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from core import cache, data, models, training
from core.config import TrainConfig
from core.i18n import Message
from core.text import Vocabulary

logger = logging.getLogger(__name__)


@dataclass
class TrainedModel:
    """A ready model with everything needed to use and describe it."""

    config: TrainConfig
    key: str
    model: keras.Model
    vocabulary: Vocabulary
    meta: dict
    saved: bool = True  # False when the cache could not be written
    notices: list[str] = field(default_factory=list)  # one line each, for the user

    @property
    def test_accuracy(self) -> float:
        return float(self.meta["test"]["accuracy"])


def load_entry(entry: cache.Entry) -> TrainedModel:
    """Load a cached model (``safe_mode=True``), checking every file's checksum.

    Raises:
        cache.CorruptEntry: a file is damaged or does not load.
    """
    entry = cache.read_entry(entry.key, verify_hashes=True) or entry
    try:
        model = keras.saving.load_model(
            entry.file(cache.MODEL_FILE), compile=False, safe_mode=True
        )
        vocabulary = Vocabulary.from_json(
            json.loads(entry.file(cache.VOCABULARY_FILE).read_text(encoding="utf-8"))
        )
    except Exception as error:  # a damaged zip, h5 or JSON can raise almost anything
        raise cache.CorruptEntry(
            f"{entry.key}: the files do not load ({error})"
        ) from error
    return TrainedModel(
        config=entry.config,
        key=entry.key,
        model=model,
        vocabulary=vocabulary,
        meta=entry.meta,
    )


def load_cached(key: str) -> TrainedModel | None:
    """The model cached under ``key``, or None when absent or damaged."""
    try:
        entry = cache.read_entry(key)
        return load_entry(entry) if entry else None
    except cache.CorruptEntry as error:
        logger.warning("damaged cache entry: %s", error)
        return None


def load_or_train(
    config: TrainConfig,
    listener: training.TrainingListener | None = None,
    cancel: threading.Event | None = None,
    force: bool = False,
) -> TrainedModel:
    """The model for ``config``: from the cache, or trained and cached now.

    Args:
        config: the settings.
        listener: receives training progress (not called on a cache hit).
        cancel: set it to stop training between batches.
        force: train again even when a good entry exists.

    Raises:
        training.TrainingCancelled: ``cancel`` was set; nothing is cached.
        sources.DataSourceError: the data source cannot be read.
    """
    key = cache.key_for(config)
    notices: list[str] = []
    if not force:
        trained = _try_load(key, notices)
        if trained:
            return trained
    with cache.key_lock(key):
        # another thread or process may have trained it while we waited
        if not force:
            trained = _try_load(key, notices)
            if trained:
                return trained
        return _train_and_cache(config, key, listener, cancel, notices)


def _try_load(key: str, notices: list[str]) -> TrainedModel | None:
    try:
        entry = cache.read_entry(key)
        if entry is None:
            return None
        trained = load_entry(entry)
    except cache.CorruptEntry as error:
        message = Message("notice.damaged_entry", error=error)
        if message not in notices:
            logger.warning("%s", message)
            notices.append(message)
        return None
    trained.notices = notices
    return trained


def _train_and_cache(config, key, listener, cancel, notices) -> TrainedModel:
    dataset = data.load_dataset(config.source, config.num_words)
    keras.utils.set_random_seed(config.seed)
    model = models.build_model(config)

    started = time.perf_counter()
    history = training.fit(model, config, dataset, listener=listener, cancel=cancel)
    seconds = time.perf_counter() - started

    # the test split is used here, to report, and nowhere else
    probabilities = training.predict_probabilities(
        model, dataset.test.padded(config.max_len)
    )
    meta = {
        "config": config.to_dict(),
        "data_fingerprint": dataset.fingerprint,
        "history": history,
        "test": training.binary_metrics(dataset.test.labels, probabilities)
        | {"count": len(dataset.test)},
        "params": int(model.count_params()),
        "train_reviews": len(dataset.train.take(config.train_size)),
        "training_seconds": round(seconds, 2),
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": _versions(),
    }
    logger.info("%s test accuracy %.4f", config.name, meta["test"]["accuracy"])

    def write_files(folder: Path) -> None:
        model.save(folder / cache.MODEL_FILE)
        (folder / cache.VOCABULARY_FILE).write_text(
            json.dumps(dataset.vocabulary.to_json()), encoding="utf-8"
        )
        np.savez(
            folder / cache.PREDICTIONS_FILE,
            probabilities=probabilities.astype(np.float32),
            labels=dataset.test.labels,
            word_counts=dataset.test.word_counts.astype(np.int32),
        )

    trained = TrainedModel(
        config=config,
        key=key,
        model=model,
        vocabulary=dataset.vocabulary,
        meta=meta,
        notices=notices,
    )
    try:
        trained.meta = cache.write_entry(key, write_files, meta).meta
    except OSError as error:
        message = Message("notice.not_saved", model=config.name, error=error)
        logger.warning("%s", message)
        trained.saved = False
        notices.append(message)
    return trained


def _versions() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "numpy": np.__version__,
    }
