#!/usr/bin/env python3
"""Benchmark: avengine as a service, against plain tools doing the same work, on the same machine, in one run.

Cases (--case audio|api|delivery|memory|all, default all):
  audio    - 100 jobs, each a 10 s WAV to MP3 128 kb/s, created in one burst through the REST API and run two at a
             time, against a shell loop of the same ffmpeg command with the same parallelism (xargs -P 2).
  api      - CreateJob and GetJob under 50 concurrent clients (wrk, 2 threads) on a node that runs no jobs:
             requests per second and latency percentiles.
  delivery - /iiif-av/ serving a 200 MB transcode (full GETs on 4 connections, 1 MiB range GETs on 16, wrk) against
             nginx serving the same file from the same disk.
  memory   - resident memory of the avengine JVM when idle, and while it runs 4 jobs at once.
Each contender runs REPEAT times, interleaved with its baseline. Writes each case's section of docs/benchmarks.md
and its figures to docs/benchmarks.json.

Usage: bench/service.py [--case audio|api|delivery|memory|all] [--repeat N]
       (needs wrk and nginx: `bin/setup --for-bench` installs them)
"""
import argparse
import base64
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import transcode as tc  # noqa: E402  (shared helpers: starting avengine, sections of docs/benchmarks.md)

AUDIO_JOBS = 100
DELIVERY_MB = 200
RANGE = "bytes=50000000-51048575"
ADMIN = ("bench-admin", "bench-secret")
FFMPEG = [None]  # the ffmpeg avengine runs, found through its health endpoint


