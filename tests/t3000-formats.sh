#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Output formats for CI systems and people: KCIDB v5.3 (validated against
# the schema in tests/data/kcidb), JUnit XML (parsed) and Markdown (its
# structure and escaping), over the seeds, the corpus and hostile labels.
. "$SRCDIR/tests/lib.sh"
S="$DATA/seeds"
SCHEMA="$DATA/kcidb/kcidb-io.schema.v5.3.json"
skip() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP $*"; }

# The checks, in one python3 script: "check.py WHAT ARGS..." exits 0 when
# WHAT holds and says why not on stderr otherwise.
cat >"$TMP/check.py" <<'PY'
import hashlib, json, re, sys
import xml.etree.ElementTree as ET

def fail(msg):
    sys.stderr.write("check.py: %s\n" % msg)
    sys.exit(1)

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def validator(schema_path):
    import jsonschema
    schema = load(schema_path)
    V = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    fc = getattr(V, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    return V(schema, format_checker=fc)

def kcidb_valid(schema_path, doc_path):
    errs = sorted(validator(schema_path).iter_errors(load(doc_path)), key=str)
    if errs:
        fail("%s: %d schema errors, first: %s at %s" % (doc_path, len(errs), errs[0].message,
             "/".join(map(str, errs[0].absolute_path))))

def kcidb_invalid_when_broken(schema_path, doc_path):
    # the validator does reject: an upper-case origin prefix, a null property
    doc = load(doc_path)
    v = validator(schema_path)
    doc["incidents"][0]["id"] = "KTriage:" + doc["incidents"][0]["id"].split(":", 1)[1]
    if v.is_valid(doc):
        fail("a document with an invalid incident id validated")
    doc = load(doc_path)
    doc["issues"][0]["misc"] = None
    if v.is_valid(doc):
        fail("a document with misc: null validated")

def kcidb_graph(doc_path, origin, test_id, build_id):
    """Every incident references an issue of the document and the given
    test/build ids, or (when none is given) the document's own test, whose
    build and checkout are present too.  Ids are unique per type."""
    d = load(doc_path)
    for k in ("checkouts", "builds", "tests", "issues", "incidents"):
        ids = [o["id"] for o in d.get(k, [])]
        if len(ids) != len(set(ids)):
            fail("duplicate %s ids" % k)
        for i in ids:
            if not i.startswith(origin + ":"):
                fail("%s id %s lacks the origin %s" % (k, i, origin))
    issues = {(i["id"], i["version"]) for i in d["issues"]}
    if not test_id and not build_id:
        if [len(d.get(k, [])) for k in ("checkouts", "builds", "tests")] != [1, 1, 1]:
            fail("own checkout/build/test missing")
        t, b, c = d["tests"][0], d["builds"][0], d["checkouts"][0]
        if t["build_id"] != b["id"] or b["checkout_id"] != c["id"]:
            fail("own test/build/checkout not linked")
        test_id = t["id"]
    else:
        for k in ("checkouts", "builds", "tests"):
            if k in d:
                fail("%s emitted although the CI gave its ids" % k)
    for inc in d["incidents"]:
        if (inc["issue_id"], inc["issue_version"]) not in issues:
            fail("incident %s references a missing issue" % inc["id"])
        if inc.get("test_id") != (test_id or None) or inc.get("build_id") != (build_id or None):
            fail("incident %s: test_id/build_id %s/%s" % (inc["id"], inc.get("test_id"), inc.get("build_id")))
        if inc["present"] is not True or inc["origin"] != origin:
            fail("incident %s: present/origin" % inc["id"])
        ref = inc.get("test_id") or inc["build_id"]
        h = hashlib.sha256()
        for part in (inc["issue_id"], str(inc["issue_version"]), ref):
            h.update(part.encode() + b"\0")
        if inc["issue_id"].endswith(":unrecognised_crash"):
            h.update(inc["misc"]["fingerprint"].encode() + b"\0")
        if inc["id"] != origin + ":" + h.hexdigest():
            fail("incident id %s is not sha256(issue id, version, test/build id)" % inc["id"])

def kcidb_matches_json(doc_path, json_path, origin):
    """Issues and incidents are what -f json says: one issue per matched
    signature (with its version and first link), one incident per issue and
    per unknown fingerprint, evidence pointing at the reports."""
    d, reports = load(doc_path), jsonl(json_path)
    sigs, unknown, nreports = {}, set(), {}
    for r in reports:
        good = [m for m in r["matches"] if not m["error"]]
        for m in good:
            sigs[m["id"]] = m
            nreports[m["id"]] = nreports.get(m["id"], 0) + 1
        if not good:
            unknown.add(r["fingerprint"])
            nreports[r["fingerprint"]] = nreports.get(r["fingerprint"], 0) + 1
    want = {origin + ":" + s for s in sigs}
    if unknown:
        want.add(origin + ":unrecognised_crash")
    got = {i["id"] for i in d["issues"]}
    if got != want:
        fail("issues %s, expected %s" % (sorted(got), sorted(want)))
    for i in d["issues"]:
        s = sigs.get(i["id"].split(":", 1)[1])
        if s is None:
            continue
        if i["version"] != s["version"] or i["comment"] != s["title"] or i["culprit"]["code"] is not True:
            fail("issue %s: version/comment/culprit" % i["id"])
        if s["links"] and i.get("report_url") != s["links"][0]:
            fail("issue %s: report_url %s" % (i["id"], i.get("report_url")))
    if len(d["incidents"]) != len(sigs) + len(unknown):
        fail("%d incidents, expected %d" % (len(d["incidents"]), len(sigs) + len(unknown)))
    for inc in d["incidents"]:
        misc = inc["misc"]
        key = misc.get("signature_id") or misc.get("fingerprint")
        if misc["reports"] != nreports.get(key):
            fail("incident %s: %s reports, expected %s" % (inc["id"], misc["reports"], nreports.get(key)))
        for e in misc["evidence"]:
            if not any(r["source"] == e["source"] and r["first_line"] == e["first_line"] and
                       r["last_line"] == e["last_line"] and r["fingerprint"] == e["fingerprint"]
                       for r in reports):
                fail("incident %s: evidence %s matches no report" % (inc["id"], e))
        if "database_version" not in misc:
            fail("incident %s: no database_version" % inc["id"])

def kcidb_ids(doc_path):
    d = load(doc_path)
    for k in ("checkouts", "builds", "tests", "issues", "incidents"):
        for o in d.get(k, []):
            print(k, o["id"])

def kcidb_get(doc_path, expr):
    d = load(doc_path)
    print(json.dumps(eval(expr, {"d": d})))

def junit(xml_path, json_path, *labels):
    """Well-formed; one testsuite per input (in order, named by label),
    counts that add up, a failure per crash, known or not, the known bug in
    its message, as -f json saw them."""
    root = ET.parse(xml_path).getroot()
    if root.tag != "testsuites":
        fail("root is %s" % root.tag)
    suites = root.findall("testsuite")
    if [s.get("name") for s in suites] != list(labels):
        fail("suites %s, expected %s" % ([s.get("name") for s in suites], list(labels)))
    reports = jsonl(json_path)
    if sum(len(s.findall("testcase")) for s in suites) != len(reports):
        fail("%d reports, not as many test cases" % len(reports))
    for s in suites:
        cases = s.findall("testcase")
        mine, reports = reports[:len(cases)], reports[len(cases):]
        if any(r["source"] != s.get("name") for r in mine):
            fail("suite %s holds test cases of another input" % s.get("name"))
        fails = [c for c in cases if c.find("failure") is not None]
        if (int(s.get("tests")), int(s.get("failures")), int(s.get("skipped"))) != \
                (len(cases), len(cases), 0) or len(fails) != len(cases) or len(cases) != len(mine):
            fail("suite %s: counts %s/%s/%s, %d cases, %d reports" % (s.get("name"), s.get("tests"),
                 s.get("failures"), s.get("skipped"), len(cases), len(mine)))
        for c, r in zip(cases, mine):
            known = [m for m in r["matches"] if not m["error"] and not m["guess"]]
            if c.get("name") != r["title"]:
                fail("testcase %s, title %s" % (c.get("name"), r["title"]))
            if c.get("classname") != r["kind"] + ("." + r["arch"] if r["arch"] else ""):
                fail("classname %s" % c.get("classname"))
            if known:
                best = max(known, key=lambda m: ["low", "medium", "high"].index(m["confidence"]))
                msg = c.find("failure").get("message")
                if msg != "known bug %s: %s" % (best["id"], best["title"]) or r["fingerprint"] not in c.find("failure").text:
                    fail("failure message %s" % msg)
            else:
                f = c.find("failure")
                if f is None or f.get("message") != r["title"] or r["fingerprint"] not in f.text:
                    fail("no failure with the title and the facts for %s" % r["title"])

def md_rows(md_path):
    """Every table row has exactly two cells: unescaped '|' 3 times."""
    for line in open(md_path, encoding="utf-8"):
        if line.startswith("|"):
            n = len(re.findall(r"(?<!\\)\|", line))
            if n != 3:
                fail("row with %d unescaped '|': %s" % (n, line.rstrip()))

def md_cell(md_path, field, want):
    """The code span in the row of field reads back as want."""
    for line in open(md_path, encoding="utf-8"):
        if line.startswith("| %s | " % field):
            cell = line.rstrip("\n")[len("| %s | " % field):-len(" |")]
            n = len(cell) - len(cell.lstrip("`"))
            if n == 0 or not cell.endswith("`" * n) or cell.endswith("`" * (n + 1)):
                fail("not a code span: %s" % cell)
            inner = cell[n:-n]
            if "`" * n in inner:
                fail("the content closes the span early: %s" % cell)
            if len(inner) > 1 and inner[0] == " " and inner[-1] == " ":
                inner = inner[1:-1]
            inner = inner.replace("\\|", "|")
            if inner != want:
                fail("cell %r reads %r, expected %r" % (cell, inner, want))
            return
    fail("no row %s" % field)

globals()[sys.argv[1].replace("-", "_")](*sys.argv[2:])
PY
chk() { python3 "$TMP/check.py" "$@"; }

# --- KCIDB ---
# Debian's python3-jsonschema serves /usr/bin/python3; another python3 may
# come first in PATH (pyenv): use the one that has the validator.
if ! python3 -c 'import jsonschema' 2>/dev/null && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
	mkdir -p "$TMP/pybin" && ln -sf /usr/bin/python3 "$TMP/pybin/python3" && PATH="$TMP/pybin:$PATH"
fi
if python3 -c 'import jsonschema' 2>/dev/null; then HAVE_JSONSCHEMA=1; else HAVE_JSONSCHEMA=; fi
valid() { # valid DESCRIPTION FILE: the document validates against the v5.3 schema
	if [ -n "$HAVE_JSONSCHEMA" ]; then
		check "$1" chk kcidb-valid "$SCHEMA" "$2"
	else
		skip "$1: python3 jsonschema not installed"
	fi
}

for seed in "$S"/*.txt; do
	n=$(basename "$seed" .txt)
	kt scan -f json "$seed"
	cp "$TMP/out" "$TMP/seed.json"
	kt scan -f kcidb "$seed"
	check "kcidb $n: exit 1 (known), one document" sh -c "[ $rc = 1 ] && python3 -m json.tool '$TMP/out' >/dev/null"
	valid "kcidb $n: valid KCIDB v5.3" "$TMP/out"
	check "kcidb $n: an issue per signature, version, link, an incident per issue" \
		chk kcidb-matches-json "$TMP/out" "$TMP/seed.json" ktriage
	check "kcidb $n: own checkout/build/test present, incidents reference the test, hashed ids" \
		chk kcidb-graph "$TMP/out" ktriage "" ""
	check "kcidb $n: no null anywhere, no time" sh -c "! grep -Eq ': null|_time|_timestamp' '$TMP/out'"
done
sig1=$(json_get "$TMP/seed.json" 0 matches.0.id)
check "kcidb: the issue id is the origin and the signature id" \
	[ "$(chk kcidb-get "$TMP/out" 'd["issues"][0]["id"]')" = "\"ktriage:$sig1\"" ]
if [ -n "$HAVE_JSONSCHEMA" ]; then
	check "kcidb: the validator rejects a bad id and a null (it is not vacuous)" \
		chk kcidb-invalid-when-broken "$SCHEMA" "$TMP/out"
else
	skip "validator sanity: python3 jsonschema not installed"
fi

# a multi-file run: seeds, unknown crashes, a clean log, in parallel
cat >"$TMP/unknown.log" <<'LOG'
[   12.000001] BUG: unable to handle page fault for address: 0000000000001234
[   12.000002] #PF: supervisor write access in kernel mode
[   12.000003] CPU: 1 PID: 42 Comm: a|b`c<d>&'x" Not tainted 6.9.0 #1
[   12.000004] RIP: 0010:ktriage_test_only_function+0x1/0x2
[   12.000005] Call Trace:
[   12.000006]  <TASK>
[   12.000007]  ktriage_test_caller+0x10/0x20
[   12.000008]  </TASK>
[   12.000009] ---[ end trace 0000000000000000 ]---
LOG
CLEAN="$DATA/corpus/clean/abrt-orphan-call-trace-no-headline.log"
set -- "$S"/*.txt "$TMP/unknown.log" "$DATA"/corpus/x86/abrt-*.log "$CLEAN"
kt scan -j 4 -f json "$@"
cp "$TMP/out" "$TMP/multi.json"
kt scan -j 4 -f kcidb "$@"
cp "$TMP/out" "$TMP/multi.kcidb"
check "kcidb multi-file: exit 3 (unknown crashes among them)" [ "$rc" = 3 ]
valid "kcidb multi-file: valid KCIDB v5.3" "$TMP/multi.kcidb"
check "kcidb multi-file: issues and incidents agree with -f json (unknowns per fingerprint)" \
	chk kcidb-matches-json "$TMP/multi.kcidb" "$TMP/multi.json" ktriage
check "kcidb multi-file: one own test, every incident references it" \
	chk kcidb-graph "$TMP/multi.kcidb" ktriage "" ""
check "kcidb multi-file: several issues and incidents, the unrecognised one among them" \
	[ "$(chk kcidb-get "$TMP/multi.kcidb" '[len(d["issues"]) > 3, len(d["incidents"]) > 10, any(i["id"] == "ktriage:unrecognised_crash" for i in d["issues"])]')" = "[true, true, true]" ]
check "kcidb multi-file: the own test failed" \
	[ "$(chk kcidb-get "$TMP/multi.kcidb" 'd["tests"][0]["status"]')" = '"FAIL"' ]
kt scan -j 1 -f kcidb "$@"
check "kcidb retried (-j 1 instead of 4): byte-identical document" cmp -s "$TMP/out" "$TMP/multi.kcidb"
kt scan -j 3 -f kcidb "$@"
check "kcidb retried again: byte-identical document" cmp -s "$TMP/out" "$TMP/multi.kcidb"
kt scan -f kcidb "$S/001_6f164741997502bb.txt" "$S/002_5d49e262595e473a.txt"
t12=$(chk kcidb-get "$TMP/out" 'd["tests"][0]["id"]')
kt scan -f kcidb "$S/001_6f164741997502bb.txt"
t1=$(chk kcidb-get "$TMP/out" 'd["tests"][0]["id"]')
kt scan -f kcidb --label other-name "$S/001_6f164741997502bb.txt"
check "kcidb: other inputs, other own test id" sh -c "[ -n '$t1' ] && [ '$t1' != '$t12' ] && [ '$t1' != '$(chk kcidb-get "$TMP/out" 'd["tests"][0]["id"]')' ]"

# with the CI's own ids
kt scan -f kcidb --origin my_ci --test-id 'maestro:t-1234' --build-id 'maestro:b-99' "$@"
cp "$TMP/out" "$TMP/ci.kcidb"
valid "kcidb --origin/--test-id/--build-id: valid KCIDB v5.3" "$TMP/ci.kcidb"
check "kcidb --test-id: no own objects, every incident references the CI's test and build" \
	chk kcidb-graph "$TMP/ci.kcidb" my_ci maestro:t-1234 maestro:b-99
check "kcidb --origin: issues agree with -f json under the new origin" \
	chk kcidb-matches-json "$TMP/ci.kcidb" "$TMP/multi.json" my_ci
kt scan -f kcidb --origin my_ci --test-id 'maestro:t-1234' --build-id 'maestro:b-99' "$@"
check "kcidb --test-id retried: byte-identical" cmp -s "$TMP/out" "$TMP/ci.kcidb"
chk kcidb-ids "$TMP/ci.kcidb" | grep '^incidents' >"$TMP/ids.a"
kt scan -f kcidb --origin my_ci --test-id 'maestro:t-1235' --build-id 'maestro:b-99' "$@"
chk kcidb-ids "$TMP/out" | grep '^incidents' >"$TMP/ids.b"
check "kcidb: another test id gives other incident ids" sh -c "[ -s '$TMP/ids.a' ] && [ \$(sort '$TMP/ids.a' '$TMP/ids.b' | uniq -d | wc -l) = 0 ]"
kt scan -f kcidb --build-id 'maestro:b-99' "$S/000_67590d50e4aaf037.txt"
valid "kcidb --build-id alone: valid" "$TMP/out"
check "kcidb --build-id alone: incidents reference the build" chk kcidb-graph "$TMP/out" ktriage "" maestro:b-99

kt scan -f kcidb "$CLEAN"
valid "kcidb clean log: valid" "$TMP/out"
check "kcidb clean log: exit 0, no issue, no incident, own test passed" sh -c "[ $rc = 0 ] && [ \"\$(python3 '$TMP/check.py' kcidb-get '$TMP/out' '[d[\"issues\"], d[\"incidents\"], d[\"tests\"][0][\"status\"]]')\" = '[[], [], \"PASS\"]' ]"
kt scan -f json "$TMP/unknown.log"
fp=$(json_get "$TMP/out" 0 fingerprint)
kt scan -f kcidb "$TMP/unknown.log"
valid "kcidb unknown crash: valid" "$TMP/out"
check "kcidb unknown crash: exit 3, an incident of ktriage:unrecognised_crash keyed by its fingerprint" \
	[ "$rc/$(chk kcidb-get "$TMP/out" '[d["issues"][0]["id"], d["incidents"][0]["issue_id"], d["incidents"][0]["misc"]["fingerprint"]]')" = \
	  "3/[\"ktriage:unrecognised_crash\", \"ktriage:unrecognised_crash\", \"$fp\"]" ]
kt scan -f kcidb --origin 'Bad-Origin' "$TMP/unknown.log"
check "kcidb: an origin KCIDB rejects is a usage error" sh -c "[ $rc = 2 ] && grep -q \"origin 'Bad-Origin'\" '$TMP/err'"
kt scan -f kcidb --test-id 'no-colon' "$TMP/unknown.log"
check "kcidb: a test id without '<origin>:' is a usage error" [ "$rc" = 2 ]

# --- JUnit ---
kt scan -j 4 -f junit "$@"
check "junit multi-file: exit 3" [ "$rc" = 3 ]
check "junit multi-file: well-formed, a suite per input, counts, failures and skips as -f json" \
	chk junit "$TMP/out" "$TMP/multi.json" "$@"
check "junit: a file with no report is a suite of zero tests" \
	grep -q "<testsuite name=\"$CLEAN\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">" "$TMP/out"
kt scan -f junit "$S/001_6f164741997502bb.txt"
check "junit seed 001: a failure, the known bug and its id in the message, nothing skipped" \
	sh -c "grep -q '<failure message=\"known bug ppc-radix-codepatch-tempmm-assert-pte-locked: ' '$TMP/out' && ! grep -q '<skipped' '$TMP/out' && grep -q 'failures=\"1\" errors=\"0\" skipped=\"0\"' '$TMP/out'"
hostile='<x>&"y|z'"'"
kt scan -f json --label "$hostile" "$TMP/unknown.log" "$CLEAN"
cp "$TMP/out" "$TMP/hostile.json"
kt scan -f junit --label "$hostile" "$TMP/unknown.log" "$CLEAN"
check "junit hostile label and comm: well-formed, names read back exactly" \
	chk junit "$TMP/out" "$TMP/hostile.json" "$hostile" "$hostile"
check "junit hostile label: escaped, never raw" sh -c "grep -q 'name=\"&lt;x&gt;&amp;&quot;y|z&apos;\"' '$TMP/out' && ! grep -q '<x>' '$TMP/out'"
check "junit: the comm's characters are escaped in the failure body" grep -q 'task: a|b`c&lt;d&gt;&amp;&apos;x&quot; pid 42' "$TMP/out"
bad=$(printf 'a\001b\357\277\276c\357\277\277d\033[1m')
kt scan -f junit --label "$bad" "$TMP/unknown.log"
check "junit: control characters and U+FFFE/U+FFFF in a label are dropped (XML cannot carry them)" \
	[ "$(python3 -c 'import sys, xml.etree.ElementTree as ET; print(ET.parse(sys.argv[1]).getroot()[0].get("name"))' "$TMP/out")" = abcd ]
kt scan -f junit "$S/002_5d49e262595e473a.txt" /nonexistent.log
check "junit: an unreadable input is a suite with an error" \
	python3 -c 'import sys, xml.etree.ElementTree as ET
s = ET.parse(sys.argv[1]).getroot()[1]
assert s.get("errors") == "1" and s.find("testcase/error") is not None' "$TMP/out"

# --- Markdown ---
kt scan -f markdown "$S/001_6f164741997502bb.txt"
check "markdown seed 001: exit 1, a heading with the title" \
	sh -c "[ $rc = 1 ] && grep -qx '### kernel BUG in assert\\\\_pte\\\\_locked\\|### kernel BUG in assert_pte_locked' '$TMP/out'"
check "markdown seed 001: the signature id, the fix and its subject, fixed-in, workaround, link" sh -c "
	grep -q '^\*\*Known bug\*\* \`ppc-radix-codepatch-tempmm-assert-pte-locked\` (high confidence)' '$TMP/out' &&
	grep -q '^- fixed by \`980411a4d1bb925d28cd9e8d8301dc982ece788d\` (\"powerpc/code-patching: Fix oops with DEBUG' '$TMP/out' &&
	grep -q '^- introduced by \`c28c15b6d28a' '$TMP/out' && grep -q '^- fixed in: v6.2' '$TMP/out' &&
	grep -q '^- workaround: ' '$TMP/out' && grep -q '^- link: <https://' '$TMP/out' && grep -q '^- why: ' '$TMP/out'"
check "markdown seed 001: fields in a table" sh -c "grep -q '^| field | value |\$' '$TMP/out' &&
	grep -q '^| MMU | \`Radix\` |\$' '$TMP/out' && grep -q '^| release | \`6.1.0-rc2+\` |\$' '$TMP/out' &&
	grep -q '^| lines | \`94-130\` |\$' '$TMP/out'"
check "markdown seed 001: the call trace in a fence" sh -c "sed -n '/^\`\`\`\$/,/^\`\`\`\$/p' '$TMP/out' | grep -q '^ patch_instruction+0x618/0x6d0\$'"
kt scan -f markdown --label "$hostile" "$TMP/unknown.log" "$CLEAN"
cp "$TMP/out" "$TMP/hostile.md"
check "markdown hostile label: every table row keeps two cells" chk md-rows "$TMP/hostile.md"
check "markdown hostile label: the source cell reads back exactly" chk md-cell "$TMP/hostile.md" source "$hostile"
check "markdown hostile comm (| and \`): the task cell reads back exactly" \
	chk md-cell "$TMP/hostile.md" task 'a|b`c<d>&'"'"'x" pid 42 on cpu 1'
check "markdown unknown crash: said so, with the fingerprint" grep -q '^\*\*Unknown crash\*\*: no known signature matches (fingerprint `' "$TMP/hostile.md"
check "markdown clean log: no report found" grep -q '^No crash report found in ' "$TMP/hostile.md"
kt scan -f markdown "$@"
check "markdown multi-file: rows intact, a heading per report, a summary" sh -c "
	python3 '$TMP/check.py' md-rows '$TMP/out' &&
	[ \$(grep -c '^### ' '$TMP/out') = \$(wc -l <'$TMP/multi.json') ] && grep -q '^\*\*[0-9]* logs read, ' '$TMP/out'"
# --- TSV ---
kt scan -f tsv "$S/001_6f164741997502bb.txt"
check "tsv seed 001: exit 1, one line: source, lines, kind, title, best match, confidence, printk time" sh -c "
	[ $rc = 1 ] && [ \$(wc -l <'$TMP/out') = 1 ] &&
	printf '%s\\t94-130\\tbug\\tkernel BUG in assert_pte_locked\\tppc-radix-codepatch-tempmm-assert-pte-locked\\thigh\\t0.208320\\n' '$S/001_6f164741997502bb.txt' | cmp -s - '$TMP/out'"
kt scan -f tsv "$@"
check "tsv multi-file: a line per report, seven fields agreeing with -f json" python3 -c '
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
reps = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(rows) == len(reps) and all(len(r) == 7 for r in rows)
for r, j in zip(rows, reps):
    best = max(j["matches"], key=lambda m: ["low", "medium", "high"].index(m["confidence"]), default=None)
    want = [j["source"], "%d-%d" % (j["first_line"], j["last_line"]), j["kind"], j["title"],
            best["id"] if best else "-", best["confidence"] if best else "-",
            "%.6f" % j["time"] if j["time"] is not None else "-"]
    assert r == want, (r, want)' "$TMP/out" "$TMP/multi.json"
kt scan -f tsv --label "$hostile" "$TMP/unknown.log" "$CLEAN"
check "tsv hostile label: still one line of seven fields, unknown crash as -" python3 -c '
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 1 and len(rows[0]) == 7 and rows[0][4:6] == ["-", "-"]' "$TMP/out"
done_testing
