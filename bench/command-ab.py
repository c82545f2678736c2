#!/usr/bin/env python3
"""The one-output case's encode, plain and with each part of avengine's ffmpeg command added, interleaved.

Answers whether avengine's command line itself (the whitelists, -progress pipe:1, level-tagged stderr, the setts
filter, -filter_complex, -threads) costs encode time against the plain command, on the same input and machine.
Uses the embedded ffmpeg from ~/.javacpp/cache (run avengine or bench/transcode.py once first).

Usage: bench/command-ab.py INPUT.mp4 [ROUNDS]   (bench/transcode.py leaves its 1080p input in bench/work/data/...)
"""
import subprocess, time, statistics, glob, os, sys
ff = sorted(glob.glob(os.path.expanduser("~/.javacpp/cache/ffmpeg-*/org/bytedeco/ffmpeg/*/ffmpeg")))[-1]
env = dict(os.environ, LD_LIBRARY_PATH=os.path.dirname(ff))
src = sys.argv[1]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "command-ab"); os.makedirs(out, exist_ok=True)
X264 = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-b:v", "3000000"]
AAC = ["-c:a", "aac", "-b:a", "128000", "-ar", "48000", "-ac", "2"]
base = [ff, "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
wl = ["-protocol_whitelist", "file", "-format_whitelist", "mov,mp4,matroska,webm"]
bsf = ["-bsf:v", "setts=duration=if(gt(DURATION*TB\\,10)*gt(DURATION\\,100*PREV_INDURATION)*gt(PREV_INDURATION\\,0)\\,PREV_INDURATION\\,DURATION)"]
fc = ["-filter_complex", "[0:v:0]null[vs0];[vs0]scale=1280:720,setsar=1[v0];[0:a:0]anull[a1]", "-map", "[v0]"]
V = {
 "plain": base + ["-i", src, "-vf", "scale=1280:720,setsar=1", *X264, *AAC, "-movflags", "+faststart", f"{out}/a.mp4"],
 "threads3": base + ["-i", src, "-vf", "scale=1280:720,setsar=1", *X264, "-threads", "3", *AAC, "-movflags", "+faststart", f"{out}/b.mp4"],
 "fc": base + ["-i", src, *fc, *X264, "-map", "[a1]", *AAC, "-movflags", "+faststart", f"{out}/c.mp4"],
 "bsf": base + bsf + ["-i", src, "-vf", "scale=1280:720,setsar=1", *X264, *AAC, "-movflags", "+faststart", f"{out}/d.mp4"],
 "full": [ff, "-hide_banner", "-nostdin", "-nostats", "-loglevel", "level+info", "-progress", "pipe:1", "-y", *wl, *bsf, "-i", src, *fc, *X264, "-threads", "3", "-map", "[a1]", *AAC, "-movflags", "+faststart", "-f", "mp4", f"{out}/e.mp4"],
}
t = {k: [] for k in V}
for r in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
    for k, cmd in V.items():
        s = time.time(); subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); t[k].append(time.time() - s)
    print(r, {k: round(v[-1], 2) for k, v in t.items()}, flush=True)
for k, v in t.items(): print(k, round(statistics.median(v), 2))
