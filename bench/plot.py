#!/usr/bin/env python3
"""Draws docs/benchmarks.png from docs/benchmarks.json: every ratio of avengine to its baseline, with its target."""
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"one": "1 output", "single": "4 outputs", "ladder": "HLS ladder", "audio": "100 audio jobs",
          "delivery": "delivery", "chunked": "chunked"}


def main():
    data = json.loads((ROOT / "docs" / "benchmarks.json").read_text())
    bars = [(f"{LABELS.get(case, case)}\nvs {base}", ratio) for case, figures in data.items()
            for base, ratio in figures.get("ratios", {}).items()]
    fig, ax = plt.subplots(figsize=(max(6, 1.3 * len(bars)), 4.5))
    for i, (label, ratio) in enumerate(bars):
        met = ratio["value"] <= ratio["target"] if ratio["better"] == "lower" else ratio["value"] >= ratio["target"]
        ax.bar(i, ratio["value"], color="#3a7d44" if met else "#c0392b")
        ax.hlines(ratio["target"], i - 0.4, i + 0.4, colors="black", linestyles="dashed")
        ax.text(i, ratio["value"] + 0.02, f"{ratio['value']:.2f}", ha="center", fontsize=8)
    ax.set_xticks(range(len(bars)), [label for label, _ in bars], fontsize=8)
    ax.set_ylabel("avengine / baseline (dashed: target)")
    ax.set_title("avengine against plain ffmpeg and nginx (medians; green = target met)")
    fig.tight_layout()
    fig.savefig(ROOT / "docs" / "benchmarks.png", dpi=110)


if __name__ == "__main__":
    main()
