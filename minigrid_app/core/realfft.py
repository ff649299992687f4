"""numpy's real FFTs of the superposition, without the per-call work of numpy's wrappers.

Every trial depth of every field's sizing takes one forward transform (its g-function) and one
inverse (the superposition): some 60 000 short transforms for a street of 200 homes. numpy's
``rfft``/``irfft`` check their arguments and work out the output and the scaling in Python
around the pocketfft routine that transforms; these functions call that routine directly with
what numpy's wrappers pass it for these cases (the last axis, an even length, numpy's default
scaling), so they give numpy's values to the last bit (``tests/core/test_realfft.py``) in
about two thirds of the time. Without that routine (another numpy) they are numpy's own.
"""

from __future__ import annotations

import numpy as np

try:  # numpy ≥ 2.0: the pocketfft ufuncs behind numpy.fft
    from numpy.fft import _pocketfft_umath as _pocketfft

    _FORWARD_EVEN = _pocketfft.rfft_n_even
    _INVERSE = _pocketfft.irfft
except (ImportError, AttributeError):  # pragma: no cover - another numpy: its own functions
    _FORWARD_EVEN = _INVERSE = None

_INVERSE_SCALE: dict[int, np.floating] = {}


def _same_as_numpy() -> bool:
    """Whether the direct calls give numpy's own values on a probe (a private routine may change
    its signature in another numpy without being removed: then numpy's functions are used)."""
    probe = np.linspace(0.25, 2.0, 12).reshape(2, 6)
    try:
        forward = rfft(probe, 8)
        inverse = irfft(forward, 8)
    except Exception:  # noqa: BLE001 - any failure of a private routine: use numpy's own
        return False
    return bool(np.array_equal(forward, np.fft.rfft(probe, 8, axis=-1))
                and np.array_equal(inverse, np.fft.irfft(np.fft.rfft(probe, 8, axis=-1), 8, axis=-1)))


def rfft(values: np.ndarray, size: int) -> np.ndarray:
    """``numpy.fft.rfft(values, size, axis=-1)`` for an even ``size`` (float input)."""
    if _FORWARD_EVEN is None or size % 2 or values.dtype != np.float64:
        return np.fft.rfft(values, size, axis=-1)
    out = np.empty(values.shape[:-1] + (size // 2 + 1,), dtype=np.complex128)
    axis = values.ndim - 1
    return _FORWARD_EVEN(values, 1, axes=[(axis,), (), (axis,)], out=out)


def irfft(spectra: np.ndarray, size: int) -> np.ndarray:
    """``numpy.fft.irfft(spectra, size, axis=-1)`` (complex input)."""
    if _INVERSE is None or spectra.dtype != np.complex128:
        return np.fft.irfft(spectra, size, axis=-1)
    scale = _INVERSE_SCALE.get(size)
    if scale is None:  # numpy's: the reciprocal of the length in the output's type
        scale = _INVERSE_SCALE[size] = np.reciprocal(size, dtype=np.float64)
    out = np.empty(spectra.shape[:-1] + (size,))
    axis = spectra.ndim - 1
    return _INVERSE(spectra, scale, axes=[(axis,), (), (axis,)], out=out)


if _FORWARD_EVEN is not None and not _same_as_numpy():  # pragma: no cover - another numpy
    _FORWARD_EVEN = _INVERSE = None
