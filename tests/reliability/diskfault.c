/* A failing disk under SQLite and under our own writers, loaded with LD_PRELOAD (tests/reliability/test_io_faults.py).
 *
 * write, pwrite, pwrite64, fsync and fdatasync pass through until the plan file DISKFAULT_PLAN exists. It holds
 * one line:
 *
 *     ERRNO OPS SKIP PATTERN...        e.g.  EIO fsync,fdatasync 0 /tmp/x/h.db-wal
 *
 * ERRNO is EIO or ENOSPC; OPS a comma-separated list of write, pwrite, fsync, fdatasync (pwrite covers pwrite64);
 * SKIP how many matching calls still succeed; then every later matching call fails with ERRNO (a disk that has
 * gone bad or full stays so) until the plan file is removed or rewritten (a new plan starts counting again).
 * A call matches when its descriptor's file name (from /proc/self/fd) equals a PATTERN or, for a PATTERN ending
 * in '/', lies under that folder. With ENOSPC a failing write first writes half of its bytes for real and returns
 * that short count, as a file system that fills up mid-write does; the next call gets ENOSPC.
 * Each injected failure appends "OP ERRNO FILE" to DISKFAULT_LOG, so a test knows its fault was hit.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_PATTERNS 8

static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);

static struct { ino_t ino; long mtime_ns; off_t size; int loaded; } seen;
static int plan_errno, skip, busy;
static char ops[128], patterns[MAX_PATTERNS][1024];
static int npatterns;

static void init(void) {
    if (real_write) return;
    real_write = dlsym(RTLD_NEXT, "write");
    real_pwrite = dlsym(RTLD_NEXT, "pwrite");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
}

/* Whether a plan is in force; (re)reads the plan file when it changed. */
static int active(void) {
    const char *plan = getenv("DISKFAULT_PLAN");
    struct stat st;
    if (!plan || stat(plan, &st) != 0) { seen.loaded = 0; return 0; }
    long mtime_ns = st.st_mtim.tv_sec * 1000000000L + st.st_mtim.tv_nsec;
    if (seen.loaded && seen.ino == st.st_ino && seen.mtime_ns == mtime_ns && seen.size == st.st_size) return 1;
    FILE *f = fopen(plan, "r");
    if (!f) return 0;
    char name[32] = "", line[8192] = "";
    int got = fgets(line, sizeof line, f) != NULL;
    fclose(f);
    if (!got) return 0;
    char *save = NULL, *tok = strtok_r(line, " \t\n", &save);
    if (!tok) return 0;
    snprintf(name, sizeof name, "%s", tok);
    plan_errno = strcmp(name, "ENOSPC") == 0 ? ENOSPC : EIO;
    tok = strtok_r(NULL, " \t\n", &save);
    snprintf(ops, sizeof ops, ",%s,", tok ? tok : "");
    tok = strtok_r(NULL, " \t\n", &save);
    skip = tok ? atoi(tok) : 0;
    npatterns = 0;
    while ((tok = strtok_r(NULL, " \t\n", &save)) && npatterns < MAX_PATTERNS)
        snprintf(patterns[npatterns++], sizeof patterns[0], "%s", tok);
    seen.ino = st.st_ino; seen.mtime_ns = mtime_ns; seen.size = st.st_size; seen.loaded = 1;
    return 1;
}

static int matches(int fd, char *file, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, file, size - 1);
    if (n < 0) return 0;
    file[n] = 0;
    for (int i = 0; i < npatterns; i++) {
        size_t len = strlen(patterns[i]);
        if (len && patterns[i][len - 1] == '/' ? strncmp(file, patterns[i], len) == 0 : strcmp(file, patterns[i]) == 0)
            return 1;
    }
    return 0;
}

static void note(const char *op, const char *file) {
    const char *path = getenv("DISKFAULT_LOG");
    if (!path) return;
    int log = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log < 0) return;
    char line[1200];
    int n = snprintf(line, sizeof line, "%s %s %s\n", op, plan_errno == ENOSPC ? "ENOSPC" : "EIO", file);
    real_write(log, line, (size_t)n);
    close(log);
}

/* 0: let the call through; 1: fail it (errno set, logged). */
static int should_fail(const char *op, int fd) {
    char want[32], file[4096];
    int saved = errno, hit = 0;
    if (!busy && active()) {
        snprintf(want, sizeof want, ",%s,", op);
        busy = 1;
        hit = strstr(ops, want) && matches(fd, file, sizeof file);
        if (hit && skip > 0) { skip--; hit = 0; }
        if (hit) note(op, file);
        busy = 0;
    }
    errno = saved;
    return hit;
}

static int short_done[1024];  /* a descriptor whose last write was cut short: its next write gets ENOSPC */

/* For a failing write: 1 when it is to write half its bytes for real (a file system filling up mid-write),
 * 0 when it fails outright (errno set). */
static int half(int fd, size_t count) {
    int slot = fd >= 0 && fd < 1024;
    if (plan_errno == ENOSPC && slot && !short_done[fd] && count > 1) { short_done[fd] = 1; return 1; }
    if (slot) short_done[fd] = 0;
    errno = plan_errno;
    return 0;
}

ssize_t write(int fd, const void *buf, size_t count) {
    init();
    if (should_fail("write", fd)) return half(fd, count) ? real_write(fd, buf, count / 2) : -1;
    return real_write(fd, buf, count);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    init();
    if (should_fail("pwrite", fd)) return half(fd, count) ? real_pwrite(fd, buf, count / 2, offset) : -1;
    return real_pwrite(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
    init();
    if (should_fail("pwrite", fd)) return half(fd, count) ? real_pwrite64(fd, buf, count / 2, offset) : -1;
    return real_pwrite64(fd, buf, count, offset);
}

int fsync(int fd) {
    init();
    if (should_fail("fsync", fd)) { errno = plan_errno; return -1; }
    return real_fsync(fd);
}

int fdatasync(int fd) {
    init();
    if (should_fail("fdatasync", fd)) { errno = plan_errno; return -1; }
    return real_fdatasync(fd);
}
