"""Background training jobs shared by every browser session of one server.

``TrainingJobs`` runs one job at a time on a worker thread (the CPU is the
bottleneck, so jobs queue) and records each job's progress so that any
session can draw it. Asking for a config that is already queued or running
returns that job instead of starting another. The worker never touches the
user interface; pages read ``Job.snapshot()``.
"""

import copy
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core import cache
from core.config import TrainConfig
from core.i18n import Message
from core.progress import BatchProgress, TrainingCancelled, TrainingListener

logger = logging.getLogger(__name__)

MAX_FINISHED_JOBS = 30  # older finished jobs are forgotten (their models stay cached)

# Live views: one refresh of the Train page costs the server about 45 ms of CPU
# (AppTest, two jobs of 822 batches each), taken from the training thread. The
# refresh slows down as viewers join, so that all of them together stay near
# REFRESH_CPU_SHARE of one core: 2 s up to 8 viewers, 7 s for 30. Not faster
# than every 2 s: a browser on the server's own machine (a student working
# alone) spends about 0.4 s of CPU redrawing the page after each refresh,
# which at one refresh a second made Classroom quick train 30 to 50% slower
# (32.5 s instead of 24.8 s at 2 s, 22.8 s at 4 s, 21 to 24 s unwatched).
FASTEST_REFRESH_SECONDS = 2.0
REFRESH_CPU_SECONDS = 0.045
REFRESH_CPU_SHARE = 0.2
VIEWER_TIMEOUT_SECONDS = 20.0  # a viewer not seen for this long has left


def refresh_seconds(viewers: int) -> float:
    """Seconds between live refreshes when ``viewers`` sessions are watching."""
    return max(
        FASTEST_REFRESH_SECONDS, viewers * REFRESH_CPU_SECONDS / REFRESH_CPU_SHARE
    )


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATES = (JobState.QUEUED, JobState.RUNNING)


@dataclass
class Job:
    """One training run: its settings, state and everything it reported."""

    key: str
    config: TrainConfig
    state: JobState = JobState.QUEUED
    submitted_at: float = field(default_factory=time.time)
    started_at: float | None = None
    finished_at: float | None = None
    batches: dict[str, list[float]] = field(
        default_factory=lambda: {
            "loss": [],
            "accuracy": [],
            "grad_norm": [],
            "samples_per_second": [],
        }
    )
    epochs: list[dict] = field(default_factory=list)
    progress: BatchProgress | None = None
    batches_per_epoch: int = 0
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    test_accuracy: float | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    def snapshot(self) -> "Job":
        """A consistent copy to draw from while the worker keeps appending."""
        with self.lock:
            clone = copy.copy(self)
            clone.batches = {
                name: list(values) for name, values in self.batches.items()
            }
            clone.epochs = list(self.epochs)
            clone.notices = list(self.notices)
        return clone

    def history(self) -> dict:
        """The recorded curves, in the layout of a cache entry's ``history``."""
        return {"batches": self.batches, "epochs": self.epochs}


class _JobListener(TrainingListener):
    """Copies training progress into the job, under its lock."""

    def __init__(self, job: Job):
        self.job = job

    def on_start(self, config, batches_per_epoch):
        with self.job.lock:
            self.job.batches_per_epoch = batches_per_epoch

    def on_batch(self, progress):
        with self.job.lock:
            for name, values in self.job.batches.items():
                values.append(getattr(progress, name))
            self.job.progress = progress

    def on_epoch(self, progress):
        with self.job.lock:
            self.job.epochs.append(vars(progress).copy())


# load_or_train's signature: (config, listener=..., cancel=...) -> TrainedModel
Runner = Callable[..., Any]


