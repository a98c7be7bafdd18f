"""``quotes show`` and its renderer ``quotes.html``.

The renderer is tested on hand-made ``Quote`` records (no parser); one test
runs the real command on a seed article.  Pages are read back with the
standard library's ``html.parser`` so that well-formedness is checked, not
assumed.
"""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.cli import main
from quotes.html import Mark, paragraphs, render_article_html, render_inline
from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS
from quotes.records import Quote, Span

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SEED = "seeds/001_803cbf9a1516f828.txt"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}

needs_models = pytest.mark.skipif(
    not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
    reason="embedded models not trained yet")


class Page(HTMLParser):
    """A page read back: fails on a crossed or unclosed tag; collects what tests look at."""

    def __init__(self, markup: str):
        super().__init__()
        self.stack: list[str] = []
        self.quotes: list[dict[str, str]] = []  # attributes of each (first) quote element
        self.sources: list[dict[str, str]] = []
        self.text: dict[str, list[str]] = {}  # side -> paragraph texts
        self.side: str | None = None
        self.feed(markup)
        self.close()
        assert not self.stack, f"unclosed: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        classes = found.get("class", "").split()
        if "p" in self.stack:
            assert tag == "span", f"<{tag}> inside a paragraph"
        if tag == "section":
            self.side = found["data-side"]
        if tag == "p" and self.side:
            self.text.setdefault(self.side, []).append("")
        if "quote" in classes:
            self.quotes.append(found)
        if "source" in classes:
            self.sources.append(found)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "section":
            self.side = None

    def handle_data(self, data: str) -> None:
        if "p" in self.stack and self.side:
            self.text[self.side][-1] += data

    def side_quotes(self, side: str) -> list[dict[str, str]]:
        """The quotes of one side by index (the page has them in text order)."""
        return sorted((q for q in self.quotes if q.get("data-side") == side), key=lambda q: int(q["data-index"]))


def quote(text: str, part: str, type: str = "indirect", speaker: str | list[str] | None = "Ann Lee",
          **spans: str) -> Quote:
    """A Quote on ``part`` of ``text``, with cue/mention/title_span on other parts."""
    start = text.index(part)
    made = {name: Span.of(text, text.index(value), text.index(value) + len(value)) for name, value in spans.items()}
    return Quote(part, start, start + len(part), type, speaker=speaker, kind="person" if speaker else None, **made)


def article_paragraphs(text: str) -> list[str]:
    return [text[a:b] for a, b in paragraphs(text)]


# --------------------------------------------------------------------------
# The renderer


def test_text_and_attributes_are_escaped() -> None:
    text = 'Tom & Jerry said <script>alert("x")</script> was "fine".\nThen <b>more</b> & more.'
    q = quote(text, '<script>alert("x")</script> was "fine"', speaker='<img src=x onerror="y">&',
              cue="said", mention="Tom & Jerry")
    page = render_article_html(text, [q], title="<title>&")
    assert "<script>alert" not in page and "<b>more" not in page and "<img src=x" not in page
    parsed = Page(page)
    assert parsed.text["pred"] == article_paragraphs(text)
    assert parsed.quotes[0]["data-speaker"] == '<img src=x onerror="y">&'
    assert "<title>quotes: &lt;title&gt;&amp;</title>" in page


def test_one_highlight_per_quote_with_its_details() -> None:
    text = "Ann Lee said the plan works. Bob Roe said it fails.\n“No,” said Cy."
    quotes = [quote(text, "the plan works", cue="said", mention="Ann Lee"),
              quote(text, "it fails", speaker="Bob Roe"),
              quote(text, "No,", type="direct", speaker=None)]
    parsed = Page(render_article_html(text, quotes))
    assert len(parsed.quotes) == 3
    assert [q["data-index"] for q in parsed.quotes] == ["0", "1", "2"]
    assert [q["data-type"] for q in parsed.quotes] == ["indirect", "indirect", "direct"]
    first = parsed.quotes[0]
    assert first["data-cue"] == "said" and first["data-mention"] == "Ann Lee" and "Ann Lee" in first["title"]
    assert parsed.text["pred"] == article_paragraphs(text)


