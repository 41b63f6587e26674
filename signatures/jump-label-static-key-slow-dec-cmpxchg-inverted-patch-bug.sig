# Facts: the fix as merged into tip locking/urgent (tip-bot2 mail
# <172242403495.2215.11338739604467848579.tip-bot2@tip-bot2>: commit id,
# subject, Fixes: 83ab38ef0a0b, Reported-by Darrick J. Wong); syzbot's fix
# bisection on extid 03cfa0c5a0bcba3bf195 <66ee611e.050a0220.3195df.0035.GAE@google.com>
# names the same commit.  No CVE record.
Id: jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug
Version: 6
Title: jump_label: static_key_slow_dec() treats any old count as the 1->0 transition and re-patches enabled sites, kernel BUG in __jump_label_patch (unexpected op)
Arch: x86_64
Platform: static keys (jump labels) decremented concurrently or past 1
Evidence: console
# The x86 patcher BUGs when a site does not hold the code it expects.
Require: line /kernel BUG at arch\/x86\/kernel\/jump_label\.c:\d+/
# The two callers whose 1->0 test the fix corrects.
# __static_key_slow_dec_cpuslocked is static in kernel/jump_label.c: a build may inline it into static_key_slow_dec(_cpuslocked)
Require: frame /^(__static_key_slow_dec_cpuslocked|static_key_disable_cpuslocked|static_key_slow_dec(_cpuslocked)?)$/
Support: line /jump_label: Fatal kernel bug, unexpected op at/
Support: frame /^__jump_label_update$/
Support: frame /^arch_jump_label_transform_queue$/
# The introducing commit is first in v6.11-rc1 (below): mainline releases and
# release candidates before it cannot have this bug.  The race 83ab38ef0a0b
# itself fixed prints the same BUG on the same path (Sam Sun and xingwei
# lee's 6.10-rc2 report, an EVIDENCE look-alike): with the release unknown,
# as in that report, the console cannot tell the two apart, and this Reject
# keeps such a report below high.  linux-next builds ("-next-") may carry it.
# Any tree older than the 6.10 cycle (6.9 and before, whatever its local
# suffix: a distribution or developer build such as "6.1.0-xyz-dirty")
# predates 83ab38ef0a0b, written in the 6.10-rc cycle: the same BUG from
# static_key_disable() there is another bug.
# A build on such a release candidate is read as it, as "6.10.0-rc2+" already
# was: its git describe form too ("6.10.0-rc2-00366-g771ed66105de", the
# look-alike's banner, read since its mail-wrapped task line is re-joined).
# Stable took 83ab38ef0a0b without its fix at first: 6.1.103 (review
# "[PATCH 6.1 000/440] 6.1.103-rc3 review"
# <20240731100057.990016666@linuxfoundation.org> lists it) and 6.10.3
# ("[PATCH 6.10 188/809]" <20240730151732.035384141@linuxfoundation.org>,
# 6.10.3-rc1): those series carry this bug from there on, up to the
# backports of the fix below.  The release 6.6.y first took it in is not
# established, so 6.6.y stays rejected: a 6.6 report says too little.
Reject: release /^([0-5]\.\d+|6\.([0-9]|10))\.0(-rc\d+)?(\+|-\d+-g[0-9a-f]+)?$|^([0-5]|6\.[02-9])\.|^6\.1\.(\d|[1-9]\d|10[0-2])(\D|$)|^6\.10\.[12](\D|$)/
Introduced-By: 83ab38ef0a0b ("jump_label: Fix concurrency issues in static_key_slow_dec()")
Fixed-By: 224fa3552029a3d14bec7acf72ded8171d551b88 ("jump_label: Fix the fix, brown paper bags galore")
# The introducing commit is first in v6.11-rc1 (Pengfei Xu's bisection); the
# fix went into tip locking/urgent on 31 Jul 2024 and is in the shortlog of
# Linus Torvalds' "Linux 6.11-rc2" announcement
# <CAHk-=wh01xPAWUT_=J1TehFOu3SST12UTNuB=QQTeRw+1N4pDQ@mail.gmail.com>
# (linux-kernel, 4 Aug 2024: "Peter Zijlstra (3): jump_label: Fix the fix,
# brown paper bags galore").  A later regression of its own, de752774f38b
# ("jump_label: Fix static_key_slow_dec() yet again", tip locking/urgent,
# Sept 2024), prints the same BUG from the same callers on a 6.11-rc3 base
# (the kernel test robot's report, EVIDENCE look-alike): such a kernel has
# this fix, which this release says.  Stable took the fix in the review
# series of 12 Aug 2024: "[PATCH 6.1 004/150]"
# <20240812160125.318783055@linuxfoundation.org> (6.1.105-rc1),
# "[PATCH 6.6 005/189]" <20240812160132.347026389@linuxfoundation.org>
# (6.6.46-rc1), "[PATCH 6.10 009/263]"
# <20240812160146.884239903@linuxfoundation.org> (6.10.5-rc1).
Fixed-In: v6.11-rc2
Fixed-In: stable 6.1.105
Fixed-In: stable 6.6.46
Fixed-In: stable 6.10.5
Link: https://git.kernel.org/tip/224fa3552029a3d14bec7acf72ded8171d551b88
Link: https://lkml.kernel.org/r/20240731105557.GY33588@noisy.programming.kicks-ass.net
Link: https://syzkaller.appspot.com/bug?extid=03cfa0c5a0bcba3bf195
Test-Log: tests/data/signatures/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.log
Test-Log: tests/data/signatures/occurrences/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.2.log
Test-Log: tests/data/signatures/occurrences/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.3.log
Test-Not: tests/data/signatures/lookalikes/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.dyndbg-submod-6.1-static-key-disable.log
Test-Not: tests/data/signatures/lookalikes/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.lkp-objtool-mnop-boot-6.0.log
Test-Not: tests/data/signatures/lookalikes/jump-label-static-key-slow-dec-cmpxchg-inverted-patch-bug.lkp-de752774f38b-memcg-css-free.log
Description:
 83ab38ef0a0b made the last static_key_slow_dec() flip the key with
 atomic_cmpxchg(&key->enabled, 1, 0) and tested the returned old value as a
 boolean, which is true for every old value except 0.  A decrement that did
 not take the key from 1 to 0 therefore still ran jump_label_update() and
 rewrote sites that were already in the requested state; the x86 patcher
 found bytes it did not expect ("unexpected op") and BUGs.  The fix only
 updates when the old value was 1, in __static_key_slow_dec_cpuslocked() and
 static_key_disable_cpuslocked().