class TrainingJobs:
    """A process-wide queue of training jobs with one worker thread.

    Args:
        runner: trains or loads a config; ``core.trained.load_or_train`` when
            None (tests may pass a stand-in with the same signature).
    """

    def __init__(self, runner: Runner | None = None):
        self._runner = runner
        self._jobs: dict[str, Job] = {}
        self._order: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self._guard = threading.Lock()
        self._viewers: dict[str, float] = {}  # viewer id -> last seen (monotonic)
        self._worker = threading.Thread(
            target=self._work, name="training-jobs", daemon=True
        )
        self._worker.start()

    def submit(self, config: TrainConfig) -> Job:
        """Queue ``config``, or return the job already queued or running for it."""
        key = cache.key_for(config)
        with self._guard:
            job = self._jobs.get(key)
            if job is not None and job.active:
                return job
            job = Job(key=key, config=config)
            self._jobs[key] = job
            if key in self._order:
                self._order.remove(key)
            self._order.append(key)
            self._forget_old()
        self._queue.put(key)
        logger.info("queued %s (%s)", config.name, key)
        return job

    def get(self, key: str) -> Job | None:
        with self._guard:
            return self._jobs.get(key)

    def jobs(self) -> list[Job]:
        """Every remembered job, oldest first."""
        with self._guard:
            return [self._jobs[key] for key in self._order]

    def active(self) -> list[Job]:
        return [job for job in self.jobs() if job.active]

    def watch(self, viewer: str) -> int:
        """Note that ``viewer`` is watching the live view; return how many are."""
        now = time.monotonic()
        with self._guard:
            self._viewers[viewer] = now
            for other, seen in list(self._viewers.items()):
                if now - seen > VIEWER_TIMEOUT_SECONDS:
                    del self._viewers[other]
            return len(self._viewers)

    def cancel(self, key: str) -> bool:
        """Ask a queued or running job to stop; True if it was active."""
        job = self.get(key)
        if job is None or not job.active:
            return False
        job.cancel_event.set()
        with job.lock:
            if job.state == JobState.QUEUED:
                job.state, job.finished_at = JobState.CANCELLED, time.time()
        return True

    def wait(self, key: str, timeout: float | None = None) -> Job | None:
        """Block until the job ``key`` is finished (for tests and scripts)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while (job := self.get(key)) is not None and job.active:
            if deadline is not None and time.monotonic() > deadline:
                break
            time.sleep(0.05)
        return job

    def _forget_old(self) -> None:
        finished = [key for key in self._order if not self._jobs[key].active]
        for key in finished[: max(0, len(finished) - MAX_FINISHED_JOBS)]:
            self._order.remove(key)
            del self._jobs[key]

    def _work(self) -> None:
        while True:
            key = self._queue.get()
            job = self.get(key)
            if job is None or job.state != JobState.QUEUED:
                continue  # cancelled while it waited
            self._run(job)

    def _run(self, job: Job) -> None:
        with job.lock:
            job.state, job.started_at = JobState.RUNNING, time.time()
        try:
            if self._runner is None:
                # imported here: it brings TensorFlow, which pages load lazily
                from core.trained import load_or_train

                self._runner = load_or_train
            result = self._runner(
                job.config, listener=_JobListener(job), cancel=job.cancel_event
            )
        except TrainingCancelled:
            outcome = {"state": JobState.CANCELLED}
        except Exception as error:  # out of memory, disk full, bad data, ...
            logger.exception("training %s failed", job.key)
            outcome = {"state": JobState.FAILED, "error": _one_line(error)}
        else:
            outcome = {
                "state": JobState.DONE,
                "test_accuracy": result.test_accuracy,
                "notices": list(result.notices),
            }
            if not job.epochs:  # it was cached: show the recorded curves
                outcome["batches"] = result.meta["history"]["batches"]
                outcome["epochs"] = result.meta["history"]["epochs"]
        with job.lock:
            for name, value in outcome.items():
                setattr(job, name, value)
            job.finished_at = time.time()
        logger.info("job %s ended: %s", job.key, job.state)


def _one_line(error: BaseException) -> str:
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]  # written for the user, and translatable
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, MemoryError):
        text = "out of memory"
    return f"{type(error).__name__}: {text}"[:300]
