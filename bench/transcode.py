#!/usr/bin/env python3
"""Benchmark: avengine jobs against plain ffmpeg doing the same work, on the same machine, in one run.

Cases (--case one|single|ladder|all, default all):
  one    - from the same 1080p input of 30 s, one MP4 1280x720 H.264 3 Mb/s + AAC 128 kb/s.
  single - issue "transcoder core": from a 1080p input of 30 s, make MP4 1280x720 H.264 3 Mb/s + AAC 128 kb/s,
           WebM 854x480 VP9 1 Mb/s + Opus 96 kb/s, MP3 128 kb/s, and one WebP still 640x360.
  ladder - issue "adaptive streaming": from a 1080p input of 20 s, a 5-rendition HLS ladder (1920x1080, 1280x720,
           960x540, 640x360, 480x270 H.264 + AAC, 6 s segments, TS) with its multivariant playlist.
Contenders, each run REPEAT times, interleaved so that machine noise hits all alike:
  avengine  - CreateJob over the REST API, submit-to-COMPLETE time (GetJob polled every 50 ms)
  single    - the best hand-written single ffmpeg command: one decode, split, every encode in one process
  per-output- one ffmpeg command per output (rendition), run one after another (each decodes the input)
Writes each case's section of docs/benchmarks.md (medians and ratios) between its own markers, leaving the other
case's section as it was, and prints it.

Usage: bench/transcode.py [--case single|ladder|all] [--repeat N] [--port P (a free one by default)]
       (builds target/avengine.jar first if missing)
"""
import argparse
import hashlib
import hmac
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"
DOC = ROOT / "docs" / "benchmarks.md"
SECONDS = 30
LADDER_SECONDS = 20
SEGMENT = 6
# the ladder's renditions: name modifier, width, height, video bitrate
RUNGS = [("_1080p", 1920, 1080, 6000000), ("_720p", 1280, 720, 3500000), ("_540p", 960, 540, 2000000),
         ("_360p", 640, 360, 1000000), ("_270p", 480, 270, 400000)]


FFMPEG_ENV = dict(os.environ)


def sh(args, **kw):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=FFMPEG_ENV, **kw)


# The access key the benchmark's avengine nodes accept on the transcode API (as --avengine.transcode.access-keys).
ACCESS_KEY = ("bench", "bench-access-secret")
ACCESS_KEY_OPTIONS = [f"--avengine.transcode.access-keys[0].id={ACCESS_KEY[0]}",
                      f"--avengine.transcode.access-keys[0].secret={ACCESS_KEY[1]}"]


def signed_headers(method, url, body):
    """AWS Signature Version 4 headers for a transcode API request, as the AWS SDKs sign MediaConvert requests."""
    parts = urllib.parse.urlsplit(url)
    amz_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    day = amz_date[:8]
    query = sorted((urllib.parse.quote(urllib.parse.unquote(k), safe="~"), urllib.parse.quote(urllib.parse.unquote(v), safe="~"))
                   for k, _, v in (pair.partition("=") for pair in parts.query.split("&") if pair))
    headers = {"host": parts.netloc, "x-amz-date": amz_date}
    if body is not None:
        headers["content-type"] = "application/json"
    names = sorted(headers)
    canonical = "\n".join([method, urllib.parse.quote(parts.path or "/", safe="/~"), "&".join(f"{k}={v}" for k, v in query),
                           *(f"{name}:{headers[name]}" for name in names), "", ";".join(names),
                           hashlib.sha256(body or b"").hexdigest()])
    scope = f"{day}/us-east-1/mediaconvert/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + ACCESS_KEY[1]).encode()
    for part in (day, "us-east-1", "mediaconvert", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    result = {"X-Amz-Date": amz_date, "Authorization": f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY[0]}/{scope}, "
                                                       f"SignedHeaders={';'.join(names)}, Signature={signature}"}
    if body is not None:
        result["Content-Type"] = "application/json"
    return result


