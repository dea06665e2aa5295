"""The command line: happy paths and bad input, one line and no traceback."""

import io
import json
import os
import subprocess
import sys

import pytest
from conftest import TINY

from core import cache, paths
from core.cli import COMMANDS, HYPERPARAMETERS, main

TINY_OPTIONS = [
    "--train-size", str(TINY["train_size"]), "--epochs", "1", "--max-len", "40",
    "--embedding-dim", "8", "--units", "4",
]  # fmt: skip


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "core", *args],
        cwd=paths.PROJECT_ROOT,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_train_then_list_evaluate_and_predict(capsys):
    assert main(["train", "--model", "rnn", *TINY_OPTIONS, "--clipnorm", "none"]) == 0
    out = capsys.readouterr()
    assert "SimpleRNN test accuracy" in out.out and "epoch 1/1" in out.err
    [entry] = cache.list_entries()
    assert entry.config.clipnorm is None

    assert main(["list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["key"] == entry.key and row["test_accuracy"] == entry.test_accuracy

    assert main(["evaluate", "--model", "rnn", "--key", entry.key, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["accuracy"] == pytest.approx(entry.test_accuracy, abs=1e-4)

    # no options: the newest cached model of that kind is used
    assert main(["predict", "--model", "rnn", "--json", "great", "awful"]) == 0
    predictions = json.loads(capsys.readouterr().out)
    assert [p["text"] for p in predictions] == ["great", "awful"]
    for prediction in predictions:
        assert 0 <= prediction["probability"] <= 1
        assert prediction["label"] in ("positive", "negative")


def test_second_train_reuses_the_cache(capsys):
    assert main(["train", "--model", "rnn", *TINY_OPTIONS]) == 0
    assert "epoch 1/1" in capsys.readouterr().err
    assert main(["train", "--model", "rnn", *TINY_OPTIONS]) == 0
    assert "epoch" not in capsys.readouterr().err


def test_two_processes_training_one_config_train_it_once():
    command = [sys.executable, "-m", "core", "train", "--model", "rnn", *TINY_OPTIONS]
    runs = [
        subprocess.Popen(
            command, cwd=paths.PROJECT_ROOT, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs[0][1][-2000:]
    # the lock makes the second wait, then load what the first saved
    trained_runs = [err for _, err in outputs if b"epoch 1/1" in err]
    assert len(trained_runs) == 1
    assert len(cache.list_entries()) == 1


def test_predict_reads_stdin_in_a_fresh_process_even_bad_bytes():
    assert main(["train", "--model", "lstm", *TINY_OPTIONS]) == 0
    result = run_cli(
        "predict", "--model", "lstm", *TINY_OPTIONS, "--json", "-",
        stdin=b"a fine film\n\xff\xfe broken bytes\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    predictions = json.loads(result.stdout)
    assert len(predictions) == 2 and predictions[0]["text"] == "a fine film"

    # the same bytes as an argument, printed as a table
    bad_argument = os.fsdecode(b"a \xff\xfe film")
    result = run_cli("predict", "--model", "lstm", *TINY_OPTIONS, bad_argument)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert "a \ufffd\ufffd film" in result.stdout.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "--model", "lstm", "--epochs", "zero"], "invalid int value"),
        (["train", "--model", "lstm", "--epochs", "0"], "epochs must be between"),
        (["train", "--model", "cnn"], "invalid choice: 'cnn'"),
        (["train", "--model", "lstm", "--clipnorm", "-1"], "clipnorm must be"),
        (["train", "--model", "lstm", "--batch-size", "1e9"], "invalid int value"),
        (["train", "--model", "lstm", "--source", "ftp"], "unknown data source"),
        (
            ["train", "--model", "rnn", "--batch-size", "8192", "--max-len", "2000"],
            "GB to train",
        ),
        (["predict", "--model", "lstm", "--key", "../etc", "x"], "not a cache key"),
        (["predict", "--model", "lstm", ""], "a text is empty"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(capsys, args, message):
    with pytest.raises(SystemExit) as raised:
        code = main(args)
        raise SystemExit(code)
    assert raised.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_missing_model_is_one_line_and_exit_1():
    result = run_cli("predict", "--model", "gru", "some text")
    assert result.returncode == 1
    err = result.stderr.decode().strip().splitlines()
    assert err == [
        "error: no cached gru model for these settings; train it first with "
        "'python -m core train --model gru' (see 'python -m core list')"
    ]


NUMERIC_OPTIONS = [
    option for option in HYPERPARAMETERS if option != "--source"
]  # fmt: skip


@pytest.mark.parametrize("option", NUMERIC_OPTIONS)
@pytest.mark.parametrize("value", ["0", "-5", "99999999999", "1e300", "abc", ""])
def test_every_hyperparameter_out_of_range_is_one_line(capsys, option, value):
    if option == "--seed" and value == "0":
        pytest.skip("seed 0 is a valid seed")
    code = None
    try:
        code = main(["train", "--model", "rnn", option, value])
    except SystemExit as raised:
        code = raised.code
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert (
        option.lstrip("-").replace("-", "_") in err
        or "invalid" in err
        or ("expected" in err)
    )


def test_huge_text_is_classified_and_empty_stdin_refused(capsys, monkeypatch):
    assert main(["train", "--model", "rnn", *TINY_OPTIONS]) == 0
    capsys.readouterr()
    huge = "a truly wonderful film " * 10_000  # 230,000 characters
    assert main(["predict", "--model", "rnn", "--json", huge]) == 0
    [prediction] = json.loads(capsys.readouterr().out)
    assert prediction["label"] in ("positive", "negative")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n  \n")))
    assert main(["predict", "--model", "rnn", "-"]) == 2
    assert "no text on standard input" in capsys.readouterr().err


def test_running_out_of_memory_is_one_line(capsys, monkeypatch):
    def exhaust(args):
        raise MemoryError

    monkeypatch.setitem(COMMANDS, "train", exhaust)
    assert main(["train", "--model", "rnn"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: out of memory") and len(err.splitlines()) == 1