def test_each_speaker_has_one_colour_and_unattributed_is_grey() -> None:
    text = "A said one. B said two. A said three. Someone said four."
    quotes = [quote(text, "one", speaker="A"), quote(text, "two", speaker="B"),
              quote(text, "three", speaker="A"), quote(text, "four", speaker=None)]
    colours = [next(c for c in q["class"].split() if c.startswith("s"))
               for q in Page(render_article_html(text, quotes)).quotes]
    assert colours[0] == colours[2] != colours[1]
    assert colours[3] == "s-none" and "s-none" not in colours[:3]


def test_sources_list_counts_quotes_per_speaker() -> None:
    text = "A said one. B said two. A said three. Both said four. Someone said five."
    quotes = [quote(text, "one", speaker="A"), quote(text, "two", speaker="B"),
              quote(text, "three", speaker="A"), quote(text, "four", speaker=["A", "B"]),
              quote(text, "five", speaker=None)]
    rows = Page(render_article_html(text, quotes)).sources
    assert [(r["data-source"], r["data-count"]) for r in rows] == [
        ("A", "2"), ("B", "1"), ("A & B", "1"), ("(unattributed)", "1")]


@pytest.mark.parametrize("spans", [
    # (quote, mention, cue) as text parts; each case crosses or nests differently
    ("said the plan, Ann", "Ann Lee", "said"),          # quote's end inside the mention
    ("Lee said the plan", "Ann Lee", "said"),           # mention's end inside the quote, cue inside too
    ("Ann Lee said the plan", "Ann Lee", "said"),        # mention and cue nested at the quote's start
])
def test_crossing_spans_give_well_formed_markup(spans: tuple[str, str, str]) -> None:
    text = "Yesterday Ann Lee said the plan, Ann Lee told us, would work."
    part, mention, cue = spans
    quotes = [quote(text, part, mention=mention, cue=cue),
              quote(text, "the plan, Ann Lee told us, would work", speaker="Bob")]
    parsed = Page(render_article_html(text, quotes))  # asserts balanced tags
    assert len(parsed.quotes) == 2
    assert parsed.text["pred"] == [text]


def test_a_quote_across_paragraphs_is_split_into_one_highlight_and_continuations() -> None:
    text = "He said: “We will win.\n\nAnd we will rebuild.”\n\nThat was all."
    q = quote(text, "We will win.\n\nAnd we will rebuild.", type="direct")
    page = render_article_html(text, [q])
    parsed = Page(page)
    assert len(parsed.quotes) == 1
    assert page.count('class="quote-more') == 1
    assert parsed.text["pred"] == ["He said: “We will win.", "And we will rebuild.”", "That was all."]


def test_offsets_outside_the_text_are_clamped() -> None:
    text = "Short text."
    page = render_article_html(text, [Quote("text.", 6, 99, "direct")])
    assert Page(page).text["pred"] == [text]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 3)), max_size=8))
def test_any_overlap_of_spans_is_well_formed_and_keeps_the_text(raw: list[tuple[int, int, int]]) -> None:
    text = "abcdefghij klmnopqrst uvwxyz 0123"
    marks = [Mark(min(a, b), max(a, b), rank, f'<span class="m{i}">', f'<span class="m{i} more">')
             for i, (a, b, rank) in enumerate(raw)]
    opened: set[int] = set()
    markup = render_inline(text, 0, len(text), marks, opened)
    parsed = Page(f'<section data-side="x"><p>{markup}</p></section>')
    assert parsed.text["x"] == [text]
    for i, mark in enumerate(marks):  # one first element per non-empty mark
        assert markup.count(f'<span class="m{i}">') == (mark.start < mark.end)


def test_paragraphs_are_lines_or_blank_line_separated_blocks() -> None:
    assert article_paragraphs("One.\nTwo.\n  Three.  \n") == ["One.", "Two.", "Three."]
    assert article_paragraphs("One wrapped\nline.\n\n  \nTwo.\n") == ["One wrapped\nline.", "Two."]
    assert article_paragraphs("") == []


def test_the_page_is_self_contained() -> None:
    text = "Ann Lee said the plan works."
    page = render_article_html(text, [quote(text, "the plan works")])
    assert "http://" not in page and "https://" not in page and "@import" not in page
    assert "<script src" not in page and "<link" not in page


