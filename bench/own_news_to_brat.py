"""Write the brat annotations of our own articles from their hand-written sources.

Usage: ``python bench/own_news_to_brat.py bench/data/own_news/dev`` (and ``…/test``)

A split folder holds ``text/NAME.txt`` (title on the first line, paragraphs split by blank
lines) and ``source/NAME.json``: a list, in text order, of ``{"source": "...", "cue": "...",
"content": ["...", ...]}`` whose strings are exact substrings of the text (see
``bench/data/own_news/README.md``). This writes ``attributions/NAME_own.ann`` in PolNeAR's
brat layout, which the shared reference scorer reads, and prints every string it cannot
place (exit status 1 if any). Content fragments are found in order, each at or after the
previous item's first fragment; a source and a cue at the whole-word occurrence nearest the
content.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def nearest(text: str, needle: str, anchor: int) -> int | None:
    """Start of the whole-word occurrence of ``needle`` nearest ``anchor`` ("he" is never
    found inside "the"), or None."""
    pattern = (
        (r"(?<!\w)" if needle[:1].isalnum() else "")
        + re.escape(needle)
        + (r"(?!\w)" if needle[-1:].isalnum() else "")
    )
    starts = [m.start() for m in re.finditer(pattern, text)]
    return min(starts, key=lambda i: abs(i - anchor)) if starts else None


def brat_lines(text: str, items: list[dict]) -> tuple[list[str], list[str]]:
    """The .ann lines for ``items`` and the problems met placing them."""
    lines: list[str] = []
    problems: list[str] = []
    cursor = t = 0
    for n, item in enumerate(items, 1):
        frags = item.get("content")
        frags = [frags] if isinstance(frags, str) else frags
        if not frags or not all(isinstance(f, str) and f.strip() for f in frags):
            problems.append(f"item {n}: content must be a non-empty list of strings")
            continue
        spans, pos = [], cursor
        for frag in frags:
            i = text.find(frag, pos)
            if i < 0:
                problems.append(f"item {n}: content not found in order: {frag[:60]!r}")
                break
            spans.append((i, i + len(frag)))
            pos = i + len(frag)
        else:
            cursor = spans[0][0]
            t += 1
            content = f"T{t}"
            where = ";".join(f"{a} {b}" for a, b in spans)
            lines.append(f"{content}\tContent {where}\t" + " ".join(text[a:b] for a, b in spans))
            args = []
            for role in ("Source", "Cue"):
                words = item.get(role.lower()) or ""
                if not words:
                    continue
                i = nearest(text, words, spans[0][0])
                if i is None:
                    problems.append(f"item {n}: {role.lower()} not found: {words[:60]!r}")
                    continue
                t += 1
                lines.append(f"T{t}\t{role} {i} {i + len(words)}\t{words}")
                args.append(f"{role}:T{t}")
            lines.append(f"E{n}\tAttribution:{content} " + " ".join([*args, f"Content:{content}"]))
    return lines, problems


def main(argv: list[str]) -> int:
    split = Path(argv[0])
    (split / "attributions").mkdir(exist_ok=True)
    bad = 0
    for txt in sorted((split / "text").glob("*.txt")):
        source = split / "source" / f"{txt.stem}.json"
        if not source.exists():
            print(f"{source}: missing")
            bad += 1
            continue
        lines, problems = brat_lines(
            txt.read_text(encoding="utf-8"), json.loads(source.read_text(encoding="utf-8"))
        )
        for problem in problems:
            print(f"{source}: {problem}")
        bad += bool(problems)
        ann = split / "attributions" / f"{txt.stem}_own.ann"
        ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(list((split / 'text').glob('*.txt')))} articles, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
