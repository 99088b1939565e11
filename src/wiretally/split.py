"""Split: find the articles in a file that holds several.

Contract: reads one raw text block, returns ``Segment``s (offsets into the block, with the
headline that opened each). A site that pastes several articles into one page marks each
start the same way: a headline, a caption or two, a site artefact, then the headline again.
A headline that repeats within a few lines, with only boilerplate between, starts an article.
A block with no such mark is one article.
"""

from __future__ import annotations

from dataclasses import dataclass

from wiretally.clean import classify, lines_of

_LOOKAHEAD = 8  # non-blank lines within which a headline must repeat


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    title: str | None


def _headline_like(s: str) -> bool:
    return 8 <= len(s) <= 200 and not s.endswith((".", ",", ";", ":")) and len(s.split()) >= 3


def split_block(text: str) -> list[Segment]:
    lines = [line for line in lines_of(text) if line.stripped]
    starts: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        s = lines[i].stripped
        if _headline_like(s) and classify(s) is None:
            for j in range(i + 1, min(i + 1 + _LOOKAHEAD, len(lines))):
                other = lines[j].stripped
                if other == s:
                    between = [lines[k].stripped for k in range(i + 1, j)]
                    if all(classify(b) is not None for b in between):
                        starts.append((lines[i].start, s))
                        i = j
                    break
                if classify(other) is None:
                    break
        i += 1
    if not starts:
        return [Segment(0, len(text), None)]
    segments: list[Segment] = []
    head_end = starts[0][0]
    if text[:head_end].strip() and any(
        classify(line.stripped) is None for line in lines_of(text[:head_end]) if line.stripped
    ):
        segments.append(Segment(0, head_end, None))
    for n, (start, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        segments.append(Segment(start, end, title))
    return segments
