#!/usr/bin/env python3
"""Benchmark: 500 jobs created through the API in one burst (issue "scale-out": all accepted, all finish).

50 clients send CreateJob at once, 10 each, each job a 1 s tone to MP3 (so the burst, not the transcoding, is
what is measured), to one node with the default roles (it serves the API and runs 2 jobs at a time meanwhile).
Reports create latency (median, p99, max), how many were accepted, and the time until every job was COMPLETE.
Not a test: nothing is asserted but that every job is accepted and completes. Writes the "burst" section of
docs/benchmarks.md and its figures to docs/benchmarks.json.

Usage: bench/burst.py [--jobs 500] [--clients 50]   (builds target/avengine.jar first if missing)
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import transcode as tc  # noqa: E402
import service  # noqa: E402


def settings(destination):
    return {"inputs": [{"fileInput": "s3://bench/in/tone.wav"}], "outputGroups": [{"name": "File Group",
            "outputGroupSettings": {"type": "FILE_GROUP_SETTINGS", "fileGroupSettings": {"destination": destination}},
            "outputs": [{"containerSettings": {"container": "RAW"}, "audioDescriptions": [{"codecSettings": {
                "codec": "MP3", "mp3Settings": {"bitrate": 128000, "sampleRate": 44100, "channels": 2,
                                                "rateControlMode": "CBR"}}}]}]}]}


def create(base, index):
    started = time.perf_counter()
    try:
        job = tc.http("POST", base, {"settings": settings(f"s3://bench/burst/{index}/")})["job"]
        return time.perf_counter() - started, job["id"]
    except (urllib.error.URLError, OSError) as e:
        return time.perf_counter() - started, f"failed: {e}"


def await_all(base, ids, timeout):
    deadline = time.time() + timeout
    pending = set(ids)
    while pending and time.time() < deadline:
        done = set()
        token = ""
        for status in ("COMPLETE", "ERROR"):
            token = ""
            while True:
                page = tc.http("GET", f"{base}?status={status}&maxResults=20" + (f"&nextToken={token}" if token else ""))
                for job in page["jobs"]:
                    if job["id"] in pending and status == "ERROR":
                        raise SystemExit(f"job {job['id']} ended in ERROR: {job.get('errorMessage')}")
                    done.add(job["id"])
                token = page.get("nextToken")
                if not token:
                    break
        pending -= done
        time.sleep(1)
    if pending:
        raise SystemExit(f"{len(pending)} jobs still unfinished after {timeout} s")


def report(latencies, accepted, jobs, clients, finish_seconds, load, version):
    ms = sorted(l * 1000 for l in latencies)
    p99 = ms[min(len(ms) - 1, int(round(0.99 * len(ms))) - 1)]
    return [
        "## A burst of 500 jobs",
        "",
        f"{jobs} CreateJob requests from {clients} concurrent clients to one node that runs jobs meanwhile (2 at a time); "
        "each job a 1 s tone to MP3.",
        "",
        "| accepted | create latency median | p99 | max | first create to last COMPLETE | jobs/s finished |",
        "|---|---|---|---|---|---|",
        f"| {accepted}/{jobs} | {statistics.median(ms):.0f} ms | {p99:.0f} ms | {ms[-1]:.0f} ms | "
        f"{finish_seconds:.0f} s | {jobs / finish_seconds:.1f} |",
        "",
        *tc.machine(1, version, load)[:2],
        f"Load average (1 min) when the burst started and ended: {load[0]:.2f} and {load[1]:.2f} on {os.cpu_count()} "
        "cores; a load above the core count means other work shared the machine, and both the latencies and the "
        "finishing time grow with it.",
    ], {"accepted": accepted, "jobs": jobs, "create_median_ms": statistics.median(ms), "create_p99_ms": p99,
        "create_max_ms": ms[-1], "finish_seconds": finish_seconds}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    tc.WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="burst-", dir=tc.WORK))
    (work / "storage" / "bench" / "in").mkdir(parents=True)
    port = tc.free_port()
    process, health = service.start(port, work)
    try:
        ffmpeg = tc.ffmpeg_paths(health)[0]
        tc.sh([ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
               "-ac", "2", str(work / "storage" / "bench" / "in" / "tone.wav")])
        base = f"http://127.0.0.1:{port}/2017-08-29/jobs"
        load_start = os.getloadavg()[0]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            results = list(pool.map(lambda i: create(base, i), range(args.jobs)))
        ids = [job_id for _, job_id in results if not job_id.startswith("failed")]
        await_all(base, ids, timeout=3600)
        finish = time.perf_counter() - started
        lines, figures = report([latency for latency, _ in results], len(ids), args.jobs, args.clients, finish,
                                (load_start, os.getloadavg()[0]), health["components"]["ffmpeg"]["details"].get("version", "?"))
        tc.write_section("burst", lines)
        tc.record_figures("burst", figures)
        print("\n".join(lines))
        if len(ids) != args.jobs:
            raise SystemExit(f"only {len(ids)} of {args.jobs} jobs were accepted")
    finally:
        service.stop(process)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
