"""The numbers behind the Data page: split sizes, review lengths, frequent words.

Everything is computed from an encoded ``core.data.Dataset`` with numpy, so the
page needs neither TensorFlow nor a trained model.
"""

from dataclasses import dataclass

import numpy as np

from core.data import SPLIT_NAMES, Dataset
from core.text import INDEX_FROM


@dataclass(frozen=True)
class SplitSize:
    """How many reviews of each label one split holds."""

    name: str
    positive: int
    negative: int

    @property
    def total(self) -> int:
        return self.positive + self.negative


@dataclass(frozen=True)
class FrequentWord:
    """A word of the vocabulary and how often it occurs in the training reviews."""

    rank: int  # 1 = most frequent
    word: str
    word_id: int
    count: int


def split_sizes(dataset: Dataset) -> list[SplitSize]:
    """Positive and negative reviews per split, in the order train, val, test."""
    sizes = []
    for name in SPLIT_NAMES:
        labels = dataset.split(name).labels
        positive = int(np.count_nonzero(labels == 1))
        sizes.append(
            SplitSize(name=name, positive=positive, negative=len(labels) - positive)
        )
    return sizes


def all_word_counts(dataset: Dataset) -> np.ndarray:
    """The length in words of every review of every split."""
    return np.concatenate([dataset.split(name).word_counts for name in SPLIT_NAMES])


def truncated_share(word_counts: np.ndarray, max_len: int) -> float:
    """Share of reviews that lose ids when cut to ``max_len``.

    The encoded review is ``START`` plus one id per word, so a review of
    ``max_len`` words or more does not fit (from ``max_len`` words on, the start
    marker is the first id to go).

    Args:
        word_counts: length of each review in words.
        max_len: the model's input length.

    Returns:
        A share between 0 and 1 (0 for no reviews).
    """
    if len(word_counts) == 0:
        return 0.0
    return float(np.mean(word_counts + 1 > max_len))


def frequent_words(dataset: Dataset, count: int) -> list[FrequentWord]:
    """The ``count`` most frequent words of the vocabulary, with their counts.

    Args:
        dataset: the encoded data; counts come from its training split, on
            which the vocabulary was built.
        count: how many words to return.

    Returns:
        Up to ``count`` words, most frequent first.
    """
    vocabulary = dataset.vocabulary
    id_counts = np.bincount(dataset.train.flat, minlength=vocabulary.num_words)
    words = vocabulary.words[:count]
    return [
        FrequentWord(
            rank=rank,
            word=word,
            word_id=rank + INDEX_FROM,
            count=int(id_counts[rank + INDEX_FROM]),
        )
        for rank, word in enumerate(words, start=1)
    ]


def sample_reviews(labels: np.ndarray, label: int, count: int, seed: int) -> np.ndarray:
    """Indices of ``count`` reviews with ``label``, drawn without replacement.

    Args:
        labels: the labels of one split.
        label: 1 for positive, 0 for negative.
        count: how many to draw (fewer when the split has fewer).
        seed: the same seed draws the same reviews.
    """
    members = np.flatnonzero(labels == label)
    rng = np.random.default_rng(seed)
    return rng.choice(members, size=min(count, len(members)), replace=False)
