"""The training-time estimate: this machine's record, or rough stand-ins."""

from pathlib import Path

import pytest

from core import presets
from core.cache import Entry
from core.config import TrainConfig


def recorded(config: TrainConfig, speed: float, epoch_seconds: list[float]) -> Entry:
    meta = {
        "config": config.to_dict(),
        "history": {
            "batches": {"samples_per_second": [speed / 2, speed]},
            "epochs": [{"seconds": seconds} for seconds in epoch_seconds],
        },
    }
    return Entry(key="rnn-0123456789abcdef", path=Path("."), meta=meta)


def test_the_estimate_uses_the_recorded_speed_and_first_epoch_overhead():
    config = presets.preset_config("quick", "rnn")
    entry = recorded(config, speed=1_000.0, epoch_seconds=[10.0, 4.0])
    seconds, measured = presets.estimate_seconds(config, 5_000, 4_000, [entry])
    assert measured
    assert seconds == pytest.approx(6.0 + (2 * 5_000 + 4_000 / 4) / 1_000)


def test_without_a_record_it_falls_back_and_says_so():
    config = presets.preset_config("quick", "lstm", max_len=100)
    other_kind = recorded(TrainConfig(model="rnn"), 1_000.0, [10.0, 4.0])
    seconds, measured = presets.estimate_seconds(config, 5_000, 0, [other_kind])
    assert not measured
    speed = presets.FALLBACK_REVIEWS_PER_SECOND["lstm"] * 2  # half the tokens
    assert seconds == pytest.approx(presets.FALLBACK_STARTUP_SECONDS + 10_000 / speed)
