"""Thermal interference between separate borefields: the finite line source in numpy.

Each field of a street (a home's own loop, a cluster's shared loop) has its own g-function
for its own load (:mod:`.gfunctions`). What the other fields do to it is superposed: every
borehole of field j, loaded uniformly with j's heat per metre, changes the mean
temperature along every borehole of field i by the finite line source (FLS) response

    h_{b→a}(t) = 1/(2 H_a) ∫_{1/√(4αt)}^∞ s⁻² exp(−d²s²) I(s) ds

(Claesson & Javed 2011; Cimmino & Bernier 2014, real and image sources, the form
pygfunction's ``heat_transfer.finite_line_source`` evaluates) with

    I(s) = ierf((D_a−D_b+H_a)s) − ierf((D_a−D_b)s) + ierf((D_a−D_b−H_b)s) − ierf((D_a−D_b+H_a−H_b)s)
         + ierf((D_a+D_b+H_a)s) − ierf((D_a+D_b)s) + ierf((D_a+D_b+H_b)s) − ierf((D_a+D_b+H_a+H_b)s),
    ierf(x) = x erf(x) − (1 − exp(−x²))/√π.

The integral from s₀ to ∞ is a cumulative integral over one log-spaced s grid, so one
pass gives the response at every month. The field's response to field j is the mean over
its boreholes of the sum over j's; the temperature change follows by temporal
superposition of j's monthly net load per metre:

    ΔT_i,m = − Σ_j Σ_k (q_j,k − q_j,k−1) h_ij(t_m − t_k−1) / (2πλ).

Fields farther apart than three thermal penetration depths 3√(4αt_end) (about 150 m over
25 years in the default ground) change each other's temperature by less than 0.01 K and
are left out.

References
----------
Claesson J., Javed S. (2011), An analytical method to calculate borehole fluid temperatures
for time-scales from minutes to decades, ASHRAE Transactions 117(2).
Cimmino M., Bernier M. (2014), A semi-analytical method to generate g-functions for
geothermal bore fields, Int. J. Heat Mass Transfer 70.
Abramowitz M., Stegun I. (1964), Handbook of mathematical functions, 7.1.26 (erf).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from minigrid_app.core import realfft

#: Points of the log-spaced s grid of the FLS integral.
S_POINTS = 64
#: exp(−(d s)²) below exp(−36) is left out of the integral.
S_CUT = 6.0
#: Fields farther apart than this many thermal penetration depths √(4αt) are left out.
REACH = 3.0
#: The nearest two boreholes of two fields are taken to be [m]: a borehole's radius (the default 0,065 m).
#: Two neighbouring strips that both hold a borehole at their common end put two fields' boreholes on one
#: spot (a 50-home street's signature curve, step 5); the response divides by the distance, and at 0 it was
#: NaN in every cross temperature of both fields.
MIN_PAIR_DISTANCE_M = 0.065

_SQRT_PI = math.sqrt(math.pi)


def erf(x: np.ndarray) -> np.ndarray:
    """Error function, absolute error below 1.5e-7 (Abramowitz & Stegun 7.1.26)."""
    x = np.asarray(x, dtype=float)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.copysign(1.0 - poly * np.exp(-a * a), x)


def ierf(x: np.ndarray) -> np.ndarray:
    """∫₀ˣ erf(u) du = x erf(x) − (1 − exp(−x²))/√π.

    :func:`erf`'s arithmetic, with its exp(−|x|²) taken for the exp(−x²) here (the same square,
    so the same value to the last bit): one exponential of the pairs' grid instead of two (the
    street's sizing works out eight of these grids for every round of every street)."""
    x = np.asarray(x, dtype=float)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    gauss = np.exp(-a * a)
    return x * np.copysign(1.0 - poly * gauss, x) - (1.0 - gauss) / _SQRT_PI


@dataclass(frozen=True)
class Borehole:
    """One borehole of the street: position [m], length and buried depth [m], field index."""

    x: float
    y: float
    length_m: float
    buried_m: float
    field: int


def fls(
    distance_m: np.ndarray,
    source_length_m: np.ndarray,
    receiver_length_m: np.ndarray,
    source_buried_m: np.ndarray,
    receiver_buried_m: np.ndarray,
    times_s: np.ndarray,
    diffusivity_m2_s: float,
) -> np.ndarray:
    """FLS response h_{b→a}(t) of pairs of boreholes, shape (pairs, times) [-].

    The mean temperature change along the receiver a is h / (2πλ) per W/m on the source b.
    """
    d = np.maximum(np.atleast_1d(np.asarray(distance_m, dtype=float)), MIN_PAIR_DISTANCE_M)[:, None]
    hb = np.atleast_1d(np.asarray(source_length_m, dtype=float))[:, None]
    ha = np.atleast_1d(np.asarray(receiver_length_m, dtype=float))[:, None]
    db = np.atleast_1d(np.asarray(source_buried_m, dtype=float))[:, None]
    da = np.atleast_1d(np.asarray(receiver_buried_m, dtype=float))[:, None]
    times = np.asarray(times_s, dtype=float)
    s_low = 1.0 / math.sqrt(4.0 * diffusivity_m2_s * float(times.max()))
    s_high = S_CUT / d  # (pairs, 1)
    w_low = math.log(s_low)
    w_high = np.maximum(np.log(s_high), w_low + 1e-6)
    fraction = np.linspace(0.0, 1.0, S_POINTS)[None, :]
    w = w_low + (w_high - w_low) * fraction  # (pairs, S)
    s = np.exp(w)
    terms = (
        (da - db + ha, 1.0),
        (da - db, -1.0),
        (da - db - hb, 1.0),
        (da - db + ha - hb, -1.0),
        (da + db + ha, 1.0),
        (da + db, -1.0),
        (da + db + hb, 1.0),
        (da + db + ha + hb, -1.0),
    )
    total = np.zeros_like(s)
    for q, sign in terms:
        total += sign * ierf(q * s)
    integrand = np.exp(-((d * s) ** 2)) * total / s  # ds = s dw
    step = (w_high - w_low) / (S_POINTS - 1)
    pieces = 0.5 * (integrand[:, 1:] + integrand[:, :-1]) * step
    from_top = np.concatenate((np.cumsum(pieces[:, ::-1], axis=1)[:, ::-1], np.zeros((len(d), 1))), axis=1)
    w_times = np.log(1.0 / np.sqrt(4.0 * diffusivity_m2_s * times))
    out = np.empty((len(d), len(times)))
    for i in range(len(d)):
        out[i] = np.interp(w_times, w[i], from_top[i], left=from_top[i, 0], right=0.0)
    return out / (2.0 * ha)


