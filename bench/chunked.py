#!/usr/bin/env python3
"""Benchmark: chunked encoding on two worker nodes against one node, each node pinned to one core.

Makes a 3-minute 1080p 25 fps input (test pattern with grain, and a tone) with ffmpeg itself, then times one
MediaConvert job (MP4 1920x1080 H.264 QVBR + AAC, the default SINGLE_PASS tuning) from CreateJob to COMPLETE:
  one node  - one avengine JVM under `taskset -c 0`, the job not chunked (userMetadata avengine:chunked=false)
  two nodes - two avengine JVMs under `taskset -c 0` and `taskset -c 1`, the job chunked (avengine:chunked=true):
              the node that claims the job splits it, both nodes encode chunks, the first joins them
Both set-ups share one PostgreSQL (a schema of the benchmark's own, dropped afterwards) and one local object store.
Each set-up runs REPEAT times, interleaved; medians and their ratio go into docs/benchmarks.md between the
bench:chunked markers, with the command.

Usage: bench/chunked.py [--repeat N] [--seconds S] [--postgres jdbc:postgresql://127.0.0.1:5432/test] [--user postgres]
       (builds target/avengine.jar first if missing; needs java, taskset and psql)
"""
import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from transcode import ACCESS_KEY_OPTIONS, http  # noqa: E402  (signed transcode API requests)

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work" / "chunked"
DOC = ROOT / "docs" / "benchmarks.md"
RESULTS = ROOT / "docs" / "benchmarks.json"
SCHEMA = "bench_chunked"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def psql(args, sql):
    host = args.postgres.split("//")[1].split("/")[0]
    database = args.postgres.rsplit("/", 1)[1]
    subprocess.run(["psql", "-h", host.split(":")[0], "-p", host.split(":")[1], "-U", args.user, "-d", database,
                    "-q", "-c", sql], check=True,
                   env=dict(os.environ, PGOPTIONS="--client-min-messages=warning"))


def start_node(args, core, name):
    port = free_port()
    log = open(WORK / f"{name}.log", "w")
    process = subprocess.Popen([
        "taskset", "-c", str(core), "java", "-XX:ActiveProcessorCount=1", "-jar", str(ROOT / "target" / "avengine.jar"),
        f"--server.port={port}", f"--avengine.data-dir={WORK / name}",
        f"--avengine.storage.local.root={WORK / 'storage'}",
        f"--spring.datasource.url={args.postgres}?currentSchema={SCHEMA}", f"--spring.datasource.username={args.user}",
        "--spring.datasource.password=", f"--spring.flyway.schemas={SCHEMA}",
        "--avengine.transcode.worker.concurrency=1", "--avengine.transcode.chunking.concurrency=1",
        "--avengine.engine.ingest.concurrency=1", *ACCESS_KEY_OPTIONS], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 300
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"node {name} exited with {process.returncode}; see {WORK / name}.log")
        try:
            health = http("GET", f"http://127.0.0.1:{port}/actuator/health")
            if health.get("status") == "UP":
                return process, port, health
        except OSError:
            pass
        time.sleep(1)
    process.kill()
    raise SystemExit(f"node {name} did not start; see {WORK / name}.log")


def stop(nodes):
    for process, _, _ in nodes:
        process.terminate()
    for process, _, _ in nodes:
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()


def settings():
    h264 = {"codec": "H_264", "h264Settings": {"rateControlMode": "QVBR", "maxBitrate": 8000000}}
    aac = {"codec": "AAC", "aacSettings": {"bitrate": 128000, "sampleRate": 48000, "codingMode": "CODING_MODE_2_0"}}
    return {"inputs": [{"fileInput": "s3://media/in/long.mp4"}], "outputGroups": [{
        "name": "File Group", "outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                                                      "fileGroupSettings": {"destination": "s3://media/out/"}},
        "outputs": [{"nameModifier": "_1080p", "containerSettings": {"container": "MP4"},
                     "videoDescription": {"width": 1920, "height": 1080, "codecSettings": h264},
                     "audioDescriptions": [{"codecSettings": aac}]}]}]}


