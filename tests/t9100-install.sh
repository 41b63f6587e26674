#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# What "make install" puts where (completions, docs, man pages), the shell
# completions themselves, and man pages that render with their section's
# title.
. "$SRCDIR/tests/lib.sh"
: "${BUILDDIR:?BUILDDIR must point at the build tree}"

# --- make install into a staging directory ---
D="$TMP/dest"
if make -C "$BUILDDIR" -s install DESTDIR="$D" prefix=/usr >"$TMP/install.out" 2>&1; then
	ok "make install DESTDIR=... prefix=/usr"
else
	not_ok "make install DESTDIR=... prefix=/usr"
	sed 's/^/# /' "$TMP/install.out"
fi
check "installs the binary" [ -x "$D/usr/bin/ktriage" ]
check "bash completion in bash-completion's directory, named after the command" [ -f "$D/usr/share/bash-completion/completions/ktriage" ]
check "zsh completion in site-functions" [ -f "$D/usr/share/zsh/site-functions/_ktriage" ]
check "fish completion in vendor_completions.d" [ -f "$D/usr/share/fish/vendor_completions.d/ktriage.fish" ]
check "README under share/doc" [ -f "$D/usr/share/doc/ktriage/README.md" ]
nsig=$(ls "$SRCDIR"/signatures/*.sig | wc -l)
check "every .sig source under share/doc/ktriage/signatures ($nsig)" [ "$(ls "$D"/usr/share/doc/ktriage/signatures/*.sig | wc -l)" = "$nsig" ]
check "the signatures' table too" [ -f "$D/usr/share/doc/ktriage/signatures/README.md" ]
check "man pages in sections 1 and 5" [ -f "$D/usr/share/man/man1/ktriage.1" -a -f "$D/usr/share/man/man5/ktriage-signature.5" ]
check "the database" [ -f "$D/usr/share/ktriage/signatures.db" ]

# --- bash completion, run as bash would ---
if command -v bash >/dev/null 2>&1; then
	cat >"$TMP/comp.bash" <<'EOS'
. "$1"
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ktriage; echo "${COMPREPLY[*]}"; }
cd "$2"
t ktriage sign
t ktriage scan --unk
t ktriage -f ra
t ktriage explain ppc-hash-lpar-hp
t ktriage signatures li
t ktriage -r --min-confidence m
EOS
	mkdir -p "$TMP/empty"
	PATH="$(dirname "$KTRIAGE"):$PATH" bash "$TMP/comp.bash" "$SRCDIR/contrib/completion/bash/ktriage" "$TMP/empty" >"$TMP/comp.out" 2>&1
	check "bash: a command" [ "$(sed -n 1p "$TMP/comp.out")" = signatures ]
	check "bash: scan's options from its --help" [ "$(sed -n 2p "$TMP/comp.out")" = --unknown-only ]
	check "bash: formats from --list-formats" [ "$(sed -n 3p "$TMP/comp.out")" = raw ]
	check "bash: signature ids" [ "$(sed -n 4p "$TMP/comp.out")" = ppc-hash-lpar-hprotect-rodata ]
	check "bash: signatures subcommands" [ "$(sed -n 5p "$TMP/comp.out")" = "lint list" ]
	check "bash: option values" [ "$(sed -n 6p "$TMP/comp.out")" = medium ]
else
	ok "# SKIP bash not installed"
fi
if command -v fish >/dev/null 2>&1; then
	PATH="$(dirname "$KTRIAGE"):$PATH" fish -c "source '$SRCDIR/contrib/completion/fish/ktriage.fish'
		complete -C'ktriage --unk'; complete -C'ktriage -f ra'; complete -C'ktriage explain ppc-hash-lpar-hp'" \
		2>&1 | cut -f 1 >"$TMP/fish.out"
	check "fish: options, formats and signature ids" [ "$(cat "$TMP/fish.out")" = "$(printf -- '--unknown-only\nraw\nppc-hash-lpar-hprotect-rodata')" ]
else
	ok "# SKIP fish not installed"
fi
for sh in zsh fish; do
	if command -v $sh >/dev/null 2>&1; then
		f=$(ls "$SRCDIR"/contrib/completion/$sh/*)
		check "$sh completion parses" $sh -n "$f"
	else
		ok "# SKIP $sh not installed"
	fi
done

# --- man pages: the section's title, not groff's "BSD General Commands Manual" ---
for page in "$SRCDIR"/man/*.[15]; do
	name=$(basename "$page")
	if command -v mandoc >/dev/null 2>&1; then
		mandoc -T lint -W warning "$page" >"$TMP/lint" 2>&1 || true
		check "$name: mandoc -T lint: no warnings" sh -c "! grep -v 'mandoc.db' '$TMP/lint' | grep -q ."
	fi
	if command -v groff >/dev/null 2>&1; then
		case $name in *.1) want="General Commands Manual" ;; *) want="File Formats Manual" ;; esac
		head=$(groff -mandoc -Tutf8 -P-cbou "$page" 2>/dev/null | grep -m1 .)
		check "$name: groff renders the title '$want'" sh -c "echo '$head' | grep -q ' $want ' && ! echo '$head' | grep -q BSD"
	else
		ok "# SKIP groff not installed"
	fi
done

# --- the licence ---
check "COPYING is the GNU GPL version 2" sh -c "grep -q 'GNU GENERAL PUBLIC LICENSE' '$SRCDIR/COPYING' && grep -q 'Version 2, June 1991' '$SRCDIR/COPYING'"

# --- build.sh on a system without dpkg/apt: it refuses and names what is missing ---
# A PATH with the basic tools only (no dpkg-query, apt-get, pkg-config, make,
# autoreconf): build.sh must stop before it builds anything.
mkdir -p "$TMP/bin"
for t in sh dirname cat grep sed id echo test tr nproc; do
	p=$(command -v $t 2>/dev/null) && ln -sf "$p" "$TMP/bin/$t"
done
cp -R "$SRCDIR/build.sh" "$TMP/build.sh"
rc=0; PATH="$TMP/bin" CC=cc "$TMP/bin/sh" "$TMP/build.sh" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "build.sh without dpkg/apt: exit 1, says so and names the missing tools" sh -c "
	[ $rc = 1 ] && grep -q 'no dpkg/apt' '$TMP/err' && grep -q 'pkg-config' '$TMP/err' && grep -q 'autoreconf' '$TMP/err'"
check "build.sh announces its steps" grep -q '^build.sh: checking the build dependencies' "$TMP/err"
done_testing
