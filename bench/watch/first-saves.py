#!/usr/bin/env python3
"""The first saves of a fresh `lake render --watch` session, as the person sees them.

Starts `lake render lake.yaml --watch` on the example (its lake.json converted to YAML in a temporary
folder), waits, then saves the lake every GAP seconds, alternating the first entry's claim with and
without a few more words, and prints how long each re-render took: from the "changed:" line the watch
prints to its "rendered" line (the 250 ms quiet period before it is not counted).

    python3 bench/watch/first-saves.py [--saves 8] [--gap 1.5] [--idle 15] [--java-home DIR]

Needs the jar (./mvnw -q -pl lake-cli -am package -DskipTests) and the example's lake.json
(./mvnw -q -pl examples -am -DskipTests package exec:java). Keeps the launcher's archives in the user's
cache, as a person's runs would; make them first (LAKE_ARCHIVE=wait lake render ...) so that no
training run competes with the session. Issue 16.
"""
import argparse, os, re, subprocess, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument("--saves", type=int, default=8)
ap.add_argument("--gap", type=float, default=1.5)
ap.add_argument("--idle", type=float, default=15.0, help="seconds from the watch's first render to the first save")
ap.add_argument("--java-home", default=os.environ.get("JAVA_HOME", ""))
args = ap.parse_args()

work = tempfile.mkdtemp()
lake = os.path.join(work, "lake.yaml")
env = dict(os.environ)
if args.java_home:
    env["JAVA_HOME"] = args.java_home
subprocess.run([os.path.join(root, "lake"), "convert", os.path.join(root, "examples/target/lake/lake.json"), "--to", "yaml",
                "--out", lake], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
watch = subprocess.Popen([os.path.join(root, "lake"), "render", lake, "--watch", "--out", os.path.join(work, "out")],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=work)
lines = []
threading.Thread(target=lambda: [lines.append((time.monotonic(), l.rstrip())) for l in watch.stdout], daemon=True).start()
started = time.monotonic()
while not any(l.startswith("watching ") for _, l in lines):
    if watch.poll() is not None:
        raise SystemExit("the watch stopped: " + "\n".join(l for _, l in lines))
    time.sleep(0.01)
print("start and first render: %.0f ms" % ((time.monotonic() - started) * 1000))
time.sleep(args.idle)

original = open(lake, encoding="utf-8").read()
claim = re.search(r'claim: "(.*)"', original)
edited = original.replace(claim.group(0), 'claim: "%s, on every run"' % claim.group(1), 1)
for i in range(args.saves):
    with open(lake + ".tmp", "w", encoding="utf-8") as f:
        f.write(edited if i % 2 == 0 else original)
    os.replace(lake + ".tmp", lake)
    time.sleep(args.gap)
watch.terminate()
watch.wait()

times = []
for i, (at, line) in enumerate(lines):
    if line.startswith("changed: "):
        done = next((t for t, l in lines[i + 1:] if l.startswith("rendered ") or "nothing was rendered" in l), None)
        if done is not None:
            times.append((done - at) * 1000)
print("re-renders, save by save (ms): " + " ".join("%.0f" % t for t in times))
if len(times) != args.saves:
    raise SystemExit("expected %d re-renders, saw %d" % (args.saves, len(times)))
