// SPDX-License-Identifier: GPL-2.0
/*
 * ktfault: provoke, on purpose, the kernel permission faults that ktriage
 * exists to triage, so that the boot harness (tests/boot/run) can capture
 * real console output for them.
 *
 *   insmod ktfault.ko fault=write_rodata   store into kernel .rodata (hex_asc)
 *   insmod ktfault.ko fault=write_text     store into kernel text (msleep)
 *   insmod ktfault.ko fault=exec_nx        call into a kmalloc()ed buffer
 *   insmod ktfault.ko; echo 1 >/sys/module/ktfault/parameters/poke
 *                                          store into this module's
 *                                          __ro_after_init data, which the
 *                                          module loader made read-only with
 *                                          set_memory_ro() once init returned
 *
 * Every store writes back the value it just read, so that on a kernel that
 * does not enforce the protection nothing changes.  Each fault lives in its
 * own noinline function so that it is the guilty frame of the report.
 */
#include <linux/delay.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/string.h>

static char *fault = "none";
module_param(fault, charp, 0444);
MODULE_PARM_DESC(fault, "write_rodata, write_text, exec_nx or none");

/* Written once in init, read-only (set_memory_ro by the loader) afterwards. */
static unsigned long ktfault_sealed __ro_after_init;

/* The smallest "return to caller" for each architecture. */
#if defined(CONFIG_X86)
static const u8 ktfault_ret[] = { 0xc3 };			/* ret */
#elif defined(CONFIG_ARM64)
static const u8 ktfault_ret[] = { 0xc0, 0x03, 0x5f, 0xd6 };	/* ret */
#elif defined(CONFIG_PPC64) && defined(CONFIG_CPU_LITTLE_ENDIAN)
static const u8 ktfault_ret[] = { 0x20, 0x00, 0x80, 0x4e };	/* blr */
#elif defined(CONFIG_PPC)
static const u8 ktfault_ret[] = { 0x4e, 0x80, 0x00, 0x20 };	/* blr */
#elif defined(CONFIG_S390)
static const u8 ktfault_ret[] = { 0x07, 0xfe };		/* br %r14 */
#else
static const u8 ktfault_ret[] = { 0 };
#endif

static noinline void ktfault_write_rodata(void)
{
	volatile char *p = (volatile char *)hex_asc;

	pr_info("ktfault: storing into kernel read-only data at %px\n", p);
	*p = *p;
}

static noinline void ktfault_write_text(void)
{
	volatile u8 *p = (volatile u8 *)msleep;

	pr_info("ktfault: storing into kernel text at %px\n", p);
	*p = *p;
}

static noinline void ktfault_exec_nx(void)
{
	void (*fn)(void);
	u8 *buf = kmalloc(64, GFP_KERNEL);

	if (!buf)
		return;
	memcpy(buf, ktfault_ret, sizeof(ktfault_ret));
	fn = (void (*)(void))buf;
	pr_info("ktfault: calling into non-executable heap at %px\n", buf);
	fn();
	kfree(buf);
}

static noinline void ktfault_write_ro_after_init(void)
{
	volatile unsigned long *p = &ktfault_sealed;

	pr_info("ktfault: storing into __ro_after_init data at %px\n", p);
	*p = *p + 1;
}

static int ktfault_poke_set(const char *val, const struct kernel_param *kp)
{
	ktfault_write_ro_after_init();
	return 0;
}

static const struct kernel_param_ops ktfault_poke_ops = {
	.set = ktfault_poke_set,
};
module_param_cb(poke, &ktfault_poke_ops, NULL, 0200);
MODULE_PARM_DESC(poke, "write: store into __ro_after_init data");

static int __init ktfault_init(void)
{
	ktfault_sealed = 1;
	pr_info("ktfault: loaded, fault=%s\n", fault);
	if (!strcmp(fault, "write_rodata"))
		ktfault_write_rodata();
	else if (!strcmp(fault, "write_text"))
		ktfault_write_text();
	else if (!strcmp(fault, "exec_nx"))
		ktfault_exec_nx();
	else if (strcmp(fault, "none"))
		return -EINVAL;
	return 0;
}

static void __exit ktfault_exit(void)
{
}

module_init(ktfault_init);
module_exit(ktfault_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Provoke kernel permission faults for ktriage's boot tests");
