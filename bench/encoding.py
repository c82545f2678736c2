#!/usr/bin/env python3
"""Encoder choices: quality, bitrate and speed of each qualityTuningLevel, measured on a generated clip.

Makes a 1280x720 25 fps clip with ffmpeg itself (moving test pattern with film-like grain, so that the encoders have
detail to spend bits on), encodes it as avengine does for each MediaConvert qualityTuningLevel (x264 at constant
quality CRF 23 = QVBR level 7; VP9 at constant quality CRF 32), and measures against the clip: SSIM and PSNR (ffmpeg's
ssim and psnr filters), the bitrate, and the encoder's CPU time (user + system of the ffmpeg process, which stays
meaningful on a busy machine where wall time does not). Each encode runs with one thread so that CPU time compares
like with like. Writes the table into docs/encoding.md between its markers and prints it.

Usage: bench/encoding.py [--ffmpeg PATH] [--seconds N]
       (PATH defaults to the embedded ffmpeg that avengine unpacks under ~/.javacpp/cache)
"""
import argparse
import glob
import os
import re
import resource
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "encoding.md"
CASES = [
    ("H.264", "SINGLE_PASS (default)", ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23"]),
    ("H.264", "(previous default: faster)", ["-c:v", "libx264", "-preset", "faster", "-crf", "23"]),
    ("H.264", "SINGLE_PASS_HQ", ["-c:v", "libx264", "-preset", "medium", "-crf", "23"]),
    ("H.264", "MULTI_PASS_HQ", ["-c:v", "libx264", "-preset", "slow", "-crf", "23"]),
    ("VP9", "SINGLE_PASS (default)", ["-c:v", "libvpx-vp9", "-deadline", "good", "-cpu-used", "4", "-row-mt", "1",
                                      "-tile-columns", "2", "-crf", "32", "-b:v", "0"]),
    ("VP9", "SINGLE_PASS_HQ", ["-c:v", "libvpx-vp9", "-deadline", "good", "-cpu-used", "2", "-row-mt", "1",
                               "-tile-columns", "2", "-crf", "32", "-b:v", "0"]),
    ("VP9", "MULTI_PASS_HQ", ["-c:v", "libvpx-vp9", "-deadline", "good", "-cpu-used", "1", "-row-mt", "1",
                              "-tile-columns", "2", "-crf", "32", "-b:v", "0"]),
]


def embedded_ffmpeg():
    found = sorted(glob.glob(os.path.expanduser("~/.javacpp/cache/ffmpeg-*/org/bytedeco/ffmpeg/*/ffmpeg")))
    if not found:
        raise SystemExit("No embedded ffmpeg under ~/.javacpp/cache; run avengine once or pass --ffmpeg")
    return found[-1]


def run(ffmpeg, args):
    env = dict(os.environ, LD_LIBRARY_PATH=str(Path(ffmpeg).parent))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([ffmpeg, "-hide_banner", "-nostdin", "-y", *args], env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done.stderr, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(ffmpeg, source, encoded, seconds):
    log, _ = run(ffmpeg, ["-i", encoded, "-i", source, "-lavfi", "[0:v][1:v]ssim;[0:v][1:v]psnr", "-f", "null", "-"])
    ssim = float(re.search(r"SSIM .*All:([0-9.]+)", log).group(1))
    psnr = float(re.search(r"PSNR .*average:([0-9.inf]+)", log).group(1))
    kbps = Path(encoded).stat().st_size * 8 / seconds / 1000
    return ssim, psnr, kbps


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ffmpeg", default=None)
    parser.add_argument("--seconds", type=int, default=5)
    a = parser.parse_args()
    ffmpeg = a.ffmpeg or embedded_ffmpeg()
    rows = []
    with tempfile.TemporaryDirectory(prefix="avengine-encoding-") as work:
        source = f"{work}/source.mkv"
        run(ffmpeg, ["-f", "lavfi", "-i", f"testsrc2=size=1280x720:rate=25:duration={a.seconds}",
                     "-vf", "noise=alls=10:allf=t", "-c:v", "ffv1", source])
        for codec, level, options in CASES:
            encoded = f"{work}/out.{'mp4' if codec == 'H.264' else 'webm'}"
            _, cpu = run(ffmpeg, ["-i", source, *options, "-pix_fmt", "yuv420p", "-threads", "1", encoded])
            ssim, psnr, kbps = measure(ffmpeg, source, encoded, a.seconds)
            rows.append(f"| {codec} | {level} | {' '.join(options[1:])} | {kbps:.0f} | {ssim:.4f} | {psnr:.2f} | "
                        f"{cpu / (a.seconds * 25) * 1000:.1f} |")
    table = "\n".join(["Measured with `bench/encoding.py` on a {}s 1280x720 25 fps generated clip (testsrc2 with grain), "
                       "one encoder thread:".format(a.seconds), "",
                       "| codec | qualityTuningLevel | encoder options | kb/s | SSIM | PSNR dB | CPU ms/frame |",
                       "|---|---|---|---|---|---|---|", *rows])
    text = DOC.read_text()
    start, end = "<!-- bench:encoding:start -->", "<!-- bench:encoding:end -->"
    DOC.write_text(text[:text.index(start) + len(start)] + "\n" + table + "\n" + text[text.index(end):])
    print(table)


if __name__ == "__main__":
    main()
