"""The benchmark measures every figure on both sides; its command prints them."""

import json

import pytest
from conftest import tiny_config

from core import bench, cli


def test_ratio_says_how_many_times_better_the_project_is():
    assert bench.Figure("train", "reviews/s", 400, 600, True).ratio == 1.5
    assert bench.Figure("read", "ms", 100, 4).ratio == 25
    assert bench.Figure("cache", "s", None, 0.5).ratio is None


def test_tiny_run_measures_training_classifying_and_loading_on_both_sides():
    report = bench.run(
        kinds=("rnn",), base=tiny_config(), steps=2, warmup=1, rounds=1, reads=3
    )

    names = [figure.name for figure in report.figures]
    assert names == [
        "SimpleRNN training",
        "SimpleRNN classify one review, median",
        "SimpleRNN classify one review, p95",
        "SimpleRNN load a saved model",
    ]
    for figure in report.figures:
        assert figure.classic > 0 and figure.project > 0 and figure.ratio > 0
    assert report.settings["config"]["max_len"] == tiny_config().max_len
    assert len(report.machine["load_average_after"]) == 3


def test_table_has_a_row_per_figure_with_its_ratio():
    report = bench.Report(
        figures=[
            bench.Figure("LSTM training", "reviews/s", 375.4, 600.2, True),
            bench.Figure("default SimpleRNN + LSTM from the cache", "s", None, 0.61),
        ]
    )
    rows = report.table().splitlines()
    assert rows[2] == "| LSTM training (reviews/s) | 375 | 600 | 1.60x |"
    assert rows[3] == "| default SimpleRNN + LSTM from the cache (s) | – | 0.61 | – |"


def test_command_prints_the_report_as_json(monkeypatch, capsys):
    figure = bench.Figure("LSTM training", "reviews/s", 375.0, 600.0, True)
    asked = {}

    def fake_run(**options):
        asked.update(options)
        return bench.Report(figures=[figure], machine={"cpus": 2})

    monkeypatch.setattr(bench, "run", fake_run)
    assert cli.main(["bench", "--json", "--models", "lstm", "--steps", "5"]) == 0

    printed = json.loads(capsys.readouterr().out)
    assert printed["figures"][0]["ratio"] == 1.6
    assert asked["kinds"] == ("lstm",) and asked["steps"] == 5


@pytest.mark.parametrize(
    "args", [["--models", "cnn"], ["--steps", "0"], ["--rounds", "two"]]
)
def test_bad_arguments_give_one_line_and_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["bench", *args])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
