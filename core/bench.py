"""Side-by-side benchmark of the classic Keras code and this project's path.

``python -m core bench`` runs both in one process, on the same data and the
default configuration, and reports each figure for both with their ratio:

- training speed in reviews per second, per model kind, over a fixed number
  of steps after warm-up. The classic code is ``Sequential([Embedding(10000,
  128), LSTM(64), Dense(1, sigmoid)])`` with the same Adam, trained by
  ``fit`` on numpy arrays; the project's is ``core.models.build_model``
  trained by ``core.training.fit``;
- classifying one padded review, median and 95th percentile in milliseconds:
  the classic ``model.predict`` against ``core.inference.Reader.read`` (which
  also gives the reading curve, in the same pass);
- loading a saved model in seconds: ``keras.saving.load_model`` of each;
- for this project alone (``core.bench_processes``, each in a child process):
  ``streamlit run app.py`` to the first page served, the first render of the
  pages that must not import TensorFlow, and a whole default LSTM training
  with its peak resident memory.

The two sides alternate round by round, so that other work on the machine
disturbs both alike; the load average is recorded with the figures. This is
a benchmark, not a test: nothing here passes or fails.
"""

import contextlib
import logging
import os
import platform
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from core import bench_processes, cache, data, inference, models, trained, training
from core.config import MODEL_NAMES, TrainConfig

logger = logging.getLogger(__name__)

KINDS = ("rnn", "lstm", "gru")
CLASSIC_LAYERS = {
    "rnn": keras.layers.SimpleRNN,
    "lstm": keras.layers.LSTM,
    "gru": keras.layers.GRU,
}

# called with one line saying what is being measured now
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Figure:
    """One measured quantity, for the classic code and for this project."""

    name: str
    unit: str  # "reviews/s", "ms" or "s"
    classic: float | None  # None when the classic code has no counterpart
    project: float
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """How many times better the project's value is (above 1 = faster)."""
        if not self.classic or not self.project:
            return None
        if self.higher_is_better:
            return self.project / self.classic
        return self.classic / self.project

    def to_dict(self) -> dict:
        return asdict(self) | {"ratio": self.ratio}


@dataclass
class Report:
    """The figures of one run, its settings and the machine it ran on."""

    figures: list[Figure] = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    machine: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "figures": [figure.to_dict() for figure in self.figures],
            "settings": self.settings,
            "machine": self.machine,
        }

    def table(self) -> str:
        """The figures as a Markdown table (it goes into the README as is)."""
        lines = [
            "| figure | classic Keras | this project | ratio |",
            "|---|--:|--:|--:|",
        ]
        for figure in self.figures:
            ratio = "–" if figure.ratio is None else f"{figure.ratio:.2f}x"
            lines.append(
                f"| {figure.name} ({figure.unit}) | {_number(figure.classic)} "
                f"| {_number(figure.project)} | {ratio} |"
            )
        return "\n".join(lines)


def run(
    kinds: tuple[str, ...] = KINDS,
    base: TrainConfig | None = None,
    steps: int = 20,
    warmup: int = 3,
    rounds: int = 5,
    reads: int = 100,
    progress: Progress | None = None,
    startup: bool = True,
    full_training: bool = True,
) -> Report:
    """Measure the classic Keras code and this project side by side.

    Args:
        kinds: model kinds to measure, among ``KINDS``.
        base: the configuration both sides train with (its ``model`` is
            replaced by each kind); the defaults when None.
        steps: training steps timed per round, after ``warmup`` steps.
        warmup: untimed training steps per round (the first ones trace).
        rounds: alternations of classic and project per training figure; the
            figure is the median over rounds.
        reads: one-review classifications timed for the project (the classic
            ``predict`` is timed a fifth as often, at least 10 times).
        progress: called with a line before each measurement.
        startup: also time the app's start-up and its light pages.
        full_training: also train an LSTM with ``base``'s settings from
            scratch in a child process (about a minute with the defaults),
            for its time and peak memory.

    Returns:
        The figures, with the settings and the machine's load.
    """
    for kind in kinds:
        if kind not in KINDS:
            raise ValueError(f"unknown model kind {kind!r}; expected one of {KINDS}")
    if min(steps, warmup, rounds, reads) < 1:
        raise ValueError("steps, warmup, rounds and reads must be at least 1")
    say = progress or (lambda line: logger.info("%s", line))
    base = base or TrainConfig()
    report = Report(
        settings={
            "kinds": list(kinds),
            "steps": steps,
            "warmup": warmup,
            "rounds": rounds,
            "reads": reads,
            "config": base.to_dict(),
        },
        machine=_machine(),
    )
    dataset = data.load_dataset(base.source, base.num_words)
    with tempfile.TemporaryDirectory(prefix="lstm-bench-") as folder:
        for kind in kinds:
            config = base.replace(model=kind)
            report.figures += _measure_kind(
                config, dataset, steps, warmup, rounds, reads, Path(folder), say
            )
    cached = _default_models_load_time()
    if cached is not None:
        report.figures.append(
            Figure("default SimpleRNN + LSTM from the cache", "s", None, cached)
        )
    if startup:
        report.figures += _startup_figures(say)
    if full_training:
        report.figures += _full_training_figures(base.replace(model="lstm"), say)
    report.machine["load_average_after"] = _load_average()
    return report


