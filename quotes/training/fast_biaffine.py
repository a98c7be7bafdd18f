"""A matrix-multiply ``BiaffineScorer`` for CPU training.

stanza's tagger scores tag pairs with ``torch.nn.Bilinear``, whose CPU kernel
dominates training time.  The same bilinear form can be computed with one
matmul and an elementwise product.  The patch keeps the module's parameters
(``W_bilin.weight`` of shape ``(out, in1, in2)`` and ``W_bilin.bias``) so saved
models are byte-for-byte compatible with stock stanza, and the outputs are
numerically identical up to float rounding.
"""
from __future__ import annotations

import torch


def bilinear(x1: torch.Tensor, x2: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """``y[..., o] = x1 · W[o] · x2 + b[o]``, as ``torch.nn.functional.bilinear``."""
    out_dim, in1, in2 = weight.shape
    # (..., in1) @ (in1, out*in2) -> (..., out, in2), then contract in2 with x2
    projected = (x1 @ weight.permute(1, 0, 2).reshape(in1, out_dim * in2)).view(*x1.shape[:-1], out_dim, in2)
    return (projected * x2.unsqueeze(-2)).sum(-1) + bias


def _forward(self, input1: torch.Tensor, input2: torch.Tensor) -> torch.Tensor:
    input1 = torch.cat([input1, input1.new_ones(*input1.shape[:-1], 1)], -1)
    input2 = torch.cat([input2, input2.new_ones(*input2.shape[:-1], 1)], -1)
    return bilinear(input1, input2, self.W_bilin.weight, self.W_bilin.bias)


def install() -> None:
    """Route stanza's ``BiaffineScorer.forward`` through :func:`bilinear`."""
    from stanza.models.common import biaffine

    biaffine.BiaffineScorer.forward = _forward
