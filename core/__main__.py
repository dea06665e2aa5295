"""``python -m core``: see ``core.cli``."""

import os
import sys

from core.native_logs import silence_native_stderr

# TensorFlow's C++ start-up notices are noise on a command line
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
silence_native_stderr()

from core.cli import main  # noqa: E402

sys.exit(main())
