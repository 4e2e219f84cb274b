#!/usr/bin/env python3
"""Runs the README's console examples again and checks that they still print what the README shows.

Every ```console block of README.md and lake-cli/README.md whose commands are `./lake …` (run from the
repository root, after `./mvnw verify` has built the jar and the example's lake) is run as shown, each
command with its standard error merged into its standard output, as a terminal shows them. The blocks of
"Start your own lake", `lake …` typed in an empty folder, are run in one empty folder in turn, with the
launcher on the PATH and the edits the README's prose describes made between them (SETUP); the README's
copy of the worked entry `lake init` writes is checked against the file it wrote. A README line
ending in `…` stands for any line that starts with what comes before it; `… (N more lines)` for N lines;
a line `…` or `… (anything else)` for the rest of that command's output.

The applications session (`./lake apply`, `./lake applications`) runs in an empty folder of its own, where
`./lake` and `examples` lead to the repository's, with `apply` dated the day the README's session ran.

The session's `lake render … --watch` runs too: each edit the README's prose names (WATCH) is made once
the render before it has printed its last line, and the watch is stopped (SIGTERM, as Ctrl-C) after the
last one's render. So does its `lake preview`, on any free port (`--port 0`) and stopped once it watches; the
port and the name of the temporary folder it renders into stand for any (ANY).

Left out (the README says how they were made): `mvn …`, the Maven plugin's builds of projects the README
describes (the plugin's integration builds run those in the test suite).

Exits with 1 and prints each difference when an example no longer holds.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READMES = ["README.md", "lake-cli/README.md"]

# What the README's prose says to do before a command, as a command; a list for a command shown more than
# once, an item for each time (None: nothing).
SETUP = {
    "./lake verify examples/target/lake/lake.json --evidence /tmp/evidence":
        "rm -rf /tmp/evidence && cp -r examples/evidence /tmp/evidence"
        " && echo tampered >> /tmp/evidence/runs/2025-03-14/phase-gates.log",
    "mkdir -p /tmp/started": "rm -rf /tmp/started",
    # "Start your own lake": the file to pin; the anchor printed, pasted with a typo (fixed before the watch).
    "lake evidence add my-lake/evidence/reports/promotions.json":
        "mkdir -p my-lake/evidence/reports"
        " && printf '%s\\n' '{\"month\": \"2025-03\", \"gatedRuns\": 212, \"partialPromotions\": 0}'"
        " > my-lake/evidence/reports/promotions.json",
    "lake validate my-lake/lake.yaml":
        "sha=$(sha256sum my-lake/evidence/reports/promotions.json) && sed -i"
        " '/^        description: The log of the first gated run$/a\\      - kind: run-output\\n"
        "        path: reports/promotions.json\\n        sha265: '\"${sha%% *}\" my-lake/lake.yaml",
    # The applications session: the lake after three edits; then a line added to a sent letter and a torn line.
    "./lake applications diff 1 /tmp/lake-later.json":
        "python3 -c 'import json, sys; lake = json.load(open(sys.argv[1]));"
        " entries = {e[\"id\"]: e for e in lake[\"entries\"]};"
        " gates = entries[\"phase-gates\"]; gates[\"claim\"] = gates[\"claim\"].replace(\"212 gated\", \"230 gated\");"
        " entries[\"run-identity\"][\"status\"] = {\"state\": \"CURRENT\", \"asOf\": \"2026-11-20\","
        " \"progress\": \"Replays re-checked after the schema change\"};"
        " lake[\"entries\"] = [e for e in lake[\"entries\"] if e[\"id\"] != \"shard-starvation\"];"
        " json.dump(lake, open(sys.argv[2], \"w\"), indent=2)' examples/target/lake/lake.json /tmp/lake-later.json",
    "./lake applications verify": [
        None,
        "echo 'P.S. I can start in January.' >> applications/2026-12-06-acme-payments-ml-platform-engineer/cover-letter.md"
        " && printf '{\"seq\":4,\"kind\":\"sta' >> applications/ledger.jsonl"],
    # Before the watch: the typo fixed.
    "lake render my-lake/lake.yaml --out out --evidence my-lake/evidence --watch":
        "sed -i 's/sha265:/sha256:/' my-lake/lake.yaml",
}
# The edits made while a watch runs, one after each render: a claim edited, the entry wrongly marked
# TARGET, put back, then an evidence file changed behind its anchor.
WATCH = {
    "lake render my-lake/lake.yaml --out out --evidence my-lake/evidence --watch": [
        "sed -i 's/ending 3 silent partial promotions/ending 4 silent partial promotions/' my-lake/lake.yaml",
        "sed -i 's/state: ACHIEVED/state: TARGET/; s/^      on: \\(.*\\)$/      by: 2099-01-01/' my-lake/lake.yaml",
        "sed -i 's/state: TARGET/state: ACHIEVED/; s/^      by: 2099-01-01$/      on: '\"$(date +%F)\"'/' my-lake/lake.yaml",
        "echo 'a line added later' >> my-lake/evidence/runs/first-gated-run.log",
    ],
}
# Serving until stopped: run on any free port, stopped once it watches, its first render made.
PREVIEW = "lake preview my-lake/lake.yaml --evidence my-lake/evidence"
WATCH[PREVIEW] = []
EXTRA = {PREVIEW: " --port 0"}
# What differs from run to run, as it stands in a README line and in a printed one: compared as the same.
ANY = [(re.compile(r"http://127\.0\.0\.1:\d+/"), "http://127.0.0.1:PORT/"),
       (re.compile(r"/lake-preview\d+/"), "/lake-previewNUMBER/")]
# The last line of each render of a watch: the lake's counts, after a render or a refusal.
RENDERED = re.compile(r"^\S+: \d+ errors?, \d+ warnings?")
# The day the example is checked as of: the lake's TARGET dates pass later (then a warning), so the commands
# that check dates are run as of this day, whichever day the check runs.
EXAMPLE_DAY = "2026-11-27"
DATED = ("validate", "verify", "render", "coverage", "hash")
# The day of the README's applications session: in its folder names, records and hashes.
APPLIED_DAY = "2026-12-06"
LEFT_OUT = ("mvn ",)
MORE_LINES = re.compile(r"^\s*… \((\d+) more lines?\)$")


def commands(block):
    """The block as (command, the lines the README shows it printing) pairs."""
    pairs = []
    for line in block.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return pairs


def checked(pairs):
    """Whether the block is one to run: a `./lake …` or `lake …` command, none left out."""
    names = [command for command, _ in pairs]
    return (any(name.startswith(("./lake ", "lake ")) for name in names)
            and not any(name.startswith(LEFT_OUT) or (" --watch" in name and name not in WATCH) for name in names))


def in_session(pairs):
    """Whether the block belongs to "Start your own lake": `lake …` typed in the session's folder."""
    return any(command.startswith("lake ") for command, _ in pairs)