def reach_m(diffusivity_m2_s: float, end_s: float) -> float:
    """Distance beyond which fields are left out of each other's temperature [m]."""
    return REACH * math.sqrt(4.0 * diffusivity_m2_s * end_s)


def field_responses(
    boreholes: Sequence[Borehole], times_s: np.ndarray, diffusivity_m2_s: float
) -> dict[tuple[int, int], np.ndarray]:
    """h_ij(t) for every pair of different fields within reach: mean over i's boreholes of Σ over j's.

    Returns
    -------
    dict
        (receiving field i, source field j) → response at ``times_s`` [-].
    """
    times = np.asarray(times_s, dtype=float)
    reach = reach_m(diffusivity_m2_s, float(times.max()))
    xs = np.array([b.x for b in boreholes])
    ys = np.array([b.y for b in boreholes])
    fields = np.array([b.field for b in boreholes])
    a_index, b_index = np.nonzero(
        (fields[:, None] != fields[None, :]) & (np.hypot(xs[:, None] - xs[None, :], ys[:, None] - ys[None, :]) <= reach)
    )
    keep = a_index < b_index  # each unordered pair once; h_{a→b} = (H_a/H_b) h_{b→a}
    a_index, b_index = a_index[keep], b_index[keep]
    if len(a_index) == 0:
        return {}
    lengths = np.array([b.length_m for b in boreholes])
    buried = np.array([b.buried_m for b in boreholes])
    distance = np.hypot(xs[a_index] - xs[b_index], ys[a_index] - ys[b_index])
    b_to_a = fls(distance, lengths[b_index], lengths[a_index], buried[b_index], buried[a_index], times, diffusivity_m2_s)
    a_to_b = b_to_a * (lengths[a_index] / lengths[b_index])[:, None]
    counts = np.bincount(fields, minlength=int(fields.max()) + 1)
    # pair k gives (its a's field, its b's field) b_to_a[k] and the other way round a_to_b[k], each over the
    # receiver's borehole count; every (receiver, source) sums its shares in that order, first to last
    receivers = np.stack((fields[a_index], fields[b_index]), axis=1).ravel()
    sources = np.stack((fields[b_index], fields[a_index]), axis=1).ravel()
    shares = np.stack((b_to_a, a_to_b), axis=1).reshape(2 * len(a_index), -1)
    shares /= counts[receivers][:, None]
    codes = receivers * len(counts) + sources
    order = np.argsort(codes, kind="stable")
    sorted_codes, shares = codes[order], shares[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_codes[1:] != sorted_codes[:-1])))
    ends = np.append(starts[1:], len(codes))
    responses: dict[tuple[int, int], np.ndarray] = {}
    # in the order the keys come in (a key's first share), each sum row after row (a reduction over the
    # rows adds them one at a time, as the sum of the shares one by one did)
    for index in np.argsort(order[starts], kind="stable").tolist():
        code, start, end = int(sorted_codes[starts[index]]), int(starts[index]), int(ends[index])
        responses[(code // len(counts), code % len(counts))] = np.add.reduce(shares[start:end], axis=0)
    return responses


def cross_temperatures(
    responses: dict[tuple[int, int], np.ndarray],
    net_load_w: Sequence[np.ndarray],
    lengths_m: Sequence[float],
    conductivity_w_mk: float,
) -> list[np.ndarray]:
    """Temperature change of every field from the others, per month [K].

    Parameters
    ----------
    responses : dict
        From :func:`field_responses` on the monthly time axis.
    net_load_w : sequence of arrays
        Each field's net extraction (extraction − injection) per month of the simulation [W].
    lengths_m : sequence of float
        Each field's total borehole length [m].
    """
    months = len(net_load_w[0])
    size = 1 << int(math.ceil(math.log2(2 * months)))
    # numpy's transforms through :mod:`.realfft` (numpy's values to the last bit, without its wrappers' per-call work)
    spectra = [realfft.rfft(np.diff(np.asarray(load) / length, prepend=0.0), size) for load, length in zip(net_load_w, lengths_m, strict=True)]
    out = [np.zeros(months) for _ in net_load_w]
    by_receiver: dict[int, np.ndarray] = {}
    # every response's transform in one call (a row's transform is the same alone or with others)
    transforms = realfft.rfft(np.array(list(responses.values())), size) if responses else ()
    for ((receiver, source), _), transform in zip(responses.items(), transforms, strict=True):
        product = transform * spectra[source]
        by_receiver[receiver] = by_receiver[receiver] + product if receiver in by_receiver else product
    for receiver, spectrum in by_receiver.items():
        out[receiver] = -realfft.irfft(spectrum, size)[:months] / (2.0 * math.pi * conductivity_w_mk)
    return out
