"""quotes.distributed on a real two-process Dask cluster gives the in-process result."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR, PROCESSORS

db = pytest.importorskip("dask.bag", reason="dask is not installed (pip install -e '.[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (pip install -e '.[dask]')")

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))

pytestmark = [
    pytest.mark.parser,
    pytest.mark.skipif(not all((MODELS_DIR / DEFAULT_MODEL / f"{p}.pt").is_file() for p in PROCESSORS),
                       reason="embedded models not trained yet"),
]


def test_dask_bag_on_a_local_cluster_equals_in_process_extraction() -> None:
    from quotes import Extractor
    from quotes.distributed import extract_bag

    assert SEEDS, "no seed articles"
    records = [{"id": path.name, "text": path.read_text(encoding="utf-8"), "n": n} for n, path in enumerate(SEEDS)]
    records += [{"id": "bad", "text": None}, ["not", "a", "record"], {"text": "He said it was fine."}]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        out = extract_bag(db.from_sequence(records, npartitions=2)).compute()
        workers = len(cluster.scheduler_info["workers"])
    assert workers == 2
    extractor = Extractor()
    assert [r["id"] for r in out] == [path.name for path in SEEDS] + ["bad", "record", "sha1:4c11b2f71598"]
    for record, path in zip(out, SEEDS):
        expected = [q.to_dict() for q in extractor.extract(path.read_text(encoding="utf-8"))]
        assert record["quotes"] == expected, path.name
        assert record["error"] is None and record["article"] == path.name
    assert [r["n"] for r in out[:len(SEEDS)]] == list(range(len(SEEDS)))
    assert out[-3]["error"] == 'bad: "text" must be a string, got null'
    assert out[-2]["error"] == 'record: expected an object with "id" and "text", got a list'
    assert out[-1]["error"] is None  # no id: named after its text, the same on every run
