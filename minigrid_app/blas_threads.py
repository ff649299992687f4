"""numpy's linear algebra on the calling thread only: :func:`one_blas_thread` (issue 16). No numpy import here."""

from __future__ import annotations

import os


def one_blas_thread() -> None:
    """Let numpy's linear algebra (OpenBLAS) work on the calling thread only, unless the user chose otherwise.

    OpenBLAS starts a worker thread per core when numpy is imported, and the workers spin for
    about a tenth of a second waiting for work that never comes: the engine's arrays are far
    too small for OpenBLAS to share a product out (it works them on the calling thread either
    way, so every figure is the same). That spinning was 40-100 ms of a command's CPU time on
    the 2-core reference machine, and in the window it takes the second core while the engine
    loads. OpenBLAS reads the setting when numpy is first imported: :mod:`minigrid_app.cli`
    calls this before (it imports no numpy); a process started from that one (the engine's)
    inherits it.
    """
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
