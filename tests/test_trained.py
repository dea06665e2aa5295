"""Load-or-train: reproducible training, the cache, locks, damage and cancellation."""

import json
import subprocess
import sys
import threading

import numpy as np
import pytest
from conftest import tiny_config

from core import cache, paths, trained, training
from core.inference import classify

TEXTS = ["a wonderful, moving film", "boring and awful", "it was fine i guess"]


class CountingListener(training.TrainingListener):
    def __init__(self):
        self.starts, self.batches, self.epochs = 0, [], []

    def on_start(self, config, batches_per_epoch):
        self.starts += 1

    def on_batch(self, progress):
        self.batches.append(progress)

    def on_epoch(self, progress):
        self.epochs.append(progress)


def test_training_reports_batches_and_epochs_then_caches():
    listener = CountingListener()
    model = trained.load_or_train(tiny_config("rnn", epochs=2), listener=listener)
    assert listener.starts == 1 and len(listener.epochs) == 2
    assert len(listener.batches) == 2 * 4  # 256 reviews in batches of 64
    last = listener.batches[-1]
    assert last.grad_norm > 0 and last.samples_per_second > 0 and last.remaining == 0
    assert 0 <= listener.epochs[-1].val_accuracy <= 1
    entry = cache.read_entry(model.key, verify_hashes=True)
    assert entry.meta["test"]["count"] == 5_000
    assert len(entry.meta["history"]["batches"]["grad_norm"]) == 8


def test_cached_config_loads_without_training():
    config = tiny_config("lstm")
    first = trained.load_or_train(config)
    listener = CountingListener()
    again = trained.load_or_train(config, listener=listener)
    assert listener.starts == 0
    assert again.key == first.key and again.test_accuracy == first.test_accuracy


def test_same_seed_trains_the_same_weights():
    config = tiny_config("gru")
    first = trained.load_or_train(config).model.get_weights()
    second = trained.load_or_train(config, force=True).model.get_weights()
    for a, b in zip(first, second, strict=True):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-6)


def test_cached_model_predicts_identically_in_a_fresh_process():
    model = trained.load_or_train(tiny_config("lstm"))
    here = [p.probability for p in classify(model, TEXTS)]
    script = (
        "import json, sys\n"
        "from core import trained\n"
        "from core.inference import classify\n"
        f"model = trained.load_cached({model.key!r})\n"
        "texts = json.loads(sys.argv[1])\n"
        "print(json.dumps([p.probability for p in classify(model, texts)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(TEXTS)],
        cwd=paths.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    there = json.loads(result.stdout.strip().splitlines()[-1])
    np.testing.assert_allclose(there, here, rtol=0, atol=1e-6)


def test_truncated_model_file_is_detected_and_retrained():
    config = tiny_config("rnn")
    first = trained.load_or_train(config)
    model_file = cache.entry_dir(first.key) / cache.MODEL_FILE
    model_file.write_bytes(model_file.read_bytes()[:1000])

    listener = CountingListener()
    again = trained.load_or_train(config, listener=listener)
    assert listener.starts == 1
    assert any("training it again" in notice for notice in again.notices)
    assert cache.read_entry(again.key, verify_hashes=True) is not None


def test_metadata_that_does_not_parse_is_retrained():
    config = tiny_config("rnn")
    first = trained.load_or_train(config)
    (cache.entry_dir(first.key) / cache.META_FILE).write_text("{not json")
    assert cache.find(config) is None
    assert cache.list_entries() == []
    again = trained.load_or_train(config)
    assert again.notices and cache.read_entry(again.key) is not None


def test_cancelled_run_leaves_no_entry():
    cancel = threading.Event()

    class CancelAfterOneBatch(training.TrainingListener):
        def on_batch(self, progress):
            cancel.set()

    config = tiny_config("lstm")
    with pytest.raises(training.TrainingCancelled):
        trained.load_or_train(config, listener=CancelAfterOneBatch(), cancel=cancel)
    assert cache.find(config) is None
    assert not list(paths.cache_root().glob(".tmp-*"))


def test_two_threads_asking_for_one_config_train_it_once():
    config = tiny_config("rnn")
    listener = CountingListener()
    results = []

    def ask():
        results.append(trained.load_or_train(config, listener=listener))

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert listener.starts == 1
    assert results[0].key == results[1].key


def test_unwritable_cache_keeps_the_model_in_memory(monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache, "write_entry", refuse)
    model = trained.load_or_train(tiny_config("rnn"))
    assert not model.saved
    assert "kept in memory" in model.notices[-1]
    assert classify(model, ["fine"])[0].label in ("positive", "negative")
