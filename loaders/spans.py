"""A set of character spans with logarithmic overlap tests (texts may hold thousands of mentions)."""

from __future__ import annotations

from bisect import bisect_right, insort


class Spans:
    """Non-overlapping spans kept sorted; ``add`` merges what overlaps."""

    def __init__(self, spans: list[tuple[int, int]] | tuple = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] >= start:          # overlaps or touches the previous span
            i -= 1
            start = self._starts[i]
            end = max(end, self._ends[i])
            del self._starts[i], self._ends[i]
        while i < len(self._starts) and self._starts[i] < end:
            end = max(end, self._ends[i])
            del self._starts[i], self._ends[i]
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def contains(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos)
        return bool(i) and self._ends[i - 1] > pos

    def __iter__(self):
        return iter(zip(self._starts, self._ends))

    def __len__(self) -> int:
        return len(self._starts)


__all__ = ["Spans", "insort"]
