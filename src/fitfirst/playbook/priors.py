"""Number prior buckets: "<a", "a-b" (inclusive) and ">b"."""

from __future__ import annotations

import math
import re

_NUM = r"-?\d+(?:\.\d+)?"
_BETWEEN = re.compile(rf"^\s*({_NUM})\s*-\s*({_NUM})\s*$")
_BELOW = re.compile(rf"^\s*<\s*({_NUM})\s*$")
_ABOVE = re.compile(rf"^\s*>\s*({_NUM})\s*$")


def parse_bucket(label: str) -> tuple[float, float]:
    """Return the (low, high) bounds a bucket label stands for.

    "<a" is everything below a (high is exclusive there: it is returned as the largest float
    below a), "a-b" is a..b inclusive, ">b" is everything above b. Raises ValueError with a
    message that shows the accepted forms.
    """
    if m := _BETWEEN.match(label):
        low, high = float(m.group(1)), float(m.group(2))
        if low > high:
            raise ValueError(f'bucket "{label}" has its low end above its high end')
        return low, high
    if m := _BELOW.match(label):
        return -math.inf, math.nextafter(float(m.group(1)), -math.inf)
    if m := _ABOVE.match(label):
        return math.nextafter(float(m.group(1)), math.inf), math.inf
    raise ValueError(f'bucket "{label}" is not of the form "<a", "a-b" or ">b"')
