#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""gen-log.py SIZE_MIB EVERY_BYTES OUT: write a SIZE MiB console log made of
real logs only: the captured clean boots of tests/data/boot (every one in
turn, as a CI archive of boot logs would hold them) with a real crash log of
tests/data/corpus spliced in every EVERY_BYTES bytes (0: none).
Deterministic (fixed seed, fixed order) so runs are comparable; the logs are
written under the bench's temporary folder, never committed."""
import glob
import os
import random
import sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
size = int(sys.argv[1]) << 20
every = int(sys.argv[2])
out_path = sys.argv[3]


def read(p):
    with open(p, "rb") as f:
        data = f.read()
    return data if data.endswith(b"\n") else data + b"\n"


clean = [read(p) for p in sorted(glob.glob(os.path.join(top, "tests/data/boot/*-clean.log")))]
crashes = [read(p) for p in sorted(glob.glob(os.path.join(top, "tests/data/corpus/*/*.log")))
           if "/clean/" not in p]
# the boots cut into pieces of about 4 KiB at line ends, so that a crash
# can go between any two pieces
pieces = []
for boot in clean:
    start = 0
    while start < len(boot):
        end = boot.find(b"\n", start + 4096)
        end = len(boot) if end < 0 else end + 1
        pieces.append(boot[start:end])
        start = end
rng = random.Random(1)
written = 0
next_crash = every if every else size + 1
i = 0
with open(out_path, "wb") as out:
    while written < size:
        if written >= next_crash:
            block = crashes[rng.randrange(len(crashes))]
            next_crash = written + every
        else:
            block = pieces[i % len(pieces)]
            i += 1
        out.write(block)
        written += len(block)
