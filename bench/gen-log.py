#!/usr/bin/env python3
"""gen-log.py SIZE_MIB LOG...: write a SIZE MiB console log to stdout: boot
chatter with the given real logs spliced in every ~1 MiB, timestamps made
monotonic.  Deterministic (fixed seed) so runs are comparable."""
import random
import sys

size = int(sys.argv[1]) << 20
logs = [open(p, encoding="utf-8", errors="replace").read().splitlines() for p in sys.argv[2:]]
chatter = [
    "usb 1-1: new high-speed USB device number {n} using ehci-pci",
    "EXT4-fs (sda1): mounted filesystem with ordered data mode. Quota mode: none.",
    "audit: type=1400 audit({n}.123:45): apparmor=\"STATUS\" operation=\"profile_load\"",
    "e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
    "systemd[1]: Started Journal Service.",
]
rng = random.Random(1)
out = sys.stdout
written = 0
t = 0.0
next_crash = 1 << 20
while written < size:
    if written >= next_crash and logs:
        block = "\n".join(rng.choice(logs)) + "\n"
        next_crash += 1 << 20
    else:
        t += 0.000731
        block = "[%12.6f] %s\n" % (t, rng.choice(chatter).format(n=rng.randrange(1000)))
    out.write(block)
    written += len(block)
