/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tree: verdicts from the user's kernel git tree (tree.h).
 *
 * The index is one revwalk from the revision: every reachable commit id
 * (sorted, for ancestry by binary search: "is the fix an ancestor" is "is
 * it in the set", no merge-base walk per question), every trailer naming
 * an upstream commit, and a hash of every subject.  Objects are read raw
 * from the object database (no git_commit parsing) to keep a walk of a few
 * hundred thousand commits within seconds.  The index, and the patch-id
 * searches done on top of it, are cached per revision (the history
 * reachable from a commit id never changes; shallow clones are not cached,
 * since deepening one changes it).
 */
#include "config.h"

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <git2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lines.h"
#include "strbuf.h"
#include "tree.h"
#include "util.h"

/*
 * libgit2 is loaded when a tree is first opened, not at start-up: linked
 * in, it and the libraries it needs (Kerberos, TLS, SSH, HTTP) cost every
 * run more relocation time than grep takes to start, for a feature most
 * runs never use.  The names below stand for the functions found in it.
 */
#define KT_GIT_FUNCS(X) \
	X(git_commit_free) \
	X(git_commit_id) \
	X(git_commit_lookup) \
	X(git_commit_message) \
	X(git_commit_parent) \
	X(git_commit_parentcount) \
	X(git_commit_tree) \
	X(git_diff_free) \
	X(git_diff_get_delta) \
	X(git_diff_num_deltas) \
	X(git_diff_options_init) \
	X(git_diff_patchid) \
	X(git_diff_tree_to_tree) \
	X(git_error_clear) \
	X(git_error_last) \
	X(git_graph_descendant_of) \
	X(git_libgit2_init) \
	X(git_libgit2_shutdown) \
	X(git_object_free) \
	X(git_object_id) \
	X(git_object_peel) \
	X(git_odb_exists_prefix) \
	X(git_odb_free) \
	X(git_odb_object_data) \
	X(git_odb_object_free) \
	X(git_odb_object_size) \
	X(git_odb_read) \
	X(git_oid_cmp) \
	X(git_oid_cpy) \
	X(git_oid_equal) \
	X(git_oid_fromstr) \
	X(git_oid_fromstrn) \
	X(git_oid_is_zero) \
	X(git_oid_tostr) \
	X(git_repository_free) \
	X(git_repository_is_shallow) \
	X(git_repository_odb) \
	X(git_repository_open_ext) \
	X(git_repository_path) \
	X(git_revparse_single) \
	X(git_revwalk_free) \
	X(git_revwalk_hide) \
	X(git_revwalk_new) \
	X(git_revwalk_next) \
	X(git_revwalk_push) \
	X(git_revwalk_sorting) \
	X(git_strarray_dispose) \
	X(git_tag_list_match) \
	X(git_tree_free)

static struct {
#define X(f) __typeof__(f) *f;
	KT_GIT_FUNCS(X)
#undef X
} kt_git;
static const char *git_missing;	/* why libgit2 could not be loaded, or NULL */
static pthread_once_t git_once = PTHREAD_ONCE_INIT;

static void
load_git(void)
{
	void *h = dlopen(KT_LIBGIT2_SONAME, RTLD_NOW | RTLD_LOCAL);

	if (!h) {
		git_missing = "cannot load " KT_LIBGIT2_SONAME;
		return;
	}
#define X(f) \
	if (!(*(void **)&kt_git.f = dlsym(h, #f))) { \
		git_missing = "libgit2 lacks a function ktriage needs: " #f; \
		return; \
	}
	KT_GIT_FUNCS(X)
#undef X
}

#define git_commit_free kt_git.git_commit_free
#define git_commit_id kt_git.git_commit_id
#define git_commit_lookup kt_git.git_commit_lookup
#define git_commit_message kt_git.git_commit_message
#define git_commit_parent kt_git.git_commit_parent
#define git_commit_parentcount kt_git.git_commit_parentcount
#define git_commit_tree kt_git.git_commit_tree
#define git_diff_free kt_git.git_diff_free
#define git_diff_get_delta kt_git.git_diff_get_delta
#define git_diff_num_deltas kt_git.git_diff_num_deltas
#define git_diff_options_init kt_git.git_diff_options_init
#define git_diff_patchid kt_git.git_diff_patchid
#define git_diff_tree_to_tree kt_git.git_diff_tree_to_tree
#define git_error_clear kt_git.git_error_clear
#define git_error_last kt_git.git_error_last
#define git_graph_descendant_of kt_git.git_graph_descendant_of
#define git_libgit2_init kt_git.git_libgit2_init
#define git_libgit2_shutdown kt_git.git_libgit2_shutdown
#define git_object_free kt_git.git_object_free
#define git_object_id kt_git.git_object_id
#define git_object_peel kt_git.git_object_peel
#define git_odb_exists_prefix kt_git.git_odb_exists_prefix
#define git_odb_free kt_git.git_odb_free
#define git_odb_object_data kt_git.git_odb_object_data
#define git_odb_object_free kt_git.git_odb_object_free
#define git_odb_object_size kt_git.git_odb_object_size
#define git_odb_read kt_git.git_odb_read
#define git_oid_cmp kt_git.git_oid_cmp
#define git_oid_cpy kt_git.git_oid_cpy
#define git_oid_equal kt_git.git_oid_equal
#define git_oid_fromstr kt_git.git_oid_fromstr
#define git_oid_fromstrn kt_git.git_oid_fromstrn
#define git_oid_is_zero kt_git.git_oid_is_zero
#define git_oid_tostr kt_git.git_oid_tostr
#define git_repository_free kt_git.git_repository_free
#define git_repository_is_shallow kt_git.git_repository_is_shallow
#define git_repository_odb kt_git.git_repository_odb
#define git_repository_open_ext kt_git.git_repository_open_ext
#define git_repository_path kt_git.git_repository_path
#define git_revparse_single kt_git.git_revparse_single
#define git_revwalk_free kt_git.git_revwalk_free
#define git_revwalk_hide kt_git.git_revwalk_hide
#define git_revwalk_new kt_git.git_revwalk_new
#define git_revwalk_next kt_git.git_revwalk_next
#define git_revwalk_push kt_git.git_revwalk_push
#define git_revwalk_sorting kt_git.git_revwalk_sorting
#define git_strarray_dispose kt_git.git_strarray_dispose
#define git_tag_list_match kt_git.git_tag_list_match
#define git_tree_free kt_git.git_tree_free

#define HEXSZ 40

struct trailer {
	char hex[HEXSZ + 1];	/* the upstream commit as written, lower case */
	unsigned char kind;	/* index in trailer_kinds[] */
	git_oid commit;		/* the commit whose message has it */
};

struct subject {
	uint64_t hash;
	git_oid commit;
};

/* A patch-id search done: fix and the commit found with its patch id (zero: none). */
struct pidres {
	git_oid fix, found;
};

struct kt_tree {
	git_repository *repo;
	char *dir, *rev, *cache_dir;
	char rev_hex[HEXSZ + 1];
	char *problem;
	bool indexed, shallow;
	git_oid *commits;	/* sorted */
	size_t ncommits;
	struct trailer *tr;	/* sorted by hex */
	size_t ntr;
	struct subject *subj;	/* sorted by hash */
	size_t nsubj;
	struct pidres *pid;
	size_t npid;
	bool pid_dirty;
	struct kt_tree_stats stats;
};

/* The trailers stable and distributions write, as "before <sha> after". */
static const struct {
	const char *before, *after, *shown;	/* shown: after, as the verdict prints it */
	bool revert;				/* git revert's line: the commit named is undone */
} trailer_kinds[] = {
	{ "commit ", " upstream", " upstream.", false },
	{ "[ Upstream commit ", " ]", " ]", false },
	{ "[Upstream commit ", "]", "]", false },
	{ "(cherry picked from commit ", ")", ")", false },
	{ "(backported from commit ", ")", ")", false },
	{ "This reverts commit ", ".", ".", true },
};

static int git_users;

/* Load libgit2 and count a user: false (nothing to count) when it cannot be loaded. */
static bool
lib_init(void)
{
	pthread_once(&git_once, load_git);
	if (git_missing)
		return false;
	/* libgit2's global state is reference-counted; one init per tree */
	git_libgit2_init();
	git_users++;
	return true;
}

/* what is "not a git repository" and the like; libgit2's reason follows */
static void
set_problem(struct kt_tree *t, const char *what, const char *arg)
{
	struct strbuf sb = STRBUF_INIT;
	const git_error *e = git_error_last();

	free(t->problem);
	strbuf_addf(&sb, "%s %s", arg, what);
	if (e && e->message && *e->message)
		strbuf_addf(&sb, " (%s)", e->message);
	t->problem = strbuf_detach(&sb, NULL);
}

struct kt_tree *
kt_tree_open(const char *dir, const char *rev, const char *cache_dir)
{
	struct kt_tree *t = xcalloc(1, sizeof(*t));
	git_object *obj = NULL;
	git_commit *c = NULL;

	t->dir = xstrdup(dir);
	t->rev = xstrdup(rev ? rev : "HEAD");
	t->cache_dir = cache_dir ? xstrdup(cache_dir) : NULL;
	if (!lib_init()) {
		t->problem = xstrdup(git_missing);
		return t;
	}
	/* the directory itself must be the work tree or the git dir: a
	 * kernel tree inside some other repository is not that repository */
	if (git_repository_open_ext(&t->repo, dir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL)) {
		t->repo = NULL;
		git_error_clear();	/* its "could not find repository" says no more */
		set_problem(t, "is not a git repository", dir);
		return t;
	}
	t->shallow = git_repository_is_shallow(t->repo) == 1;
	t->stats.shallow = t->shallow;
	if (git_revparse_single(&obj, t->repo, t->rev) ||
	    git_object_peel((git_object **)&c, obj, GIT_OBJECT_COMMIT)) {
		set_problem(t, "is not a commit of this tree", t->rev);
	} else {
		git_oid_tostr(t->rev_hex, sizeof(t->rev_hex), git_commit_id(c));
	}
	git_commit_free(c);
	git_object_free(obj);
	return t;
}

void
kt_tree_close(struct kt_tree *t)
{
	if (!t)
		return;
	if (t->repo)
		git_repository_free(t->repo);
	free(t->dir);
	free(t->rev);
	free(t->cache_dir);
	free(t->problem);
	free(t->commits);
	free(t->tr);
	free(t->subj);
	free(t->pid);
	free(t);
	if (git_users > 0) {
		git_users--;
		git_libgit2_shutdown();
	}
}

const char *
kt_tree_problem(const struct kt_tree *t)
{
	return t->problem;
}

const struct kt_tree_stats *
kt_tree_stats(const struct kt_tree *t)
{
	return &t->stats;
}

/* ------------------------------------------------------------- indexing */

static uint64_t
hash_subject(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	n = kt_trimmed_len(s, n);
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static size_t
hex_run(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && isxdigit((unsigned char)s[k]))
		k++;
	return k;
}

/*
 * The upstream commit a message line names by one of trailer_kinds, into
 * hex (lower case); returns the kind + 1, or 0 when the line is no trailer.
 */
static int
parse_trailer(const char *line, size_t len, char *hex)
{
	while (len && (*line == ' ' || *line == '\t')) {
		line++;
		len--;
	}
	for (size_t k = 0; k < ARRAY_SIZE(trailer_kinds); k++) {
		size_t bl = strlen(trailer_kinds[k].before), al = strlen(trailer_kinds[k].after), h;

		if (len < bl || strncasecmp(line, trailer_kinds[k].before, bl))
			continue;
		h = hex_run(line + bl, len - bl);
		if (h < 7 || h > HEXSZ || len - bl - h < al || strncmp(line + bl + h, trailer_kinds[k].after, al))
			continue;
		for (size_t i = 0; i < h; i++)
			hex[i] = (char)tolower((unsigned char)line[bl + i]);
		hex[h] = '\0';
		return (int)k + 1;
	}
	return 0;
}

struct builder {
	size_t ncommits, acommits, ntr, atr, nsubj, asubj;
};

/* Record one commit's subject and trailers (raw commit object text). */
static void
index_message(struct kt_tree *t, struct builder *b, const git_oid *id, const char *data, size_t len)
{
	const char *end = data + len, *msg = kt_memmem(data, len, "\n\n", 2), *p, *nl;
	struct subject *s;

	if (!msg)
		return;
	msg += 2;
	nl = memchr(msg, '\n', (size_t)(end - msg));
	t->subj = xgrow(t->subj, sizeof(*t->subj), b->nsubj + 1, &b->asubj);
	s = &t->subj[b->nsubj++];
	s->hash = hash_subject(msg, (size_t)((nl ? nl : end) - msg));
	git_oid_cpy(&s->commit, id);
	for (p = nl; p && p < end; p = nl) {
		char hex[HEXSZ + 1];
		int kind;

		p++;
		nl = memchr(p, '\n', (size_t)(end - p));
		kind = parse_trailer(p, (size_t)((nl ? nl : end) - p), hex);
		if (!kind)
			continue;
		t->tr = xgrow(t->tr, sizeof(*t->tr), b->ntr + 1, &b->atr);
		memcpy(t->tr[b->ntr].hex, hex, sizeof(hex));
		t->tr[b->ntr].kind = (unsigned char)(kind - 1);
		git_oid_cpy(&t->tr[b->ntr].commit, id);
		b->ntr++;
	}
}

static int
cmp_oid(const void *a, const void *b)
{
	return git_oid_cmp(a, b);
}

static int
cmp_trailer(const void *a, const void *b)
{
	return strcmp(((const struct trailer *)a)->hex, ((const struct trailer *)b)->hex);
}

static int
cmp_subject(const void *a, const void *b)
{
	uint64_t x = ((const struct subject *)a)->hash, y = ((const struct subject *)b)->hash;

	return x < y ? -1 : x > y;
}

/* A set of commit ids: open addressing on the id's first bytes (already uniform). */
struct oidset {
	git_oid *slot;
	unsigned char *used;
	size_t cap, n;
};

static size_t
oid_hash(const git_oid *id)
{
	uint64_t h;

	memcpy(&h, id->id, sizeof(h));
	return (size_t)h;
}

static void oidset_grow(struct oidset *s);

/* Add id; false when it was already there. */
static bool
oidset_add(struct oidset *s, const git_oid *id)
{
	size_t i;

	if (2 * (s->n + 1) > s->cap)
		oidset_grow(s);
	for (i = oid_hash(id) & (s->cap - 1); s->used[i]; i = (i + 1) & (s->cap - 1))
		if (git_oid_equal(&s->slot[i], id))
			return false;
	s->used[i] = 1;
	git_oid_cpy(&s->slot[i], id);
	s->n++;
	return true;
}

static void
oidset_grow(struct oidset *s)
{
	struct oidset big = { NULL, NULL, s->cap ? s->cap * 2 : 1024, 0 };

	big.slot = xmalloc(big.cap * sizeof(*big.slot));
	big.used = xcalloc(big.cap, 1);
	for (size_t i = 0; i < s->cap; i++)
		if (s->used[i])
			oidset_add(&big, &s->slot[i]);
	free(s->slot);
	free(s->used);
	*s = big;
}

/* Push the parents named in the header of a raw commit onto the stack. */
static void
push_parents(const char *data, size_t len, git_oid **stack, size_t *n, size_t *alloc)
{
	const char *p = data, *end = data + len;

	while (p < end && *p != '\n') {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		if (!nl)
			break;
		if (nl - p == 7 + HEXSZ && !memcmp(p, "parent ", 7)) {
			*stack = xgrow(*stack, sizeof(**stack), *n + 1, alloc);
			if (git_oid_fromstrn(&(*stack)[*n], p + 7, HEXSZ) == 0)
				(*n)++;
		}
		p = nl + 1;
	}
}

/*
 * Every commit reachable from the revision, depth first over raw objects.
 * Not git_revwalk: a parent missing from the object database (a shallow
 * clone, which libgit2 before 1.7 cannot walk) ends that line of history
 * instead of the walk, and the tree is then treated as shallow.
 */
static int
walk_index(struct kt_tree *t)
{
	struct oidset seen = { NULL, NULL, 0, 0 };
	git_oid *stack = NULL;
	size_t nstack = 0, astack = 0;
	git_odb *odb = NULL;
	struct builder b = { 0, 0, 0, 0, 0, 0 };

	if (git_repository_odb(&odb, t->repo))
		return -1;
	stack = xgrow(stack, sizeof(*stack), 1, &astack);
	if (git_oid_fromstr(&stack[nstack++], t->rev_hex)) {
		git_odb_free(odb);
		free(stack);
		return -1;
	}
	while (nstack) {
		git_oid id = stack[--nstack];
		git_odb_object *o;

		if (!oidset_add(&seen, &id))
			continue;
		if (git_odb_read(&o, odb, &id)) {
			t->shallow = true;	/* history cut short */
			continue;
		}
		t->commits = xgrow(t->commits, sizeof(*t->commits), b.ncommits + 1, &b.acommits);
		git_oid_cpy(&t->commits[b.ncommits++], &id);
		push_parents(git_odb_object_data(o), git_odb_object_size(o), &stack, &nstack, &astack);
		index_message(t, &b, &id, git_odb_object_data(o), git_odb_object_size(o));
		git_odb_object_free(o);
	}
	t->ncommits = b.ncommits;
	t->ntr = b.ntr;
	t->nsubj = b.nsubj;
	if (t->ncommits)
		qsort(t->commits, t->ncommits, sizeof(*t->commits), cmp_oid);
	if (t->ntr)
		qsort(t->tr, t->ntr, sizeof(*t->tr), cmp_trailer);
	if (t->nsubj)
		qsort(t->subj, t->nsubj, sizeof(*t->subj), cmp_subject);
	free(seen.slot);
	free(seen.used);
	free(stack);
	git_odb_free(odb);
	return 0;
}

/* ---------------------------------------------------------------- cache */

#define CACHE_MAGIC "ktriage-tree-index 2\n"

struct cache_head {
	char magic[24];
	char rev[HEXSZ + 1];
	unsigned char sizes[4];	/* the record sizes: a cache of another build is ignored */
	uint64_t ncommits, ntr, nsubj, npid;
};

static char *
cache_path(const struct kt_tree *t)
{
	struct strbuf sb = STRBUF_INIT;
	const char *gitdir = git_repository_path(t->repo);
	char real[4096];
	uint64_t h;

	if (!t->cache_dir || t->shallow || !gitdir)
		return NULL;
	if (!realpath(gitdir, real))
		snprintf(real, sizeof(real), "%s", gitdir);
	h = hash_subject(real, strlen(real));
	strbuf_addf(&sb, "%s/%016llx-%s.idx", t->cache_dir, (unsigned long long)h, t->rev_hex);
	return strbuf_detach(&sb, NULL);
}

static void
head_init(const struct kt_tree *t, struct cache_head *h)
{
	memset(h, 0, sizeof(*h));
	memcpy(h->magic, CACHE_MAGIC, strlen(CACHE_MAGIC));
	memcpy(h->rev, t->rev_hex, sizeof(h->rev));
	h->sizes[0] = (unsigned char)sizeof(git_oid);
	h->sizes[1] = (unsigned char)sizeof(struct trailer);
	h->sizes[2] = (unsigned char)sizeof(struct subject);
	h->sizes[3] = (unsigned char)sizeof(struct pidres);
	h->ncommits = t->ncommits;
	h->ntr = t->ntr;
	h->nsubj = t->nsubj;
	h->npid = t->npid;
}

static bool
read_array(FILE *fp, void **dst, size_t elem, uint64_t n)
{
	*dst = xmalloc(n ? (size_t)n * elem : 1);
	return fread(*dst, elem, (size_t)n, fp) == (size_t)n;
}

/* Do the counts of h add up to the file's size?  (Checked before any allocation.) */
static bool
sizes_fit(FILE *fp, const struct cache_head *h)
{
	struct stat st;
	const uint64_t lim = (uint64_t)1 << 32;

	if (fstat(fileno(fp), &st) || h->ncommits > lim || h->ntr > lim || h->nsubj > lim || h->npid > lim)
		return false;
	return (uint64_t)st.st_size == sizeof(*h) + h->ncommits * sizeof(git_oid) +
	    h->ntr * sizeof(struct trailer) + h->nsubj * sizeof(struct subject) + h->npid * sizeof(struct pidres);
}

static bool
cache_load(struct kt_tree *t)
{
	char *path = cache_path(t);
	struct cache_head h, want;
	FILE *fp = path ? fopen(path, "rb") : NULL;
	bool ok;

	free(path);
	if (!fp)
		return false;
	head_init(t, &want);
	ok = fread(&h, sizeof(h), 1, fp) == 1 && !memcmp(h.magic, want.magic, sizeof(h.magic)) &&
	    !memcmp(h.rev, want.rev, sizeof(h.rev)) && !memcmp(h.sizes, want.sizes, sizeof(h.sizes)) &&
	    sizes_fit(fp, &h) && read_array(fp, (void **)&t->commits, sizeof(*t->commits), h.ncommits) &&
	    read_array(fp, (void **)&t->tr, sizeof(*t->tr), h.ntr) &&
	    read_array(fp, (void **)&t->subj, sizeof(*t->subj), h.nsubj) &&
	    read_array(fp, (void **)&t->pid, sizeof(*t->pid), h.npid);
	fclose(fp);
	if (ok) {
		t->ncommits = (size_t)h.ncommits;
		t->ntr = (size_t)h.ntr;
		t->nsubj = (size_t)h.nsubj;
		t->npid = (size_t)h.npid;
		return true;
	}
	free(t->commits);
	free(t->tr);
	free(t->subj);
	free(t->pid);
	t->commits = NULL;
	t->tr = NULL;
	t->subj = NULL;
	t->pid = NULL;
	return false;
}

static int
mkdir_p(const char *dir)
{
	char *p = xstrdup(dir);

	for (char *s = p + 1; *s; s++)
		if (*s == '/') {
			*s = '\0';
			mkdir(p, 0700);
			*s = '/';
		}
	free(p);
	return mkdir(dir, 0700) && errno != EEXIST ? -1 : 0;
}

/* fwrite of n elements; an empty array may have no buffer at all */
static bool
write_array(FILE *fp, const void *p, size_t elem, size_t n)
{
	return !n || fwrite(p, elem, n, fp) == n;
}

/* Write the index atomically (temporary file, rename); failing is not an error. */
static void
cache_store(struct kt_tree *t)
{
	char *path = cache_path(t);
	struct strbuf tmp = STRBUF_INIT;
	struct cache_head h;
	FILE *fp;
	bool ok;

	if (!path || mkdir_p(t->cache_dir)) {
		free(path);
		return;
	}
	strbuf_addf(&tmp, "%s.%ld.tmp", path, (long)getpid());
	head_init(t, &h);
	if ((fp = fopen(tmp.buf, "wb"))) {
		ok = fwrite(&h, sizeof(h), 1, fp) == 1 &&
		    write_array(fp, t->commits, sizeof(*t->commits), t->ncommits) &&
		    write_array(fp, t->tr, sizeof(*t->tr), t->ntr) &&
		    write_array(fp, t->subj, sizeof(*t->subj), t->nsubj) &&
		    write_array(fp, t->pid, sizeof(*t->pid), t->npid);
		ok &= fclose(fp) == 0;
		if (!ok || rename(tmp.buf, path))
			unlink(tmp.buf);
	}
	strbuf_release(&tmp);
	free(path);
}

static int
tree_index(struct kt_tree *t)
{
	double t0 = kt_mono_now();

	if (t->indexed)
		return 0;
	if (t->problem)
		return -1;
	if (cache_load(t)) {
		t->stats.from_cache = true;
	} else if (walk_index(t)) {
		set_problem(t, "could not be walked: corrupt repository?", t->rev);
		return -1;
	} else {
		t->stats.shallow = t->shallow;
		cache_store(t);
	}
	t->indexed = true;
	t->stats.commits = t->ncommits;
	t->stats.seconds = kt_mono_now() - t0;
	return 0;
}

/* -------------------------------------------------------------- lookups */

static bool
reachable(const struct kt_tree *t, const git_oid *id)
{
	return t->ncommits && bsearch(id, t->commits, t->ncommits, sizeof(*t->commits), cmp_oid);
}

/* Resolve sha (7 to 40 hex digits) by prefix in the object database. */
static bool
resolve(const struct kt_tree *t, const char *sha, git_oid *out)
{
	git_odb *odb = NULL;
	git_oid short_id;
	size_t n = strlen(sha);
	bool ok;

	if (!t->repo || n < 7 || n > HEXSZ || hex_run(sha, n) != n)
		return false;
	if (git_oid_fromstrn(&short_id, sha, n) || git_repository_odb(&odb, t->repo))
		return false;
	ok = git_odb_exists_prefix(out, odb, &short_id, n) == 0;
	git_odb_free(odb);
	return ok;
}

/* Do the commit ids a and b name the same commit (one a prefix of the other, 7 digits at least)? */
static bool
same_prefix(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), n = la < lb ? la : lb;

	return n >= 7 && !strncasecmp(a, b, n);
}

/* A trailer of tr[0..ntr) (sorted) naming sha (full or abbreviated), a revert's or a backport's, or NULL. */
static const struct trailer *
find_trailer_in(const struct trailer *tr, size_t ntr, const char *sha, bool revert)
{
	size_t lo = 0, hi = ntr;
	char key[8];

	if (strlen(sha) < 7)
		return NULL;
	for (size_t i = 0; i < 7; i++)
		key[i] = (char)tolower((unsigned char)sha[i]);
	key[7] = '\0';
	while (lo < hi) {	/* the first trailer not below the 7-digit prefix */
		size_t mid = lo + (hi - lo) / 2;

		if (strncmp(tr[mid].hex, key, 7) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < ntr && !strncmp(tr[lo].hex, key, 7); lo++)
		if (same_prefix(tr[lo].hex, sha) && trailer_kinds[tr[lo].kind].revert == revert)
			return &tr[lo];
	return NULL;
}

static const struct trailer *
find_trailer(const struct kt_tree *t, const char *sha)
{
	return find_trailer_in(t->tr, t->ntr, sha, false);
}

/* The first line of commit id's message, trailing blanks removed (malloc'ed), or NULL. */
static char *
commit_subject(const struct kt_tree *t, const git_oid *id)
{
	git_commit *c;
	const char *m;
	char *s = NULL;

	if (git_commit_lookup(&c, t->repo, id))
		return NULL;
	if ((m = git_commit_message(c))) {
		s = xstrndup(m, kt_trimmed_len(m, strcspn(m, "\n")));
	}
	git_commit_free(c);
	return s;
}

/* A reachable commit other than except whose subject is subject. */
static bool
find_subject(const struct kt_tree *t, const char *subject, const git_oid *except, git_oid *out)
{
	struct subject key = { hash_subject(subject, strlen(subject)), { { 0 } } };
	const struct subject *s = t->nsubj ? bsearch(&key, t->subj, t->nsubj, sizeof(*t->subj), cmp_subject) : NULL;
	size_t len = kt_trimmed_len(subject, strlen(subject));

	if (!s || !len)
		return false;
	while (s > t->subj && s[-1].hash == key.hash)
		s--;
	for (; s < t->subj + t->nsubj && s->hash == key.hash; s++) {
		char *got;
		bool same;

		if (except && git_oid_equal(&s->commit, except))
			continue;
		got = commit_subject(t, &s->commit);
		same = got && strlen(got) == len && !strncmp(got, subject, len);
		free(got);
		if (same) {
			git_oid_cpy(out, &s->commit);
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------ patch ids */

/* The patch id of commit id against its one parent, and the paths it touches. */
static int
commit_patchid(git_repository *repo, const git_oid *id, const git_strarray *paths, git_oid *pid,
    char ***touched, size_t *ntouched)
{
	git_commit *c = NULL, *parent = NULL;
	git_tree *a = NULL, *b = NULL;
	git_diff *d = NULL;
	git_diff_options o;
	int rc = -1;

	git_diff_options_init(&o, GIT_DIFF_OPTIONS_VERSION);
	if (paths)
		o.pathspec = *paths;
	if (git_commit_lookup(&c, repo, id) || git_commit_parentcount(c) != 1 ||
	    git_commit_parent(&parent, c, 0) || git_commit_tree(&a, parent) || git_commit_tree(&b, c) ||
	    git_diff_tree_to_tree(&d, repo, a, b, &o))
		goto out;
	if (paths && !git_diff_num_deltas(d)) {
		rc = 1;	/* touches none of the paths */
		goto out;
	}
	if (paths) {
		git_diff_free(d);
		d = NULL;
		o.pathspec.count = 0;
		if (git_diff_tree_to_tree(&d, repo, a, b, &o))
			goto out;
	}
	for (size_t i = 0; touched && i < git_diff_num_deltas(d); i++) {
		*touched = xrealloc(*touched, (*ntouched + 1) * sizeof(**touched));
		(*touched)[(*ntouched)++] = xstrdup(git_diff_get_delta(d, i)->new_file.path);
	}
	rc = git_diff_patchid(pid, d, NULL) ? -1 : 0;
out:
	git_diff_free(d);
	git_tree_free(a);
	git_tree_free(b);
	git_commit_free(parent);
	git_commit_free(c);
	return rc;
}

struct pid_query {
	git_oid fix, pid;
	bool found;
	git_oid by;
};

/*
 * One walk over the commits reachable from the revision and from none of
 * the fixes (a cherry-pick is never an ancestor of what it copies): those
 * touching a path of some fix get a patch id, compared with the fixes'.
 */
static void
pid_walk(struct kt_tree *t, struct pid_query *q, size_t nq, char **paths, size_t npaths)
{
	git_strarray ps = { paths, npaths };
	git_revwalk *w = NULL;
	git_oid id, start;

	if (git_revwalk_new(&w, t->repo) || git_oid_fromstr(&start, t->rev_hex) || git_revwalk_push(w, &start)) {
		git_revwalk_free(w);
		return;
	}
	git_revwalk_sorting(w, GIT_SORT_NONE);
	for (size_t i = 0; i < nq; i++)
		git_revwalk_hide(w, &q[i].fix);
	while (git_revwalk_next(&id, w) == 0) {
		git_oid pid;

		t->stats.pid_commits++;
		if (commit_patchid(t->repo, &id, &ps, &pid, NULL, NULL))
			continue;
		for (size_t i = 0; i < nq; i++)
			if (!q[i].found && git_oid_equal(&pid, &q[i].pid)) {
				q[i].found = true;
				git_oid_cpy(&q[i].by, &id);
			}
	}
	git_revwalk_free(w);
}

static const struct pidres *
pid_cached(const struct kt_tree *t, const git_oid *fix)
{
	for (size_t i = 0; i < t->npid; i++)
		if (git_oid_equal(&t->pid[i].fix, fix))
			return &t->pid[i];
	return NULL;
}

/* Search by patch id every fix of the set that the tree knows but neither has nor names. */
static void
pid_search(struct kt_tree *t, const struct kt_sigset *set)
{
	struct pid_query *q = NULL;
	size_t nq = 0, alloc = 0, npaths = 0;
	char **paths = NULL;

	for (size_t i = 0; i < set->nsigs; i++)
		for (size_t k = 0; k < set->sigs[i].nfixed; k++) {
			git_oid fix;

			if (!resolve(t, set->sigs[i].fixed[k].sha, &fix) || reachable(t, &fix) ||
			    find_trailer(t, set->sigs[i].fixed[k].sha) || pid_cached(t, &fix))
				continue;
			q = xgrow(q, sizeof(*q), nq + 1, &alloc);
			memset(&q[nq], 0, sizeof(q[nq]));
			git_oid_cpy(&q[nq].fix, &fix);
			if (commit_patchid(t->repo, &fix, NULL, &q[nq].pid, &paths, &npaths) == 0)
				nq++;
		}
	if (nq && npaths) {
		double t0 = kt_mono_now();

		pid_walk(t, q, nq, paths, npaths);
		t->stats.pid_seconds = kt_mono_now() - t0;
	}
	for (size_t i = 0; i < nq; i++) {
		t->pid = xrealloc(t->pid, (t->npid + 1) * sizeof(*t->pid));
		git_oid_cpy(&t->pid[t->npid].fix, &q[i].fix);
		memset(&t->pid[t->npid].found, 0, sizeof(git_oid));
		if (q[i].found)
			git_oid_cpy(&t->pid[t->npid].found, &q[i].by);
		t->npid++;
		t->pid_dirty = true;
	}
	for (size_t i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	free(q);
}

/* ------------------------------------------------------------- verdicts */

static void
set_found(const struct kt_tree *t, struct kt_tree_fix *f, enum kt_tree_state st,
    enum kt_tree_evidence ev, const git_oid *by)
{
	f->state = st;
	f->evidence = ev;
	git_oid_tostr(f->commit, sizeof(f->commit), by);
	f->subject = commit_subject(t, by);
}

/* The commit carrying the fix reverted later ("This reverts commit <it>."): not fixed. */
static void
check_revert(const struct kt_tree *t, struct kt_tree_fix *f)
{
	const struct trailer *rv = find_trailer_in(t->tr, t->ntr, f->commit, true);

	if (!rv)
		return;
	f->state = KT_TREE_NOT_FIXED;
	git_oid_tostr(f->reverted, sizeof(f->reverted), &rv->commit);
	f->revert_subject = commit_subject(t, &rv->commit);
}

static void
judge_fix(const struct kt_tree *t, struct kt_tree_fix *f)
{
	const char *sha = f->fix->sha;
	git_oid fix, by;
	const struct trailer *tr;
	const struct pidres *pr;
	bool known = resolve(t, sha, &fix);
	char *subject = known ? commit_subject(t, &fix) : NULL;
	struct strbuf sb = STRBUF_INIT;
	const char *subj = subject ? subject : f->fix->subject;

	if (known && reachable(t, &fix)) {
		set_found(t, f, KT_TREE_FIXED, KT_TREE_EV_ANCESTOR, &fix);
	} else if ((tr = find_trailer(t, sha))) {
		set_found(t, f, KT_TREE_BACKPORT, KT_TREE_EV_TRAILER, &tr->commit);
		strbuf_addf(&sb, "%s%s%s", trailer_kinds[tr->kind].before, tr->hex, trailer_kinds[tr->kind].shown);
		f->trailer = strbuf_detach(&sb, NULL);
	} else if (known && (pr = pid_cached(t, &fix)) && !git_oid_is_zero(&pr->found)) {
		set_found(t, f, KT_TREE_BACKPORT, KT_TREE_EV_PATCH_ID, &pr->found);
	} else if (subj && find_subject(t, subj, known ? &fix : NULL, &by)) {
		set_found(t, f, KT_TREE_BACKPORT, KT_TREE_EV_SUBJECT, &by);
	} else if (known && t->shallow) {
		f->reason = xstrdup("shallow clone: the tree's history is cut, so the fix may be beyond it");
	} else if (known) {
		f->state = KT_TREE_NOT_FIXED;
	} else {
		strbuf_addf(&sb, "this tree does not know commit %.12s (another project, or a history that "
		    "does not reach it%s)", sha, t->shallow ? ": it is a shallow clone" : "");
		f->reason = strbuf_detach(&sb, NULL);
	}
	free(subject);
	strbuf_release(&sb);
	if (f->state == KT_TREE_FIXED || f->state == KT_TREE_BACKPORT)
		check_revert(t, f);
}

/* 1: an introducing commit of s is in the tree (itself or a backport), 0: the tree knows it, without, -1 unknown. */
static int
judge_intro(const struct kt_tree *t, const struct kt_signature *s, const char **which)
{
	int res = -1;

	for (size_t i = 0; i < s->nintroduced; i++) {
		git_oid id;
		bool known = resolve(t, s->introduced[i].sha, &id);

		*which = s->introduced[i].sha;
		if ((known && reachable(t, &id)) || find_trailer(t, s->introduced[i].sha))
			return 1;
		if (known && !t->shallow)
			res = 0;
	}
	return res;
}

static void
judge_sig(const struct kt_tree *t, const struct kt_signature *s, struct kt_tree_verdict *v)
{
	bool unknown = false, notfixed = false, backport = false;

	v->intro_sha = NULL;
	v->introduced = judge_intro(t, s, &v->intro_sha);
	v->nfixes = s->nfixed;
	v->fixes = xcalloc(s->nfixed ? s->nfixed : 1, sizeof(*v->fixes));
	for (size_t k = 0; k < s->nfixed; k++) {
		struct kt_tree_fix *f = &v->fixes[k];

		f->fix = &s->fixed[k];
		judge_fix(t, f);
		/* an unknown fix in a tree that has the bug is still not fixed */
		if (f->state == KT_TREE_UNKNOWN && v->introduced == 1 && !t->shallow) {
			f->state = KT_TREE_NOT_FIXED;
			free(f->reason);
			f->reason = NULL;
		}
		unknown |= f->state == KT_TREE_UNKNOWN;
		notfixed |= f->state == KT_TREE_NOT_FIXED;
		backport |= f->state == KT_TREE_BACKPORT;
	}
	if (!s->nfixed) {
		v->state = KT_TREE_UNKNOWN;
		v->reason = xstrdup("no fix is known for this bug");
	} else if (notfixed) {
		v->state = KT_TREE_NOT_FIXED;
	} else if (unknown) {
		v->state = KT_TREE_UNKNOWN;
		for (size_t k = 0; k < v->nfixes && !v->reason; k++)
			if (v->fixes[k].reason)
				v->reason = xstrdup(v->fixes[k].reason);
	} else {
		v->state = backport ? KT_TREE_BACKPORT : KT_TREE_FIXED;
	}
}

struct kt_tree_verdict *
kt_tree_judge(struct kt_tree *t, const struct kt_sigset *set)
{
	struct kt_tree_verdict *v = xcalloc(set->nsigs ? set->nsigs : 1, sizeof(*v));
	bool ok = tree_index(t) == 0;

	if (ok) {
		pid_search(t, set);
		if (t->pid_dirty)
			cache_store(t);
		t->pid_dirty = false;
	}
	for (size_t i = 0; i < set->nsigs; i++) {
		v[i].rev = xstrdup(t->rev);
		v[i].rev_commit = t->rev_hex[0] ? xstrdup(t->rev_hex) : NULL;
		v[i].introduced = -1;
		if (!ok) {
			v[i].reason = xstrdup(t->problem);
			continue;
		}
		judge_sig(t, &set->sigs[i], &v[i]);
	}
	return v;
}

void
kt_tree_verdicts_free(struct kt_tree_verdict *v, size_t n)
{
	if (!v)
		return;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < v[i].nfixes; k++) {
			free(v[i].fixes[k].subject);
			free(v[i].fixes[k].trailer);
			free(v[i].fixes[k].reason);
			free(v[i].fixes[k].revert_subject);
		}
		free(v[i].fixes);
		free(v[i].reason);
		free(v[i].rev);
		free(v[i].rev_commit);
	}
	free(v);
}

const char *
kt_tree_state_token(enum kt_tree_state s)
{
	static const char *const names[] = { "unknown", "fixed", "fixed-by-backport", "not-fixed" };

	return (unsigned)s < ARRAY_SIZE(names) ? names[s] : "unknown";
}

const char *
kt_tree_evidence_token(enum kt_tree_evidence e)
{
	static const char *const names[] = { NULL, "ancestor", "trailer", "patch-id", "subject" };

	return (unsigned)e < ARRAY_SIZE(names) ? names[e] : NULL;
}

bool
kt_tree_never_had(const struct kt_tree_verdict *v)
{
	return v && v->introduced == 0 && v->state == KT_TREE_NOT_FIXED;
}

static void
fix_text(const struct kt_tree_fix *f, struct strbuf *sb)
{
	switch (f->state) {
	case KT_TREE_FIXED:
		strbuf_addf(sb, "%.12s is in this tree", f->fix->sha);
		break;
	case KT_TREE_BACKPORT:
		strbuf_addf(sb, "%.12s", f->commit);
		if (f->subject)
			strbuf_addf(sb, " (\"%s\")", f->subject);
		strbuf_addf(sb, " carries %.12s, by ", f->fix->sha);
		if (f->evidence == KT_TREE_EV_TRAILER)
			strbuf_addf(sb, "its trailer \"%s\"", f->trailer);
		else
			strbuf_addstr(sb, f->evidence == KT_TREE_EV_PATCH_ID ? "the same patch id" : "the same subject");
		break;
	case KT_TREE_NOT_FIXED:
		strbuf_addf(sb, "cherry-pick %.12s", f->fix->sha);
		if (f->fix->subject)
			strbuf_addf(sb, " (\"%s\")", f->fix->subject);
		if (f->reverted[0]) {
			strbuf_addf(sb, ": %.12s carried it, but %.12s", f->commit, f->reverted);
			if (f->revert_subject)
				strbuf_addf(sb, " (\"%s\")", f->revert_subject);
			strbuf_addstr(sb, " reverts it");
		}
		break;
	default:
		strbuf_addf(sb, "%.12s: %s", f->fix->sha, f->reason ? f->reason : "unknown");
		break;
	}
}

void
kt_tree_verdict_text(const struct kt_tree_verdict *v, struct strbuf *sb)
{
	static const char *const words[] = { "unknown", "fixed", "fixed by backport", "not fixed" };

	strbuf_addf(sb, "%s: ", words[v->state]);
	if (v->state == KT_TREE_UNKNOWN && (v->reason || !v->nfixes)) {
		strbuf_addstr(sb, v->reason ? v->reason : "unknown");
		return;
	}
	for (size_t k = 0, n = 0; k < v->nfixes; k++) {
		if (v->state != KT_TREE_UNKNOWN && v->state != KT_TREE_FIXED &&
		    v->fixes[k].state == KT_TREE_FIXED && v->nfixes > 1)
			continue;	/* only what is backported or missing */
		strbuf_addstr(sb, n++ ? "; " : "");
		fix_text(&v->fixes[k], sb);
	}
	if (v->state != KT_TREE_NOT_FIXED || !v->intro_sha)
		return;
	if (v->introduced == 1)
		strbuf_addf(sb, "; the introducing commit %.12s is in this tree", v->intro_sha);
	else if (v->introduced == 0)
		strbuf_addf(sb, "; this tree never had the bug: the introducing commit %.12s is not in it, "
		    "so this crash is a different bug with the same symptom", v->intro_sha);
	else
		strbuf_addf(sb, "; whether the introducing commit %.12s is in this tree is unknown", v->intro_sha);
}

void
kt_tree_apply(const struct kt_tree_verdict *v, struct kt_match *m)
{
	struct strbuf sb = STRBUF_INIT;

	m->tree = v;
	if (!kt_tree_never_had(v) || m->error)
		return;
	m->confidence = KT_CONF_LOW;
	if (m->note)
		strbuf_addf(&sb, "%s; ", m->note);
	strbuf_addstr(&sb, "the kernel tree never had the bug (its introducing commit is not in it)");
	free(m->note);
	m->note = strbuf_detach(&sb, NULL);
}

/* ---------------------------------------------------------- bisect range */

struct kt_tree_range {
	const struct kt_tree *t;
	git_oid *c;
	size_t n;
	struct trailer *tr;	/* the trailers of the range's commits: backports */
	size_t ntr;
};

/* The trailers of the range's commits, sorted (a stable bisection meets backports). */
static void
range_trailers(struct kt_tree_range *r, git_repository *repo)
{
	struct builder b = { 0, 0, 0, 0, 0, 0 };
	struct kt_tree scratch;
	git_odb *odb = NULL;

	if (git_repository_odb(&odb, repo))
		return;
	memset(&scratch, 0, sizeof(scratch));
	for (size_t i = 0; i < r->n; i++) {
		git_odb_object *o;

		if (git_odb_read(&o, odb, &r->c[i]))
			continue;
		index_message(&scratch, &b, &r->c[i], git_odb_object_data(o), git_odb_object_size(o));
		git_odb_object_free(o);
	}
	free(scratch.subj);
	r->tr = scratch.tr;
	r->ntr = b.ntr;
	if (r->ntr)
		qsort(r->tr, r->ntr, sizeof(*r->tr), cmp_trailer);
	git_odb_free(odb);
}

struct kt_tree_range *
kt_tree_range_new(struct kt_tree *t, char *const *bad, size_t nbad, char *const *good, size_t ngood,
    struct kt_error *err)
{
	struct kt_tree_range *r;
	git_revwalk *w = NULL;
	size_t alloc = 0;
	git_oid id;

	if (t->problem) {
		kt_fail(err, KT_EUSAGE, "%s", t->problem);
		return NULL;
	}
	if (git_revwalk_new(&w, t->repo)) {
		kt_fail(err, KT_EIO, "%s: cannot walk the history", t->dir);
		return NULL;
	}
	r = xcalloc(1, sizeof(*r));
	r->t = t;
	for (size_t i = 0; i < nbad + ngood; i++) {
		const char *sha = i < nbad ? bad[i] : good[i - nbad];

		if (!resolve(t, sha, &id)) {
			kt_fail(err, KT_EUSAGE, "%s: commit %.12s of the bisect log is not in this tree", t->dir, sha);
			git_revwalk_free(w);
			kt_tree_range_free(r);
			return NULL;
		}
		if (i < nbad ? git_revwalk_push(w, &id) : git_revwalk_hide(w, &id))
			continue;
	}
	while (git_revwalk_next(&id, w) == 0) {
		r->c = xgrow(r->c, sizeof(*r->c), r->n + 1, &alloc);
		git_oid_cpy(&r->c[r->n++], &id);
	}
	git_revwalk_free(w);
	if (r->n)
		qsort(r->c, r->n, sizeof(*r->c), cmp_oid);
	range_trailers(r, t->repo);
	return r;
}

int
kt_tree_range_has(const struct kt_tree_range *r, const char *sha, char *by)
{
	git_oid id;
	const struct trailer *tr;

	if (r->n && resolve(r->t, sha, &id) && bsearch(&id, r->c, r->n, sizeof(*r->c), cmp_oid))
		return 1;
	if (!(tr = find_trailer_in(r->tr, r->ntr, sha, false)))
		return 0;
	git_oid_tostr(by, HEXSZ + 1, &tr->commit);
	return 2;
}

size_t
kt_tree_range_count(const struct kt_tree_range *r)
{
	return r->n;
}

void
kt_tree_range_free(struct kt_tree_range *r)
{
	if (!r)
		return;
	free(r->c);
	free(r->tr);
	free(r);
}

/* ------------------------------------------------------ signatures verify */

struct tagv {
	int maj, min, patch, rc;	/* patch 0: mainline; rc 0: a release */
	char *name;
	git_oid commit;
};

/* "vX.Y", "vX.Y-rcN" or "vX.Y.Z" into v; false for any other name. */
static bool
parse_tag(const char *name, struct tagv *v)
{
	int n = 0;

	memset(v, 0, sizeof(*v));
	if (sscanf(name, "v%d.%d%n", &v->maj, &v->min, &n) != 2)
		return false;
	if (!name[n])
		return true;
	if (sscanf(name + n, "-rc%d", &v->rc) == 1 && v->rc > 0)
		return !strchr(name + n + 3, '-');
	return sscanf(name + n, ".%d", &v->patch) == 1 && v->patch > 0 && !strchr(name + n + 1, '-');
}

static int
cmp_tagv(const void *a, const void *b)
{
	const struct tagv *x = a, *y = b;
	int xr = x->rc ? x->rc : 1000, yr = y->rc ? y->rc : 1000;

	if (x->maj != y->maj)
		return x->maj < y->maj ? -1 : 1;
	if (x->min != y->min)
		return x->min < y->min ? -1 : 1;
	return xr < yr ? -1 : xr > yr;
}

/* Is commit id in the history of tip (tip itself included)? */
static bool
contains(git_repository *repo, const git_oid *tip, const git_oid *id)
{
	return git_oid_equal(tip, id) || git_graph_descendant_of(repo, tip, id) == 1;
}

static bool
tag_commit(git_repository *repo, const char *name, git_oid *out)
{
	git_object *o = NULL, *c = NULL;
	struct strbuf ref = STRBUF_INIT;
	bool ok;

	strbuf_addf(&ref, "refs/tags/%s", name);
	ok = !git_revparse_single(&o, repo, ref.buf) && !git_object_peel(&c, o, GIT_OBJECT_COMMIT);
	if (ok)
		git_oid_cpy(out, git_object_id(c));
	git_object_free(c);
	git_object_free(o);
	strbuf_release(&ref);
	return ok;
}

/* The first mainline tag (vX.Y or vX.Y-rcN) containing fix, malloc'ed, or NULL. */
static char *
first_mainline_tag(git_repository *repo, const git_oid *fix)
{
	git_strarray names = { NULL, 0 };
	struct tagv *v = NULL;
	size_t n = 0, lo = 0, hi;
	char *res = NULL;

	if (git_tag_list_match(&names, "v*", repo))
		return NULL;
	v = xcalloc(names.count ? names.count : 1, sizeof(*v));
	for (size_t i = 0; i < names.count; i++)
		if (parse_tag(names.strings[i], &v[n]) && !v[n].patch && tag_commit(repo, names.strings[i], &v[n].commit))
			v[n++].name = names.strings[i];
	if (n)
		qsort(v, n, sizeof(*v), cmp_tagv);
	/* mainline grows: once a tag contains the fix, every later one does */
	for (hi = n; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;

		if (contains(repo, &v[mid].commit, fix))
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo < n)
		res = xstrdup(v[lo].name);
	free(v);
	git_strarray_dispose(&names);
	return res;
}

/* Does release tag carry fix: in its history, or backported since base (a trailer naming it)? */
static bool
carries(struct kt_tree *t, const git_oid *tag, const git_oid *base, const git_oid *fix)
{
	git_revwalk *w = NULL;
	git_odb *odb = NULL;
	git_oid id;
	char want[HEXSZ + 1];
	bool found = contains(t->repo, tag, fix);

	git_oid_tostr(want, sizeof(want), fix);
	if (found || git_repository_odb(&odb, t->repo) || git_revwalk_new(&w, t->repo) ||
	    git_revwalk_push(w, tag) || git_revwalk_hide(w, base))
		goto out;
	while (!found && git_revwalk_next(&id, w) == 0) {
		git_odb_object *o;
		const char *data, *p, *end;

		if (git_odb_read(&o, odb, &id))
			continue;
		data = git_odb_object_data(o);
		end = data + git_odb_object_size(o);
		for (p = data; p && p < end && !found; p = memchr(p, '\n', (size_t)(end - p)) ? memchr(p, '\n', (size_t)(end - p)) + 1 : NULL) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			char hex[HEXSZ + 1];

			int kind = parse_trailer(p, (size_t)((nl ? nl : end) - p), hex);

			found = kind && !trailer_kinds[kind - 1].revert && same_prefix(hex, want);
		}
		git_odb_object_free(o);
	}
out:
	git_revwalk_free(w);
	git_odb_free(odb);
	return found;
}

/* A Fixed-By or Introduced-By: the commit exists, with the subject stated. */
static int
verify_commit(struct kt_tree *t, const struct kt_signature *s, const struct kt_commit *c,
    const char *key, struct kt_diag *diag, git_oid *id)
{
	char *subject;
	int bad = 0;

	if (!resolve(t, c->sha, id)) {
		kt_diag_add(diag, s->file, c->line, "%s %s: no such commit in %s", key, c->sha, t->dir);
		return 1;
	}
	subject = commit_subject(t, id);
	if (!subject) {
		kt_diag_add(diag, s->file, c->line, "%s %s: not a commit", key, c->sha);
		bad = 1;
	} else if (c->subject && strcmp(subject, c->subject)) {
		struct strbuf sb = STRBUF_INIT;

		kt_clean_text(&sb, subject, strlen(subject));	/* the diagnostic goes to a terminal */
		kt_diag_add(diag, s->file, c->line, "%s %s: its subject is \"%s\", not \"%s\"", key, c->sha,
		    sb.buf, c->subject);
		strbuf_release(&sb);
		bad = 1;
	}
	free(subject);
	return bad;
}

/* "v6.2" of "v6.2 (unverified)" (malloc'ed). */
static char *
release_word(const char *s)
{
	return xstrndup(s, strcspn(s, " "));
}

/* "stable X.Y.Z": vX.Y.Z carries the fix, and the release before it does not. */
static int
verify_stable(struct kt_tree *t, const struct kt_signature *s, unsigned line, const char *rel,
    const git_oid *fix, struct kt_diag *diag, size_t *unchecked)
{
	struct tagv v;
	char tag[64], prev[64], base[64];
	git_oid tid, pid, bid;
	char *word = release_word(rel);

	snprintf(tag, sizeof(tag), "v%s", word);
	free(word);
	if (!parse_tag(tag, &v) || !v.patch) {
		kt_diag_add(diag, s->file, line, "Fixed-In %s: not a stable release (stable X.Y.Z)", rel);
		return 1;
	}
	snprintf(base, sizeof(base), "v%d.%d", v.maj, v.min);
	if (v.patch > 1)
		snprintf(prev, sizeof(prev), "v%d.%d.%d", v.maj, v.min, v.patch - 1);
	else
		snprintf(prev, sizeof(prev), "%s", base);
	if (!tag_commit(t->repo, tag, &tid) || !tag_commit(t->repo, prev, &pid) || !tag_commit(t->repo, base, &bid)) {
		(*unchecked)++;
		return 0;
	}
	if (!carries(t, &tid, &bid, fix)) {
		kt_diag_add(diag, s->file, line, "Fixed-In stable %s: %s does not carry the fix", tag + 1, tag);
		return 1;
	}
	if (strcmp(prev, base) && carries(t, &pid, &bid, fix)) {
		kt_diag_add(diag, s->file, line, "Fixed-In stable %s: %s already carries the fix", tag + 1, prev);
		return 1;
	}
	return 0;
}

static int
verify_fixed_in(struct kt_tree *t, const struct kt_signature *s, const git_oid *fix, struct kt_diag *diag,
    size_t *unchecked)
{
	int bad = 0;

	for (size_t i = 0; i < s->nfixed_in; i++) {
		const char *rel = s->fixed_in[i];
		unsigned line = s->fixed_in_lines ? s->fixed_in_lines[i] : 0;
		char *first, *word;

		if (!strncmp(rel, "stable ", 7)) {
			bad += verify_stable(t, s, line, rel + 7, fix, diag, unchecked);
			continue;
		}
		first = first_mainline_tag(t->repo, fix);
		word = release_word(rel);
		if (!first)
			(*unchecked)++;
		else if (strcmp(first, word)) {
			kt_diag_add(diag, s->file, line, "Fixed-In %s: the first tag containing the fix is %s", word, first);
			bad++;
		}
		free(first);
		free(word);
	}
	return bad;
}

int
kt_tree_verify(struct kt_tree *t, const struct kt_signature *s, struct kt_diag *diag, size_t *unchecked)
{
	int bad = 0;
	git_oid id, fix;
	bool have_fix = false;

	memset(&fix, 0, sizeof(fix));

	if (t->problem) {
		kt_diag_add(diag, s->file, 0, "%s", t->problem);
		return 1;
	}
	for (size_t i = 0; i < s->nintroduced; i++)
		bad += verify_commit(t, s, &s->introduced[i], "Introduced-By", diag, &id);
	for (size_t i = 0; i < s->nfixed; i++) {
		bad += verify_commit(t, s, &s->fixed[i], "Fixed-By", diag, &id);
		/* Fixed-In is about the first fix the tree has */
		if (!have_fix && resolve(t, s->fixed[i].sha, &fix))
			have_fix = true;
	}
	if (have_fix)
		bad += verify_fixed_in(t, s, &fix, diag, unchecked);
	else if (s->nfixed_in)
		*unchecked += s->nfixed_in;
	return bad;
}
