"""How much of the loss's gradient reaches each word of a review, step by step.

For a trained model, and for the same architecture with its initial weights,
this measures the norm of d(loss)/d(x_t), with x_t the embedded word at step
t, over test reviews that fill the whole window, and averages its logarithm.
"""

import logging
from collections.abc import Callable

import keras
import numpy as np
import tensorflow as tf

from core import models
from core.config import TrainConfig
from core.data import Dataset
from core.trained import TrainedModel

logger = logging.getLogger(__name__)

REVIEWS = 128  # test reviews averaged over; enough for a smooth curve
BATCH_SIZE = 32  # reviews per gradient computation
_EPSILON = 1e-7  # probabilities are clipped as in Keras's binary cross-entropy

# smallest positive float32: a gradient below it is stored as 0
UNDERFLOW = float(np.finfo(np.float32).tiny)

# called with (batches done, batches in all) after each batch
Progress = Callable[[int, int], None]


def input_gradient_norms(
    model: keras.Model,
    ids: np.ndarray,
    labels: np.ndarray,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[], None] | None = None,
) -> np.ndarray:
    """The norm of d(loss)/d(x_t) for every review and time step t.

    The embedding's output is fed, as a watched tensor, through the layers
    named ``recurrent`` and ``output``; each review's binary cross-entropy is
    differentiated with respect to it (so reviews do not dilute each other).

    Args:
        model: a model of ``core.models`` with an embedding (not ``bow``).
        ids: padded reviews, ``(reviews, max_len)`` int.
        labels: 0 or 1 per review.
        batch_size: reviews per gradient computation.
        on_batch: called after each batch (for a progress bar).

    Returns:
        ``(reviews, max_len)`` float64, all >= 0: step 0 is the oldest word,
        the last step the newest (read just before the output).
    """
    if len(ids) == 0:
        raise ValueError("input_gradient_norms needs at least one review")
    if len(ids) != len(labels):
        raise ValueError(f"{len(ids)} reviews but {len(labels)} labels")
    gradient_norms = _gradient_function(model)
    chunks = []
    for start in range(0, len(ids), batch_size):
        batch_ids = tf.constant(ids[start : start + batch_size], dtype=tf.int32)
        batch_labels = tf.constant(labels[start : start + batch_size], dtype=tf.float32)
        chunks.append(gradient_norms(batch_ids, batch_labels).numpy())
        if on_batch is not None:
            on_batch()
    return np.concatenate(chunks)


def mean_log10(norms: np.ndarray) -> np.ndarray:
    """Mean over reviews of log10(norm), per step: a geometric mean.

    One review's gradients can be orders of magnitude larger than another's,
    so a plain mean would follow the few largest; the geometric mean follows
    the typical review. A norm that underflowed to 0 in float32 counts as the
    smallest positive float32 (``UNDERFLOW``, about 1e-38).

    Args:
        norms: ``(reviews, max_len)`` from ``input_gradient_norms``.

    Returns:
        ``(max_len,)`` float64.
    """
    return np.log10(np.maximum(norms, UNDERFLOW)).mean(axis=0)


def _gradient_function(model: keras.Model):
    """A compiled function: ids, labels -> ``(batch, max_len)`` gradient norms."""
    embedding = model.get_layer(models.EMBEDDING_LAYER)
    recurrent = model.get_layer(models.RECURRENT_LAYER)
    output = model.get_layer(models.OUTPUT_LAYER)

    @tf.function(reduce_retracing=True)
    def gradient_norms(ids, labels):
        vectors = embedding(ids)  # (B, T, E)
        with tf.GradientTape() as tape:
            tape.watch(vectors)
            probabilities = tf.reshape(output(recurrent(vectors)), [-1])
            clipped = tf.clip_by_value(probabilities, _EPSILON, 1 - _EPSILON)
            losses = -(
                labels * tf.math.log(clipped) + (1 - labels) * tf.math.log(1 - clipped)
            )
            # the sum's gradient for one review is that review's own gradient
            loss = tf.reduce_sum(losses)
        gradients = tape.gradient(loss, vectors)  # (B, T, E)
        return tf.norm(tf.cast(gradients, tf.float64), axis=2)  # (B, T)

    return gradient_norms


def untrained_model(config: TrainConfig) -> keras.Model:
    """The architecture of ``config`` with the weights it had before training."""
    keras.utils.set_random_seed(config.seed)
    return models.build_model(config)


def full_window_reviews(
    dataset: Dataset, max_len: int, count: int
) -> tuple[np.ndarray, np.ndarray]:
    """The first ``count`` test reviews that fill all ``max_len`` steps.

    A shorter review is padded at the front, and the gradient at a padding
    step says nothing about memory for words; so only reviews with at least
    ``max_len`` ids take part (the test split is shuffled, so these are a
    random sample of its long reviews).

    Returns:
        ``(ids, labels)``: ``(n, max_len)`` int32 and ``(n,)``, n <= count.
    """
    lengths = np.diff(dataset.test.offsets)
    chosen = np.flatnonzero(lengths >= max_len)[:count]
    ids = dataset.test.padded(max_len)[chosen]
    return ids, dataset.test.labels[chosen].astype(np.float32)


def measure(
    trained: TrainedModel,
    dataset: Dataset,
    reviews: int | None = None,
    on_progress: Progress | None = None,
) -> dict:
    """The gradient-norm curves of a trained model and of its untrained twin.

    Args:
        trained: a cached recurrent model.
        dataset: the data it was trained on (its test split is used).
        reviews: at most this many full-window test reviews (``REVIEWS``
            when None).
        on_progress: called with (batches done, batches in all).

    Returns:
        ``{"trained": [...], "untrained": [...], "reviews": n, "max_len": T,
        "underflow": {"trained": bool, "untrained": bool}}``, each curve a
        list of T values of ``mean_log10``, oldest step first; ``underflow``
        says whether some gradient fell below float32's range.
    """
    config = trained.config
    if config.model == "bow":
        raise ValueError("the bag-of-words model has no time steps to measure")
    reviews = REVIEWS if reviews is None else reviews
    ids, labels = full_window_reviews(dataset, config.max_len, reviews)
    if len(ids) == 0:
        raise ValueError(f"no test review has {config.max_len} words or more")
    batches = -(-len(ids) // BATCH_SIZE)
    done = 0

    def step_done() -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done, 2 * batches)

    result = {"reviews": len(ids), "max_len": config.max_len, "underflow": {}}
    for name, model in (
        ("trained", trained.model),
        ("untrained", untrained_model(config)),
    ):
        norms = input_gradient_norms(model, ids, labels, on_batch=step_done)
        curve = mean_log10(norms)
        result[name] = curve.tolist()
        # then the true curve lies below the one drawn, which is only a bound
        result["underflow"][name] = bool(np.any(norms < UNDERFLOW))
        logger.info(
            "%s %s: gradient at the first step / last step = 10^%.2f",
            config.name,
            name,
            curve[0] - curve[-1],
        )
    return result
