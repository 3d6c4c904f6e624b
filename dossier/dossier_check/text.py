"""Chinese wording shared by the dossier check's messages."""

from __future__ import annotations

from collections.abc import Sequence


def page_span(numbers: Sequence[int]) -> str:
    """[3, 4, 5, 9] → 第3-5、9页."""
    runs: list[str] = []
    nums = sorted(set(numbers))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        runs.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return f"第{'、'.join(runs)}页"
