"""Does attribution hold when news looks different? The reference figures on variants of a split.

Usage: ``python bench/invariance.py ../shared/polnear/train [--scorer PATH] [--names 40]``

Held-out news is written by the same kind of newsroom, but not with the same quotation marks
nor about the same people. Rules that had learnt the train articles' typography or their
cast would lose there what they gain here. Each variant rewrites the split's texts with every
offset kept (the gold annotations still point at the same characters) and runs the engine and
the reference scorer (``shared/polnear/score.py``) on it:

* ``straight``: every curly quotation mark and apostrophe made straight (“ ” ‘ ’ → " ');
* ``curly``: every straight double quotation mark made curly (opening after a space, a line
  start or an opening bracket or dash, closing elsewhere);
* ``renamed``: the ``--names`` most frequent names in the gold sources (capitalised words
  the texts hardly ever write in lower case: Trump, Clinton, Sanders, …; not "President")
  replaced everywhere by the same letters shifted in the alphabet ("Trump" → "Wuxps"): no
  rule may know who is news.

A figure that moves more than a few statements between the original and a variant is a rule
that depends on what it should not.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import REFERENCE_KEYS, choose_annotations, reference_figures  # noqa: E402

from explainer.engine.extract import extract_statements  # noqa: E402

_SOURCE = re.compile(r"^T\d+\tSource [\d; ]+\t(.*)$", re.MULTILINE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")  # not "Sen", "Rep", "Gov"


def straight(text: str) -> str:
    return text.translate(str.maketrans("“”‘’", "\"\"''"))


def curly(text: str) -> str:
    opened = re.sub(r'(^|[\s(\[—–-])"', "\\1“", text, flags=re.MULTILINE)
    return opened.replace('"', "”")


def shifted(word: str, by: int = 3) -> str:
    """The same letters moved ``by`` places in the alphabet, case kept: "Trump" → "Wuxps"."""
    return "".join(chr((ord(c) - base + by) % 26 + base)
                   for c in word for base in [ord("A") if c.isupper() else ord("a")])


def renamer(split: Path, count: int):
    """The rewrite that replaces the ``count`` most frequent names of the gold sources: their
    capitalised words that the texts write in lower case less than once in a hundred
    ("president", "house" and "white" are words; "trump" is not)."""
    found: Counter[str] = Counter()
    for ann in (split / "attributions").glob("*.ann"):
        for source in _SOURCE.findall(ann.read_text(encoding="utf-8")):
            found.update(_CAPITALISED.findall(source))
    words = Counter(re.findall(r"[A-Za-z]+", " ".join(
        path.read_text(encoding="utf-8") for path in (split / "text").glob("*.txt"))))
    names = [name for name, _ in found.most_common()
             if words[name.lower()] * 100 < words[name]][:count]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    return lambda text: pattern.sub(lambda m: shifted(m.group(1)), text)


def figures(split: Path, scorer: Path) -> dict:
    articles = [(txt, extract_statements(txt.read_text(encoding="utf-8")))
                for txt, _ in choose_annotations(split)]
    return reference_figures(scorer, split, articles)


def variant(split: Path, rewrite, folder: Path) -> Path:
    """A copy of ``split`` whose texts are rewritten; the rewrite must keep every offset."""
    shutil.copytree(split, folder)
    for path in (folder / "text").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        changed = rewrite(text)
        if len(changed) != len(text):
            raise SystemExit(f"{path.name}: a rewrite moved the offsets")
        path.write_text(changed, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR split directory (text/, attributions/)")
    parser.add_argument("--scorer", type=Path,
                        help="the reference scorer (default: score.py beside the split)")
    parser.add_argument("--names", type=int, default=40)
    args = parser.parse_args(argv)
    scorer = args.scorer or args.split.parent / "score.py"
    rewrites = {"straight": straight, "curly": curly,
                "renamed": renamer(args.split, args.names)}
    rows = {"original": figures(args.split, scorer)}
    with tempfile.TemporaryDirectory() as tmp:
        for name, rewrite in rewrites.items():
            rows[name] = figures(variant(args.split, rewrite, Path(tmp) / name), scorer)
    print(f"{'variant':<10} " + " ".join(f"{k[:14]:>14}" for k in REFERENCE_KEYS))
    for name, row in rows.items():
        print(f"{name:<10} " + " ".join(f"{row[k]:>14.3f}" for k in REFERENCE_KEYS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