def in_applications(pairs):
    """Whether the block belongs to the applications session."""
    return any(command.startswith(("./lake apply ", "./lake applications ")) for command, _ in pairs)


def dated(command):
    """The command checking dates against the example's day (so that no date of the example passes), `apply` on the session's."""
    words = command.split(" ")
    if words[0] == "./lake" and len(words) > 1 and words[1] in DATED + ("apply",):
        return " ".join(words[:2] + ["--today=" + (APPLIED_DAY if words[1] == "apply" else EXAMPLE_DAY)] + words[2:])
    return command


def watch(command, folder, env):
    """Runs a `--watch` command, making its edits one at a time after each render; the lines it printed."""
    process = subprocess.Popen(["bash", "-c", dated(command) + EXTRA.get(command, "") + " 2>&1"], cwd=folder, env=env, text=True,
                               stdout=subprocess.PIPE, start_new_session=True)
    timer = threading.Timer(300, lambda: os.killpg(process.pid, signal.SIGKILL))
    timer.start()
    lines = []
    edits = list(WATCH[command])
    watching = False
    try:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("watching "):
                watching = True
            elif not (watching and RENDERED.match(line)):
                continue
            if edits:
                subprocess.run(["bash", "-c", edits.pop(0)], cwd=folder, env=env, check=True)
            else:
                os.killpg(process.pid, signal.SIGTERM)
        process.wait()
    finally:
        timer.cancel()
    return lines


