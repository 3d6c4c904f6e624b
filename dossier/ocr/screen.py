"""A screen photographed with a phone (拍屏: an undertaker without a scanner photographs the e-dossier system's page on
a monitor): the screen's pixel grid beats with the camera's into moiré, stripes as dark as the page's grey text, and
the text detector finds no line under them (东胜, court_ek: a 交纳执行费通知书 read as its title alone, a 送达回证's
served documents as noise). The stripes are a few sharp peaks in the page's spectrum, away from its axes (where
ruled lines, text rows and a JPEG's 8-pixel blocks put theirs) and finer than any text row; they are notched out
there, and the page's text, whose spectrum is broad, keeps its strokes.

Pure functions over the grey page (uint8, 0 = ink) at the analysis resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

SCREEN_GREY = 0.3
GREY_TONES = (41, 214)
"""Share of the page in mid-grey tones that a photographed screen's page has: its stripes cover the paper (court_ek's
photos: 0.34–0.72); on a scan the paper stays light (1-bit and clean scans whose spectra hold a sharp peak: 0.01–0.14),
and no peak is searched."""
SAMPLE = 256
"""Side of the squares whose spectra are searched (five a page, 2 ms each)."""
FINEST_TEXT = 0.08
"""Frequency (cycles per pixel at 150 dpi) under which a peak may be the text's own: rows 27–50 px apart, characters
20–25 px; a screen's moiré on court_ek's photos lies at 0.08–0.5."""
AXIS = 0.03
"""A peak this near either axis of the spectrum is a ruled line's, a text row's or a JPEG block's: left alone."""
PEAK = 3.0
"""How far a peak stands above the spectrum around it (natural log: 20 times). court_ek's moiré: 3.1–4.9 on 75 of its 106
photos; 8 of 824 pages sampled from the 110 dev dossiers hold such a peak (court_cs's dithered copies): the notch costs
them time, not strokes."""
NOTCH = 0.012
"""Width (cycles per pixel, one standard deviation) of the notch cut round each peak."""


@dataclass(frozen=True)
class Peak:
    """A periodic pattern over the page: its frequency (cycles per pixel, down and across) and how far it stands
    above the spectrum around it."""

    fy: float
    fx: float
    excess: float


def screen_peaks(grey: np.ndarray) -> list[Peak]:
    """The sharp off-axis peaks of the page's spectrum, searched in the middle of the page and in the middle of each
    quarter: on a screen photographed at an angle the stripes' frequency drifts across the page."""
    if _grey_share(grey) < SCREEN_GREY:
        return []
    h, w = grey.shape
    side = min(SAMPLE, h, w)
    found: list[Peak] = []
    for cy, cx in ((h // 2, w // 2), (h // 4, w // 4), (h // 4, 3 * w // 4), (3 * h // 4, w // 4), (3 * h // 4, 3 * w // 4)):
        y0, x0 = min(max(0, cy - side // 2), h - side), min(max(0, cx - side // 2), w - side)
        for p in _peaks_of(grey[y0:y0 + side, x0:x0 + side]):
            if all(np.hypot(p.fy - q.fy, p.fx - q.fx) > NOTCH for q in found):
                found.append(p)
    return found


def _grey_share(grey: np.ndarray) -> float:
    darkest, lightest = GREY_TONES
    every = grey[::2, ::2]
    return float(((every >= darkest) & (every <= lightest)).mean())


def _peaks_of(crop: np.ndarray) -> list[Peak]:
    side = crop.shape[0]
    sample = crop.astype(np.float32)
    window = np.outer(np.hanning(side), np.hanning(side)).astype(np.float32)
    spectrum = np.fft.fftshift(np.fft.fft2((sample - sample.mean()) * window))
    magnitude = np.log1p(np.abs(spectrum)).astype(np.float32)
    around = cv2.blur(cv2.medianBlur(magnitude, 5), (15, 15))
    f = (np.arange(side) - side // 2) / side
    fy, fx = np.meshgrid(f, f, indexing="ij")
    eligible = (np.hypot(fy, fx) >= FINEST_TEXT) & (np.abs(fx) >= AXIS) & (np.abs(fy) >= AXIS)
    excess = np.where(eligible, magnitude - around, 0).astype(np.float32)
    tops = excess == cv2.dilate(excess, np.ones((5, 5), np.uint8))
    ys, xs = np.nonzero((excess >= PEAK) & tops)
    return [Peak(float(fy[y, x]), float(fx[y, x]), float(excess[y, x])) for y, x in zip(ys, xs, strict=True)]


def descreened(grey: np.ndarray, peaks: list[Peak]) -> np.ndarray:
    """The page with the peaks' frequencies notched out of its whole spectrum (at a length the FFT is fast for: 45 ms
    for a page at 150 dpi, 200 ms at its own size)."""
    import scipy.fft  # here, not at the top: a worker's start paid ~0.3 s for it, and few pages are screens

    h, w = grey.shape
    size = (scipy.fft.next_fast_len(h, real=True), scipy.fft.next_fast_len(w, real=True))
    spectrum = scipy.fft.rfft2(grey.astype(np.float32), s=size)
    fy = np.fft.fftfreq(size[0]).astype(np.float32)[:, None]
    fx = np.fft.rfftfreq(size[1]).astype(np.float32)[None, :]
    keep = np.ones(spectrum.shape, np.float32)
    for p in peaks:
        if p.fx > 0:  # the half-spectrum holds one of each mirror pair (fy, fx), (-fy, -fx)
            keep *= 1 - np.exp(-((fy - p.fy) ** 2 + (fx - p.fx) ** 2) / (2 * NOTCH ** 2))
    return np.clip(scipy.fft.irfft2(spectrum * keep, s=size)[:h, :w], 0, 255).astype(np.uint8)
