"""How far back can a model still find the opinion? A test with neutral filler.

Reviews a model classifies correctly get N neutral words appended; because
padding and truncation keep a review's last ``max_len`` ids, the review moves
N steps into the past (and loses its first words when it is long). Accuracy is
measured for N from 0 to ``max_len``; at ``max_len`` only filler is left.

The filler words are chosen from the training split alone: frequent words
whose occurrences fall as often in positive as in negative reviews.
"""

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.data import Dataset, Split
from core.text import INDEX_FROM, pad_sequences
from core.trained import TrainedModel
from core.training import predict_probabilities

logger = logging.getLogger(__name__)

REVIEWS = 400  # test reviews tried; those the model gets right are kept
DISTANCES = 25  # values of N from 0 to max_len
FILLER_WORDS = 10  # neutral words, repeated in turn
FILLER_POOL = 100  # ... chosen among this many most frequent words

# called with (distances done, distances in all)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Filler:
    """Neutral words and how positive their training occurrences were.

    Attributes:
        ids: word ids, appended in this order and then again from the start.
        positive_shares: for each word, the share of its occurrences in the
            training split that are in positive reviews.
        occurrences: how often each word occurs in the training split.
    """

    ids: list[int]
    positive_shares: list[float]
    occurrences: list[int]

    def sequence(self, length: int) -> np.ndarray:
        """``length`` filler ids: the words repeated in turn, ending on the last.

        Every length ends the same way, so the words the model reads last are
        the same for every N, and only the review's distance changes.
        """
        ids = np.asarray(self.ids, dtype=np.int32)
        cycles = -(-length // len(ids))  # whole cycles, at least ``length`` ids
        return np.tile(ids, cycles)[len(ids) * cycles - length :]


def neutral_filler(
    train: Split, count: int = FILLER_WORDS, pool: int = FILLER_POOL
) -> Filler:
    """The ``count`` most neutral of the ``pool`` most frequent training words.

    A word's positive share is the fraction of its occurrences that are in
    positive reviews; the words nearest 0.5 are chosen. Only the training
    split is read, so the test reviews play no part in the choice.

    Args:
        train: the training split.
        count: how many words to return.
        pool: how many of the most frequent words to choose from.

    Returns:
        The chosen words, most neutral first.
    """
    if not 1 <= count <= pool:
        raise ValueError(f"count must be between 1 and pool={pool}, got {count}")
    review_of_id = np.repeat(np.arange(len(train)), np.diff(train.offsets))
    positive = train.labels[review_of_id].astype(np.float64)
    size = int(train.flat.max()) + 1
    occurrences = np.bincount(train.flat, minlength=size)
    positives = np.bincount(train.flat, weights=positive, minlength=size)

    # padding, start, out-of-vocabulary and the unused id are no words
    occurrences[: INDEX_FROM + 1] = 0
    frequent = np.argsort(-occurrences, kind="stable")[:pool]
    frequent = frequent[occurrences[frequent] > 0]
    shares = positives[frequent] / occurrences[frequent]
    order = np.argsort(np.abs(shares - 0.5), kind="stable")[:count]
    return Filler(
        ids=[int(word) for word in frequent[order]],
        positive_shares=[float(share) for share in shares[order]],
        occurrences=[int(n) for n in occurrences[frequent[order]]],
    )


def distances(max_len: int, count: int = DISTANCES) -> list[int]:
    """0 and up to ``count - 1`` values of N up to ``max_len``, denser when small.

    The values grow by a constant factor, because what happens between 5 and
    10 words back matters as much as what happens between 100 and 200.
    """
    spread = np.geomspace(1, max_len, max(count - 1, 1))
    return sorted({0, max_len, *(int(round(value)) for value in spread)})


def with_filler(
    sequences: list[np.ndarray], filler: Filler, distance: int, max_len: int
) -> np.ndarray:
    """Each review followed by ``distance`` filler ids, padded to ``max_len``."""
    tail = filler.sequence(distance)
    return pad_sequences([np.concatenate([ids, tail]) for ids in sequences], max_len)


def accuracy_by_distance(
    model,
    sequences: list[np.ndarray],
    labels: np.ndarray,
    filler: Filler,
    steps: list[int],
    max_len: int,
    on_progress: Progress | None = None,
) -> list[float]:
    """Accuracy of ``model`` on the reviews with N filler words, for each N.

    Args:
        model: a model that reads padded ids of length ``max_len``.
        sequences: the reviews' ids, not padded.
        labels: 0 or 1 per review.
        filler: the neutral words.
        steps: the values of N.
        max_len: the model's window.
        on_progress: called with (values of N done, values of N in all).

    Returns:
        One accuracy per value in ``steps``.
    """
    if len(sequences) == 0:
        raise ValueError("accuracy_by_distance needs at least one review")
    accuracies = []
    for done, distance in enumerate(steps, start=1):
        ids = with_filler(sequences, filler, distance, max_len)
        probabilities = predict_probabilities(model, ids)
        accuracies.append(float(np.mean((probabilities > 0.5) == (labels > 0.5))))
        if on_progress is not None:
            on_progress(done, len(steps))
    return accuracies


def measure(
    trained: TrainedModel,
    dataset: Dataset,
    reviews: int | None = None,
    on_progress: Progress | None = None,
) -> dict:
    """The memory test of one model, ready to cache.

    Args:
        trained: a cached model.
        dataset: the data it was trained on.
        reviews: how many test reviews (from the start of the test split,
            which is in a balanced order) are tried; ``REVIEWS`` when None.
        on_progress: called with (values of N done, values of N in all).

    Returns:
        ``{"distances": [...], "accuracy": [...], "reviews": n, "tried": m,
        "positive": share of positive reviews among the n, "filler": {...} (a
        ``Filler`` with its ``words``),
        "filler_only_probability": p, "max_len": T}``; ``n`` of the ``m``
        tried reviews were classified correctly and are the ones measured;
        ``p`` is the probability of "positive" for a window of filler alone.
    """
    config = trained.config
    tried = min(REVIEWS if reviews is None else reviews, len(dataset.test))
    sequences = [dataset.test.sequence(index) for index in range(tried)]
    labels = dataset.test.labels[:tried]
    probabilities = predict_probabilities(
        trained.model, pad_sequences(sequences, config.max_len)
    )
    correct = np.flatnonzero((probabilities > 0.5) == (labels > 0.5))
    if len(correct) == 0:
        raise ValueError(f"{config.name} classifies none of {tried} reviews correctly")
    filler = neutral_filler(dataset.train)
    steps = distances(config.max_len)
    filler_only = predict_probabilities(
        trained.model, filler.sequence(config.max_len)[None, :]
    )
    accuracy = accuracy_by_distance(
        trained.model,
        [sequences[index] for index in correct],
        labels[correct],
        filler,
        steps,
        config.max_len,
        on_progress,
    )
    logger.info(
        "%s memory test: accuracy %s at N = %s",
        config.name,
        ", ".join(f"{value:.3f}" for value in accuracy),
        ", ".join(str(step) for step in steps),
    )
    return {
        "distances": steps,
        "accuracy": accuracy,
        "reviews": len(correct),
        "tried": tried,
        "positive": float(np.mean(labels[correct])),
        "filler": dataclasses.asdict(filler)
        | {"words": [dataset.vocabulary.id_to_word(i) for i in filler.ids]},
        "filler_only_probability": float(filler_only[0]),
        "max_len": config.max_len,
    }
