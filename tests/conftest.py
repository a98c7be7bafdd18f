"""Test-session settings.

The suite runs model-loading processes side by side (``--jobs 2``, Dask
workers, CLI subprocesses).  OpenMP threads spin-wait at barriers by default,
and on cores shared with other processes a parse then runs 15-20 times slower;
waiting passively avoids that.  It is not the library's default because on a
quiet machine it costs about a third of the parse speed (``make bench`` with
``OMP_WAIT_POLICY=PASSIVE`` vs ``ACTIVE``).  It must be set before torch is
first imported, which no test module does at import time; subprocesses
inherit it.
"""
import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
