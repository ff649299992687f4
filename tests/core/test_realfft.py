"""The superposition's FFTs give numpy.fft's values to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from minigrid_app.core import realfft


@pytest.mark.parametrize("shape", [(300,), (1, 300), (25, 300), (4, 1024), (3, 17)])
@pytest.mark.parametrize("size", [1024, 600, 2048])
def test_forward_and_inverse_are_numpys(shape, size):
    rng = np.random.default_rng(size + sum(shape))
    values = rng.normal(size=shape) * 10.0 ** rng.uniform(-3, 3, size=shape)
    spectra = realfft.rfft(values, size)
    expected = np.fft.rfft(values, size, axis=-1)
    assert spectra.shape == expected.shape and np.array_equal(spectra, expected)
    back = realfft.irfft(spectra * expected, size)
    assert np.array_equal(back, np.fft.irfft(spectra * expected, size, axis=-1))
    # a slice that is not contiguous (g at the months after the peak's time), as the bank takes it
    wide = rng.normal(size=shape[:-1] + (shape[-1] + 1,))
    assert np.array_equal(realfft.rfft(wide[..., 1:], size), np.fft.rfft(wide[..., 1:], size, axis=-1))


def test_odd_lengths_and_other_types_go_through_numpy():
    values = np.arange(10.0)
    assert np.array_equal(realfft.rfft(values, 15), np.fft.rfft(values, 15))
    assert np.array_equal(realfft.rfft(values.astype(np.float32), 16), np.fft.rfft(values.astype(np.float32), 16))
    spectrum = np.fft.rfft(values, 16)
    assert np.array_equal(realfft.irfft(spectrum, 15), np.fft.irfft(spectrum, 15))


def test_a_private_routine_that_changed_falls_back_to_numpys_own(monkeypatch):
    """The direct calls use a private routine of numpy; should another numpy keep its name but
    change what it takes or returns, the check at import hands every call to numpy.fft."""
    assert realfft._FORWARD_EVEN is not None and realfft._same_as_numpy()  # this numpy: the direct calls

    def changed(*_args, **_kwargs):
        raise TypeError("rfft_n_even() takes 3 arguments")

    monkeypatch.setattr(realfft, "_FORWARD_EVEN", changed)
    assert not realfft._same_as_numpy()
    monkeypatch.setattr(realfft, "_FORWARD_EVEN", lambda values, _n, axes, out: out * 0)  # wrong values
    assert not realfft._same_as_numpy()
