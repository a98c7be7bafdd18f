"""The ``quotes show`` page in a real browser: Debian's headless chromium.

The page's script writes the number of highlighted quotes into the DOM, so a
dumped DOM with the right counts proves that the browser parsed the page and
ran its script; a screenshot proves it paints.  Without chromium the test is
skipped, unless ``QUOTES_REQUIRE_BROWSER=1`` (set in CI, after
``.ci/install-browser``) turns the missing browser into a failure.
"""
from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "001_803cbf9a1516f828.txt"
GOLD = REPO / "gold" / "001_803cbf9a1516f828.yaml"
WIDTH, HEIGHT = 1280, 2000

pytestmark = [
    pytest.mark.parser,
    pytest.mark.skipif(not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
                       reason="embedded models not trained yet"),
]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if found is None:
        message = "chromium not installed (run .ci/install-browser, or apt-get install chromium)"
        if os.environ.get("QUOTES_REQUIRE_BROWSER") == "1":
            pytest.fail(f"QUOTES_REQUIRE_BROWSER=1 but {message}")
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    """The page of a seed article with its gold file, and the expected quote counts."""
    from quotes import Extractor
    from quotes.evaluation import load_gold
    from quotes.html import render_article_html

    text = SEED.read_text(encoding="utf-8")
    quotes = Extractor().extract(text)
    gold = load_gold(GOLD)
    path = tmp_path_factory.mktemp("show") / "page.html"
    path.write_text(render_article_html(text, quotes, title=SEED.name, gold=gold), encoding="utf-8")
    return path, len(quotes), len(gold.quotes)


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def dump_dom(chromium: str, page: Path, profile: Path) -> str:
    done = run_chromium(chromium, profile, "--dump-dom", page.as_uri())
    assert "<body" in done.stdout, f"no DOM dumped; chromium said: {done.stderr[-2000:]}"
    return done.stdout


def test_the_page_renders_and_its_script_counts_the_highlights(chromium, page, tmp_path) -> None:
    path, predicted, gold = page
    body = re.search(r"<body[^>]*>", dump_dom(chromium, path, tmp_path / "profile")).group()
    assert f'data-quote-count="{predicted}"' in body, body
    assert f'data-gold-count="{gold}"' in body, body


def test_clicking_a_quote_pins_its_details(chromium, page, tmp_path) -> None:
    path, _, _ = page
    clicked = tmp_path / "clicked.html"
    script = "<script>document.querySelector('.quote').click()</script></body>"
    clicked.write_text(path.read_text(encoding="utf-8").replace("</body>", script), encoding="utf-8")
    dom = dump_dom(chromium, clicked, tmp_path / "profile")
    details = re.search(r'<dl id="details-list">(.*?)</dl>', dom, re.S)
    assert details and "<dt>Speaker</dt>" in details.group(1) and "<dt>Quote</dt>" in details.group(1)
    assert re.search(r'<div class="panel pinned" id="details">', dom)


def test_the_page_paints(chromium, page, tmp_path) -> None:
    path, _, _ = page
    shot = tmp_path / "page.png"
    done = run_chromium(chromium, tmp_path / "profile", "--hide-scrollbars", f"--screenshot={shot}",
                        f"--window-size={WIDTH},{HEIGHT}", path.as_uri())
    assert shot.is_file(), f"no screenshot; chromium said: {done.stderr[-2000:]}"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)
    # a blank page of this size compresses to a few kilobytes; text and highlights do not
    assert len(data) > 30_000, f"screenshot of {len(data)} bytes: is the page blank?"
