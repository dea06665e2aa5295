"""Faults: damaged or foreign cache files, an unwritable cache, killed runs, load."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import tiny_config

from core import cache, paths, trained
from core.config import TrainConfig
from core.inference import classify
from core.jobs import TrainingJobs


@pytest.mark.parametrize(
    "damage",
    ["truncated", "empty", "foreign-same-size", "missing"],
)
def test_damaged_model_file_is_named_and_retrained(damage):
    config = tiny_config("rnn")
    first = trained.load_or_train(config)
    model_file = cache.entry_dir(first.key) / cache.MODEL_FILE
    size = model_file.stat().st_size
    if damage == "truncated":
        model_file.write_bytes(model_file.read_bytes()[: size // 2])
    elif damage == "empty":
        model_file.write_bytes(b"")
    elif damage == "foreign-same-size":
        model_file.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (size - 8))
    else:
        model_file.unlink()

    again = trained.load_or_train(config)
    [notice] = again.notices
    assert first.key in notice and "\n" not in notice
    assert cache.read_entry(again.key, verify_hashes=True) is not None


def test_foreign_files_in_the_cache_folder_are_ignored():
    root = paths.cache_root()
    (root / "notes.txt").write_text("not a model")
    (root / "lstm-0000").mkdir()
    (root / "lstm-0123456789abcdef").write_text("a file where a folder should be")
    entries, problems = cache.scan_entries()
    assert entries == [] and problems == []


def test_a_stray_file_where_an_entry_belongs_is_replaced_by_the_trained_model():
    config = tiny_config("rnn")
    stray = cache.entry_dir(cache.key_for(config))
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("a file where the model's folder should be")
    model = trained.load_or_train(config)
    assert model.saved and stray.is_dir()
    assert not list(paths.cache_root().glob(".tmp-*"))


def test_a_valid_entry_is_never_touched_by_another_training():
    kept = trained.load_or_train(tiny_config("rnn"))
    before = cache.sha256_file(cache.entry_dir(kept.key) / cache.MODEL_FILE)
    trained.load_or_train(tiny_config("rnn", seed=7))
    trained.load_or_train(tiny_config("rnn"), force=False)
    after = cache.sha256_file(cache.entry_dir(kept.key) / cache.MODEL_FILE)
    assert before == after


def test_unwritable_cache_folder_trains_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder cannot be created below a file")
    monkeypatch.setenv(paths.CACHE_ENV, str(blocker / "cache"))
    model = trained.load_or_train(tiny_config("rnn"))
    assert not model.saved
    assert "kept in memory only" in model.notices[-1]
    assert classify(model, ["a fine film"])[0].label in ("positive", "negative")


NOBODY = 65534


def as_nobody(*args: str, env: dict) -> subprocess.CompletedProcess:
    """``python -m core ...`` as the user nobody, for whom the cache is read-only."""
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         sys.executable, "-m", "core", *args],
        cwd=paths.PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run a process as another user",
)
def test_a_cache_warmed_by_another_user_serves_its_models_read_only(
    monkeypatch, shared_data_dir
):
    # the teacher's account warms the cache; the server runs as another user
    folder = Path(tempfile.mkdtemp(prefix="read-only-cache-"))
    try:
        folder.chmod(0o755)
        (folder / "data").symlink_to(shared_data_dir, target_is_directory=True)
        monkeypatch.setenv(paths.CACHE_ENV, str(folder))
        config = tiny_config("rnn", train_size=64, max_len=20)
        model = trained.load_or_train(config)
        before = sorted(str(path) for path in folder.rglob("*"))
        expected = classify(model, ["a fine film"])[0].probability

        env = os.environ | {paths.CACHE_ENV: str(folder), "HOME": str(folder)}
        options = ["--train-size", "64", "--epochs", "1", "--max-len", "20",
                   "--embedding-dim", "8", "--units", "4"]  # fmt: skip
        if as_nobody("--help", env=env).returncode != 0:
            pytest.skip("the user nobody cannot run this Python")
        listed = as_nobody("list", "--json", env=env)
        assert listed.returncode == 0, listed.stderr[-2000:]
        assert [row["key"] for row in json.loads(listed.stdout)] == [model.key]

        predicted = as_nobody(
            "predict", "--model", "rnn", *options, "--json", "a fine film", env=env
        )
        assert predicted.returncode == 0, predicted.stderr[-2000:]
        [row] = json.loads(predicted.stdout)
        assert abs(row["probability"] - expected) < 1e-6

        # a model it trains itself is kept in memory, and it says so
        retrained = as_nobody(
            "train", "--model", "rnn", *options, "--seed", "5", env=env
        )
        assert retrained.returncode == 0, retrained.stderr[-2000:]
        assert "kept in memory only" in retrained.stderr
        assert "Traceback" not in retrained.stderr
        assert sorted(str(path) for path in folder.rglob("*")) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_half_written_entry_of_a_dead_process_is_not_an_entry_and_is_swept():
    config = tiny_config("lstm")
    key = cache.key_for(config)
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    leftover = paths.cache_root() / f".tmp-{key}-{dead_pid}-deadbeef"
    leftover.mkdir(parents=True)
    (leftover / cache.MODEL_FILE).write_bytes(b"PK\x03\x04 half a zip")
    assert cache.find(config) is None and cache.list_entries() == []

    trained.load_or_train(config)
    assert not leftover.exists()
    assert cache.find(config) is not None


def test_training_killed_with_sigkill_leaves_no_entry_then_trains_cleanly():
    options = ["--train-size", "3000", "--epochs", "3", "--max-len", "60"]
    process = subprocess.Popen(
        [sys.executable, "-m", "core", "train", "--model", "lstm", *options],
        cwd=paths.PROJECT_ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    # wait until it is training, then kill it without warning
    assert process.stderr.readline().startswith("training LSTM")
    time.sleep(1.5)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)

    config = TrainConfig(model="lstm", train_size=3000, epochs=3, max_len=60)
    assert cache.list_entries() == [] and cache.find(config) is None
    assert not cache.is_locked(cache.key_for(config))  # the kernel freed the lock


def test_a_process_killed_while_saving_leaves_no_entry():
    config = tiny_config("rnn")
    key = cache.key_for(config)
    # a writer that has put the model file down and dies before the metadata
    script = "\n".join([
        "import os, signal",
        "from core import cache",
        "def write_files(folder):",
        "    (folder / cache.MODEL_FILE).write_bytes(b'PK' * 1000)",
        "    os.kill(os.getpid(), signal.SIGKILL)",
        f"cache.write_entry({key!r}, write_files, {{}})",
    ])  # fmt: skip
    killed = subprocess.run(
        [sys.executable, "-c", script], cwd=paths.PROJECT_ROOT, timeout=60
    )
    assert killed.returncode == -signal.SIGKILL
    assert list(paths.cache_root().glob(".tmp-*"))  # its half-written folder
    assert cache.list_entries() == [] and cache.read_entry(key) is None

    model = trained.load_or_train(config)
    assert model.saved and not list(paths.cache_root().glob(".tmp-*"))


def test_eight_threads_classify_like_one():
    model = trained.load_or_train(tiny_config("lstm"))
    texts = [
        f"review number {i}: {'great' if i % 2 else 'awful'} film" for i in range(8)
    ]
    alone = [classify(model, [text])[0].probability for text in texts]
    together = [None] * len(texts)

    def run(index):
        for _ in range(5):
            together[index] = classify(model, [texts[index]])[0].probability

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone


def test_three_sessions_asking_at_once_start_one_job():
    started = []

    def runner(config, listener, cancel):
        started.append(config)
        time.sleep(0.2)
        return trained.load_or_train(config, listener=listener, cancel=cancel)

    jobs = TrainingJobs(runner=runner)
    config = tiny_config("rnn")
    barrier = threading.Barrier(3)
    submitted = []

    def session():
        barrier.wait()
        submitted.append(jobs.submit(config))

    threads = [threading.Thread(target=session) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(job) for job in submitted}) == 1
    assert jobs.wait(submitted[0].key, timeout=120).state == "done"
    assert len(started) == 1


def test_a_missing_cache_folder_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.CACHE_ENV, str(tmp_path / "not" / "there" / "yet"))
    assert cache.list_entries() == []
    model = trained.load_or_train(tiny_config("rnn"))
    assert model.saved and cache.find(tiny_config("rnn")) is not None


def test_out_of_memory_fails_the_job_with_one_line_and_caches_nothing():
    def runner(config, listener, cancel):
        raise MemoryError()

    jobs = TrainingJobs(runner=runner)
    job = jobs.submit(tiny_config("lstm"))
    job = jobs.wait(job.key, timeout=60)
    assert job.state == "failed" and job.error == "MemoryError: out of memory"
    assert cache.list_entries() == []


def test_disk_full_while_saving_keeps_the_model_and_says_so(monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "write_entry", disk_full)
    model = trained.load_or_train(tiny_config("rnn"))
    assert not model.saved and "No space left on device" in model.notices[-1]
    assert cache.list_entries() == [] and not list(paths.cache_root().glob(".tmp-*"))