def start(port, data_dir, *options):
    """avengine with the bench's admin credential, file:// origins under the bench folder, and the given options."""
    jar = tc.ROOT / "target" / "avengine.jar"
    if not jar.exists():
        tc.sh([str(tc.ROOT / "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=tc.ROOT)
    log = open(tc.WORK / f"avengine-{port}.log", "w")
    process = subprocess.Popen(["java", "-jar", str(jar), f"--server.port={port}", f"--avengine.data-dir={data_dir}",
                                f"--avengine.admin.key={ADMIN[0]}", f"--avengine.admin.secret={ADMIN[1]}",
                                f"--avengine.storage.inputs.file-roots={tc.WORK}", *tc.ACCESS_KEY_OPTIONS, *options],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"avengine exited with {process.returncode}; see {log.name}")
        try:
            health = tc.http("GET", f"http://127.0.0.1:{port}/actuator/health")
            if health.get("status") == "UP":
                FFMPEG[0] = tc.ffmpeg_paths(health)[0]
                return process, health
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    raise SystemExit(f"avengine did not start; see {log.name}")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        dump = subprocess.run(["jcmd", str(process.pid), "Thread.print"], capture_output=True, text=True).stdout
        (tc.WORK / f"stuck-{process.pid}.txt").write_text(dump)
        process.kill()
        raise SystemExit(f"avengine did not stop within 60 s of SIGTERM; threads in bench/work/stuck-{process.pid}.txt")


def admin(method, url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    token = base64.b64encode(f"{ADMIN[0]}:{ADMIN[1]}".encode()).decode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", "Authorization": f"Basic {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


# ---------------------------------------------------------------------------------------------------- audio

def audio_settings(source, destination):
    return {"inputs": [{"fileInput": source}], "outputGroups": [{"name": "File Group", "outputGroupSettings": {
        "type": "FILE_GROUP_SETTINGS", "fileGroupSettings": {"destination": destination}}, "outputs": [{
            "containerSettings": {"container": "RAW"}, "audioDescriptions": [{"codecSettings": {"codec": "MP3",
                "mp3Settings": {"bitrate": 128000, "sampleRate": 44100, "channels": 2, "rateControlMode": "CBR"}}}]}]}]}


def audio_burst(port, round_no):
    """Creates AUDIO_JOBS jobs at once, then waits for every one; seconds from the first create to the last COMPLETE."""
    base = f"http://127.0.0.1:{port}/2017-08-29/jobs"
    start_time = time.perf_counter()
    ids = [tc.http("POST", base, {"settings": audio_settings("s3://bench/in/tone.wav", f"s3://bench/audio/{round_no}/{i}/")})
           ["job"]["id"] for i in range(AUDIO_JOBS)]
    for job_id in ids:
        while True:
            job = tc.http("GET", f"{base}/{job_id}")["job"]
            if job["status"] not in ("SUBMITTED", "PROGRESSING"):
                break
            time.sleep(0.1)
        if job["status"] != "COMPLETE":
            raise SystemExit(f"audio job {job_id} ended {job['status']}: {job.get('errorMessage')}")
    return time.perf_counter() - start_time


def audio_loop(ffmpeg, source, out):
    """The same 100 encodes as a shell loop, two at a time."""
    script = (f'seq 1 {AUDIO_JOBS} | xargs -P 2 -I{{}} "{ffmpeg}" -hide_banner -nostdin -loglevel error -y '
              f'-i "{source}" -c:a libmp3lame -b:a 128000 -ar 44100 -ac 2 "{out}/tone_{{}}.mp3"')
    start_time = time.perf_counter()
    tc.sh(["bash", "-c", script])
    return time.perf_counter() - start_time


def audio_case(port, data_dir, repeat, version):
    ffmpeg = FFMPEG[0]
    source = data_dir / "storage" / "bench" / "in" / "tone.wav"
    tc.sh([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
           "sine=frequency=440:sample_rate=44100:duration=10", "-ac", "2", str(source)])
    out = tc.WORK / "plain-audio"
    out.mkdir(exist_ok=True)
    audio_burst(port, "warm")
    rounds = iter(range(repeat))
    results = tc.interleave(repeat, {"avengine": lambda: audio_burst(port, next(rounds)),
                                     "shell loop": lambda: audio_loop(ffmpeg, source, out)})
    med = {k: statistics.median(v) for k, v in results.items()}
    ratio = med["avengine"] / med["shell loop"]
    lines = ["## 100 short audio jobs, two at a time", "",
             f"{AUDIO_JOBS} jobs, each a 10 s 44.1 kHz stereo WAV to MP3 128 kb/s CBR, created in one burst through "
             "CreateJob and run by one node with `concurrency: 2`; the time runs from the first CreateJob to the last "
             "job seen COMPLETE. The baseline is the same ffmpeg command in a shell loop, two at a time "
             "(`seq 1 100 | xargs -P 2 ffmpeg ...`).", "",
             *tc.contenders(results), "",
             "| ratio | value | target | met |", "|---|---:|---:|---|",
             f"| avengine / shell loop | {ratio:.3f} | ≤ 1.15 | {'yes' if ratio <= 1.15 else 'no'} |", "",
             f"Per job: {med['avengine'] / AUDIO_JOBS * 1000:.0f} ms for avengine, "
             f"{med['shell loop'] / AUDIO_JOBS * 1000:.0f} ms for the loop (two at a time).", "",
             *tc.machine(repeat, version, LOAD)]
    return lines, {"unit": "s", "medians": med, "ratios": {"shell loop": {"value": ratio, "target": 1.15, "better": "lower"}}}


# ---------------------------------------------------------------------------------------------------- api

WRK_POST = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Amz-Date"] = "%s"
wrk.headers["Authorization"] = "%s"
wrk.body = [[%s]]
"""


def signed_wrk_script(url, body):
    """A wrk script that POSTs one body with a signature made now (valid for 15 minutes, like any SigV4 signature)."""
    headers = tc.signed_headers("POST", url, body.encode())
    script = tc.WORK / "create-job.lua"
    script.write_text(WRK_POST % (headers["X-Amz-Date"], headers["Authorization"], body))
    return str(script)


def signed_get(url):
    """wrk -H arguments for a GET with a signature made now."""
    return [f"{name}: {value}" for name, value in tc.signed_headers("GET", url, None).items()]


def wrk(url, connections, seconds, script=None, headers=()):
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s", "--latency"]
    if script:
        args += ["-s", script]
    for header in headers:
        args += ["-H", header]
    output = tc.sh(args + [url]).stdout
    return parse_wrk(output)


def parse_wrk(output):
    def seconds(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]

    def size(text):
        value, unit = re.match(r"([\d.]+)([KMG]?B)", text).groups()
        return float(value) * {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}[unit]
    percentiles = {p: seconds(v) for p, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M)}
    requests = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    transfer = size(re.search(r"Transfer/sec:\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    if errors or socket_errors:
        raise SystemExit("wrk saw failed requests:\n" + output)
    return {"rps": requests, "bytes_per_s": transfer, "p50": percentiles["50"], "p99": percentiles["99"]}


def api_case(port, data_dir, repeat, version):
    base = f"http://127.0.0.1:{port}/2017-08-29/jobs"
    body = json.dumps({"settings": audio_settings("s3://bench/in/tone.wav", "s3://bench/api/")})
    job_id = tc.http("POST", base, json.loads(body))["job"]["id"]
    wrk(base, 50, 5, signed_wrk_script(base, body))  # warm-up: JIT
    wrk(f"{base}/{job_id}", 50, 5, headers=signed_get(f"{base}/{job_id}"))
    runs = {"CreateJob": [], "GetJob": []}
    for i in range(repeat):
        runs["CreateJob"].append(wrk(base, 50, 15, signed_wrk_script(base, body)))
        runs["GetJob"].append(wrk(f"{base}/{job_id}", 50, 15, headers=signed_get(f"{base}/{job_id}")))
        print(f"round {i + 1}: " + ", ".join(f"{k} {v[-1]['rps']:.0f}/s p99 {v[-1]['p99'] * 1000:.1f} ms"
                                             for k, v in runs.items()), flush=True)
    lines = ["## CreateJob and GetJob under 50 concurrent clients", "",
             "wrk with 2 threads and 50 connections for 15 s per run, against a node that runs no jobs "
             "(`avengine.transcode.worker.enabled=false`) on the embedded H2 database; wrk runs on the same 2 cores. "
             "CreateJob posts a one-output job (validated, stored, its SUBMITTED event written to the outbox).", "",
             "| operation | requests/s (median) | p50 (ms) | p99 (ms) | runs (requests/s) |", "|---|---:|---:|---:|---|"]
    medians = {}
    for name, results in runs.items():
        rps = statistics.median(r["rps"] for r in results)
        p50 = statistics.median(r["p50"] for r in results) * 1000
        p99 = statistics.median(r["p99"] for r in results) * 1000
        medians[name] = {"rps": rps, "p50_ms": p50, "p99_ms": p99}
        each = ", ".join(f"{r['rps']:.0f}" for r in results)
        lines.append(f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {each} |")
    lines += ["", *tc.machine(repeat, version, LOAD)]
    return lines, {"unit": "requests/s", "medians": medians, "ratios": {}}


# ---------------------------------------------------------------------------------------------------- delivery

NGINX_CONF = """daemon off;
user root;
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  types {{ video/mp4 mp4; }}
  client_body_temp_path {work}/nginx-body;
  proxy_temp_path {work}/nginx-proxy;
  fastcgi_temp_path {work}/nginx-fastcgi;
  uwsgi_temp_path {work}/nginx-uwsgi;
  scgi_temp_path {work}/nginx-scgi;
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
"""


def delivery_asset(port, origin):
    """A finished video asset whose MP4 transcode is then replaced, in the store, by a 200 MB file."""
    api = f"http://127.0.0.1:{port}"
    customer = admin("POST", f"{api}/customers", {"name": "bench"})["id"]
    space = admin("POST", f"{api}/customers/{customer}/spaces", {"name": "delivery"})["id"]
    asset = f"{api}/customers/{customer}/spaces/{space}/images/big"
    admin("PUT", asset, {"origin": origin.as_uri(), "family": "T", "mediaType": "video/mp4"})
    deadline = time.time() + 300
    while True:
        state = admin("GET", asset)
        if state.get("finished") or state.get("error") or time.time() > deadline:
            break
        time.sleep(0.5)
    if state.get("error") or not state.get("finished"):
        raise SystemExit(f"the delivery asset did not finish: {state}")
    return customer, space


def big_file(target):
    """A 200 MB MP4-like file of incompressible bytes (content does not matter to byte delivery)."""
    with open(target, "wb") as out:
        for _ in range(DELIVERY_MB):
            out.write(os.urandom(1024 * 1024))


def delivery_case(port, data_dir, repeat, version):
    ffmpeg = FFMPEG[0]
    origin = tc.WORK / "origin.mp4"
    tc.sh([ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x180:duration=2",
           "-f", "lavfi", "-i", "sine=duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
           str(origin)])
    customer, space = delivery_asset(port, origin)
    stored = data_dir / "storage" / "avengine-storage" / str(customer) / str(space) / "big" / "full/full/max/max/0/default.mp4"
    big_file(stored)
    nginx_root = data_dir / "nginx-root"
    nginx_root.mkdir()
    os.link(stored, nginx_root / "default.mp4")  # the very same file on disk
    nginx_port = tc.free_port()
    conf = tc.WORK / "nginx.conf"
    conf.write_text(NGINX_CONF.format(work=tc.WORK, port=nginx_port, root=nginx_root))
    nginx = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(tc.WORK)], stderr=subprocess.DEVNULL)
    time.sleep(1)
    urls = {"avengine": f"http://127.0.0.1:{port}/iiif-av/{customer}/{space}/big/full/full/max/max/0/default.mp4",
            "nginx": f"http://127.0.0.1:{nginx_port}/default.mp4"}
    try:
        for url in urls.values():
            wrk(url, 4, 5)  # warm-up: JIT, page cache
        runs = {(kind, server): [] for kind in ("full", "range") for server in urls}
        for i in range(repeat):
            for server, url in urls.items():
                runs[("full", server)].append(wrk(url, 4, 15))
                runs[("range", server)].append(wrk(url, 16, 10, headers=[f"Range: {RANGE}"]))
            print(f"round {i + 1}: " + ", ".join(f"{k[0]} {k[1]} {v[-1]['bytes_per_s'] / 2 ** 20:.0f} MiB/s"
                                                 for k, v in runs.items()), flush=True)
    finally:
        nginx.terminate()
        nginx.wait(timeout=30)
    return delivery_report(runs, repeat, version)


def delivery_report(runs, repeat, version):
    lines = ["## /iiif-av/ delivery against nginx", "",
             f"One {DELIVERY_MB} MB file (the asset's MP4 transcode, replaced in the store by {DELIVERY_MB} MB of random "
             "bytes; nginx serves the same file through a hard link, with `sendfile on`). wrk: 2 threads; *full* GETs "
             f"the whole file on 4 connections for 15 s, *range* sends `Range: {RANGE}` (1 MiB, 206) on 16 connections "
             "for 10 s.", "",
             "| requests | server | MiB/s (median) | requests/s | p50 (ms) | p99 (ms) |", "|---|---|---:|---:|---:|---:|"]
    medians, ratios = {}, {}
    for (kind, server), results in runs.items():
        m = {key: statistics.median(r[key] for r in results) for key in ("rps", "bytes_per_s", "p50", "p99")}
        medians[f"{kind} {server}"] = m
        lines.append(f"| {kind} | {server} | {m['bytes_per_s'] / 2 ** 20:.0f} | {m['rps']:.1f} | {m['p50'] * 1000:.1f} | "
                     f"{m['p99'] * 1000:.1f} |")
    lines += ["", "| ratio (throughput, avengine / nginx) | value | target | met |", "|---|---:|---:|---|"]
    for kind in ("full", "range"):
        value = medians[f"{kind} avengine"]["bytes_per_s"] / medians[f"{kind} nginx"]["bytes_per_s"]
        ratios[f"nginx ({kind})"] = {"value": value, "target": 0.8, "better": "higher"}
        lines.append(f"| {kind} | {value:.3f} | ≥ 0.80 | {'yes' if value >= 0.8 else 'no'} |")
    lines += ["", *tc.machine(repeat, version, LOAD)]
    return lines, {"unit": "bytes/s", "medians": medians, "ratios": ratios}


# ---------------------------------------------------------------------------------------------------- memory

def rss_mib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory_case(port, data_dir, repeat, version, process):
    ffmpeg = FFMPEG[0]
    source = data_dir / "storage" / "bench" / "in" / "memory.mp4"
    tc.make_input(ffmpeg, source, 20)
    time.sleep(10)
    idle = [rss_mib(process.pid)]
    for _ in range(4):
        time.sleep(2)
        idle.append(rss_mib(process.pid))
    base = f"http://127.0.0.1:{port}/2017-08-29/jobs"
    busy = []
    for i in range(repeat):
        ids = [tc.http("POST", base, {"settings": tc.one_settings("s3://bench/in/memory.mp4", f"s3://bench/memory/{i}/{n}/")})
               ["job"]["id"] for n in range(4)]
        while True:
            jobs = [tc.http("GET", f"{base}/{job_id}")["job"] for job_id in ids]
            running = sum(1 for job in jobs if job["status"] == "PROGRESSING" and job.get("currentPhase") == "TRANSCODING")
            if running == 4:
                busy.append(rss_mib(process.pid))
            if all(job["status"] not in ("SUBMITTED", "PROGRESSING") for job in jobs):
                break
            time.sleep(1)
        print(f"round {i + 1}: idle {statistics.median(idle):.0f} MiB, busy max {max(busy, default=0):.0f} MiB", flush=True)
    if not busy:
        raise SystemExit("never saw four jobs transcoding at once")
    lines = ["## Service memory", "",
             "Resident set size (VmRSS) of the avengine JVM alone (ffmpeg child processes not counted), "
             "`java -jar target/avengine.jar` with the JVM's default heap settings and `concurrency: 4`: idle ten seconds "
             "after start-up, and sampled every second while four jobs (1080p 20 s to MP4 720p) were transcoding at once.",
             "", "| state | median (MiB) | max (MiB) | samples |", "|---|---:|---:|---:|",
             f"| idle | {statistics.median(idle):.0f} | {max(idle):.0f} | {len(idle)} |",
             f"| 4 jobs running | {statistics.median(busy):.0f} | {max(busy):.0f} | {len(busy)} |", "",
             *tc.machine(repeat, version, LOAD)]
    return lines, {"unit": "MiB", "medians": {"idle": statistics.median(idle), "busy": statistics.median(busy)}, "ratios": {}}


# ---------------------------------------------------------------------------------------------------- main

LOAD = (0.0, 0.0)
OPTIONS = {"audio": ["--avengine.transcode.worker.concurrency=2"],
           "api": ["--avengine.transcode.worker.enabled=false"],
           "delivery": [],
           "memory": ["--avengine.transcode.worker.concurrency=4"]}
CASES = {"audio": audio_case, "api": api_case, "delivery": delivery_case, "memory": memory_case}


def main():
    global LOAD
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=[*CASES, "all"], default="all")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("wrk") is None or shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
        raise SystemExit("wrk and nginx are needed: run bin/setup --for-bench")
    os.environ["PATH"] += os.pathsep + "/usr/sbin"
    tc.WORK.mkdir(parents=True, exist_ok=True)
    for name in (CASES if args.case == "all" else [args.case]):
        work = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=tc.WORK))
        (work / "storage" / "bench" / "in").mkdir(parents=True)
        port = tc.free_port()
        process, health = start(port, work, *OPTIONS[name])
        version = health["components"]["ffmpeg"]["details"].get("version", "?")
        try:
            start_load = os.getloadavg()[0]
            LOAD = (start_load, start_load)
            extra = (process,) if name == "memory" else ()
            lines, figures = CASES[name](port, work, args.repeat, version, *extra)
            LOAD = (start_load, os.getloadavg()[0])
            lines[-1:] = tc.machine(args.repeat, version, LOAD)[-1:]
            tc.write_section(name, lines)
            tc.record_figures(name, figures)
        finally:
            stop(process)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