def _startup_figures(say: Progress) -> list[Figure]:
    """The app's start-up and the first render of its TensorFlow-free pages."""
    say("start-up: streamlit run app.py")
    served = bench_processes.startup_seconds()
    say("start-up: the home, Concepts and gate calculator pages")
    pages = bench_processes.light_pages()
    others = sum(
        seconds for page, seconds in pages.seconds.items() if page != "pages/home.py"
    )
    return [
        Figure("streamlit run app.py to the first page served", "s", None, served),
        Figure(
            "home page, first render in a new process",
            "s",
            None,
            pages.seconds["pages/home.py"],
        ),
        Figure("Concepts + gate calculator pages, first render", "s", None, others),
        Figure(
            "gate calculator redraw after a slider move, median",
            "ms",
            None,
            1000 * statistics.median(pages.slider_seconds),
        ),
        Figure(
            "TensorFlow imported by those three pages",
            "1 = yes",
            None,
            float(pages.imports_tensorflow),
        ),
    ]


def _full_training_figures(config: TrainConfig, say: Progress) -> list[Figure]:
    """A whole training of ``config`` in a child process: time and peak memory."""
    say(f"{config.name}: a whole training in a new process ({config.epochs} epochs)")
    run = bench_processes.training_run(train_options(config))
    return [
        Figure(f"{config.name} trained from scratch", "s", None, run.seconds),
        Figure(
            f"{config.name} training, peak resident memory",
            "GB",
            None,
            run.peak_bytes / 1e9,
        ),
    ]


def train_options(config: TrainConfig) -> list[str]:
    """``python -m core train`` options that give exactly ``config``."""
    options = ["--model", config.model, "--force"]
    for name, value in config.to_dict().items():
        if name == "model" or (name == "train_size" and value is None):
            continue
        if name == "clipnorm" and value is None:
            value = "none"
        options += [f"--{name.replace('_', '-')}", str(value)]
    return options


