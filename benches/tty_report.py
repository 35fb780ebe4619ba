#!/usr/bin/env python3
"""Turns the JSON files of benches/tty.sh into a Markdown table for BENCHMARKS.md.

usage: tty_report.py DIR DRAFTS   (DIR holds new-empty.json, new-big.json, home-big.json,
                                   home-small.json, home-empty.json, typing.json,
                                   typing-settled.json and home-loaded.json)
"""

import datetime
import json
import os
import platform
import sys


def load(folder, name):
    with open(os.path.join(folder, name + ".json")) as f:
        return json.load(f)


def target(doc, name):
    return next(t for t in doc["targets"] if t["name"] == name)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def ms(v):
    return "n/a" if v is None else ("%.2f ms" % v if v < 10 else "%.1f ms" % v)


def noise(doc):
    h = doc["host"]
    return "other processes %.2f of %d cores, steal %.1f%%, load %s" % (
        h.get("other_cpu_cores", float("nan")), h["nproc"], 100 * h.get("steal_frac", 0.0),
        " ".join("%.2f" % x for x in h["loadavg_before"]))


def main():
    folder, drafts = sys.argv[1], int(sys.argv[2])
    docs = {n: load(folder, n) for n in ("new-empty", "new-big", "home-big", "home-small", "home-empty", "typing", "typing-settled", "home-loaded")}
    n = "{:,}".format(drafts)
    rows = []
    met_all = True

    def ratio_row(label, doc, metric, limit):
        nonlocal met_all
        blk = doc["pair"]["metrics"][metric]
        r = blk["ratio_of_medians"]
        ci = blk.get("ci95")
        ok = r is not None and r <= limit
        met_all &= ok
        rows.append("| %s | %s | %s | **%.2fx** | %s | <= %.1fx | %s |" % (
            label, ms(blk["a_median"]), ms(blk["b_median"]), r,
            "%.2f-%.2f" % tuple(ci) if ci else "", limit, "yes" if ok else "**no**"))

    ratio_row("`rung new`, empty workspace: first frame", docs["new-empty"], "time_to_text_ms", 1.3)
    ratio_row("`rung new`, %s drafts: first frame" % n, docs["new-big"], "time_to_text_ms", 1.5)
    ratio_row("home, %s drafts: first frame showing the newest drafts" % n, docs["home-big"], "time_to_text_ms", 2.0)
    ratio_row("home, 300 drafts: first frame showing the newest drafts", docs["home-small"], "time_to_text_ms", 2.0)
    ratio_row("home, empty workspace: first frame (the welcome)", docs["home-empty"], "time_to_text_ms", 2.0)
    ratio_row("typing an answer: key latency, median", docs["typing"], "key_latency_run_median_ms", 1.2)

    typing = docs["typing"]
    fp95 = target(typing, "floor")["summary"]["key_latency_ms"].get("p95")
    rp95 = target(typing, "rung")["summary"]["key_latency_ms"].get("p95")
    r = rp95 / fp95 if fp95 and rp95 else None
    ok = r is not None and r <= 1.2
    met_all &= ok
    rows.append("| typing an answer: key latency, p95 | %s | %s | **%.2fx** | | <= 1.2x | %s |" % (
        ms(fp95), ms(rp95), r or float("nan"), "yes" if ok else "**no**"))

    loaded = target(docs["home-loaded"], "rung")["summary"]
    rss = loaded["rss_hwm_kb"].get("median")
    floor_rss = target(docs["home-big"], "floor")["summary"]["rss_hwm_kb"].get("median")
    ok = rss is not None and rss <= 30 * 1024
    met_all &= ok
    rows.append("| peak RSS, home with all %s drafts read | %.1f MB | %.1f MB | %.2fx | | <= 30 MB | %s |" % (
        n, (floor_rss or 0) / 1024, (rss or 0) / 1024, (rss or 0) / (floor_rss or 1), "yes" if ok else "**no**"))

    settled = docs["typing-settled"]["pair"]["metrics"]["key_latency_run_median_ms"]
    info = [
        "| typing: key to a still screen (preview and notes redrawn), median; floor %s | %s (%.2fx) |" % (
            ms(settled["a_median"]), ms(settled["b_median"]), settled["ratio_of_medians"] or float("nan")),
        "| home: all %s drafts on screen (from spawn) | %s |" % (n, ms(loaded["time_to_text_ms"].get("median"))),
        "| home, %s drafts: moving the selection (`j`), median / p95 | %s / %s |" % (
            n, ms(loaded["key_latency_ms"].get("median")), ms(loaded["key_latency_ms"].get("p95"))),
        "| peak RSS, `rung new` with %s drafts | %.1f MB |" % (
            n, (target(docs["new-big"], "rung")["summary"]["rss_hwm_kb"].get("median") or 0) / 1024),
    ]

    print()
    print("Measured %s on %d cores (%s), Linux %s, with ttyprobe %s (pyte %s), %d runs each, %dx%d." % (
        datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        os.cpu_count(), cpu_model(), platform.release(), typing["version"],
        typing["host"]["pyte"], typing["config"]["runs"], typing["config"]["cols"], typing["config"]["rows"]))
    print()
    print("| measurement | floor | rung | rung/floor | 95% CI | target | met |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| also measured (no target) | rung |")
    print("|---|---|")
    print("\n".join(info))
    print()
    print("Noise during each run (from the probe):")
    print()
    for name, doc in docs.items():
        print("- %s: %s" % (name, noise(doc)))
    print()
    print("All targets met." if met_all else "NOT all targets met (see the rows marked no).")


if __name__ == "__main__":
    main()