def test_plain_rendering_does_not_import_the_harness() -> None:
    code = ("import sys; from quotes.html import render_article_html; from quotes.records import Quote; "
            "render_article_html('A said b.', [Quote('b', 7, 8, 'indirect')]); "
            "print(sorted(m for m in sys.modules if m.startswith('quotes.evaluation')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------
# Gold beside predictions


@pytest.fixture
def tiny_gold():
    from quotes.evaluation import load_gold

    return load_gold(DATA / "gold_ok" / "tiny.yaml")


def predictions(text: str) -> list[Quote]:
    return [
        Quote("We will not stop,", 1, 18, "direct", speaker="Amal Saad"),                # matches gold 0
        quote(text, "the campaign would go on", speaker="Reuters"),                       # gold 3, wrong speaker
        quote(text, "Prime Minister Benjamin Netanyahu", speaker=None),                  # false positive
    ]


def test_gold_mode_marks_misses_false_positives_and_wrong_speakers(tiny_gold) -> None:
    text = tiny_gold.article_text
    page = render_article_html(text, predictions(text), gold=tiny_gold)
    parsed = Page(page)
    pred, gold = parsed.side_quotes("pred"), parsed.side_quotes("gold")
    assert [q["data-status"] for q in pred] == ["match", "wrong-speaker", "false-positive"]
    assert [q["data-status"] for q in gold] == ["match", "miss", "miss", "wrong-speaker"]
    assert [q.get("data-pair") for q in pred] == ["0", "3", None]
    assert [q.get("data-pair") for q in gold] == ["0", None, None, "1"]
    assert parsed.text["gold"] == parsed.text["pred"] == article_paragraphs(text)
    assert "Misses (2)" in page and "False positives (1)" in page
    # the gold speaker matching a predicted one shares its colour
    colour = [c for c in pred[0]["class"].split() if c.startswith("s")]
    assert colour == [c for c in gold[0]["class"].split() if c.startswith("s")]


def test_a_partial_gold_file_scores_no_misses_or_false_positives(tiny_gold) -> None:
    partial = dataclasses.replace(tiny_gold, status="partial")
    parsed = Page(render_article_html(partial.article_text, predictions(partial.article_text), gold=partial))
    statuses = {q["data-status"] for q in parsed.quotes}
    assert "miss" not in statuses and "false-positive" not in statuses and "unscored" in statuses


def test_gold_for_another_text_is_refused(tiny_gold) -> None:
    with pytest.raises(ValueError, match="labels another text"):
        render_article_html("Other text.", [], gold=tiny_gold)


# --------------------------------------------------------------------------
# The command


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["show", *argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing.txt", "missing.txt: cannot read"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: (tmp / "bin.txt").write_bytes(b"\x7fELF\x00\x00\x01") and tmp / "bin.txt", "binary file"),
])
def test_an_unreadable_article_is_one_line_and_status_1(tmp_path, capsys, make, message) -> None:
    status, out, err = run_main(capsys, str(make(tmp_path)))
    assert status == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("gold, message", [
    ("tests/data/gold_bad/many_errors.yaml", "more: run `quotes gold check"),
    ("tests/data/gold_bad/invalid_yaml.yaml", "invalid YAML"),
    ("tests/data/nope.yaml", "nope.yaml: no such file"),
    ("gold/000_ef3f80558b5d478c.yaml", "whose text differs from"),
])
def test_a_bad_gold_file_is_one_line_and_status_1(capsys, monkeypatch, gold, message) -> None:
    monkeypatch.chdir(REPO)
    status, out, err = run_main(capsys, SEED, "--gold", gold)
    assert status == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parser
@needs_models
def test_show_a_seed_article_with_the_real_model(tmp_path) -> None:
    out = tmp_path / "page.html"
    done = subprocess.run([sys.executable, "-m", "quotes", "show", SEED, "-o", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    parsed = Page(out.read_text(encoding="utf-8"))
    assert parsed.quotes, "no quote highlighted in the seed article"
    assert sum(int(row["data-count"]) for row in parsed.sources) == len(parsed.quotes)
    assert parsed.text["pred"] == article_paragraphs((REPO / SEED).read_text(encoding="utf-8"))


@pytest.mark.parser
@needs_models
def test_show_with_gold_and_an_unwritable_output(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    gold = "gold/001_803cbf9a1516f828.yaml"
    status, out, err = run_main(capsys, SEED, "--gold", gold)
    assert status == 0, err
    parsed = Page(out)
    assert parsed.side_quotes("pred") and parsed.side_quotes("gold")
    status, out, err = run_main(capsys, SEED, "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert status == 1 and "cannot write" in err and len(err.strip().splitlines()) == 1
