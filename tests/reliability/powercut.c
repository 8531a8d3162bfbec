/* A power-cut recorder, loaded with LD_PRELOAD into a command of ours (tests/reliability/test_power_cut.py).
 *
 * Before every write, fsync, rename and link the process makes, and once more when it exits, it records what
 * the file POWERCUT_WATCH would hold if the power were cut at that instant, under the worst case a journaling
 * file system allows: data written since the file's last fsync is gone (the file is cut back to the size it
 * had at that fsync), and a rename or link onto the name not yet made durable by an fsync of its folder is
 * undone. Each distinct state is copied to POWERCUT_OUT/state-N (or recorded as absent in POWERCUT_OUT/log).
 * Nothing is changed in the process's own files: one run records every crash point.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FILES 512
#define MAX_RENAMES 512

struct tracked { dev_t dev; ino_t ino; off_t synced; int used; };
struct pending { dev_t dir_dev; ino_t dir_ino; char name[256]; int used; };

static struct tracked files[MAX_FILES];
static struct pending renames[MAX_RENAMES];
static int busy, states;
static char last[128];

static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_rename)(const char *, const char *);
static int (*real_renameat)(int, const char *, int, const char *);
static int (*real_link)(const char *, const char *);
static int (*real_linkat)(int, const char *, int, const char *, int);

static void init(void) {
    if (real_write) return;
    real_write = dlsym(RTLD_NEXT, "write");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_rename = dlsym(RTLD_NEXT, "rename");
    real_renameat = dlsym(RTLD_NEXT, "renameat");
    real_link = dlsym(RTLD_NEXT, "link");
    real_linkat = dlsym(RTLD_NEXT, "linkat");
}

static struct tracked *find(dev_t dev, ino_t ino) {
    for (int i = 0; i < MAX_FILES; i++)
        if (files[i].used && files[i].dev == dev && files[i].ino == ino) return &files[i];
    return NULL;
}

static void note_write(int fd) {  /* first write to a file: what it held then is taken as durable */
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || find(st.st_dev, st.st_ino)) return;
    for (int i = 0; i < MAX_FILES; i++)
        if (!files[i].used) { files[i] = (struct tracked){st.st_dev, st.st_ino, st.st_size, 1}; return; }
}

static void note_sync(int fd) {
    struct stat st;
    if (fstat(fd, &st) != 0) return;
    if (S_ISDIR(st.st_mode)) {
        for (int i = 0; i < MAX_RENAMES; i++)
            if (renames[i].used && renames[i].dir_dev == st.st_dev && renames[i].dir_ino == st.st_ino)
                renames[i].used = 0;
        return;
    }
    struct tracked *t = find(st.st_dev, st.st_ino);
    if (t) t->synced = st.st_size;
}

static void note_name(const char *dst) {  /* a new name that is not durable until its folder is synced */
    char copy[4096], copy2[4096];
    struct stat dir;
    snprintf(copy, sizeof copy, "%s", dst);
    snprintf(copy2, sizeof copy2, "%s", dst);
    if (stat(dirname(copy), &dir) != 0) return;
    for (int i = 0; i < MAX_RENAMES; i++)
        if (!renames[i].used) {
            renames[i] = (struct pending){dir.st_dev, dir.st_ino, "", 1};
            snprintf(renames[i].name, sizeof renames[i].name, "%s", basename(copy2));
            return;
        }
}

static void record(void) {
    const char *watch = getenv("POWERCUT_WATCH"), *out = getenv("POWERCUT_OUT");
    if (!watch || !out || busy) return;
    busy = 1;
    char state[128] = "absent", copy[4096], copy2[4096];
    struct stat st, dir;
    off_t size = -1;
    snprintf(copy, sizeof copy, "%s", watch);
    snprintf(copy2, sizeof copy2, "%s", watch);
    int present = stat(watch, &st) == 0 && stat(dirname(copy), &dir) == 0;
    if (present) {
        const char *name = basename(copy2);
        for (int i = 0; i < MAX_RENAMES; i++)
            if (renames[i].used && renames[i].dir_dev == dir.st_dev && renames[i].dir_ino == dir.st_ino
                && strcmp(renames[i].name, name) == 0) present = 0;
    }
    if (present) {
        struct tracked *t = find(st.st_dev, st.st_ino);
        size = t && t->synced < st.st_size ? t->synced : st.st_size;
        snprintf(state, sizeof state, "%lu:%ld:%ld.%09ld", (unsigned long)st.st_ino, (long)size,
                 (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    }
    if (strcmp(state, last) != 0) {
        memcpy(last, state, sizeof last);
        char path[4096];
        states++;
        snprintf(path, sizeof path, "%s/log", out);
        int log = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (log >= 0) {
            char line[256];
            int n = snprintf(line, sizeof line, "%d %s\n", states, present ? "present" : "absent");
            real_write(log, line, (size_t)n);
            close(log);
        }
        if (present) {
            snprintf(path, sizeof path, "%s/state-%d", out, states);
            int src = open(watch, O_RDONLY), dst = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            char buf[65536];
            off_t left = size;
            while (src >= 0 && dst >= 0 && left > 0) {
                ssize_t got = read(src, buf, left < (off_t)sizeof buf ? (size_t)left : sizeof buf);
                if (got <= 0) break;
                real_write(dst, buf, (size_t)got);
                left -= got;
            }
            if (src >= 0) close(src);
            if (dst >= 0) close(dst);
        }
    }
    busy = 0;
}

ssize_t write(int fd, const void *buf, size_t count) {
    init();
    int saved = errno;
    record();
    if (!busy) note_write(fd);
    errno = saved;
    return real_write(fd, buf, count);
}

int fsync(int fd) {
    init();
    record();
    int rc = real_fsync(fd);
    if (rc == 0) note_sync(fd);
    return rc;
}

int fdatasync(int fd) {
    init();
    record();
    int rc = real_fdatasync(fd);
    if (rc == 0) note_sync(fd);
    return rc;
}

int rename(const char *src, const char *dst) {
    init();
    record();
    int rc = real_rename(src, dst);
    if (rc == 0) note_name(dst);
    return rc;
}

int renameat(int sfd, const char *src, int dfd, const char *dst) {
    init();
    record();
    int rc = real_renameat(sfd, src, dfd, dst);
    if (rc == 0 && dfd == AT_FDCWD) note_name(dst);
    return rc;
}

int link(const char *src, const char *dst) {
    init();
    record();
    int rc = real_link(src, dst);
    if (rc == 0) note_name(dst);
    return rc;
}

int linkat(int sfd, const char *src, int dfd, const char *dst, int flags) {
    init();
    record();
    int rc = real_linkat(sfd, src, dfd, dst, flags);
    if (rc == 0 && dfd == AT_FDCWD) note_name(dst);
    return rc;
}

__attribute__((destructor)) static void at_exit(void) {
    init();
    record();
}
