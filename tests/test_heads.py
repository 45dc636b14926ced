"""Model heads in numpy read what torch saved, and a model directory is checked when loaded."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from newssift.errors import ModelError
from newssift.heads import MLPHead, ModelDir
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
