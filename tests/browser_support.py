"""Run the real app and a real browser for the end-to-end tests.

``streamlit run app.py`` is started headless on a free port with a temporary
cache and a tiny "Classroom quick" preset; Chromium is Debian's, driven by
Playwright. Tests skip when either is missing (a machine without Chromium),
unless ``REQUIRE_BROWSER=1`` is set, as CI does: then they fail.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from core import paths, presets
from core.bench_processes import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
TINY_PRESET = {
    "train_size": 256,
    "epochs": 2,
    "max_len": 40,
    "embedding_dim": 8,
    "units": 4,
}


def browser_available() -> bool:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists() and shutil.which("chromium") is not None


def require_browser() -> None:
    """Skip the calling test without a browser, or fail it under REQUIRE_BROWSER."""
    if browser_available():
        return
    message = f"needs the playwright package and Chromium at {CHROMIUM}"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1: {message}")
    pytest.skip(message)


class AppServer:
    """``streamlit run app.py`` in a subprocess, stopped by ``stop()``."""

    def __init__(self, cache_dir: Path, log_path: Path):
        self.cache_dir = cache_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = os.environ | {
            paths.CACHE_ENV: str(cache_dir),
            presets.QUICK_OVERRIDE_ENV: json.dumps(TINY_PRESET),
            "TF_CPP_MIN_LOG_LEVEL": "2",
        }
        self.log = open(log_path, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
            ],  # fmt: skip
            cwd=paths.PROJECT_ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait_until_up()

    def _wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"streamlit did not start in {timeout} s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def wait_for_text(page, text: str, timeout: float = 60) -> None:
    """Wait until ``text`` appears anywhere on the page."""
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout * 1000)


def wait_for_no_text(page, text: str, timeout: float = 60) -> None:
    """Wait until ``text`` is nowhere on the page."""
    page.get_by_text(text, exact=False).first.wait_for(
        state="detached", timeout=timeout * 1000
    )


def body_text(page) -> str:
    return page.inner_text("body")