def http(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"}
    if "/2017-08-29/" in url:
        headers = signed_headers(method, url, data)
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def start_avengine(port, data_dir):
    jar = ROOT / "target" / "avengine.jar"
    if not jar.exists():
        sh([str(ROOT / "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=ROOT)
    log = open(WORK / "avengine.log", "w")
    process = subprocess.Popen(["java", "-jar", str(jar), f"--server.port={port}", f"--avengine.data-dir={data_dir}",
                                "--avengine.transcode.worker.concurrency=1", *ACCESS_KEY_OPTIONS], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"avengine exited with {process.returncode}; see bench/work/avengine.log")
        try:
            health = http("GET", f"http://127.0.0.1:{port}/actuator/health")
            if health.get("status") == "UP":
                return process, health
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    raise SystemExit("avengine did not start; see bench/work/avengine.log")


def free_port():
    """A port nothing listens on, so that the health check cannot reach another avengine (another bench's)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ffmpeg_paths(health):
    """The ffmpeg avengine itself runs; the embedded build finds its libraries through LD_LIBRARY_PATH."""
    details = health["components"]["ffmpeg"]["details"]
    FFMPEG_ENV["LD_LIBRARY_PATH"] = str(Path(details["ffmpegPath"]).parent)
    return details["ffmpegPath"], details["ffprobePath"]


def job_settings(source, destination):
    def group(outputs):
        return {"name": "File Group", "outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                "fileGroupSettings": {"destination": destination}}, "outputs": outputs}
    h264 = {"codec": "H_264", "h264Settings": {"rateControlMode": "VBR", "bitrate": 3000000}}
    vp9 = {"codec": "VP9", "vp9Settings": {"rateControlMode": "VBR", "bitrate": 1000000}}
    return {"inputs": [{"fileInput": source}], "outputGroups": [group([
        {"nameModifier": "_720p", "containerSettings": {"container": "MP4"},
         "videoDescription": {"width": 1280, "height": 720, "codecSettings": h264},
         "audioDescriptions": [{"codecSettings": {"codec": "AAC", "aacSettings": {"bitrate": 128000, "sampleRate": 48000,
                                                                                   "codingMode": "CODING_MODE_2_0"}}}]},
        {"nameModifier": "_480p", "containerSettings": {"container": "WEBM"},
         "videoDescription": {"width": 854, "height": 480, "codecSettings": vp9},
         "audioDescriptions": [{"codecSettings": {"codec": "OPUS", "opusSettings": {"bitrate": 96000, "sampleRate": 48000,
                                                                                     "channels": 2}}}]},
        {"nameModifier": "_audio", "containerSettings": {"container": "RAW"},
         "audioDescriptions": [{"codecSettings": {"codec": "MP3", "mp3Settings": {"bitrate": 128000, "sampleRate": 48000,
                                                                                   "channels": 2, "rateControlMode": "CBR"}}}]},
        {"nameModifier": "_poster", "extension": "webp", "containerSettings": {"container": "RAW"},
         "videoDescription": {"width": 640, "height": 360, "codecSettings": {"codec": "FRAME_CAPTURE",
                              "frameCaptureSettings": {"framerateNumerator": 1, "framerateDenominator": 10,
                                                       "maxCaptures": 1, "quality": 80}}}}])]}


X264 = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-b:v", "3000000"]
AAC = ["-c:a", "aac", "-b:a", "128000", "-ar", "48000", "-ac", "2"]
VP9 = ["-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-deadline", "good", "-cpu-used", "4", "-row-mt", "1",
       "-tile-columns", "1", "-b:v", "1000000"]
OPUS = ["-c:a", "libopus", "-b:a", "96000", "-ar", "48000", "-ac", "2"]
MP3 = ["-c:a", "libmp3lame", "-b:a", "128000", "-ar", "48000", "-ac", "2"]
WEBP = ["-c:v", "libwebp", "-quality", "80", "-frames:v", "1"]


def single_command(ffmpeg, source, out):
    graph = ("[0:v:0]split=3[a][b][c];[a]scale=1280:720,setsar=1[v720];[b]scale=854:480,setsar=1[v480];"
             "[c]fps=1/10,scale=640:360,setsar=1[vp];[0:a:0]asplit=3[a1][a2][a3]")
    return [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", source, "-filter_complex", graph,
            "-map", "[v720]", "-map", "[a1]", *X264, *AAC, "-movflags", "+faststart", f"{out}/single_720p.mp4",
            "-map", "[v480]", "-map", "[a2]", *VP9, *OPUS, f"{out}/single_480p.webm",
            "-map", "[a3]", *MP3, f"{out}/single_audio.mp3",
            "-map", "[vp]", *WEBP, f"{out}/single_poster.webp"]


def one_settings(source, destination):
    settings = job_settings(source, destination)
    settings["outputGroups"][0]["outputs"] = settings["outputGroups"][0]["outputs"][:1]
    return settings


def one_command(ffmpeg, source, out):
    return [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", source,
            "-vf", "scale=1280:720,setsar=1", *X264, *AAC, "-movflags", "+faststart", f"{out}/one_720p.mp4"]


def per_output_commands(ffmpeg, source, out):
    base = [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", source]
    return [base + ["-vf", "scale=1280:720,setsar=1", *X264, *AAC, "-movflags", "+faststart", f"{out}/each_720p.mp4"],
            base + ["-vf", "scale=854:480,setsar=1", *VP9, *OPUS, f"{out}/each_480p.webm"],
            base + ["-vn", *MP3, f"{out}/each_audio.mp3"],
            base + ["-an", "-vf", "fps=1/10,scale=640:360,setsar=1", *WEBP, f"{out}/each_poster.webp"]]


def ladder_settings(source, destination):
    aac = {"codecSettings": {"codec": "AAC", "aacSettings": {"bitrate": 128000, "sampleRate": 48000,
                                                             "codingMode": "CODING_MODE_2_0"}}}
    outputs = [{"nameModifier": name, "containerSettings": {"container": "M3U8"},
                "videoDescription": {"width": width, "height": height, "codecSettings": {"codec": "H_264", "h264Settings": {
                    "rateControlMode": "VBR", "bitrate": bitrate, "gopSize": 2, "gopSizeUnits": "SECONDS"}}},
                "audioDescriptions": [aac]} for name, width, height, bitrate in RUNGS]
    return {"inputs": [{"fileInput": source}], "outputGroups": [{"name": "Apple HLS", "outputGroupSettings": {
        "type": "HLS_GROUP_SETTINGS", "hlsGroupSettings": {"destination": destination, "segmentLength": SEGMENT,
                                                            "minSegmentLength": 0}}, "outputs": outputs}]}


def rung_encoders(index, bitrate):
    """A rendition's encoders exactly as avengine runs them for ladder_settings (read from its DEBUG log):
    x264 `veryfast` (SINGLE_PASS), VBR = target bitrate, GOP 2 s = 60 frames, keyframes forced at each segment
    boundary; AAC-LC 128 kb/s 48 kHz stereo."""
    v, a = f":v:{index}", f":a:{index}"
    return [f"-c{v}", "libx264", f"-pix_fmt{v}", "yuv420p", f"-preset{v}", "veryfast", f"-b{v}", str(bitrate),
            f"-g{v}", "60", f"-force_key_frames{v}", f"expr:gte(t,n_forced*{SEGMENT})",
            f"-c{a}", "aac", f"-b{a}", "128000", f"-ar{a}", "48000", f"-ac{a}", "2"]


def hls_muxer(out, prefix, names=None):
    """ffmpeg's hls muxer as avengine sets it; with names, one media playlist per variant and the multivariant one."""
    args = ["-f", "hls", "-hls_time", str(SEGMENT), "-hls_playlist_type", "vod", "-start_number", "1",
            "-hls_segment_type", "mpegts"]
    if not names:
        return args + ["-hls_segment_filename", f"{out}/{prefix}_%05d.ts", f"{out}/{prefix}.m3u8"]
    stream_map = " ".join(f"v:{i},a:{i},name:{name}" for i, name in enumerate(names))
    return args + ["-var_stream_map", stream_map, "-master_pl_name", f"{prefix}.m3u8",
                   "-hls_segment_filename", f"{out}/{prefix}%v_%05d.ts", f"{out}/{prefix}%v.m3u8"]


def ladder_single_command(ffmpeg, source, out):
    """One decode, the picture split once per size and scaled once, five x264 + five AAC encodes, one hls muxer
    writing the five media playlists and the multivariant playlist."""
    n = len(RUNGS)
    graph = (f"[0:v:0]split={n}" + "".join(f"[s{i}]" for i in range(n)) + ";"
             + ";".join(f"[s{i}]scale={w}:{h},setsar=1[v{i}]" for i, (_, w, h, _) in enumerate(RUNGS))
             + f";[0:a:0]asplit={n}" + "".join(f"[a{i}]" for i in range(n)))
    command = [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", source, "-filter_complex", graph]
    for i, (_, _, _, bitrate) in enumerate(RUNGS):
        command += ["-map", f"[v{i}]", "-map", f"[a{i}]", *rung_encoders(i, bitrate)]
    return command + hls_muxer(out, "single", [name for name, _, _, _ in RUNGS])


def ladder_per_rendition_commands(ffmpeg, source, out):
    """One ffmpeg per rendition, each decoding the whole input and writing its own media playlist."""
    return [[ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", source,
             "-map", "0:v:0", "-map", "0:a:0", "-vf", f"scale={w}:{h},setsar=1", *rung_encoders(0, bitrate),
             *hls_muxer(out, "each" + name)] for name, w, h, bitrate in RUNGS]


def timed(commands):
    start = time.perf_counter()
    for command in commands:
        sh(command)
    return time.perf_counter() - start


def run_job(port, settings):
    base = f"http://127.0.0.1:{port}/2017-08-29/jobs"
    start = time.perf_counter()
    job = http("POST", base, {"settings": settings})["job"]
    while job["status"] in ("SUBMITTED", "PROGRESSING"):
        time.sleep(0.05)
        job = http("GET", f"{base}/{job['id']}")["job"]
    elapsed = time.perf_counter() - start
    if job["status"] != "COMPLETE":
        raise SystemExit(f"avengine job ended {job['status']}: {job.get('errorMessage')}")
    return elapsed


def make_input(ffmpeg, target, seconds):
    sh([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
        f"testsrc2=size=1920x1080:rate=30:duration={seconds}", "-f", "lavfi", "-i",
        f"sine=frequency=440:sample_rate=48000:duration={seconds}", "-c:v", "libx264", "-preset", "veryfast",
        "-b:v", "8M", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(target)])


def interleave(repeat, contenders):
    """Runs each contender once per round, in the given order, REPEAT rounds; returns the times by name."""
    results = {name: [] for name in contenders}
    for i in range(repeat):
        for name, run in contenders.items():
            results[name].append(run())
        print(f"round {i + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), flush=True)
    return results


def single_case(port, ffmpeg, data_dir, out, repeat):
    source = data_dir / "storage" / "bench" / "in" / "input.mp4"
    if not source.exists():
        make_input(ffmpeg, source, SECONDS)
    settings = job_settings("s3://bench/in/input.mp4", "s3://bench/out/")
    run_job(port, settings)  # warm-up: JIT, ffmpeg extraction, page cache
    return interleave(repeat, {
        "avengine": lambda: run_job(port, settings),
        "single": lambda: timed([single_command(ffmpeg, str(source), out)]),
        "per-output": lambda: timed(per_output_commands(ffmpeg, str(source), out))})


def one_case(port, ffmpeg, data_dir, out, repeat):
    source = data_dir / "storage" / "bench" / "in" / "input.mp4"
    if not source.exists():
        make_input(ffmpeg, source, SECONDS)
    settings = one_settings("s3://bench/in/input.mp4", "s3://bench/one/")
    run_job(port, settings)  # warm-up: JIT, ffmpeg extraction, page cache
    return interleave(repeat, {
        "avengine": lambda: run_job(port, settings),
        "single": lambda: timed([one_command(ffmpeg, str(source), out)])})


def ladder_case(port, ffmpeg, data_dir, out, repeat):
    source = data_dir / "storage" / "bench" / "in" / "ladder.mp4"
    make_input(ffmpeg, source, LADDER_SECONDS)
    warm = data_dir / "storage" / "bench" / "in" / "warm.mp4"
    make_input(ffmpeg, warm, 2)
    run_job(port, ladder_settings("s3://bench/in/warm.mp4", "s3://bench/warm/master"))  # warm-up: JIT, page cache
    settings = ladder_settings("s3://bench/in/ladder.mp4", "s3://bench/ladder/master")
    return interleave(repeat, {
        "avengine": lambda: run_job(port, settings),
        "single": lambda: timed([ladder_single_command(ffmpeg, str(source), out)]),
        "per-output": lambda: timed(ladder_per_rendition_commands(ffmpeg, str(source), out))})


CASES = {"one": one_case, "single": single_case, "ladder": ladder_case}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=[*CASES, "all"], default="all")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--port", type=int, default=0, help="avengine's port; by default a free one")
    args = parser.parse_args()
    args.port = args.port or free_port()
    shutil.rmtree(WORK, ignore_errors=True)
    data_dir = WORK / "data"
    (data_dir / "storage" / "bench" / "in").mkdir(parents=True)
    out = WORK / "plain"
    out.mkdir()
    process, health = start_avengine(args.port, data_dir)
    try:
        ffmpeg, _ = ffmpeg_paths(health)
        version = health["components"]["ffmpeg"]["details"].get("version", "?")
        for name in (CASES if args.case == "all" else [args.case]):
            load_start = os.getloadavg()[0]
            results = CASES[name](args.port, ffmpeg, data_dir, out, args.repeat)
            load = (load_start, os.getloadavg()[0])
            write_section(name, REPORTS[name](results, args.repeat, version, load))
            record(name, results, TARGETS[name])
    finally:
        process.terminate()
        process.wait(timeout=60)


def medians_and_ratios(results, per_output_label, per_output_target=None):
    med = {k: statistics.median(v) for k, v in results.items()}
    vs_single = med["avengine"] / med["single"]
    round_single = statistics.median(a / b for a, b in zip(results["avengine"], results["single"]))
    lines = contenders(results) + [
        "",
        "| ratio | value | target | met |",
        "|---|---:|---:|---|",
        f"| avengine / best single ffmpeg command | {vs_single:.3f} | ≤ {SINGLE_TARGET:.2f} | "
        f"{'yes' if vs_single <= SINGLE_TARGET else 'no'} |",
    ]
    if "per-output" not in results:
        return lines + ["", f"Median of the per-round ratios: {round_single:.3f}."]
    vs_each = med["avengine"] / med["per-output"]
    round_each = statistics.median(a / b for a, b in zip(results["avengine"], results["per-output"]))
    return lines + [
        f"| avengine / one ffmpeg per {per_output_label} | {vs_each:.3f} | "
        + (f"≤ {per_output_target:.2f} | {'yes' if vs_each <= per_output_target else 'no'} |" if per_output_target else "— | — |"),
        "",
        f"Median of the per-round ratios (each round runs the three back to back): {round_single:.3f} against the single "
        f"command, {round_each:.3f} against one command per {per_output_label}.",
    ]


def contenders(results):
    """The table of each contender's median and runs, in seconds."""
    lines = ["| contender | median (s) | runs (s) |", "|---|---:|---|"]
    for name, values in results.items():
        lines.append(f"| {name} | {statistics.median(values):.2f} | {', '.join(f'{v:.2f}' for v in values)} |")
    return lines


def machine(repeat, version, load):
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return [
        f"Machine: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}; ffmpeg {version}; "
        f"{repeat} rounds; run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        f"Load average (1 min) when the case started and ended: {load[0]:.2f} and {load[1]:.2f} on {os.cpu_count()} "
        "cores; a load above the core count means other work shared the machine, which widens the spread of the runs "
        "but hits every contender alike, since the rounds interleave them.",
    ]


def one_report(results, repeat, version, load):
    return [
        "## One job, one output",
        "",
        f"Input: 1920x1080, 30 fps, {SECONDS} s, H.264 + AAC. Output: MP4 1280x720 H.264 3 Mb/s + AAC 128 kb/s. "
        "The plain ffmpeg command is the one any user would write for it.",
        "",
        *medians_and_ratios(results, "output"),
        "",
        *machine(repeat, version, load),
    ]


def single_report(results, repeat, version, load):
    return [
        "## One job, four outputs (transcoder core)",
        "",
        f"Input: 1920x1080, 30 fps, {SECONDS} s, H.264 + AAC. Outputs: MP4 1280x720 H.264 3 Mb/s + AAC, "
        "WebM 854x480 VP9 1 Mb/s + Opus, MP3 128 kb/s, WebP still 640x360.",
        "",
        *medians_and_ratios(results, "output", PER_OUTPUT_TARGET),
        "",
        *machine(repeat, version, load),
        "",
        "avengine's time runs from CreateJob to the GetJob that reports COMPLETE, so it includes the API, the queue "
        "claim, probing the input, publishing the outputs to the store and probing them for `outputGroupDetails`.",
    ]


def ladder_report(results, repeat, version, load):
    sizes = ", ".join(f"{w}x{h} {b / 1e6:g} Mb/s" for _, w, h, b in RUNGS)
    return [
        "## A five-rendition HLS ladder (adaptive streaming)",
        "",
        f"Input: 1920x1080, 30 fps, {LADDER_SECONDS} s, H.264 + AAC. One HLS group, {SEGMENT} s TS segments, "
        f"five renditions H.264 + AAC 128 kb/s: {sizes}; VBR, `SINGLE_PASS`, GOP 2 s.",
        "",
        "The hand-written commands use the encoder settings avengine's own ffmpeg command has for this job "
        "(as `JobExecution` logs it at DEBUG): x264 `-preset veryfast`, `-b:v` the target bitrate, `-g 60`, keyframes "
        f"forced every {SEGMENT} s (`-force_key_frames expr:gte(t,n_forced*{SEGMENT})`), AAC-LC 128 kb/s 48 kHz "
        "stereo. *single* decodes once, splits the picture five ways, scales each once and writes all five media "
        "playlists and the multivariant playlist with one `hls` muxer and a `-var_stream_map`; *per-output* runs "
        "one ffmpeg per rendition, each decoding the whole input.",
        "",
        *medians_and_ratios(results, "rendition", PER_OUTPUT_TARGET),
        "",
        *machine(repeat, version, load),
        "",
        "avengine's time runs from CreateJob to the GetJob that reports COMPLETE, so it includes the API, the queue "
        "claim, probing the input, publishing the segments and playlists to the store and probing each media "
        "playlist for `outputGroupDetails`.",
    ]


REPORTS = {"one": one_report, "single": single_report, "ladder": ladder_report}
SINGLE_TARGET = 1.05
PER_OUTPUT_TARGET = 0.80
# per case: (baseline, target) pairs for the plot, as ratios avengine / baseline
TARGETS = {"one": {"single": SINGLE_TARGET}, "single": {"single": SINGLE_TARGET, "per-output": PER_OUTPUT_TARGET},
           "ladder": {"single": SINGLE_TARGET, "per-output": PER_OUTPUT_TARGET}}
RESULTS = ROOT / "docs" / "benchmarks.json"
# every section of docs/benchmarks.md in its order, whichever script writes it
SECTIONS = ["one", "single", "ladder", "audio", "api", "delivery", "memory", "burst", "chunked"]


def record(case, results, targets):
    """Keeps a transcoding case's medians and ratios (avengine / baseline, lower is better) for the plot."""
    med = {k: statistics.median(v) for k, v in results.items()}
    record_figures(case, {"unit": "s", "medians": med, "ratios": {
        base: {"value": med["avengine"] / med[base], "target": target, "better": "lower"}
        for base, target in targets.items() if base in med}})


def record_figures(case, figures):
    """Writes one case's figures to docs/benchmarks.json, from which bench/plot.py draws docs/benchmarks.png."""
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[case] = {**figures, "run": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
HEADER = [
    "# Benchmarks",
    "",
    "Measured by `bench/run` (all cases) or `bench/transcode.py` and `bench/service.py` one case at a time. Each figure is the "
    "median of its runs, interleaved with its baselines in the same run on the same machine; ratios compare medians. "
    "Each section is rewritten only by a run of its own case.",
    "",
]


def write_section(name, lines):
    """Replaces this case's section of docs/benchmarks.md (between its markers), keeping every other section."""
    text = DOC.read_text() if DOC.exists() else "\n".join(HEADER)
    if "<!-- bench:" not in text and "## One job, four outputs" in text:
        text = with_markers(text)
    section = "\n".join([marker(name, "start"), *lines, marker(name, "end")])
    pattern = re.compile(re.escape(marker(name, "start")) + ".*?" + re.escape(marker(name, "end")), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        later = [text.index(marker(other, "start")) for other in SECTIONS[SECTIONS.index(name) + 1:]
                 if marker(other, "start") in text]
        cut = min(later) if later else len(text)
        text = text[:cut].rstrip() + "\n\n" + section + "\n\n" + text[cut:].lstrip()
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text.rstrip() + "\n")
    print("\n".join(lines))


def marker(name, edge):
    return f"<!-- bench:{name}:{edge} -->"


def with_markers(text):
    """A report written before sections had markers: its single-job section (with its machine line) between markers."""
    cut = text.index("## One job, four outputs")
    machine_line = next((line for line in text[:cut].splitlines() if line.startswith("Machine:")), None)
    section = text[cut:].rstrip() + ("\n\n" + machine_line if machine_line else "")
    return "\n".join(HEADER) + "\n" + marker("single", "start") + "\n" + section + "\n" + marker("single", "end") + "\n"


if __name__ == "__main__":
    sys.exit(main())
