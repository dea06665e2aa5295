"""The benchmark measures every figure on both sides; its command prints them."""

import json

import pytest
from conftest import tiny_config

from core import bench, bench_processes, cli


def test_ratio_says_how_many_times_better_the_project_is():
    assert bench.Figure("train", "reviews/s", 400, 600, True).ratio == 1.5
    assert bench.Figure("read", "ms", 100, 4).ratio == 25
    assert bench.Figure("cache", "s", None, 0.5).ratio is None


def test_tiny_run_measures_training_classifying_and_loading_on_both_sides():
    report = bench.run(
        kinds=("rnn",),
        base=tiny_config(),
        steps=2,
        warmup=1,
        rounds=1,
        reads=3,
        startup=False,
        full_training=False,
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


def test_full_training_runs_the_cli_in_a_child_and_measures_its_memory():
    figures = bench._full_training_figures(tiny_config("lstm"), print)

    assert [figure.name for figure in figures] == [
        "LSTM trained from scratch",
        "LSTM training, peak resident memory",
    ]
    seconds, gigabytes = (figure.project for figure in figures)
    assert 0 < seconds < 300
    assert 0.1 < gigabytes < 24  # TensorFlow alone takes a few hundred MB


def test_train_options_rebuild_the_same_config():
    config = tiny_config("gru").replace(clipnorm=None, learning_rate=0.01)
    options = bench.train_options(config)

    args = cli.build_parser().parse_args(["train", *options])
    assert cli._config_from(args) == (config, True) and args.force


def test_startup_serves_a_page_and_light_pages_leave_tensorflow_out():
    assert 0 < bench_processes.startup_seconds() < 60

    pages = bench_processes.light_pages()
    assert set(pages.seconds) == set(bench_processes.LIGHT_PAGES)
    assert not pages.imports_tensorflow
    assert len(pages.slider_seconds) == 8 and min(pages.slider_seconds) > 0


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
