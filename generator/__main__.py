"""Entry point for ``python -m generator``."""

import gc
import os
import sys

# A run is short and everything it builds lives until the end: the cyclic garbage collector would
# only spend time (~15% of a generation) scanning objects that are all still in use, and tearing
# the heap down at exit costs as much again. So: no collector, and a hard exit once output is out.
gc.disable()

from generator.cli import main  # noqa: E402 - after gc.disable(), so imports run without it too

code = main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
