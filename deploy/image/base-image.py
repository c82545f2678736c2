#!/usr/bin/env python3
"""Builds avengine's container base image as a Docker-format tar, without a Docker daemon or registry.

The image is assembled from this machine: a Java runtime made with jlink from the local JDK, and the
shared libraries (glibc, libstdc++, libpulse and the rest) that this runtime and the embedded FFmpeg
binaries load, found with ldd. Jib (`./mvnw jib:buildTar`) puts avengine on top of it as `tar://`.

Usage: deploy/image/base-image.py [--jdk /usr/lib/jvm/...] [--out target/avengine-base.tar]
Needs: a JDK 17+ with jlink, ldd, and the FFmpeg binaries extracted once (any avengine start or test does it).
"""
import argparse
import glob
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.naming.dns,"
           "jdk.httpserver,jdk.jfr,jdk.localedata")
UID = 1000


def jlink(jdk, target):
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run([str(jdk / "bin" / "jlink"), "--add-modules", MODULES, "--strip-debug", "--no-header-files",
                    "--no-man-pages", "--compress=2", "--output", str(target)], check=True)


def ffmpeg_dir():
    found = [f for f in glob.glob(str(Path.home() / ".javacpp/cache/**/ffmpeg"), recursive=True) if os.path.isfile(f)]
    if not found:
        raise SystemExit("No extracted FFmpeg under ~/.javacpp/cache: start avengine or run a test once first")
    return Path(found[0]).parent


def libraries(binaries, extra_path):
    """Every shared library the binaries load, outside the folders that travel with them."""
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(str(p) for p in extra_path))
    libs = set()
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            parts = line.split()
            path = parts[2] if "=>" in parts and len(parts) > 2 else parts[0]
            if path.startswith("/") and not any(os.path.realpath(path).startswith(str(p)) for p in extra_path):
                libs.add(os.path.normpath(path))
    return sorted(libs)


def add_file(tar, source, name):
    info = tar.gettarinfo(os.path.realpath(source), arcname=name)
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    with open(os.path.realpath(source), "rb") as f:
        tar.addfile(info, f)


def add_text(tar, name, text, mode=0o644):
    data = text.encode()
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), mode
    tar.addfile(info, io.BytesIO(data))


def add_dir(tar, name, mode=0o755, uid=0):
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.uid, info.gid = tarfile.DIRTYPE, mode, uid, uid
    tar.addfile(info)


def layer(runtime, libs, path):
    with tarfile.open(path, "w") as tar:
        for d in ("etc", "tmp", "home", "opt", "lib64", "usr", "usr/lib"):
            add_dir(tar, d, 0o1777 if d == "tmp" else 0o755)
        add_dir(tar, "home/avengine", uid=UID)
        add_text(tar, "etc/passwd", f"root:x:0:0:root:/root:/sbin/nologin\navengine:x:{UID}:{UID}::/home/avengine:/sbin/nologin\n")
        add_text(tar, "etc/group", f"root:x:0:\navengine:x:{UID}:\n")
        add_text(tar, "etc/nsswitch.conf", "hosts: files dns\n")
        tar.add(runtime, arcname="opt/java")
        parents = sorted({str(parent) for lib in libs for parent in Path(lib.lstrip("/")).parents if str(parent) != "."})
        for parent in parents:
            if parent not in ("lib64", "usr", "usr/lib"):
                add_dir(tar, parent)
        for lib in libs:
            add_file(tar, lib, lib.lstrip("/"))


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def image(layer_path, out):
    config = {"architecture": "amd64", "os": "linux",
              "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "HOME=/home/avengine"],
                         "User": str(UID), "WorkingDir": "/home/avengine"},
              "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha256(layer_path)]}}
    config_bytes = json.dumps(config).encode()
    manifest = [{"Config": "config.json", "RepoTags": ["avengine-base:local"], "Layers": ["layer.tar"]}]
    with tarfile.open(out, "w") as tar:
        add_text(tar, "config.json", config_bytes.decode())
        add_text(tar, "manifest.json", json.dumps(manifest))
        tar.add(layer_path, arcname="layer.tar")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jdk", default=str(Path(os.path.realpath(shutil.which("java"))).parents[1]))
    parser.add_argument("--out", default=str(ROOT / "target" / "avengine-base.tar"))
    args = parser.parse_args()
    work = ROOT / "target" / "base-image"
    work.mkdir(parents=True, exist_ok=True)
    runtime = work / "java"
    jlink(Path(args.jdk), runtime)
    ffmpeg = ffmpeg_dir()
    binaries = [runtime / "bin" / "java", *runtime.glob("lib/**/*.so"), ffmpeg / "ffmpeg", ffmpeg / "ffprobe"]
    libs = libraries(binaries, [runtime.resolve(), ffmpeg.resolve()])
    layer(runtime, libs, work / "layer.tar")
    image(work / "layer.tar", args.out)
    print(f"{args.out}: Java runtime from {args.jdk} and {len(libs)} shared libraries")


if __name__ == "__main__":
    main()
