"""Named training presets, and an estimate of how long a config will train.

- ``quick`` ("Classroom quick"): 5,000 reviews and 2 epochs, so the RNN and
  the LSTM train together in about 35 s on 2 cores.
- ``seed``: the classic example's settings (every training review, 3
  epochs, batch 64).
- ``custom``: starts from the seed's values; every field can be changed.

The environment variable ``LSTM_DASHBOARD_QUICK_PRESET`` may hold a JSON object
that overrides fields of the quick preset (the browser tests use it to make
"Classroom quick" train in seconds).
"""

import json
import logging
import os
import statistics

from core.cache import Entry
from core.config import TrainConfig

logger = logging.getLogger(__name__)

PRESETS = ("quick", "seed", "custom")
QUICK_OVERRIDE_ENV = "LSTM_DASHBOARD_QUICK_PRESET"
QUICK = {"train_size": 5_000, "epochs": 2}

# Rough training speeds (reviews/s at max_len 200) on a 2-core laptop, from
# `python -m core bench` on the machine this was built on. They only stand in
# until this machine has trained a model of the kind; then its own recorded
# speed replaces them, and the page says which of the two it used.
FALLBACK_REVIEWS_PER_SECOND = {
    "rnn": 3_000.0,
    "lstm": 1_400.0,
    "gru": 1_600.0,
    "bow": 5_000.0,
}
EVALUATION_SPEEDUP = 4.0  # a forward pass alone is about this much faster
# The first epoch also compiles the training step's loops: about 2 to 3 s more
# than the second on 2 cores (Classroom quick: 4.1 s then 2.0 s for the
# SimpleRNN, 6.4 s then 3.6 s for the LSTM). A recorded pair of epochs
# replaces it.
FALLBACK_STARTUP_SECONDS = 3.0


def preset_fields(preset: str) -> dict:
    """The fields a preset sets on top of ``TrainConfig``'s defaults."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; expected one of {PRESETS}")
    if preset != "quick":
        return {}
    fields = dict(QUICK)
    override = os.environ.get(QUICK_OVERRIDE_ENV, "").strip()
    if override:
        try:
            fields |= json.loads(override)
        except (json.JSONDecodeError, TypeError) as error:
            logger.warning("ignoring %s: %s", QUICK_OVERRIDE_ENV, error)
    return fields


def preset_config(preset: str, model: str, **changes) -> TrainConfig:
    """The config of ``model`` under ``preset``, with ``changes`` on top."""
    return TrainConfig(model=model, **(preset_fields(preset) | changes))


def measured_speed(config: TrainConfig, entries: list[Entry]) -> float | None:
    """Median training speed (reviews/s) this machine recorded for the kind.

    Speeds are scaled to ``config``'s ``max_len``, since a step costs about
    as much as the number of tokens it reads.
    """
    speeds = []
    for entry in entries:
        other = entry.config
        recorded = entry.meta.get("history", {}).get("batches", {})
        recorded = recorded.get("samples_per_second", [])
        if other.model != config.model or not recorded or other.units != config.units:
            continue
        speeds.append(recorded[-1] * other.max_len / config.max_len)
    return statistics.median(speeds) if speeds else None


def estimate_seconds(
    config: TrainConfig, train_reviews: int, eval_reviews: int, entries: list[Entry]
) -> tuple[float, bool]:
    """Estimated training time, and whether it rests on this machine's record.

    Args:
        config: the settings to train.
        train_reviews: reviews in the training subset.
        eval_reviews: validation reviews (read once per epoch) plus test reviews.
        entries: cached entries whose recorded speed informs the estimate.
    """
    speed = measured_speed(config, entries)
    measured = speed is not None
    if speed is None:
        speed = FALLBACK_REVIEWS_PER_SECOND[config.model] * 200 / config.max_len
    startup = measured_startup(config, entries)
    if startup is None:
        startup = FALLBACK_STARTUP_SECONDS
    steps = train_reviews * config.epochs + eval_reviews / EVALUATION_SPEEDUP
    return startup + steps / speed, measured


def measured_startup(config: TrainConfig, entries: list[Entry]) -> float | None:
    """Median extra seconds of a first epoch over the second, for the kind."""
    extras = []
    for entry in entries:
        epochs = entry.meta.get("history", {}).get("epochs", [])
        if entry.config.model != config.model or len(epochs) < 2:
            continue
        try:
            extras.append(max(0.0, epochs[0]["seconds"] - epochs[1]["seconds"]))
        except (KeyError, TypeError):
            continue  # an entry recorded before epochs were timed
    return statistics.median(extras) if extras else None
