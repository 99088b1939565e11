"""Clean: remove boilerplate from an article's text, keeping every removed span for inspection.

Contract: reads a block of raw text (one article), returns the cleaned text and the removed
spans (offsets into the raw block) with a reason each. Cleaning removes whole lines or a
leading prefix; it never rewrites a word of what it keeps.

What counts as boilerplate: photo captions (a line ending in a short credit in brackets,
"This image from video provided by ...") and their repeats, lone site artefacts ("TT"),
sharing and comment footers ("Source link", "Leave a Comment", guest-pass and membership
notes, "Click here for more coverage"), photo credits, repeated headlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wiretally.records import Removed

_CREDIT = re.compile(
    r"\((?:[^()]{0,60}\b(?:AP|AFP|Reuters|Getty|EPA|via|Archive|Observatory|Centcom|CENTCOM|"
    r"Photo|Images?|File|Anadolu|Xinhua|Handout|Press|Agency|News|Ministry|Department)\b[^()]{0,60})\)"
    r"\s*$"
)
_CAPTION_START = re.compile(
    r"^\s*(?:This (?:image|photo|picture)|A (?:photo|picture|file photo|screenshot|handout)|"
    r"Photo:|Photograph:|File photo|FILE[ -]|Image:|Caption:|Pictured:)",
)
_FOOTER = re.compile(
    r"^\s*(?:Source link|Leave a (?:Comment|Reply)|Click here\b|Read more\b|Share this\b|"
    r"Sign up\b|Subscribe\b|Related:|Advertisement$|Follow us\b|"
    r"(?:Please note that|You are currently using|With your membership)\b.*"
    r"(?:comment|subscri|membership|guest pass|commenters)|"
    r".*\b(?:guest pass|join the conversation|our commenters)\b)",
    re.IGNORECASE,
)
# A wire desk's note on what an update adds, "(Adds arrests, updated toll, paragraphs 2-7)",
# and a page's teaser line, "INSIDE: Teff prices (p.3) | Letters (p.6)": no article text.
_DESK_NOTE = re.compile(
    r"^\s*\((?:Adds|Updates|Recasts|Rewrites|Refiles|Corrects|Changes|Fixes|Removes|"
    r"Inserts|Writes through|Releads|Re-leads)\b[^()]*\)\s*$"
)
_TEASER = re.compile(r"^\s*(?:OTHER NEWS |ALSO |MORE )?INSIDE\s*:")
_ARTEFACT = re.compile(r"^\s*(?:[A-Z]{1,3}|[•·|*_~=-]{1,5}|\d{1,2})\s*$")


@dataclass(slots=True)
class Line:
    start: int  # offset of the first character of the line in the block
    end: int  # offset just past the line's last character (before the newline)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(slots=True)
class Cleaned:
    text: str
    removed: list[Removed] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


def lines_of(text: str, base: int = 0) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(base + pos, base + pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def is_caption(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 600:
        return False
    if _CAPTION_START.match(s) and not s.endswith((".", '."', ".”")):
        return True
    if _CREDIT.search(s):
        return True
    return bool(_CAPTION_START.match(s) and len(s) < 300 and "(" in s)


def is_footer(line: str) -> bool:
    return bool(_FOOTER.match(line.strip()))


def is_artefact(line: str) -> bool:
    s = line.strip()
    # A lone short all-caps token ("TT") or a rule of symbols; headings are longer.
    return bool(s) and bool(_ARTEFACT.match(s))


def classify(line: str) -> str | None:
    """The boilerplate reason for a whole line, or None when it is article text."""
    if is_artefact(line):
        return "site-artefact"
    if is_caption(line):
        return "caption"
    if is_footer(line):
        return "footer"
    if _DESK_NOTE.match(line):
        return "desk-note"
    if _TEASER.match(line):
        return "teaser"
    return None


def clean_block(
    text: str, *, title: str | None = None, drop: dict[str, str] | None = None
) -> Cleaned:
    """Remove boilerplate lines from one article's raw text.

    ``drop`` maps whole lines that metadata finders took (a byline) to the removal reason.
    """
    drop_keys = {_key(k): v for k, v in (drop or {}).items()}
    lines = lines_of(text)
    keep: list[Line] = []
    removed: list[Removed] = []
    captions: list[str] = []
    seen: set[str] = set()
    title_key = _key(title) if title else None
    for line in lines:
        s = line.stripped
        if not s:
            keep.append(line)
            continue
        key = _key(s)
        reason = classify(s)
        if reason is None and key in drop_keys:
            reason = drop_keys[key]
        elif reason is None and title_key and key == title_key:
            reason = "repeated-title"
        elif reason is None and key in seen and len(s) < 400:
            reason = "repeated-line"
        if reason is None:
            keep.append(line)
            seen.add(key)
            continue
        if reason == "caption" and key not in seen:
            captions.append(s)
        seen.add(key)
        removed.append(Removed(line.start, line.end, line.text, reason))
    return Cleaned(_join(keep), removed, captions)


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _join(lines: list[Line]) -> str:
    """Kept lines with paragraph breaks preserved and runs of blank lines collapsed."""
    parts: list[str] = []
    blank = False
    for line in lines:
        if not line.stripped:
            blank = True
            continue
        if parts:
            parts.append("\n\n" if blank else "\n")
        parts.append(line.text.rstrip())
        blank = False
    return "".join(parts).strip()
