"""Benchmark figures that need a process of their own: start-up and memory.

- ``startup_seconds``: from ``streamlit run app.py`` until its first page is
  served over HTTP, on a free local port.
- ``light_pages``: the home, Concepts and gate calculator pages rendered in a
  fresh process (``AppTest``), timed, and whether TensorFlow got imported;
  then the gate calculator's redraw after a slider move.
- ``training_run``: ``python -m core train`` in a child process with an empty
  model cache, its wall time and peak resident memory (``wait4``'s rusage).

Nothing here imports TensorFlow; every figure comes from a child process.
"""

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from core import paths

logger = logging.getLogger(__name__)

LIGHT_PAGES = ("pages/home.py", "pages/concepts.py", "pages/gates.py")
STARTUP_TIMEOUT = 60.0  # seconds before a server that does not answer is given up
_MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes or KiB


def free_port() -> int:
    """A TCP port on localhost that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def startup_seconds(timeout: float = STARTUP_TIMEOUT) -> float:
    """Seconds from ``streamlit run app.py`` to the first page served (HTTP 200).

    Raises:
        RuntimeError: the server exited or did not answer within ``timeout``.
    """
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1",
    ]  # fmt: skip
    started = time.perf_counter()
    server = subprocess.Popen(
        command,
        cwd=paths.PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < timeout:
            if server.poll() is not None:
                raise RuntimeError("streamlit exited before serving a page")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                    return time.perf_counter() - started
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"streamlit served no page within {timeout:.0f} s")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


_LIGHT_PAGES_SCRIPT = """
import json, sys, time
started = time.perf_counter()
from streamlit.testing.v1 import AppTest
app = AppTest.from_file("app.py", default_timeout=120).run()
seconds = {"pages/home.py": time.perf_counter() - started}
for page in sys.argv[1:]:
    if page == "pages/home.py":
        continue
    started = time.perf_counter()
    app.switch_page(page).run()
    seconds[page] = time.perf_counter() - started
slider = []
if "pages/gates.py" in sys.argv[1:]:
    app.switch_page("pages/gates.py").run()
    for value in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        started = time.perf_counter()
        app.slider(key="gates.x.0").set_value(value).run()
        slider.append(time.perf_counter() - started)
errors = [str(error.message) for error in app.exception]
print(json.dumps({"seconds": seconds, "tensorflow": "tensorflow" in sys.modules,
                  "slider": slider, "errors": errors}))
"""


@dataclass(frozen=True)
class LightPages:
    """Render times of the pages that must not need TensorFlow."""

    seconds: dict[str, float]  # page -> seconds; home includes importing streamlit
    imports_tensorflow: bool
    slider_seconds: list[float]  # gate calculator reruns after a slider move


def light_pages(pages: tuple[str, ...] = LIGHT_PAGES) -> LightPages:
    """Render ``pages`` one after another in a fresh process; time each.

    Raises:
        RuntimeError: a page raised an exception or the process failed.
    """
    result = subprocess.run(
        [sys.executable, "-c", _LIGHT_PAGES_SCRIPT, *pages],
        cwd=paths.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"rendering the pages failed: {result.stderr[-500:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if report["errors"]:
        raise RuntimeError(f"a page raised: {report['errors'][0]}")
    return LightPages(report["seconds"], report["tensorflow"], report["slider"])


@dataclass(frozen=True)
class TrainingRun:
    """One ``python -m core train`` in a child process."""

    seconds: float
    peak_bytes: int


def training_run(options: list[str]) -> TrainingRun:
    """Train ``python -m core train OPTIONS`` with an empty model cache.

    The child reuses this cache's encoded data (``models_cache/data``), when
    there is some, so the figure is training, testing and saving, not encoding.

    Raises:
        RuntimeError: the training command failed.
    """
    with tempfile.TemporaryDirectory(prefix="lstm-bench-train-") as folder:
        data_dir = paths.data_cache_dir()
        if data_dir.is_dir():
            (Path(folder) / "data").symlink_to(data_dir, target_is_directory=True)
        environ = os.environ | {paths.CACHE_ENV: folder}
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "core", "train", *options],
            cwd=paths.PROJECT_ROOT,
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # wait4 gives this child's own peak memory, not that of every child
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stderr.close()
    if child.returncode != 0:
        last = stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise RuntimeError(f"training failed: {' '.join(last) or child.returncode}")
    return TrainingRun(seconds=seconds, peak_bytes=usage.ru_maxrss * _MAXRSS_UNIT)