def run(pairs, folder, env, seen):
    """Runs the block's commands in one shell in `folder`, so `echo $?` sees the command before it; their outputs."""
    marker = "@@readme-console@@"
    script = "status=0\n"
    for command, _ in pairs:
        setup = SETUP.get(command)
        if isinstance(setup, list):
            setup = setup[seen.count(command)] if seen.count(command) < len(setup) else None
        seen.append(command)
        if setup:
            script += "{ " + setup + "; } >/dev/null 2>&1\n"
        script += f"printf '%s\\n' '{marker}'; (exit $status)\n"
        script += f"{dated(command)} 2>&1; status=$?\n"
    result = subprocess.run(["bash", "-c", script], cwd=folder, capture_output=True, text=True, env=env, timeout=600)
    outputs = result.stdout.split(marker + "\n")[1:]
    return [output.splitlines() for output in outputs]


def same_but_for_any(line):
    """The line with what differs from run to run (ANY) written as a placeholder."""
    for pattern, placeholder in ANY:
        line = pattern.sub(placeholder, line)
    return line


def differences(expected, actual):
    """Where the lines the README shows stop matching the lines printed; empty when they match."""
    expected = [same_but_for_any(line) for line in expected]
    actual = [same_but_for_any(line) for line in actual]
    found = []
    at = 0
    for line in expected:
        more = MORE_LINES.match(line)
        if more:
            at += int(more.group(1))
            continue
        if line.strip() == "…" or line.lstrip().startswith("… ("):
            return found
        if at >= len(actual):
            return found + [f"  README: {line}\n  printed: nothing more"]
        if not (line == actual[at] or (line.endswith("…") and actual[at].startswith(line[:-1]))):
            found.append(f"  README: {line}\n  printed: {actual[at]}")
        at += 1
    if at < len(actual):
        found.append(f"  printed {len(actual) - at} more lines than the README shows, from: {actual[at]}")
    return found


def starter_differs(text, folder):
    """Whether the README's copy of the worked entry `lake init` writes is not in the lake it wrote (dates aside)."""
    found = re.search(r"The worked entry, as `lake init` writes it.*?```yaml\n(.*?)```", text, re.S)
    if not found:
        return "the README's copy of the worked entry is not there"
    written = (Path(folder) / "my-lake" / "lake.yaml").read_text(encoding="utf-8")
    undated = lambda yaml: re.sub(r"(?m)^( +on: )\d{4}-\d{2}-\d{2}$", r"\1DATE", yaml)
    return None if undated(found.group(1)) in undated(written) else "the worked entry differs from what lake init wrote"


def main():
    failed = 0
    checked_blocks = 0
    env = dict(os.environ, LAKE_ARCHIVE="off")
    session_env = dict(env, PATH=str(ROOT) + os.pathsep + env.get("PATH", ""))
    session = tempfile.mkdtemp(prefix="readme-session-")
    applications = tempfile.mkdtemp(prefix="readme-applications-")
    for name in ("lake", "examples"):
        os.symlink(ROOT / name, Path(applications) / name)
    seen = []
    try:
        for readme in READMES:
            text = (ROOT / readme).read_text(encoding="utf-8")
            for number, block in enumerate(re.findall(r"```console\n(.*?)```", text, re.S), start=1):
                pairs = commands(block)
                if not checked(pairs):
                    continue
                checked_blocks += 1
                folder, folder_env = (session, session_env) if in_session(pairs) else (
                    (applications, env) if in_applications(pairs) else (ROOT, env))
                if len(pairs) == 1 and pairs[0][0] in WATCH:
                    subprocess.run(["bash", "-c", SETUP.get(pairs[0][0], "true")], cwd=folder, env=folder_env, check=True)
                    outputs = [watch(pairs[0][0], folder, folder_env)]
                else:
                    outputs = run(pairs, folder, folder_env, seen)
                if len(outputs) != len(pairs):
                    failed += 1
                    print(f"{readme}, console block {number}: {len(outputs)} of its {len(pairs)} commands ran")
                if any(command.startswith("lake init ") for command, _ in pairs):
                    differs = starter_differs(text, session)
                    if differs:
                        failed += 1
                        print(f"{readme}: {differs}")
                for (command, expected), actual in zip(pairs, outputs):
                    found = differences(expected, actual)
                    if found:
                        failed += 1
                        print(f"{readme}, console block {number}: $ {command}")
                        print("\n".join(found))
    finally:
        shutil.rmtree(session, ignore_errors=True)
        shutil.rmtree(applications, ignore_errors=True)
    print(f"README console examples: {checked_blocks} blocks run; {failed} differences from what the README shows")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
