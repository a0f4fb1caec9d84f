"""The invariance bench's rewrites keep every offset and rename people, not words."""

from __future__ import annotations

import importlib.util
import sys

from hypothesis import given
from hypothesis import strategies as st

from projects import ROOT

sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("bench_invariance", ROOT / "bench" / "invariance.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


@given(st.text(alphabet="ab “”‘’\"'(—\n", max_size=60))
def test_the_quotation_mark_rewrites_keep_every_offset(text):
    for rewrite in (bench.straight, bench.curly):
        assert len(rewrite(text)) == len(text)
    assert "“" not in bench.straight(text) and '"' not in bench.curly(text)


def test_curly_opens_after_a_space_and_closes_elsewhere():
    assert bench.curly('He said "no." ("Yes")') == "He said “no.” (“Yes”)"


def test_a_name_is_shifted_in_the_alphabet_with_its_case():
    assert bench.shifted("Trump") == "Wuxps"
    assert bench.shifted("Zoe") == "Crh"


def test_the_renamer_takes_the_sources_names_not_their_words(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "President Obama said the House would vote. The president and the house agreed.\n"
    (tmp_path / "text/a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions/a_x.ann").write_text(
        "T1\tSource 0 15\tPresident Obama\nT2\tSource 26 35\tthe House\n", encoding="utf-8")
    rewrite = bench.renamer(tmp_path, 10)
    assert rewrite(text) == text.replace("Obama", "Redpd")
