"""Memory a one-off command has freed, given back to the system (issue 16).

Python and the libraries it calls (matplotlib, Qt, numpy) take their memory from the C
library's allocator. What they free stays with the process, in the allocator's heap, for
their next allocations; only a free stretch at the very top of the heap goes back. While
``minigrid intent`` writes its papers, the freed memory lies between what still lives (the
engine's caches let go, the handouts' figures and PDFs), and the report's charts, a few MB
each, did not fit in it: the heap grew above it, the process's resident memory with it
(its peak: the report, issue 16). :func:`return_freed_memory` has glibc hand the free pages
back (``malloc_trim``); they come back, empty, when they are needed. On another system
(Windows, macOS, a Linux without glibc) it does nothing.
"""

from __future__ import annotations

import sys


def return_freed_memory() -> bool:
    """Give the pages of the C heap that no allocation uses back to the system; True when done (glibc).

    Costs a walk over the heap (about a millisecond for the pack's); what is in use is not touched.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process runs on
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
