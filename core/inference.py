"""Classify review texts with a trained model, the way it was trained to read.

Texts are encoded with the model's own saved vocabulary and padded to its
``max_len``; the forward pass is a compiled function traced once per model,
safe to call from several threads at once.
"""

import logging
from dataclasses import dataclass

import numpy as np

from core import training
from core.text import pad_sequences
from core.trained import TrainedModel

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 100_000  # longer texts are cut; the model sees 200 tokens anyway
LABELS = ("negative", "positive")


@dataclass(frozen=True)
class Prediction:
    """One text's verdict: ``probability`` is the model's P(positive)."""

    text: str
    probability: float

    @property
    def label(self) -> str:
        return LABELS[int(self.probability > 0.5)]

    @property
    def confidence(self) -> float:
        """How sure the model is of its label, from 0.5 to 1."""
        return max(self.probability, 1 - self.probability)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "probability": self.probability,
            "label": self.label,
            "confidence": self.confidence,
        }


def clip_text(text: str) -> tuple[str, bool]:
    """``text`` cut to ``MAX_TEXT_CHARS``, and whether it was cut."""
    return (
        (text[:MAX_TEXT_CHARS], True) if len(text) > MAX_TEXT_CHARS else (text, False)
    )


def encode_texts(trained: TrainedModel, texts: list[str]) -> np.ndarray:
    """``(len(texts), max_len)`` ids, exactly as the training data was encoded."""
    sequences = [trained.vocabulary.encode(clip_text(text)[0]) for text in texts]
    return pad_sequences(sequences, trained.config.max_len)


def classify(trained: TrainedModel, texts: list[str]) -> list[Prediction]:
    """The model's probability of positive for each text."""
    if not texts:
        return []
    probabilities = training.predict_probabilities(
        trained.model, encode_texts(trained, texts)
    )
    return [
        Prediction(text=text, probability=float(probability))
        for text, probability in zip(texts, probabilities, strict=True)
    ]
