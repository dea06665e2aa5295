"""Sentiment while reading, and which words mattered, for one trained model.

The readout applies the model's output layer to the hidden state h after every
token, so one forward pass gives the model's opinion after each word; the last
value is the model's prediction.

What "after token t" means with front padding: a review shorter than
``max_len`` is read as ``pad_count`` padding ids, then ``START``, then its
words. The padding is not masked, so it moves the hidden state too. The value
at column t of the padded row is therefore the model's output for that row cut
after column t (the same padding in front, then the first words), which is not
the same as the first words padded again to ``max_len`` (more padding in front).

Word influence leaves each word out in turn, encodes the shortened review the
usual way and compares the model's P(positive) with and without it.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

import keras
import numpy as np

from core.models import EMBEDDING_LAYER, OUTPUT_LAYER, RECURRENT_LAYER
from core.text import pad_sequences
from core.token_view import ReviewView

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadingPoint:
    """The model's P(positive) right after reading one word."""

    position: int  # index in the encoded review: 0 = START, 1 = first word
    word: str
    probability: float


def step_model(model: keras.Model) -> keras.Model | None:
    """``ids -> P(positive) after every token``, shape ``(batch, max_len)``.

    Reuses the trained ``embedding`` and ``output`` layers and a copy of the
    ``recurrent`` layer built from its config with ``return_sequences=True``
    and given the same weights, so it works for any recurrent layer class that
    accepts that option (Keras's own and faster replacements alike).

    Args:
        model: a trained model with layers named as in ``core.models``.

    Returns:
        The step model, or None for a model without a recurrent layer
        (the bag-of-words reference reads no order).
    """
    names = {layer.name for layer in model.layers}
    if RECURRENT_LAYER not in names:
        return None
    embedding = model.get_layer(EMBEDDING_LAYER)
    recurrent = model.get_layer(RECURRENT_LAYER)
    output = model.get_layer(OUTPUT_LAYER)
    max_len = model.input_shape[1]

    config = recurrent.get_config() | {
        "return_sequences": True,
        "name": f"{RECURRENT_LAYER}_steps",
    }
    every_step = type(recurrent).from_config(config)

    inputs = keras.Input(shape=(max_len,), dtype="int32", name="ids")
    states = every_step(embedding(inputs))  # (batch, max_len, units): h after each id
    every_step.set_weights(recurrent.get_weights())

    # Dense acts on the last axis, so it reads every h_t with the trained weights
    probabilities = keras.layers.Reshape((max_len,), name="flatten_steps")(
        output(states)
    )
    return keras.Model(inputs, probabilities, name=f"{model.name}_steps")


def reading_curve(view: ReviewView, steps: np.ndarray) -> list[ReadingPoint]:
    """The readout at every id the model reads, from ``START`` (if kept) on.

    Args:
        view: the review as encoded for the model.
        steps: the step model's output for ``view.padded``, shape ``(max_len,)``.

    Returns:
        One point per kept id; padding columns are left out.
    """
    words = {token.position: token.word for token in view.tokens}
    offset = view.max_len - len(view.sequence)  # column of sequence index 0
    return [
        ReadingPoint(
            position=position,
            word=words.get(position, "<start>"),
            probability=float(steps[position + offset]),
        )
        for position in range(view.first_kept, len(view.sequence))
    ]


def word_influence(
    view: ReviewView, probabilities: Callable[[np.ndarray], np.ndarray]
) -> tuple[float, np.ndarray]:
    """How much P(positive) changes when each word the model reads is left out.

    Words dropped by truncation are not scored: leaving one of them out changes
    nothing the model reads, so their influence is exactly zero.

    Args:
        view: the review as encoded for the model.
        probabilities: the model's P(positive) for a batch of padded rows.

    Returns:
        P(positive) of the whole review, and for each of ``view.kept_tokens``
        that value minus P(positive) without the word (positive = the word
        pushed the verdict towards positive).
    """
    kept = view.kept_tokens
    sequence = list(view.sequence)
    variants = [sequence] + [
        sequence[: token.position] + sequence[token.position + 1 :] for token in kept
    ]
    results = probabilities(pad_sequences(variants, view.max_len))
    return float(results[0]), results[0] - results[1:]
