"""Keep TensorFlow's C++ notices off a command line's standard error.

TensorFlow 2.21 writes its native start-up notices (oneDNN, XLA) through absl
logging, which no longer honours ``TF_CPP_MIN_LOG_LEVEL``. On the command line
they bury the one line a user needs, so the file descriptor 2 that C++ writes
to is pointed at ``/dev/null`` while Python's ``sys.stderr`` keeps the terminal.
"""

import os
import sys

QUIET_LEVEL = 2  # TF_CPP_MIN_LOG_LEVEL from which native notices are dropped


def silence_native_stderr(environ=os.environ) -> bool:
    """Send native writes to fd 2 to ``/dev/null``; Python's stderr stays.

    Does nothing when ``TF_CPP_MIN_LOG_LEVEL`` is below ``QUIET_LEVEL`` (set
    it to 0 to see TensorFlow's notices again). Returns whether it silenced.

    Note: a native crash message is then lost too; Python's tracebacks and
    ``faulthandler`` still reach the terminal through ``sys.stderr``.
    """
    try:
        level = int(environ.get("TF_CPP_MIN_LOG_LEVEL", "0"))
    except ValueError:
        level = 0
    if level < QUIET_LEVEL:
        return False
    sys.stderr.flush()
    terminal = os.dup(2)
    sys.stderr = os.fdopen(terminal, "w", buffering=1, errors="backslashreplace")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    return True
