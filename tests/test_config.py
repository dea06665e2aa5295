"""The hyperparameter dataclass: validation and a stable cache key."""

import pytest

from core.config import MAX_TRAINING_BYTES, TrainConfig, estimated_training_bytes


def test_defaults_are_the_seed_settings():
    config = TrainConfig()
    assert (config.num_words, config.max_len, config.embedding_dim, config.units) == (
        10_000, 200, 128, 64,
    )  # fmt: skip
    assert (config.epochs, config.batch_size, config.learning_rate) == (3, 64, 1e-3)


def test_hash_is_stable_and_sensitive_to_every_field():
    assert TrainConfig().config_hash() == TrainConfig().config_hash()
    assert (
        TrainConfig(learning_rate=1).config_hash()
        == TrainConfig(learning_rate=1.0).config_hash()
    )
    changed = [
        TrainConfig(model="rnn"), TrainConfig(epochs=2), TrainConfig(clipnorm=None),
        TrainConfig(train_size=5000), TrainConfig(seed=1), TrainConfig(max_len=100),
    ]  # fmt: skip
    hashes = {config.config_hash() for config in changed} | {
        TrainConfig().config_hash()
    }
    assert len(hashes) == len(changed) + 1


def test_cache_key_depends_on_data_fingerprint():
    config = TrainConfig()
    assert config.cache_key("aaaa") != config.cache_key("bbbb")
    assert config.cache_key("aaaa").startswith("lstm-")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("epochs", 0, "epochs must be between 1 and 100"),
        ("batch_size", -5, "batch_size must be between"),
        ("units", 10**9, "units must be between"),
        ("epochs", "3", "epochs must be a whole number"),
        ("learning_rate", float("nan"), "learning_rate must be between"),
        ("clipnorm", 0.0, "clipnorm must be between"),
        ("model", "transformer", "expected one of rnn, lstm, gru, bow"),
        ("source", "somewhere", "unknown data source"),
    ],
)
def test_bad_values_raise_clear_errors(field, value, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**{field: value})


def test_round_trip_through_dict():
    config = TrainConfig(model="gru", clipnorm=None, train_size=1000)
    assert TrainConfig.from_dict(config.to_dict()) == config
    with pytest.raises(ValueError, match="unknown config fields: colour"):
        TrainConfig.from_dict({"colour": "red"})


def test_a_run_too_big_for_memory_is_refused_before_it_starts():
    assert estimated_training_bytes(TrainConfig()) < 0.2 * 1024**3
    wide = TrainConfig(batch_size=512, max_len=500, embedding_dim=256, units=256)
    assert estimated_training_bytes(wide) < MAX_TRAINING_BYTES
    with pytest.raises(ValueError, match=r"needs about 94 GB to train \(at most 8"):
        TrainConfig(batch_size=8192, max_len=2000)
