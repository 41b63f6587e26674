-- SPDX-License-Identifier: GPL-2.0-or-later
-- ktriage signature database, schema version 4.
-- Built by "ktriage signatures compile" from signatures/*.sig; read-only at
-- triage time.  application_id 0x4b545247 ("KTRG") and user_version (the
-- schema version) let ktriage refuse a file that is not one of its own.
PRAGMA application_id = 1263817287;
PRAGMA user_version = 5;

-- Every table but meta is WITHOUT ROWID: stored in primary-key order, so
-- the loader's "ORDER BY sig_id, seq" reads each table in one pass instead
-- of walking an index and looking every row up (most of start-up).

-- schema_version, db_version, source_hash (SHA-256 of the .sig sources),
-- created (UTC), ktriage_version (of the compiler), fields (the condition
-- fields of the compiler, "line,title,...": a ktriage with another set
-- refuses the database; version 1 had no fields key)
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE signatures (
	id TEXT PRIMARY KEY,
	version INTEGER NOT NULL CHECK (version > 0),
	title TEXT NOT NULL,
	arch TEXT,
	platform TEXT,
	evidence TEXT NOT NULL CHECK (evidence IN ('console', 'partial', 'frames-only')),
	workaround TEXT,
	description TEXT NOT NULL,
	test_log TEXT NOT NULL,	-- the first Test-Log (all are in test_logs)
	file TEXT NOT NULL
) WITHOUT ROWID;

-- Test-Log (kind 'log') and Test-Not (kind 'not') paths, in file order
CREATE TABLE test_logs (
	sig_id TEXT NOT NULL REFERENCES signatures(id),
	seq INTEGER NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('log', 'not')),
	path TEXT NOT NULL,
	PRIMARY KEY (sig_id, seq)
) WITHOUT ROWID;

-- Introduced-By / Fixed-By, in file order
CREATE TABLE commits (
	sig_id TEXT NOT NULL REFERENCES signatures(id),
	role TEXT NOT NULL CHECK (role IN ('introduced', 'fixed')),
	seq INTEGER NOT NULL,
	sha TEXT NOT NULL,
	subject TEXT,
	unverified INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (sig_id, role, seq)
) WITHOUT ROWID;

CREATE TABLE fixed_in (
	sig_id TEXT NOT NULL REFERENCES signatures(id),
	seq INTEGER NOT NULL,
	release TEXT NOT NULL,
	PRIMARY KEY (sig_id, seq)
) WITHOUT ROWID;

CREATE TABLE links (
	sig_id TEXT NOT NULL REFERENCES signatures(id),
	seq INTEGER NOT NULL,
	url TEXT NOT NULL,
	PRIMARY KEY (sig_id, seq)
) WITHOUT ROWID;

-- Require / Support / Reject conditions; line is the line in the .sig file;
-- field is one of meta "fields"; variant names the Variant the condition
-- belongs to (NULL: every variant); distinctive marks a Require that holds
-- on no other signature's Test-Log nor any Test-Not (decided at compile
-- time, version 3); common marks a condition on a frame, guilty, pc, lr,
-- function or context that holds in many logs of other bugs, and so
-- corroborates nothing (decided at compile time, version 4); inlined maps
-- each function a Require names to the callers its Test-Logs show,
-- "f:caller1,caller2 g:caller3" (a build may inline f into them; decided
-- at compile time, version 5), or NULL
CREATE TABLE conditions (
	sig_id TEXT NOT NULL REFERENCES signatures(id),
	seq INTEGER NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('require', 'support', 'reject')),
	field TEXT NOT NULL,
	pattern TEXT NOT NULL,
	icase INTEGER NOT NULL DEFAULT 0,
	line INTEGER NOT NULL,
	variant TEXT,
	distinctive INTEGER NOT NULL DEFAULT 0,
	common INTEGER NOT NULL DEFAULT 0,
	inlined TEXT,
	PRIMARY KEY (sig_id, seq)
) WITHOUT ROWID;