def run_job(port, chunked):
    started = time.time()
    job = http("POST", f"http://127.0.0.1:{port}/2017-08-29/jobs",
               {"settings": settings(), "userMetadata": {"avengine:chunked": chunked}})["job"]
    while job["status"] in ("SUBMITTED", "PROGRESSING"):
        time.sleep(0.2)
        job = http("GET", f"http://127.0.0.1:{port}/2017-08-29/jobs/{job['id']}")["job"]
    if job["status"] != "COMPLETE":
        raise SystemExit(f"job ended {job['status']}: {job.get('errorMessage')}")
    return time.time() - started


def one_run(args, two_nodes):
    psql(args, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    nodes = [start_node(args, 0, "node0")]
    if two_nodes:
        nodes.append(start_node(args, 1, "node1"))
    try:
        return run_job(nodes[0][1], "true" if two_nodes else "false")
    finally:
        stop(nodes)


def embedded_ffmpeg(args):
    """The ffmpeg avengine itself runs, as a node reports it in its health details."""
    psql(args, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    node = start_node(args, 0, "probe")
    stop([node])
    return node[2]["components"]["ffmpeg"]["details"]["ffmpegPath"]


def make_input(ffmpeg, seconds):
    target = WORK / "storage" / "media" / "in" / "long.mp4"
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, LD_LIBRARY_PATH=str(Path(ffmpeg).parent))
    subprocess.run([ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=25:duration={seconds}",
                    "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
                    "-vf", "noise=alls=8:allf=t", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18",
                    "-g", "50", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(target)], check=True, env=env)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=180)
    parser.add_argument("--postgres", default="jdbc:postgresql://127.0.0.1:5432/test")
    parser.add_argument("--user", default="postgres")
    args = parser.parse_args()
    if not (ROOT / "target" / "avengine.jar").exists():
        subprocess.run([str(ROOT / "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    make_input(embedded_ffmpeg(args), args.seconds)
    times = {False: [], True: []}
    try:
        for i in range(args.repeat):
            for two in (False, True):
                seconds = one_run(args, two)
                times[two].append(seconds)
                print(f"run {i + 1}: {'two nodes, chunked' if two else 'one node'}: {seconds:.1f} s", flush=True)
    finally:
        psql(args, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    write(args, times)


def write(args, times):
    one, two = statistics.median(times[False]), statistics.median(times[True])
    load = os.getloadavg()[0]
    section = "\n".join([
        f"### Chunked encoding: {args.seconds} s of 1080p, two nodes against one, one core each", "",
        f"`bench/chunked.py --repeat {args.repeat} --seconds {args.seconds}` on {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {load:.1f} at the end; medians of {args.repeat} runs, CreateJob to COMPLETE.", "",
        "| set-up | runs (s) | median (s) |", "|---|---|---|",
        f"| one node (`taskset -c 0`), not chunked | {', '.join(f'{t:.1f}' for t in times[False])} | {one:.1f} |",
        f"| two nodes (`taskset -c 0`, `-c 1`), chunked | {', '.join(f'{t:.1f}' for t in times[True])} | {two:.1f} |",
        "", f"Speed-up: **{one / two:.2f}×** (target ≥ 1.7×)."])
    text = DOC.read_text()
    start, end = "<!-- bench:chunked:start -->", "<!-- bench:chunked:end -->"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    DOC.write_text(text[:text.index(start) + len(start)] + "\n" + section + "\n" + text[text.index(end):])
    print(section)
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data["chunked"] = {"unit": "s", "medians": {"one node": one, "two nodes": two},
                       "ratios": {"one node (speed-up)": {"value": one / two, "target": 1.7, "better": "higher"}},
                       "run": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
