"""Model heads in numpy read what torch saved, and a model directory is checked when loaded."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from newssift import heads
from newssift.errors import ModelError
from newssift.heads import MLPBag, MLPHead, ModelDir
from training import persuasion_fit as pf
from training.common import save_model_dir


def test_mlp_head_matches_torch_after_save_and_reload(tmp_path) -> None:
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(8, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3))
    save_model_dir(tmp_path, net.state_dict(), {"kind": "test"}, ["a", "b", "c"], "# card\n")
    model = ModelDir.load(tmp_path)
    x = np.random.default_rng(0).standard_normal((4, 8)).astype(np.float32)
    with torch.no_grad():
        expected = net(torch.from_numpy(x)).numpy()
    assert np.allclose(model.head()(x), expected, atol=1e-5)
    assert model.labels == ["a", "b", "c"] and model.config == {"kind": "test"}


def test_incomplete_model_directory_says_what_is_missing(tmp_path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelError, match=r"model\.safetensors, labels\.json"):
        ModelDir.load(tmp_path)


def test_head_needs_layers() -> None:
    with pytest.raises(ModelError):
        MLPHead.from_tensors({})


def test_bag_of_heads_gives_each_saved_nets_logits(tmp_path) -> None:
    torch.manual_seed(0)
    nets = [torch.nn.Sequential(torch.nn.Linear(8, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3))
            for _ in range(3)]
    prefixes = pf.bag_prefixes(nets, "para.")
    save_model_dir(tmp_path, pf.tensors(nets, "para."), {}, ["a", "b", "c"], "# card\n")
    bag = ModelDir.load(tmp_path).head(prefixes)
    x = np.random.default_rng(0).standard_normal((4, 8)).astype(np.float32)
    assert isinstance(bag, MLPBag) and len(bag.heads) == 3 and bag.in_dim == 8
    each = bag.each(x)
    assert each.shape == (3, 4, 3)
    for net, logits in zip(nets, each, strict=True):
        assert np.allclose(logits, pf.logits(net, x), atol=1e-5)


def test_bag_needs_heads_of_one_width() -> None:
    small = MLPHead([(np.ones((2, 4)), np.zeros(2))])
    wide = MLPHead([(np.ones((2, 6)), np.zeros(2))])
    with pytest.raises(ModelError, match="one input width"):
        MLPBag([small, wide])


def test_bagged_multilabel_head_averages_calibrated_probabilities_as_training_does(tmp_path) -> None:
    from newssift.analyzers.persuasion.model import MultiLabelHead

    torch.manual_seed(1)
    nets = [torch.nn.Sequential(torch.nn.Linear(6, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
            for _ in range(2)]
    a, b = np.array([2.0, 0.5], np.float32), np.array([-1.0, 0.3], np.float32)
    config = {"para": {"prefix": pf.bag_prefixes(nets, "p."), "platt_a": a.tolist(),
                       "platt_b": b.tolist()}}
    save_model_dir(tmp_path, pf.tensors(nets, "p."), config, ["x", "y"], "# card\n")
    head = MultiLabelHead(ModelDir.load(tmp_path), "para")
    x = np.random.default_rng(1).standard_normal((5, 6)).astype(np.float32)
    assert head.probs_each(x).shape == (2, 5, 2)
    assert np.allclose(head.probs(x), pf.bag_probs(nets, x, a, b), atol=1e-5)
    assert head.probs(x[:0]).shape == (0, 2) and head.probs_each(x[:0]).shape == (2, 0, 2)


def _naive_attention(q, k, v, bounds, heads):
    out = np.zeros_like(v)
    d = q.shape[1] // heads
    for a, b in bounds:
        for h in range(heads):
            cols = slice(h * d, (h + 1) * d)
            scores = q[a:b, cols] @ k[a:b, cols].T / np.sqrt(d)
            w = np.exp(scores - scores.max(1, keepdims=True))
            out[a:b, cols] = (w / w.sum(1, keepdims=True)) @ v[a:b, cols]
    return out


def test_sentence_attention_keeps_to_each_sentence_short_or_long() -> None:
    rng = np.random.default_rng(0)
    lengths = [3, 1, heads.LONG_SENTENCE + 40, 7] + [5] * (heads.ATTENTION_GROUP + 2)
    n = sum(lengths)
    q, k, v = (rng.standard_normal((n, 8)).astype(np.float32) for _ in range(3))
    first = np.zeros(n, bool)
    first[np.cumsum([0, *lengths[:-1]])] = True
    bounds = list(zip(np.cumsum([0, *lengths[:-1]]), np.cumsum(lengths), strict=True))
    got = heads.sentence_attention(q, k, v, first, heads=2)
    assert np.allclose(got, _naive_attention(q, k, v, bounds, 2), atol=1e-5)


def test_context_label_head_matches_the_torch_nets_it_was_saved_from(tmp_path) -> None:
    from newssift.analyzers.persuasion.model import ContextLabelHead, label_head
    from training import persuasion_context as pc

    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, 6)).astype(np.float32)
    y = (rng.random((40, 3)) < 0.3).astype(np.float32)
    first = np.zeros(40, bool)
    first[[0, 7, 8, 25]] = True
    opts = pc.ContextOptions(hidden=8, attention_heads=2, epochs=2, batch=16)
    nets = [pc.fit(x, y, first, opts), pc.fit(x, y, first, replace(opts, seed=1))]
    a, b = np.array([1.5, 0.5, 1.0], np.float32), np.array([0.0, -1.0, 0.5], np.float32)
    config = {"tokens": {"prefix": pf.bag_prefixes(nets, "tok."), "platt_a": a.tolist(),
                         "platt_b": b.tolist()} | pc.head_config(nets)}
    save_model_dir(tmp_path, pc.tensors(nets, "tok."), config, ["a", "b", "c"], "# card\n")
    head = label_head(ModelDir.load(tmp_path), "tokens")
    assert isinstance(head, ContextLabelHead) and head.in_dim == 6
    expected = np.stack([pf.sigmoid(pc.logits(n, x, first) * a + b) for n in nets])
    assert np.allclose(head.probs_each(x, first), expected, atol=1e-5)
    assert head.probs_each(x[:0], first[:0]).shape == (2, 0, 3)