def _measure_kind(config, dataset, steps, warmup, rounds, reads, folder, say):
    """Training, classifying and loading figures of one model kind."""
    name = MODEL_NAMES[config.model]
    x = dataset.train.padded(config.max_len)
    y = dataset.train.labels.astype(np.float32)
    keras.utils.set_random_seed(config.seed)
    classic = classic_model(config)
    keras.utils.set_random_seed(config.seed)
    project = models.build_model(config)

    classic_rates, project_rates = [], []
    for round_number in range(1, rounds + 1):
        say(f"{name} training, round {round_number}/{rounds}: classic Keras")
        classic_rates.append(
            classic_training_rate(classic, x, y, config, warmup, steps)
        )
        say(f"{name} training, round {round_number}/{rounds}: this project")
        project_rates.append(
            project_training_rate(project, config, dataset, warmup, steps)
        )
    figures = [
        Figure(
            f"{name} training",
            "reviews/s",
            statistics.median(classic_rates),
            statistics.median(project_rates),
            higher_is_better=True,
        )
    ]

    say(f"{name}: classifying one review")
    row = dataset.test.padded(config.max_len)[:1]
    classic_times = _latencies(
        lambda: classic.predict(row, verbose=0), max(10, reads // 5)
    )
    reader = inference.Reader(_unsaved(config, project, dataset))
    project_times = _latencies(lambda: reader.read(row[0]), reads)
    for label, quantile in (("median", 50), ("p95", 95)):
        figures.append(
            Figure(
                f"{name} classify one review, {label}",
                "ms",
                float(np.percentile(classic_times, quantile)),
                float(np.percentile(project_times, quantile)),
            )
        )

    say(f"{name}: loading the saved model")
    classic.save(folder / f"classic-{config.model}.keras")
    project.save(folder / f"project-{config.model}.keras")
    figures.append(
        Figure(
            f"{name} load a saved model",
            "s",
            _load_time(folder / f"classic-{config.model}.keras"),
            _load_time(
                folder / f"project-{config.model}.keras", compile=False, safe_mode=True
            ),
        )
    )
    return figures


def classic_model(config: TrainConfig) -> keras.Model:
    """The classic example: Sequential, Keras's own recurrent layer, compiled."""
    model = keras.Sequential(
        [
            keras.Input(shape=(config.max_len,), dtype="int32"),
            keras.layers.Embedding(config.num_words, config.embedding_dim),
            CLASSIC_LAYERS[config.model](config.units),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=models.make_optimizer(config),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


def classic_training_rate(model, x, y, config, warmup: int, steps: int) -> float:
    """Reviews per second of ``model.fit`` over ``steps`` batches after ``warmup``."""
    batches = warmup + steps
    ends = []

    class Timer(keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            ends.append(time.perf_counter())
            if len(ends) == batches:
                self.model.stop_training = True

    size = batches * config.batch_size
    model.fit(
        x[:size],
        y[:size],
        batch_size=config.batch_size,
        epochs=1,
        shuffle=False,
        verbose=0,
        callbacks=[Timer()],
    )
    return steps * config.batch_size / (ends[batches - 1] - ends[warmup - 1])


def project_training_rate(model, config, dataset, warmup: int, steps: int) -> float:
    """Reviews per second of ``core.training.fit``, stopped after the timed steps."""
    batches = warmup + steps
    cancel = threading.Event()
    elapsed = []

    class Timer(training.TrainingListener):
        def on_batch(self, progress):
            elapsed.append(progress.elapsed)
            if len(elapsed) == batches:
                cancel.set()  # fit stops before its next batch, skipping validation

    # one spare batch, so that fit is cancelled before it validates
    run_config = config.replace(epochs=1, train_size=(batches + 1) * config.batch_size)
    with contextlib.suppress(training.TrainingCancelled):
        training.fit(model, run_config, dataset, listener=Timer(), cancel=cancel)
    return steps * config.batch_size / (elapsed[batches - 1] - elapsed[warmup - 1])


def _latencies(call: Callable[[], object], runs: int, warmup: int = 3) -> np.ndarray:
    """Milliseconds of each of ``runs`` calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return np.array(times)


def _load_time(path: Path, repeats: int = 3, **options) -> float:
    """Median seconds of ``keras.saving.load_model(path, **options)``."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        keras.saving.load_model(path, **options)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _default_models_load_time() -> float | None:
    """Seconds to load the default SimpleRNN and LSTM from the cache, if there."""
    configs = [TrainConfig(model=kind) for kind in ("rnn", "lstm")]
    entries = [cache.find(config) for config in configs]
    if not all(entries):
        logger.info("the default SimpleRNN and LSTM are not both cached; skipped")
        return None
    started = time.perf_counter()
    for entry in entries:
        trained.load_entry(entry)
    return time.perf_counter() - started


def _unsaved(config, model, dataset) -> trained.TrainedModel:
    """A ``TrainedModel`` around an in-memory model (its weights do not matter)."""
    return trained.TrainedModel(
        config=config,
        key=f"{config.model}-{'0' * 16}",
        model=model,
        vocabulary=dataset.vocabulary,
        meta={},
        saved=False,
    )


def _machine() -> dict:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "load_average_before": _load_average(),
    }


def _load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (other work on the machine)."""
    return [round(value, 2) for value in os.getloadavg()]


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"
