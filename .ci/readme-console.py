#!/usr/bin/env python3
"""Runs the README's console examples again and checks that they still print what the README shows.

Every ```console block of README.md and lake-cli/README.md whose commands are `./lake …` (run from the
repository root, after `./mvnw verify` has built the jar and the example's lake) is run as shown, each
command with its standard error merged into its standard output, as a terminal shows them. A README line
ending in `…` stands for any line that starts with what comes before it; `… (N more lines)` for N lines;
a line `…` or `… (anything else)` for the rest of that command's output.

Left out, each for its reason (the README says how they were made):
- `./lake apply` and `./lake applications`: the day they ran is in their output;
- `lake …` without `./`: the "Start your own lake" session, typed by hand in an empty folder;
- `mvn …`: the Maven plugin's builds, of projects the README describes.

Exits with 1 and prints each difference when an example no longer holds.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READMES = ["README.md", "lake-cli/README.md"]

# What the README's prose says to do before a command, as a command.
SETUP = {
    "./lake verify examples/target/lake/lake.json --evidence /tmp/evidence":
        "rm -rf /tmp/evidence && cp -r examples/evidence /tmp/evidence"
        " && echo tampered >> /tmp/evidence/runs/2025-03-14/phase-gates.log",
    "mkdir -p /tmp/started": "rm -rf /tmp/started",
}
# The day the example is checked as of: the lake's TARGET dates pass later (then a warning), so the commands
# that check dates are run as of this day, whichever day the check runs.
EXAMPLE_DAY = "2026-11-27"
DATED = ("validate", "verify", "render", "coverage", "hash")
LEFT_OUT = ("./lake apply", "./lake applications", "lake ", "mvn ")
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
    """Whether the block is one to run: every command `./lake …` or a shell step, none left out."""
    names = [command for command, _ in pairs]
    return (any(name.startswith("./lake ") for name in names)
            and not any(name.startswith(LEFT_OUT) for name in names))


def dated(command):
    """The command checking dates against the example's day, so that no date of the example passes."""
    words = command.split(" ")
    if words[0] == "./lake" and len(words) > 1 and words[1] in DATED:
        return " ".join(words[:2] + ["--today=" + EXAMPLE_DAY] + words[2:])
    return command


def run(pairs):
    """Runs the block's commands in one shell, so `echo $?` sees the command before it; their outputs."""
    marker = "@@readme-console@@"
    script = "status=0\n"
    for command, _ in pairs:
        if command in SETUP:
            script += "{ " + SETUP[command] + "; } >/dev/null 2>&1\n"
        script += f"printf '%s\\n' '{marker}'; (exit $status)\n"
        script += f"{dated(command)} 2>&1; status=$?\n"
    env = dict(os.environ, LAKE_ARCHIVE="off")
    result = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    outputs = result.stdout.split(marker + "\n")[1:]
    return [output.splitlines() for output in outputs]


def differences(expected, actual):
    """Where the lines the README shows stop matching the lines printed; empty when they match."""
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


def main():
    failed = 0
    checked_blocks = 0
    for readme in READMES:
        text = (ROOT / readme).read_text(encoding="utf-8")
        for number, block in enumerate(re.findall(r"```console\n(.*?)```", text, re.S), start=1):
            pairs = commands(block)
            if not checked(pairs):
                continue
            checked_blocks += 1
            for (command, expected), actual in zip(pairs, run(pairs)):
                found = differences(expected, actual)
                if found:
                    failed += 1
                    print(f"{readme}, console block {number}: $ {command}")
                    print("\n".join(found))
    print(f"README console examples: {checked_blocks} blocks run, {failed} commands print otherwise than shown")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
