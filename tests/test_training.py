"""The training script's warm start (no training is run here)."""
from __future__ import annotations

import torch

from quotes.pipeline import DEFAULT_MODEL, MODELS_DIR
from quotes.training.__main__ import parser_checkpoint, warm_start_parser


def _load(path):
    return torch.load(path, map_location="cpu", weights_only=False)


def test_parser_warm_start_forgets_the_earlier_runs_dev_scores(tmp_path, monkeypatch):
    from stanza.models import parser

    # warm_start_parser re-points stanza's DataLoader; the test must leave it as it was
    monkeypatch.setattr(parser, "DataLoader", parser.DataLoader)
    earlier = _load(MODELS_DIR / DEFAULT_MODEL / "depparse.pt")
    earlier["dev_score_history"] = [0.7, 0.99]  # e.g. gold-tag scores a new run cannot beat
    start = tmp_path / "earlier.pt"
    torch.save(earlier, start)
    stale = parser_checkpoint(tmp_path)
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an earlier run's checkpoint")

    options = warm_start_parser(start, tmp_path)

    target = tmp_path / "models" / "depparse.pt"
    copy = _load(target)
    assert copy["dev_score_history"] == []
    assert all(torch.equal(copy["model"][k], earlier["model"][k]) for k in earlier["model"])
    assert not stale.exists()
    assert options == ["--continue_from", str(target), "--second_optim_start_step", "1"]
