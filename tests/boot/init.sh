#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# /init of the boot harness's initramfs (busybox).  The kernel command line
# says what to do: ktfault=none boots to userspace and powers off (a clean
# boot); ktfault=NAME loads ktfault.ko to provoke fault NAME; ktfault=sysrq-c
# crashes through sysrq; ktfault=xmon enters xmon through sysrq x and types
# commands into it (powerpc).  Every fault runs in a child process: an oops
# kills that child, not init.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
fault=none
for w in $(cat /proc/cmdline); do
	case $w in ktfault=*) fault=${w#ktfault=} ;; esac
done
echo "ktriage-boot: userspace reached, kernel $(uname -r) $(uname -m), fault=$fault"
case $fault in
none) ;;
sysrq-c)
	echo 1 >/proc/sys/kernel/sysrq
	sh -c 'echo c >/proc/sysrq-trigger' ;;
xmon)
	echo 1 >/proc/sys/kernel/sysrq
	sh -c 'echo x >/proc/sysrq-trigger' ;;
write_ro_after_init)
	insmod /ktfault.ko && sh -c 'echo 1 >/sys/module/ktfault/parameters/poke' ;;
*)
	insmod /ktfault.ko fault="$fault" ;;
esac
echo "ktriage-boot: done"
sync
poweroff -f
