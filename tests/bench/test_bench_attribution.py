"""The PolNeAR benchmark's scoring, on a tiny synthetic article and .ann written here."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from explainer.engine.model import Statement

from projects import ROOT

BENCH = ROOT / "bench" / "attribution.py"
spec = importlib.util.spec_from_file_location("bench_attribution", BENCH)
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_attribution"] = bench  # dataclasses look their module up by name
spec.loader.exec_module(bench)

TEXT = (
    "Title line\n\n"
    "“We will win,” Ann Lee said.\n\n"
    "Tom Ray said the plan would fail. Critics fear the worst.\n"
)


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def _ann() -> str:
    q, src1, cue1 = _span("“We will win,”"), _span("Ann Lee"), _span("said.")
    c2, src2 = _span("the plan would fail"), _span("Tom Ray")
    cue2 = (src2[1] + 1, src2[1] + 5)
    c3, src3, cue3 = _span("the worst"), _span("Critics"), _span("fear")
    lines = []
    for n, (content, source, cue) in enumerate(
        [(q, src1, (cue1[0], cue1[0] + 4)), (c2, src2, cue2), (c3, src3, cue3)]
    ):
        base = 4 * n
        lines += [
            f"T{base + 1}\tContent {content[0]} {content[1]}\t{TEXT[content[0] : content[1]]}",
            f"T{base + 2}\tSource {source[0]} {source[1]}\t{TEXT[source[0] : source[1]]}",
            f"T{base + 3}\tCue {cue[0]} {cue[1]}\t{TEXT[cue[0] : cue[1]]}",
            f"T{base + 4}\tAttribution {cue[0]} {cue[1]}\t{TEXT[cue[0] : cue[1]]}",
            f"E{n + 1}\tAttribution:T{base + 4} Content:T{base + 1} Cue:T{base + 3} "
            f"Source:T{base + 2}",
        ]
    lines.append("#1\tAnnotatorNotes T1\ta note\nwith a second line")
    return "\n".join(lines) + "\n"


def _stmt(i, needle, speaker, mention, kind="indirect", cue="said"):
    start, end = _span(needle)
    return Statement(f"s{i}", speaker, mention, kind, cue, start, end, needle, 1)


def test_load_ann_parses_events_and_ignores_notes():
    gold = bench.load_ann(_ann())
    assert len(gold) == 3
    assert TEXT[slice(*gold[1].content[0])] == "the plan would fail"
    assert TEXT[slice(*gold[1].source[0])] == "Tom Ray"


def test_gold_selection():
    gold = bench.load_ann(_ann())
    assert [bench.is_gold_statement(TEXT, g) for g in gold] == [True, True, False]
    assert [bench.is_direct(TEXT, g) for g in gold] == [True, False, False]


def test_lemma_and_speech_cues():
    assert bench.lemma("said") == "say"
    assert bench.lemma("argued") == "argue"
    assert bench.lemma("accusing") == "accuse"
    assert bench.cue_is_speech("according to")
    assert not bench.cue_is_speech("fear")


def test_overlap_f1():
    assert bench.overlap_f1({1, 2, 3, 4}, {1, 2, 3, 4}) == 1.0
    assert bench.overlap_f1({1, 2}, {1, 2, 3, 4, 5, 6}) == pytest.approx(0.5)
    assert bench.overlap_f1(set(), {1}) == 0.0


def test_perfect_predictions():
    gold = bench.load_ann(_ann())
    preds = [
        _stmt(1, "“We will win,”", "Ann Lee", "Ann Lee", "direct"),
        _stmt(2, "the plan would fail", "Tom Ray", "Tom Ray"),
    ]
    res = bench.evaluate(TEXT, gold, preds)
    assert (res.tp, res.fp, res.fn) == (2, 0, 0)
    assert res.direct_found == res.gold_direct == 1
    assert res.speaker_right == res.speaker_total == res.attributed_tp == 2


def test_belief_match_is_neutral_and_wrong_speaker_counts():
    gold = bench.load_ann(_ann())
    preds = [
        _stmt(1, "“We will win,”", "Tom Ray", "Tom Ray", "direct"),  # wrong speaker
        _stmt(2, "the worst", "critics", "Critics"),
    ]  # matches a belief: neutral
    res = bench.evaluate(TEXT, gold, preds)
    assert (res.tp, res.fp, res.fn, res.neutral) == (1, 0, 1, 1)
    assert res.speaker_right == res.attributed_tp == 0
    assert sum(res.fn_by.values()) == 1
    assert sum(res.speaker_err_by.values()) == 1


def test_false_positive_and_low_overlap():
    gold = bench.load_ann(_ann())
    preds = [
        _stmt(1, "Title line", "Ann Lee", "Ann Lee"),
        _stmt(2, "plan", "Tom Ray", "Tom Ray"),
    ]  # F1 0.4 < 0.5 against gold
    res = bench.evaluate(TEXT, gold, preds)
    assert (res.tp, res.fp, res.fn) == (0, 2, 2)
    assert res.fp_by["indirect"] == 2


def test_surname_matches_full_name():
    assert bench.name_tokens("Chicago Police Supt. Eddie Johnson") >= {"eddie", "johnson"}
    assert "he" not in bench.name_tokens("He")
    assert bench.name_tokens("Trump’s campaign") == {"trump"}


def test_run_on_a_split_directory(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_x1.ann").write_text(_ann(), encoding="utf-8")
    (tmp_path / "attributions" / "a_x2.ann").write_text("", encoding="utf-8")  # 2nd annotator
    total, speed, articles = bench.run(tmp_path, repeat=1)
    assert len(articles) == 1 and speed.first > 0 and speed.best > 0
    assert (total.tp, total.fp, total.fn) == (2, 0, 0)
    assert total.speaker_right == total.speaker_total == 2


SCORER = ROOT.parent / "shared" / "polnear" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared reference scorer is not here")
def test_reference_figures_are_the_scorers_on_the_clis_output(tmp_path, capsys):
    """The bench's figures are what the reference scorer prints for ``explainer extract
    --json`` over the same texts: same statements, same ruler."""
    import json
    import subprocess

    from explainer.cli import main as cli

    for name in ("text", "attributions"):
        (tmp_path / name).mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_x1.ann").write_text(_ann(), encoding="utf-8")
    _, _, articles = bench.run(tmp_path, repeat=1)
    figures = bench.reference_figures(SCORER, tmp_path, articles)
    capsys.readouterr()
    cli(["extract", "--json", str(tmp_path / "text" / "a.txt")])
    (tmp_path / "cli.json").write_text(capsys.readouterr().out, encoding="utf-8")
    command = [sys.executable, str(SCORER), str(tmp_path), str(tmp_path / "cli.json")]
    direct = subprocess.run(command, capture_output=True, text=True, check=True)
    assert figures == json.loads(direct.stdout)
    assert figures["recall"] == 1.0 and figures["speaker_accuracy"] == 1.0
